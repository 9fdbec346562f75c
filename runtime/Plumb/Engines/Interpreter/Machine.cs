using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Plumb.Execution;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// The interpreter: one per thread, with one value stack (locals and operands of every frame, v128
/// included, 16 bytes a slot) and one frame stack, both preallocated and grown only up to the
/// runtime's limits. Wasm-to-Wasm calls do not recurse on the .NET stack, so the call depth limit
/// is exact and the process cannot overflow its own stack; only host functions that call back into
/// Wasm nest, and each nesting checks the .NET stack first. See runtime/RATIONALE.md, "How does
/// the interpreter bound recursion?".
/// </summary>
internal sealed unsafe partial class Machine
{
    [ThreadStatic]
    private static Machine? t_current;

    private WasmValue[] _stack;
    private WasmValue* _base;
    private WasmValue* _end;   // _base + _stack.Length
    private int _sp;
    private Frame[] _frames = new Frame[64];
    private int _depth;
    private int _nesting;
    private volatile bool _interrupt;

    // True while fuel is metered or an interruption is asked for: only then do back edges and calls
    // look at _interrupt and _fuel, so that they otherwise write nothing (a store on every back edge
    // can alias a later load in the 4 KiB-page bits and stall the loop).
    private volatile bool _attention;
    private long _fuel = long.MaxValue;
    private bool _fuelEnabled;
    private ResourceLimits _limits;

    private Machine()
    {
        // Pinned so that the loop addresses slots by pointer, without bounds checks: every
        // function's frame size is checked once on entry (InterpretedFunction.MaxHeight).
        _stack = AllocateStack(4096, out _base);
        _end = _base + 4096;
    }

    /// <summary>
    /// A pinned value stack of <paramref name="slots"/> slots whose base is aligned to a cache line: a
    /// pinned array's data is only 8-byte aligned, and a 16-byte slot that straddles two lines makes every
    /// copy of it slower (one process measured the loop kernel 1.6x slower that way).
    /// </summary>
    private static WasmValue[] AllocateStack(int slots, out WasmValue* aligned)
    {
        const int align = 64;
        var stack = GC.AllocateUninitializedArray<WasmValue>(slots + align / sizeof(WasmValue), pinned: true);
        nint data = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(stack));
        aligned = (WasmValue*)((data + align - 1) & ~(nint)(align - 1));
        return stack;
    }

    public static Machine Current => t_current ??= new Machine();

    /// <summary>
    /// A call: the function called (its store handle, for stack traces: a number, so that a call
    /// stores no object reference and pays no GC write barrier), where its caller resumes (after the
    /// call op, and the caller's frame base as a byte offset from the stack's base, which stays valid when
    /// the stack grows), and the caller's instance when the call entered another one (null otherwise).
    /// Every function a Wasm call reaches belongs to the store of the call's entry function.
    /// </summary>
    private struct Frame
    {
        public ulong Callee;
        public Instance? Caller;
        public InterpretedOp* Ip;
        public nint Fp;
    }

    // The running function's instance and memory 0: fields rather than locals of the loop, so that
    // the loop's live state (ip, sp, fp) stays in registers.
    private Instance? _inst;
    private MemoryInstance? _mem;

    /// <summary>Fuel left after the last outermost call that had a budget (set between calls only: an outermost call resets it).</summary>
    public long FuelLeft
    {
        get => _fuel;
        set
        {
            if (_nesting == 0)
            {
                _fuel = value;
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="function"/> with <paramref name="args"/> and writes its results. Traps
    /// surface as <see cref="WasmTrapException"/> with the Wasm stack trace filled in.
    /// </summary>
    public void Invoke(FunctionInstance function, ReadOnlySpan<WasmValue> args, Span<WasmValue> results, CancellationToken cancellation, long? fuel)
    {
        bool outermost = _nesting == 0;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack() || _nesting > 1000)
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        var limits = function.Instance?.Store.Limits ?? function.HostModule?.State.Store.Limits ?? _limits;
        if (outermost)
        {
            _limits = limits;
            _interrupt = false;
            _fuelEnabled = fuel is not null;
            _fuel = fuel ?? long.MaxValue;
            _attention = _fuelEnabled;
        }
        int savedSp = _sp;
        int savedDepth = _depth;
        var savedInst = _inst;
        var savedMem = _mem;
        CancellationTokenRegistration registration = default;
        if (cancellation.CanBeCanceled)
        {
            if (cancellation.IsCancellationRequested)
            {
                throw new WasmTrapException(TrapKind.Cancelled);
            }
            registration = cancellation.UnsafeRegister(static state =>
            {
                var machine = (Machine)state!;
                machine._interrupt = true;
                machine._attention = true;
            }, this);
        }
        _nesting++;
        try
        {
            int needed = Math.Max(args.Length, results.Length);
            EnsureStack(_sp + needed + 1);
            args.CopyTo(new Span<WasmValue>(_base + _sp, args.Length));
            _sp += args.Length;
            if (function.Code is InterpretedFunction)
            {
                if (_attention)
                {
                    // Every function entry costs one unit: a call op charges its callee's, and this is the entry
                    // from outside (the compiler charges both in the callee's prologue, so the engines agree).
                    Charge(1);
                }
                Execute(function);
            }
            else
            {
                CallOutside(function, _sp);
            }
            new Span<WasmValue>(_base + savedSp, results.Length).CopyTo(results);
        }
        catch (WasmTrapException trap) when (!trap.HasWasmStackTrace)
        {
            trap.SetWasmStackTrace(StackTrace(savedDepth, function, trap));
            throw;
        }
        finally
        {
            _nesting--;
            _sp = savedSp;
            _depth = savedDepth;
            _inst = savedInst;
            _mem = savedMem;
            registration.Dispose();
            if (outermost)
            {
                _interrupt = false;
                _attention = false;
            }
        }
    }

    /// <summary>
    /// The Wasm frames from the innermost to the one <paramref name="entry"/> runs in (at depth <paramref name="bottom"/>):
    /// each caller at its call's offset, the innermost at the instruction of the op that raised <paramref name="trap"/>
    /// (which its throw helper or exception filter recorded; -1 when the trap came from elsewhere).
    /// </summary>
    private List<WasmStackFrame> StackTrace(int bottom, FunctionInstance entry, WasmTrapException trap)
    {
        var frames = new List<WasmStackFrame>();
        if (entry.IsHost)
        {
            return frames;
        }
        var store = entry.Instance!.Store;
        // The function each frame called: by its store handle, or for a call within the module (handle
        // 0), by the call op's index in the caller's instance.
        var callees = new FunctionInstance[_depth - bottom];
        for (int i = bottom; i < _depth; i++)
        {
            var caller = i > bottom ? callees[i - 1 - bottom] : entry;
            callees[i - bottom] = _frames[i].Callee != 0 ? store.Function(_frames[i].Callee)! : CalleeOf(caller.Instance!, _frames[i].Ip);
        }
        var innermost = _depth > bottom ? callees[^1] : entry;
        long at = -1;
        if (trap.InterpreterSite != 0 && innermost.Code is InterpretedFunction running)
        {
            long op = ((InterpretedOp*)trap.InterpreterSite - running.Start);
            at = op >= 0 && op < running.Length ? running.TrapOffset((int)op, trap.SecondAccess) : -1;
        }
        frames.Add(Describe(innermost, at));
        for (int i = _depth - 1; i >= bottom; i--)
        {
            var caller = i > bottom ? callees[i - 1 - bottom] : entry;
            var code = (InterpretedFunction)caller.Code!;
            int pc = (int)(_frames[i].Ip - code.Start);
            var offsets = code.Offsets;
            frames.Add(Describe(caller, pc >= 0 && pc < offsets.Length ? offsets[pc] : -1));
        }
        return frames;
    }

    /// <summary>The function a <see cref="RegisterOp.CallDirect"/> op calls: the one of its instance whose code starts where the op's C points.</summary>
    private static FunctionInstance CalleeOf(Instance instance, InterpretedOp* call)
    {
        var start = (InterpretedOp*)call->C;
        foreach (var function in instance.Functions)
        {
            if (function.Code is InterpretedFunction code && code.Start == start)
            {
                return function;
            }
        }
        throw new InvalidOperationException("a direct call's callee is not in its instance");
    }

    private static WasmStackFrame Describe(FunctionInstance function, long offset) =>
        new(function.Instance?.Name ?? function.HostModule?.Name, function.Index, function.Name, offset);

    /// <summary>
    /// Grows the value stack for a callee frame of <paramref name="frameSize"/> slots at <paramref name="calleeFp"/>
    /// (the caller's operands end at <paramref name="top"/>), or traps as exhaustion; returns the frame's new address.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WasmValue* GrowForFrame(WasmValue* calleeFp, WasmValue* top, int frameSize)
    {
        int index = (int)(calleeFp - _base);
        _sp = (int)(top - _base);
        EnsureStack((long)index + frameSize);
        return _base + index;
    }

    /// <summary>Makes the value stack hold at least <paramref name="slots"/> slots, or traps as exhaustion.</summary>
    private void EnsureStack(long slots)
    {
        long capacity = _end - _base;
        if (slots <= capacity)
        {
            return;
        }
        if (slots > Math.Max(_limits.ValueStackSlots, 4096) || slots > InterpretedFunction.MaxSlots)
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        long size = capacity;
        while (size < slots)
        {
            size *= 2;
        }
        int length = (int)Math.Min(size, Math.Max(_limits.ValueStackSlots, 4096));
        var grown = AllocateStack(length, out var grownBase);
        new Span<WasmValue>(_base, _sp).CopyTo(new Span<WasmValue>(grownBase, _sp));
        _stack = grown;
        _base = grownBase;
        _end = grownBase + length;
    }

    /// <summary>
    /// Pushes a frame for a call from the frame at <paramref name="fp"/>, resuming after <paramref name="ip"/>;
    /// <paramref name="callee"/> is the callee's store handle, or 0 for a call within the module (stack
    /// traces then find the callee through the call op).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Frame PushFrame(ulong callee, InterpretedOp* ip, WasmValue* fp)
    {
        int depth = _depth;
        var frames = _frames;
        if ((uint)depth >= (uint)frames.Length || depth >= _limits.CallDepth)
        {
            frames = GrowFrames();
        }
        _depth = depth + 1;
        ref var frame = ref frames[depth];
        frame.Callee = callee;
        frame.Caller = null;   // a trap may have left a frame here with its caller set
        frame.Ip = ip;
        frame.Fp = (nint)((byte*)fp - (byte*)_base);
        return ref frame;
    }

    /// <summary>Makes room for one more frame, or traps as exhaustion at the runtime's call depth.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame[] GrowFrames()
    {
        if (_depth >= _limits.CallDepth)
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        Array.Resize(ref _frames, _frames.Length * 2);
        return _frames;
    }

    /// <summary>
    /// Calls a function the interpreter does not run itself, whose arguments end at <paramref name="sp"/>:
    /// a host function, or one compiled by another engine (which runs it through the engine contract,
    /// with the interpreter's stack above the arguments free for calls back in). Returns the new stack top.
    /// </summary>
    private int CallOutside(FunctionInstance function, int sp, InterpretedOp* site = null)
    {
        try
        {
            return CallOutsideAt(function, sp);
        }
        catch (WasmTrapException trap) when (site != null && MarkSite(trap, site))
        {
            // Never entered: the filter marks the trap with the call op (the caller's frame is the innermost Wasm one).
            throw;
        }
    }

    private int CallOutsideAt(FunctionInstance function, int sp)
    {
        var type = function.Type;
        int start = sp - type.Params.Length;
        int width = Math.Max(type.Params.Length, type.Results.Length);
        EnsureStack(start + width + 1);
        var stack = _stack;
        var stackBase = _base;
        _sp = start + width;
        var values = new Span<WasmValue>(stackBase + start, width);
        if (_attention)
        {
            // A call out costs one unit, and one more per eight values it passes or returns.
            Charge(1 + (ulong)width / 8);
        }
        if (function.IsHost)
        {
            HostCall.Invoke(function, (_inst?.Public ?? function.HostModule)!, values);
        }
        else
        {
            // The results land where the arguments are, and the contract does not promise that an engine
            // reads every argument before it writes a result: the arguments are copied out first.
            var args = values[..type.Params.Length].ToArray();
            function.Invoke(args, values[..type.Results.Length], default, null);
        }
        if (stack != _stack)
        {
            // A nested call grew the stack while the host held a span of the old one (kept alive by stack).
            new Span<WasmValue>(stackBase + start, width).CopyTo(new Span<WasmValue>(_base + start, width));
        }
        GC.KeepAlive(stack);
        return start + type.Results.Length;
    }

    /// <summary>The <paramref name="size"/> bytes at <paramref name="address"/> of <paramref name="memory"/> (by their first), or a trap if they are not all inside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte Address(MemoryInstance? memory, ulong address, int size)
    {
        var m = memory!;
        if (address + (ulong)size > m.Length)
        {
            ThrowOutOfBounds();
        }
        return ref At(m, address);
    }

    /// <summary>The byte at <paramref name="address"/> of <paramref name="memory"/>, which the caller has bounds-checked against its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte At(MemoryInstance memory, ulong address) => ref memory.Base[address];

    /// <summary>
    /// The entry at <paramref name="index"/> of a table's <paramref name="elements"/>, which the caller has checked
    /// against the table's size (never more than the array's length, which has room to grow into).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Entry(ulong[] elements, uint index) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(elements), (nint)index);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfBounds() => throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);

    /// <summary>
    /// The trap (to throw) of an access out of bounds by the op at <paramref name="ip"/>; its low bit set (ops are aligned)
    /// when a fused multiply-add (<see cref="RegisterOp.UpdateProduct"/>) failed at its second load, its first in bounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WasmTrapException OutOfBounds(InterpretedOp* ip) =>
        new(TrapKind.OutOfBoundsMemoryAccess) { InterpreterSite = (nint)ip & ~(nint)1, SecondAccess = ((nint)ip & 1) != 0 };

    /// <summary>The trap <paramref name="kind"/>, raised by the op at <paramref name="ip"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(TrapKind kind, InterpretedOp* ip) => throw new WasmTrapException(kind) { InterpreterSite = (nint)ip };

    /// <summary>The trap of a <c>call_indirect</c> at <paramref name="ip"/> through the null entry <paramref name="index"/>.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUninitialized(uint index, InterpretedOp* ip) =>
        throw new WasmTrapException(TrapKind.UninitializedElement, index.ToString(System.Globalization.CultureInfo.InvariantCulture)) { InterpreterSite = (nint)ip };

    /// <summary>
    /// An exception filter's side effect: marks <paramref name="trap"/>, unless it already has a site or a stack trace (it
    /// came out of a nested call), as raised by the op at <paramref name="ip"/>. Returns false, so the filter declines.
    /// </summary>
    private static bool MarkSite(WasmTrapException trap, InterpretedOp* ip)
    {
        if (trap.InterpreterSite == 0 && !trap.HasWasmStackTrace)
        {
            trap.InterpreterSite = (nint)ip;
        }
        return false;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(TrapKind kind) => throw new WasmTrapException(kind);

    /// <summary>
    /// Stops the guest if it was cancelled or ran out of fuel; <paramref name="site"/> is the branch back to a loop that
    /// checked (null at a call, whose trap is the callee's entry's), for the trap's offset.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Interrupt(InterpretedOp* site = null)
    {
        if (_interrupt)
        {
            throw new WasmTrapException(TrapKind.Cancelled) { InterpreterSite = (nint)site };
        }
        if (_fuelEnabled && _fuel < 0)
        {
            _fuel = 0;
            throw new WasmTrapException(TrapKind.FuelExhausted) { InterpreterSite = (nint)site };
        }
        if (!_fuelEnabled)
        {
            _fuel = long.MaxValue;
        }
    }
}
