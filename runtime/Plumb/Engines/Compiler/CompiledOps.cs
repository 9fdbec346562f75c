using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Plumb.Execution;

namespace Plumb.Engines.Compiler;

/// <summary>
/// What compiled code calls for an instruction that is more than a few CIL opcodes. A method named after an
/// instruction's opcode (<c>I32DivS</c>, <c>I64Load8U</c>) implements it: the emitter finds it by that name,
/// loads the memory or instance first when the method takes one, then the operands (i32 as int, i64 as long,
/// f32 as float, f64 as double, v128 as <see cref="WasmValue"/>, references as ulong handles), then the
/// immediates. The semantics are the shared ones (<see cref="Numerics"/>, <see cref="Simd"/>, the memory and
/// table instances), so both engines compute the same bits and trap with the same kinds.
/// </summary>
internal static unsafe class CompiledOps
{
    // Values as WasmValue (for globals, the entry point and calls through the engine contract).
    public static WasmValue BoxI32(int value) => new((uint)value);
    public static WasmValue BoxI64(long value) => new((ulong)value);
    public static WasmValue BoxF32(float value) => new(BitConverter.SingleToUInt32Bits(value));
    public static WasmValue BoxF64(double value) => new(BitConverter.DoubleToUInt64Bits(value));
    public static WasmValue BoxRef(ulong value) => new(value);
    public static int UnboxI32(WasmValue value) => (int)value.Lo;
    public static long UnboxI64(WasmValue value) => (long)value.Lo;
    public static float UnboxF32(WasmValue value) => BitConverter.UInt32BitsToSingle((uint)value.Lo);
    public static double UnboxF64(WasmValue value) => BitConverter.UInt64BitsToDouble(value.Lo);
    public static ulong UnboxRef(WasmValue value) => value.Lo;
    public static WasmValue BoxV128(Vector128<byte> value) => WasmValue.FromV128(value);
    public static Vector128<byte> UnboxV128(WasmValue value) => value.AsVector;

    /// <summary>An f32 constant from its bits: a call the JIT does not see through, so a signalling NaN keeps its payload and no operation with the constant is folded away.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float F32FromBits(int bits) => BitConverter.Int32BitsToSingle(bits);

    /// <summary>An f64 constant from its bits, as <see cref="F32FromBits"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double F64FromBits(long bits) => BitConverter.Int64BitsToDouble(bits);

    /// <summary>
    /// Functions with at most this many locals and instructions (a bound on their operand stack slots) have
    /// small frames: <see cref="Enter"/> checks the .NET stack only every <see cref="StackCheckStride"/> depths
    /// for them. That many such frames take well under the 64 KiB that
    /// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> keeps in reserve.
    /// </summary>
    public const int SmallFrame = 256;

    /// <summary>How many depths apart a chain of small frames checks the .NET stack.</summary>
    public const int StackCheckStride = 8;

    /// <summary>
    /// The entry of a function with a small frame: counts the call against the depth limit, checks the .NET stack
    /// at every <see cref="StackCheckStride"/>-th depth (the check is a call, the rest is inlined), and charges fuel.
    /// Returns the frame's depth. (Which function runs at a depth is recorded only when a trap passes: <see cref="RecordSite"/>.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Enter(CallContext context, int caller)
    {
        int depth = caller + 1;
        // EntryLimit is the depth limit, or below every depth while fuel or cancellation wants attention: one compare
        // sends both to the slow path.
        if (depth > context.EntryLimit
            || ((depth & (StackCheckStride - 1)) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            EnterSlow(context, depth);
        }
        return depth;
    }

    /// <summary>
    /// The entry of a function whose frame may be large: as <see cref="Enter"/>, checking the .NET stack every
    /// time (a frame over <see cref="FunctionEmitter.LargeFrame"/> was also probed for before the call:
    /// <see cref="EnsureFrame"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EnterLarge(CallContext context, int caller)
    {
        int depth = caller + 1;
        if (depth > context.EntryLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            EnterSlow(context, depth);
        }
        return depth;
    }

    /// <summary>
    /// What an entry does past its fast path: the exhaustion trap beyond the depth limit or when the .NET stack is
    /// nearly spent, else the fuel and cancellation check (<see cref="CallContext.Check"/>) when it is wanted.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EnterSlow(CallContext context, int depth)
    {
        if (depth > context.DepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Exhausted();
        }
        if (context.Attention)
        {
            context.CheckInline();
        }
    }

    /// <summary>
    /// The exception filter of every compiled function: while a trap's first pass walks the stack, records the
    /// function <paramref name="index"/> of the frame at <paramref name="depth"/> and the offset of the instruction it
    /// was at (depth 0: the frame had not entered yet). Always declines the exception.
    /// </summary>
    public static int RecordSite(object exception, int depth, int site, int index)
    {
        if (exception is WasmTrapException { HasWasmStackTrace: false } trap && depth > 0)
        {
            // A trap thrown by the frame's own inlined code carries its offset; the innermost filter takes it.
            if (trap.LocalSite >= 0)
            {
                site = trap.LocalSite;
                trap.LocalSite = -1;
            }
            (trap.CompiledSites ??= [])[depth] = (index, site);
        }
        return 0;
    }

    /// <summary>
    /// Makes sure a frame of up to <paramref name="bytes"/> (twice that, for the JIT's temporaries) fits on the
    /// .NET stack with the usual margin beyond it, before a function with such a frame is called; otherwise the
    /// call stack is exhausted. .NET cannot catch a stack overflow, and the check at every function's entry runs
    /// after the frame is allocated, which is too late for a function of thousands of locals.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void EnsureFrame(int bytes)
    {
        if (!Probe(2L * bytes))
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
    }

    private const int ProbeStep = 16 * 1024;

    /// <summary>
    /// Walks <paramref name="bytes"/> down the stack in steps smaller than the margin
    /// <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> guarantees, checking before each one, so that
    /// it never overflows and answers whether the margin is still there below the whole distance.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit]
    private static bool Probe(long bytes)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }
        if (bytes <= 0)
        {
            return true;
        }
        Span<byte> step = stackalloc byte[ProbeStep];
        step[0] = 1;
        // Reading the buffer after the call keeps the step on the stack for its whole duration.
        return Probe(bytes - ProbeStep) & step[0] == 1;
    }

    /// <summary>
    /// A loop's back edge: charges an iteration and stops the guest when the fuel runs out or the call is cancelled,
    /// as <see cref="CallContext.Check"/> does, but with no call that returns: unmetered and not cancelled, it is
    /// one test of <see cref="CallContext.Attention"/>; set, the fuel is charged inline (unmetered,
    /// <see cref="CallContext.Fuel"/> starts every outermost call at <see cref="long.MaxValue"/>, which no loop
    /// counts down) and the way out never returns. So the JIT keeps the loop's values in registers across the
    /// check (a returning call made it spill them on every iteration: runtime/RATIONALE.md, "What does the
    /// compiler's IL do to help the JIT?"). The loop's offset travels in the trap for the stack trace.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Loop(CallContext context, int site)
    {
        if (context.Attention)
        {
            long fuel = context.Fuel - 1;
            context.Fuel = fuel;
            if (fuel < 0 | context.Interrupt)
            {
                Stop(context, site);
            }
        }
    }

    // No ret in its body: the JIT sees that the call never returns (see OutOfBounds).
    [DoesNotReturn]
    private static void Stop(CallContext context, int site) => throw Stopped(context, site);

    private static WasmTrapException Stopped(CallContext context, int site)
    {
        if (context.Interrupt)
        {
            // Cancellation is checked before fuel is charged, as CallContext.Check does: the iteration is not charged.
            context.Fuel++;
            return new WasmTrapException(TrapKind.Cancelled) { LocalSite = site };
        }
        context.Fuel = 0;
        return new WasmTrapException(TrapKind.FuelExhausted) { LocalSite = site };
    }

    [DoesNotReturn]
    private static void Exhausted()
    {
        throw new WasmTrapException(TrapKind.CallStackExhausted);
    }

    /// <summary>
    /// The code pointer of function <paramref name="index"/> of <paramref name="instance"/>, one of the instance's own
    /// functions of a lazy module (<see cref="LazyModule"/>): emitted on the first call that needs it.
    /// </summary>
    /// <exception cref="WasmResourceLimitException">Emitting the function takes more than the compile memory limit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint CodePointer(Instance instance, int index)
    {
        var code = Unsafe.As<CompiledFunction>(instance.Functions[index].Code)!;
        nint pointer = code.Pointer;
        return pointer != 0 ? pointer : code.Resolve();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Unreachable() => throw new WasmTrapException(TrapKind.Unreachable);

    // Calls that leave the module's own compiled code.

    /// <summary>
    /// Calls <paramref name="function"/> (an import, or the target of <c>call_indirect</c>) with the arguments
    /// in <paramref name="values"/>, where its results land: compiled code through its entry, within this run;
    /// host functions directly; another engine's code through the engine contract.
    /// </summary>
    public static void CallFunction(CallContext context, Instance caller, FunctionInstance function, WasmValue* values)
    {
        var type = function.Type;
        if (function.Code is CompiledFunction code)
        {
            if (function.Instance == caller)
            {
                code.Entry(context, caller, values);
                return;
            }
            // Another instance's code: stack traces name its frames by its instance.
            var instances = context.Instances;
            int count = instances.Count;
            instances.Add((context.Depth + 1, function.Instance!));
            try
            {
                code.Entry(context, function.Instance!, values);
            }
            finally
            {
                instances.RemoveRange(count, instances.Count - count);
            }
            return;
        }
        int width = Math.Max(type.Params.Length, type.Results.Length);
        var span = new Span<WasmValue>(values, width);
        if (context.Attention)
        {
            // A call out costs one unit, and one more per eight values it passes or returns, as in the interpreter.
            context.Charge(1 + (ulong)width / 8);
        }
        if (function.IsHost)
        {
            HostCall.Invoke(function, (caller.Public ?? function.HostModule)!, span);
            return;
        }
        // The results land where the arguments are, and the contract does not promise that an engine reads
        // every argument before it writes a result: the arguments are copied out first.
        var args = span[..type.Params.Length].ToArray();
        function.Invoke(args, span[..type.Results.Length], default, null);
    }

    /// <summary>A call of the imported function <paramref name="index"/>.</summary>
    public static void CallImport(CallContext context, Instance instance, int index, WasmValue* values) =>
        CallFunction(context, instance, instance.Functions[index], values);

    /// <summary>
    /// call_indirect (https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y):
    /// the traps in the interpreter's order and words, then the call.
    /// </summary>
    public static void CallIndirect(CallContext context, Instance instance, int element, uint typeIndex, uint tableIndex, WasmValue* values) =>
        CallFunction(context, instance, IndirectCallee(instance, element, typeIndex, tableIndex), values);

    /// <summary>The callee of call_indirect, after its checks, trapping in the interpreter's order and words.</summary>
    private static FunctionInstance IndirectCallee(Instance instance, int element, uint typeIndex, uint tableIndex)
    {
        var table = instance.Tables[tableIndex];
        uint index = (uint)element;
        if (index >= table.Size)
        {
            throw new WasmTrapException(TrapKind.UndefinedElement);
        }
        ulong handle = table.Elements[index];
        if (handle == 0)
        {
            throw new WasmTrapException(TrapKind.UninitializedElement, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var callee = instance.Store.Function(handle)!;
        if (callee.TypeId != instance.TypeIds[typeIndex])
        {
            throw new WasmTrapException(TrapKind.IndirectCallTypeMismatch);
        }
        return callee;
    }

    /// <summary>
    /// The checks of call_indirect, as <see cref="CallIndirect"/>, without the call: the callee's dispatch index
    /// when it is one of <paramref name="instance"/>'s own compiled functions with a dispatcher (the caller then
    /// calls it through the dispatcher of its type, with typed arguments), else -1, with the callee left in
    /// <see cref="CallContext.Pending"/> for <see cref="CallPending"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndirectTarget(CallContext context, Instance instance, int element, uint typeIndex, uint tableIndex)
    {
        // The common case inline in the caller (an element of this instance's own, of the right type, with a
        // dispatcher); everything else, traps included, in the call below, which makes the checks again in the spec's order.
        var table = instance.Tables[tableIndex];
        uint index = (uint)element;
        if (index < table.Size
            && table.Elements[index] is var handle and not 0
            && instance.Store.Function(handle) is { } callee
            && callee.TypeId == instance.TypeIds[typeIndex]
            && callee.Instance == instance
            && callee.Code is CompiledFunction { DispatchIndex: >= 0 } code)
        {
            return code.DispatchIndex;
        }
        return IndirectTargetSlow(context, instance, element, typeIndex, tableIndex);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int IndirectTargetSlow(CallContext context, Instance instance, int element, uint typeIndex, uint tableIndex)
    {
        var callee = IndirectCallee(instance, element, typeIndex, tableIndex);
        if (callee.Instance == instance && callee.Code is CompiledFunction { DispatchIndex: >= 0 } code)
        {
            return code.DispatchIndex;
        }
        context.Pending = callee;
        return -1;
    }

    /// <summary>Calls the callee <see cref="IndirectTarget"/> left in <see cref="CallContext.Pending"/>.</summary>
    public static void CallPending(CallContext context, Instance instance, WasmValue* values)
    {
        var callee = context.Pending!;
        context.Pending = null;
        CallFunction(context, instance, callee, values);
    }

    // Memory (https://webassembly.github.io/spec/core/exec/instructions.html#memory-instructions): the
    // effective address is the i32 operand, unsigned, plus the offset, and all its bytes must be inside.

    // Compiled code keeps the memory's base and length in locals of its own, reloaded after what can change them
    // (calls and memory.grow), and passes them to these helpers, which the JIT inlines: the check is then one add
    // of a constant and one unsigned compare against a register (see runtime/RATIONALE.md, "What does the
    // compiler's IL do to help the JIT?").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* At(byte* memoryBase, ulong memoryLength, int address, ulong offset, int size, int site)
    {
        // The access fits when address + offset + size <= length: compared as address > length - (offset + size),
        // signed (the right side is negative when the memory is smaller than offset + size), so that the right side
        // is loop-invariant and the JIT hoists it, leaving one compare of the address itself per access.
        if ((long)(uint)address > (long)memoryLength - (long)(offset + (ulong)size))
        {
            OutOfBounds(site);
        }
        return memoryBase + (uint)address + offset;
    }

    // Not NoInlining: the JIT then sees that the call never returns, moves it out of line and keeps no value
    // alive across it (a NoInlining call made the JIT spill the loop's values around every access).
    [DoesNotReturn]
    // The access's offset travels in the exception (WasmTrapException.LocalSite), not in a store before every access.
    private static void OutOfBounds(int site) => throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess) { LocalSite = site };

    public static int I32Load(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<int>(At(memoryBase, memoryLength, address, offset, 4, site));
    public static long I64Load(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<long>(At(memoryBase, memoryLength, address, offset, 8, site));
    public static float F32Load(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<float>(At(memoryBase, memoryLength, address, offset, 4, site));
    public static double F64Load(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<double>(At(memoryBase, memoryLength, address, offset, 8, site));
    public static int I32Load8S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => *(sbyte*)At(memoryBase, memoryLength, address, offset, 1, site);
    public static int I32Load8U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => *At(memoryBase, memoryLength, address, offset, 1, site);
    public static int I32Load16S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<short>(At(memoryBase, memoryLength, address, offset, 2, site));
    public static int I32Load16U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<ushort>(At(memoryBase, memoryLength, address, offset, 2, site));
    public static long I64Load8S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => *(sbyte*)At(memoryBase, memoryLength, address, offset, 1, site);
    public static long I64Load8U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => *At(memoryBase, memoryLength, address, offset, 1, site);
    public static long I64Load16S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<short>(At(memoryBase, memoryLength, address, offset, 2, site));
    public static long I64Load16U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<ushort>(At(memoryBase, memoryLength, address, offset, 2, site));
    public static long I64Load32S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<int>(At(memoryBase, memoryLength, address, offset, 4, site));
    public static long I64Load32U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<uint>(At(memoryBase, memoryLength, address, offset, 4, site));
    public static void I32Store(byte* memoryBase, ulong memoryLength, int address, int value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 4, site), value);
    public static void I64Store(byte* memoryBase, ulong memoryLength, int address, long value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 8, site), value);
    public static void F32Store(byte* memoryBase, ulong memoryLength, int address, float value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 4, site), value);
    public static void F64Store(byte* memoryBase, ulong memoryLength, int address, double value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 8, site), value);
    public static void I32Store8(byte* memoryBase, ulong memoryLength, int address, int value, ulong offset, int site) => *At(memoryBase, memoryLength, address, offset, 1, site) = (byte)value;
    public static void I32Store16(byte* memoryBase, ulong memoryLength, int address, int value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 2, site), (short)value);
    public static void I64Store8(byte* memoryBase, ulong memoryLength, int address, long value, ulong offset, int site) => *At(memoryBase, memoryLength, address, offset, 1, site) = (byte)value;
    public static void I64Store16(byte* memoryBase, ulong memoryLength, int address, long value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 2, site), (short)value);
    public static void I64Store32(byte* memoryBase, ulong memoryLength, int address, long value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 4, site), (int)value);

    // SIMD on the compiler's typed v128 locals (Vector128<byte>): loads, stores, constants, splats and lanes here,
    // the other vector instructions in the engines' shared SimdOps.
    public static Vector128<byte> V128Load(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => Unsafe.ReadUnaligned<Vector128<byte>>(At(memoryBase, memoryLength, address, offset, 16, site));
    public static void V128Store(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> value, ulong offset, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 16, site), value);
    public static Vector128<byte> V128Load8x8S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load8x8S(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load8x8U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load8x8U(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load16x4S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load16x4S(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load16x4U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load16x4U(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load32x2S(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load32x2S(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load32x2U(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load32x2U(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load8Splat(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load8Splat(Unsafe.ReadUnaligned<byte>(At(memoryBase, memoryLength, address, offset, 1, site)));
    public static Vector128<byte> V128Load16Splat(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load16Splat(Unsafe.ReadUnaligned<ushort>(At(memoryBase, memoryLength, address, offset, 2, site)));
    public static Vector128<byte> V128Load32Splat(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load32Splat(Unsafe.ReadUnaligned<uint>(At(memoryBase, memoryLength, address, offset, 4, site)));
    public static Vector128<byte> V128Load64Splat(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load64Splat(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load32Zero(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load32Zero(Unsafe.ReadUnaligned<uint>(At(memoryBase, memoryLength, address, offset, 4, site)));
    public static Vector128<byte> V128Load64Zero(byte* memoryBase, ulong memoryLength, int address, ulong offset, int site) => SimdOps.Load64Zero(Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site)));
    public static Vector128<byte> V128Load8Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => v.WithElement(memoryLane, Unsafe.ReadUnaligned<byte>(At(memoryBase, memoryLength, address, offset, 1, site)));
    public static void V128Store8Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 1, site), v.GetElement(memoryLane));
    public static Vector128<byte> V128Load16Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => v.AsUInt16().WithElement(memoryLane, Unsafe.ReadUnaligned<ushort>(At(memoryBase, memoryLength, address, offset, 2, site))).AsByte();
    public static void V128Store16Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 2, site), v.AsUInt16().GetElement(memoryLane));
    public static Vector128<byte> V128Load32Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => v.AsUInt32().WithElement(memoryLane, Unsafe.ReadUnaligned<uint>(At(memoryBase, memoryLength, address, offset, 4, site))).AsByte();
    public static void V128Store32Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 4, site), v.AsUInt32().GetElement(memoryLane));
    public static Vector128<byte> V128Load64Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => v.AsUInt64().WithElement(memoryLane, Unsafe.ReadUnaligned<ulong>(At(memoryBase, memoryLength, address, offset, 8, site))).AsByte();
    public static void V128Store64Lane(byte* memoryBase, ulong memoryLength, int address, Vector128<byte> v, ulong offset, int memoryLane, int site) => Unsafe.WriteUnaligned(At(memoryBase, memoryLength, address, offset, 8, site), v.AsUInt64().GetElement(memoryLane));
    public static Vector128<byte> V128Const(ulong lo, ulong hi) => Vector128.Create(lo, hi).AsByte();
    public static Vector128<byte> I8x16Splat(int x) => Vector128.Create((byte)x);
    public static Vector128<byte> I16x8Splat(int x) => Vector128.Create((ushort)x).AsByte();
    public static Vector128<byte> I32x4Splat(int x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> I64x2Splat(long x) => Vector128.Create(x).AsByte();
    public static Vector128<byte> F32x4Splat(float x) => Vector128.Create(BitConverter.SingleToUInt32Bits(x)).AsByte();
    public static Vector128<byte> F64x2Splat(double x) => Vector128.Create(BitConverter.DoubleToUInt64Bits(x)).AsByte();
    public static int I8x16ExtractLaneS(Vector128<byte> v, int lane) => v.AsSByte().GetElement(lane);
    public static int I8x16ExtractLaneU(Vector128<byte> v, int lane) => v.GetElement(lane);
    public static int I16x8ExtractLaneS(Vector128<byte> v, int lane) => v.AsInt16().GetElement(lane);
    public static int I16x8ExtractLaneU(Vector128<byte> v, int lane) => v.AsUInt16().GetElement(lane);
    public static int I32x4ExtractLane(Vector128<byte> v, int lane) => v.AsInt32().GetElement(lane);
    public static long I64x2ExtractLane(Vector128<byte> v, int lane) => v.AsInt64().GetElement(lane);
    public static float F32x4ExtractLane(Vector128<byte> v, int lane) => BitConverter.UInt32BitsToSingle(v.AsUInt32().GetElement(lane));
    public static double F64x2ExtractLane(Vector128<byte> v, int lane) => BitConverter.UInt64BitsToDouble(v.AsUInt64().GetElement(lane));
    public static Vector128<byte> I8x16ReplaceLane(Vector128<byte> v, int x, int lane) => v.WithElement(lane, (byte)x);
    public static Vector128<byte> I16x8ReplaceLane(Vector128<byte> v, int x, int lane) => v.AsUInt16().WithElement(lane, (ushort)x).AsByte();
    public static Vector128<byte> I32x4ReplaceLane(Vector128<byte> v, int x, int lane) => v.AsInt32().WithElement(lane, x).AsByte();
    public static Vector128<byte> I64x2ReplaceLane(Vector128<byte> v, long x, int lane) => v.AsInt64().WithElement(lane, x).AsByte();
    public static Vector128<byte> F32x4ReplaceLane(Vector128<byte> v, float x, int lane) => v.AsUInt32().WithElement(lane, BitConverter.SingleToUInt32Bits(x)).AsByte();
    public static Vector128<byte> F64x2ReplaceLane(Vector128<byte> v, double x, int lane) => v.AsUInt64().WithElement(lane, BitConverter.DoubleToUInt64Bits(x)).AsByte();

    public static int MemorySize(MemoryInstance m) => (int)m.Pages;
    // Bulk operations and grows cost fuel in proportion to their size, at the interpreter's rates, charged
    // before the work.
    private const int BytesPerFuel = Interpreter.Machine.BytesPerFuel;
    private const int EntriesPerFuel = Interpreter.Machine.EntriesPerFuel;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Charge(CallContext context, int count, int per)
    {
        if (context.Attention)
        {
            context.Charge((uint)count / (uint)per);
        }
    }

    public static int MemoryGrow(CallContext context, MemoryInstance m, int delta)
    {
        if (context.Attention && m.CanGrow((uint)delta))
        {
            context.Charge((ulong)(uint)delta * (MemoryInstance.PageSize / BytesPerFuel));
        }
        return m.Grow((uint)delta);
    }

    public static void MemoryFill(CallContext context, MemoryInstance m, int destination, int value, int count)
    {
        Charge(context, count, BytesPerFuel);
        m.Fill((uint)destination, (uint)count, (byte)value);
    }

    public static void MemoryCopy(CallContext context, MemoryInstance m, int destination, int source, int count)
    {
        Charge(context, count, BytesPerFuel);
        m.Copy((uint)destination, (uint)source, (uint)count);
    }

    public static void MemoryInit(CallContext context, Instance instance, int destination, int source, int count, uint data)
    {
        Charge(context, count, BytesPerFuel);
        var bytes = instance.Data[data].AsSpan();
        ulong s = (uint)source, n = (uint)count;
        if (s + n > (ulong)bytes.Length)
        {
            OutOfBounds(-1);
        }
        instance.Memory0!.Write((uint)destination, bytes.Slice((int)s, (int)n));
    }

    public static void DataDrop(Instance instance, uint data) => instance.Data[data] = [];

    // Tables (https://webassembly.github.io/spec/core/exec/instructions.html#table-instructions).

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TableOutOfBounds() => throw new WasmTrapException(TrapKind.OutOfBoundsTableAccess);

    public static ulong TableGet(Instance instance, int index, uint table)
    {
        var t = instance.Tables[table];
        if ((uint)index >= t.Size)
        {
            TableOutOfBounds();
        }
        return t.Elements[(uint)index];
    }

    public static void TableSet(Instance instance, int index, ulong value, uint table)
    {
        var t = instance.Tables[table];
        if ((uint)index >= t.Size)
        {
            TableOutOfBounds();
        }
        t.Elements[(uint)index] = value;
    }

    public static int TableSize(Instance instance, uint table) => (int)instance.Tables[table].Size;

    public static int TableGrow(CallContext context, Instance instance, ulong init, int delta, uint table)
    {
        Charge(context, delta, EntriesPerFuel);
        return instance.Tables[table].Grow((uint)delta, init);
    }

    public static void TableFill(CallContext context, Instance instance, int start, ulong value, int count, uint table)
    {
        Charge(context, count, EntriesPerFuel);
        var entries = instance.Tables[table].Entries;
        ulong s = (uint)start, n = (uint)count;
        if (s + n > (ulong)entries.Length)
        {
            TableOutOfBounds();
        }
        entries.Slice((int)s, (int)n).Fill(value);
    }

    public static void TableCopy(CallContext context, Instance instance, int destination, int source, int count, uint to, uint from)
    {
        Charge(context, count, EntriesPerFuel);
        var d = instance.Tables[to].Entries;
        var s = instance.Tables[from].Entries;
        ulong di = (uint)destination, si = (uint)source, n = (uint)count;
        if (si + n > (ulong)s.Length || di + n > (ulong)d.Length)
        {
            TableOutOfBounds();
        }
        s.Slice((int)si, (int)n).CopyTo(d[(int)di..]);
    }

    public static void TableInit(CallContext context, Instance instance, int destination, int source, int count, uint element, uint table)
    {
        Charge(context, count, EntriesPerFuel);
        var d = instance.Tables[table].Entries;
        var s = instance.Elements[element];
        ulong di = (uint)destination, si = (uint)source, n = (uint)count;
        if (si + n > (ulong)s.Length || di + n > (ulong)d.Length)
        {
            TableOutOfBounds();
        }
        s.AsSpan((int)si, (int)n).CopyTo(d[(int)di..]);
    }

    public static void ElemDrop(Instance instance, uint element) => instance.Elements[element] = [];

    public static ulong RefFunc(Instance instance, int index) => instance.Functions[index].Handle;

    // Numeric operators whose spec definition is more than a CIL opcode
    // (https://webassembly.github.io/spec/core/exec/numerics.html).

    public static int I32DivS(int a, int b) => Numerics.I32DivS(a, b);
    public static int I32DivU(int a, int b) => (int)Numerics.I32DivU((uint)a, (uint)b);
    public static int I32RemS(int a, int b) => Numerics.I32RemS(a, b);
    public static int I32RemU(int a, int b) => (int)Numerics.I32RemU((uint)a, (uint)b);
    public static long I64DivS(long a, long b) => Numerics.I64DivS(a, b);
    public static long I64DivU(long a, long b) => (long)Numerics.I64DivU((ulong)a, (ulong)b);
    public static long I64RemS(long a, long b) => Numerics.I64RemS(a, b);
    public static long I64RemU(long a, long b) => (long)Numerics.I64RemU((ulong)a, (ulong)b);
    // Rotates are not inlined: inlined into a method that branches on the result (br_if or if on an
    // i32.rotl), the JIT of .NET 10 on x64 branched as if the result were zero when it was not (the row
    // tests' "as a br_if condition" cases), as if it tested the flags the rotate left, which do not
    // describe the result. A call returns the value in a register that the branch tests itself.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int I32Rotl(int a, int b) => (int)BitOperations.RotateLeft((uint)a, b);
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int I32Rotr(int a, int b) => (int)BitOperations.RotateRight((uint)a, b);
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long I64Rotl(long a, long b) => (long)BitOperations.RotateLeft((ulong)a, (int)b);
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long I64Rotr(long a, long b) => (long)BitOperations.RotateRight((ulong)a, (int)b);
    public static int I32Clz(int a) => BitOperations.LeadingZeroCount((uint)a);
    public static int I32Ctz(int a) => BitOperations.TrailingZeroCount(a);
    public static int I32Popcnt(int a) => BitOperations.PopCount((uint)a);
    public static long I64Clz(long a) => BitOperations.LeadingZeroCount((ulong)a);
    public static long I64Ctz(long a) => BitOperations.TrailingZeroCount(a);
    public static long I64Popcnt(long a) => BitOperations.PopCount((ulong)a);

    public static float F32Min(float a, float b) => Numerics.FMin(a, b);
    public static float F32Max(float a, float b) => Numerics.FMax(a, b);
    public static double F64Min(double a, double b) => Numerics.FMin(a, b);
    public static double F64Max(double a, double b) => Numerics.FMax(a, b);
    public static float F32Copysign(float a, float b) => BitConverter.UInt32BitsToSingle(Numerics.F32CopySign(BitConverter.SingleToUInt32Bits(a), BitConverter.SingleToUInt32Bits(b)));
    public static double F64Copysign(double a, double b) => BitConverter.UInt64BitsToDouble(Numerics.F64CopySign(BitConverter.DoubleToUInt64Bits(a), BitConverter.DoubleToUInt64Bits(b)));
    public static float F32Abs(float a) => BitConverter.UInt32BitsToSingle(Numerics.F32Abs(BitConverter.SingleToUInt32Bits(a)));
    public static float F32Neg(float a) => BitConverter.UInt32BitsToSingle(Numerics.F32Neg(BitConverter.SingleToUInt32Bits(a)));
    public static double F64Abs(double a) => BitConverter.UInt64BitsToDouble(Numerics.F64Abs(BitConverter.DoubleToUInt64Bits(a)));
    public static double F64Neg(double a) => BitConverter.UInt64BitsToDouble(Numerics.F64Neg(BitConverter.DoubleToUInt64Bits(a)));
    public static float F32Ceil(float a) => Numerics.Ceil(a);
    public static float F32Floor(float a) => Numerics.Floor(a);
    public static float F32Trunc(float a) => Numerics.Trunc(a);
    public static float F32Nearest(float a) => Numerics.Nearest(a);
    public static float F32Sqrt(float a) => Numerics.Sqrt(a);
    public static double F64Ceil(double a) => Numerics.Ceil(a);
    public static double F64Floor(double a) => Numerics.Floor(a);
    public static double F64Trunc(double a) => Numerics.Trunc(a);
    public static double F64Nearest(double a) => Numerics.Nearest(a);
    public static double F64Sqrt(double a) => Math.Sqrt(a);

    public static int I32TruncF32S(float a) => Numerics.I32TruncS(a);
    public static int I32TruncF32U(float a) => (int)Numerics.I32TruncU(a);
    public static int I32TruncF64S(double a) => Numerics.I32TruncS(a);
    public static int I32TruncF64U(double a) => (int)Numerics.I32TruncU(a);
    public static long I64TruncF32S(float a) => Numerics.I64TruncS(a);
    public static long I64TruncF32U(float a) => (long)Numerics.I64TruncU(a);
    public static long I64TruncF64S(double a) => Numerics.I64TruncS(a);
    public static long I64TruncF64U(double a) => (long)Numerics.I64TruncU(a);
    public static int I32TruncSatF32S(float a) => Numerics.I32TruncSatS(a);
    public static int I32TruncSatF32U(float a) => (int)Numerics.I32TruncSatU(a);
    public static int I32TruncSatF64S(double a) => Numerics.I32TruncSatS(a);
    public static int I32TruncSatF64U(double a) => (int)Numerics.I32TruncSatU(a);
    public static long I64TruncSatF32S(float a) => Numerics.I64TruncSatS(a);
    public static long I64TruncSatF32U(float a) => (long)Numerics.I64TruncSatU(a);
    public static long I64TruncSatF64S(double a) => Numerics.I64TruncSatS(a);
    public static long I64TruncSatF64U(double a) => (long)Numerics.I64TruncSatU(a);

    public static float F32ConvertI32U(int a) => (uint)a;
    public static double F64ConvertI32U(int a) => (uint)a;
    public static float F32ConvertI64S(long a) => Numerics.F32ConvertS64(a);
    public static float F32ConvertI64U(long a) => Numerics.F32ConvertU64((ulong)a);
    public static double F64ConvertI64U(long a) => Numerics.F64ConvertU64((ulong)a);
    public static float F32DemoteF64(double a) => Numerics.F32DemoteF64(a);
    public static double F64PromoteF32(float a) => Numerics.F64PromoteF32(a);
    public static int I32ReinterpretF32(float a) => BitConverter.SingleToInt32Bits(a);
    public static long I64ReinterpretF64(double a) => BitConverter.DoubleToInt64Bits(a);
    public static float F32ReinterpretI32(int a) => BitConverter.Int32BitsToSingle(a);
    public static double F64ReinterpretI64(long a) => BitConverter.Int64BitsToDouble(a);
}
