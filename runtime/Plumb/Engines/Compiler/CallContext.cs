using System.Runtime.CompilerServices;
using Plumb.Execution;

namespace Plumb.Engines.Compiler;

/// <summary>
/// The compiled code's per-thread state, passed to every compiled method as its first argument: the call
/// depth and its limit, fuel and cancellation, and the buffer through which a function with more than one
/// result returns them. Compiled calls recurse on the .NET stack, so the depth count is what turns deep
/// recursion into the exhaustion trap before the process's stack runs out (see runtime/RATIONALE.md,
/// "How does the compiler bound recursion?").
/// </summary>
internal sealed class CallContext
{
    [ThreadStatic]
    private static CallContext? t_current;

    /// <summary>The calling thread's context.</summary>
    public static CallContext Current => t_current ??= new CallContext();

    /// <summary>
    /// The depth of the compiled frame that last called out through the untyped path (an import, a host function,
    /// another instance, an indirect call without a dispatcher), or where an engine invocation starts: what an entry
    /// counts from. Typed calls pass the depth as an argument and never write it.
    /// </summary>
    public int Depth;

    /// <summary>The depth at which a call traps as exhaustion: the store's <see cref="ResourceLimits.CallDepth"/>.</summary>
    public int DepthLimit = 10_000;

    /// <summary>Set while fuel is metered or cancellation is asked for: only then do entries and back edges call <see cref="Check"/>.</summary>
    public volatile bool Attention;

    /// <summary>
    /// What a function's entry compares its depth with: <see cref="DepthLimit"/>, or <see cref="int.MinValue"/> while
    /// <see cref="Attention"/> is set, so that one compare sends both the exhaustion and the fuel and cancellation
    /// check to the entry's slow path. Written with <see cref="Attention"/> (<see cref="SetAttention"/>).
    /// </summary>
    public volatile int EntryLimit = 10_000;

    /// <summary>Sets <see cref="Attention"/> and <see cref="EntryLimit"/> together.</summary>
    public void SetAttention(bool attention)
    {
        Attention = attention;
        EntryLimit = attention ? int.MinValue : DepthLimit;
    }

    /// <summary>Set by the cancellation token's callback.</summary>
    public volatile bool Interrupt;

    /// <summary>Fuel left in the outermost call.</summary>
    public long Fuel = long.MaxValue;

    /// <summary>Whether the outermost call meters fuel.</summary>
    public bool FuelEnabled;

    /// <summary>How many engine invocations are active on this thread (host functions calling back nest them).</summary>
    public int Nesting;

    /// <summary>The results of a function with more than one, written by its epilogue and read by its caller right after the call.</summary>
    public WasmValue[] Results = new WasmValue[16];

    /// <summary>The callee of a call_indirect between its checks and its call through the untyped path (<see cref="CompiledOps.IndirectTarget"/>).</summary>
    public FunctionInstance? Pending;

    /// <summary>Where a compiled call entered another instance: the depth of its first frame there, and the instance.</summary>
    public readonly List<(int Depth, Instance Instance)> Instances = [];

    /// <summary>
    /// The Wasm stack trace of the compiled frames above <paramref name="bottom"/>, innermost first, the frame at
    /// <c>bottom + 1</c> one of <paramref name="entry"/>'s instance's functions: the function index and offset each
    /// frame's exception filter recorded in <paramref name="trap"/> (the call it made, or the instruction that trapped).
    /// A call records nothing on its way in; a frame is known only by what its filter wrote as the trap passed.
    /// </summary>
    public List<WasmStackFrame> StackTrace(int bottom, Instance entry, WasmTrapException trap)
    {
        var frames = new List<WasmStackFrame>();
        if (trap.CompiledSites is not { } sites)
        {
            return frames;
        }
        // The innermost recorded frame: Depth is only what the last call out through the untyped path published.
        int top = bottom;
        foreach (int recorded in sites.Keys)
        {
            top = Math.Max(top, recorded);
        }
        for (int depth = top; depth > bottom; depth--)
        {
            if (!sites.TryGetValue(depth, out var recorded))
            {
                continue;
            }
            var instance = entry;
            foreach (var (from, other) in Instances)
            {
                if (from > bottom && from <= depth)
                {
                    instance = other;
                }
            }
            var (index, site) = recorded;
            var function = (uint)index < (uint)instance.Functions.Length ? instance.Functions[index] : null;
            frames.Add(new WasmStackFrame(instance.Name, (uint)index, function?.Name, site));
        }
        return frames;
    }

    /// <summary>Makes <see cref="Results"/> hold at least <paramref name="count"/> values.</summary>
    public WasmValue[] EnsureResults(int count)
    {
        if (Results.Length < count)
        {
            Array.Resize(ref Results, count);
        }
        return Results;
    }

    /// <summary>
    /// Charges <paramref name="units"/> of fuel for work that costs more than an instruction (bulk memory and
    /// table operations, grows: the interpreter's rates), and stops the guest when the fuel runs out or the
    /// call is cancelled. Only called while <see cref="Attention"/> is set.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Charge(ulong units)
    {
        if (Interrupt)
        {
            throw new WasmTrapException(TrapKind.Cancelled);
        }
        if (FuelEnabled)
        {
            Fuel -= (long)units;
            if (Fuel < 0)
            {
                Fuel = 0;
                throw new WasmTrapException(TrapKind.FuelExhausted);
            }
        }
    }

    /// <summary>
    /// Charges one unit of fuel (a call or a loop iteration) and stops the guest when the fuel runs out or the
    /// call is cancelled. Only called while <see cref="Attention"/> is set.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Check() => CheckInline();

    /// <summary>The body of <see cref="Check"/>, for a caller that is itself out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CheckInline()
    {
        if (Interrupt)
        {
            throw new WasmTrapException(TrapKind.Cancelled);
        }
        if (FuelEnabled && --Fuel < 0)
        {
            Fuel = 0;
            throw new WasmTrapException(TrapKind.FuelExhausted);
        }
    }
}
