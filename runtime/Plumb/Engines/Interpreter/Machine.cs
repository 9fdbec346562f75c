using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Plumb.Execution;
using Plumb.Instructions;

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
        const int Align = 64;
        var stack = GC.AllocateUninitializedArray<WasmValue>(slots + Align / sizeof(WasmValue), pinned: true);
        nint data = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(stack));
        aligned = (WasmValue*)((data + Align - 1) & ~(nint)(Align - 1));
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

    /// <summary>Fuel left after the last outermost call that had a budget.</summary>
    public long FuelLeft => _fuel;

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
            trap.SetWasmStackTrace(StackTrace(savedDepth, function));
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

    private List<WasmStackFrame> StackTrace(int bottom, FunctionInstance entry)
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
        frames.Add(Describe(_depth > bottom ? callees[^1] : entry, -1));
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
    private int CallOutside(FunctionInstance function, int sp)
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
        if (function.Host is { } host)
        {
            host((_inst?.Public ?? function.HostModule)!, values);
        }
        else
        {
            // Results may overlap arguments: the other engine reads them all before it writes any.
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte Address(MemoryInstance? memory, ulong address, int size)
    {
        byte[] bytes = memory!.Bytes;
        if (address + (ulong)size > (ulong)bytes.Length)
        {
            ThrowOutOfBounds();
        }
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bytes), (nint)address);
    }

    /// <summary>The byte at <paramref name="address"/> of <paramref name="bytes"/>, which the caller has bounds-checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte At(byte[] bytes, ulong address) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bytes), (nint)address);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfBounds() => throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(TrapKind kind) => throw new WasmTrapException(kind);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUninitialized(uint index) =>
        throw new WasmTrapException(TrapKind.UninitializedElement, index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Interrupt()
    {
        if (_interrupt)
        {
            throw new WasmTrapException(TrapKind.Cancelled);
        }
        if (_fuelEnabled && _fuel < 0)
        {
            _fuel = 0;
            throw new WasmTrapException(TrapKind.FuelExhausted);
        }
        if (!_fuelEnabled)
        {
            _fuel = long.MaxValue;
        }
    }

    /// <summary>
    /// Runs <paramref name="entry"/>, whose arguments are the top of the stack, until it returns;
    /// its results then start where its arguments did. The loop's live state is two pointers (the op
    /// running, frame base); ops that work on the stack derive its top from their static height, and the
    /// instance and memory are fields, read by the ops that need them. The loop is threaded: each
    /// handler below ends by jumping to one of a few dispatch sites (by the kind of op it is), each with
    /// its own copy of the switch, so that the processor predicts the next op from the current one's
    /// kind (see runtime/RATIONALE.md, "How does the interpreter dispatch?"). The copies are written by
    /// scripts/generate-dispatch.py from the handlers' comment lines.
    /// </summary>
    private void Execute(FunctionInstance entry)
    {
        int entryDepth = _depth;
        var fn = (InterpretedFunction)entry.Code!;
        EnsureStack((long)_sp - fn.ParamCount + fn.MaxHeight);
        WasmValue* fp = _base + _sp - fn.ParamCount;
        WasmValue* sp = _base + _sp;
        new Span<WasmValue>(fp + fn.ZeroFrom, fn.ZeroCount).Clear();
        _inst = entry.Instance!;
        _mem = _inst.Memory0;
        // ip is the op running; each dispatch site first steps it to the next.
        InterpretedOp* ip = fn.Start - 1;
        FunctionInstance callee;
            goto DispatchMisc;


        // case Opcode.Unreachable
        Unreachable:
            {
                Throw(TrapKind.Unreachable);
                goto DispatchMisc;
            }
        // case Opcode.Else
        Else:
            {
                ip += ip->A - 1;
                goto DispatchBranch;
            }
        // case Opcode.BrIf
        BrIf:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo == 0)
                {
                    goto DispatchBranch;
                }
                goto Br;
            }
        // case Opcode.Br
        Br:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                int keep = ip->B;
                WasmValue* dst = (WasmValue*)((byte*)fp + (int)ip->C);
                WasmValue* src = sp - keep;
                if (dst != src)
                {
                    for (int i = 0; i < keep; i++)
                    {
                        dst[i] = src[i];
                    }
                }
                sp = dst + keep;
                if (ip->A <= 0)
                {
                    // A backward branch: a loop iterates.
                    if (_attention && (_interrupt || --_fuel < 0))
                    {
                        Interrupt();
                    }
                }
                ip += ip->A - 1;
                goto DispatchBranch;
            }
        // case Opcode.BrTable
        BrTable:
            {
                uint index = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                uint last = (uint)ip->A - 1;
                // The entries follow: run the one chosen as the op itself.
                ip += 1 + (index < last ? index : last);
                if (ip->Loop == LoopCode.Return)
                {
                    goto Return;
                }
                goto Br;
            }
        // case Opcode.Return
        Return:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                int count = ip->A;
                WasmValue* src = sp - count;
                for (int i = 0; i < count; i++)
                {
                    fp[i] = src[i];
                }
                sp = fp + count;
                if (_depth == entryDepth)
                {
                    _sp = (int)(sp - _base);
                    return;
                }
                ref var frame = ref _frames[--_depth];
                ip = frame.Ip;
                fp = (WasmValue*)((byte*)_base + frame.Fp);
                if (frame.Caller is { } caller)
                {
                    _inst = caller;
                    _mem = caller.Memory0;
                }
                goto DispatchMisc;
            }
        // case Opcode.Call
        Call:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                callee = _inst!.Functions[ip->A];
                goto EnterCallee;
            }
        // case RegisterOp.CallDirect
        CallDirect:
            {
                // A call within the module: no lookups, and the callee runs in this instance.
                WasmValue* args = (WasmValue*)((byte*)fp + ip->H);
                PushFrame(0, ip, fp);
                if (_attention && (_interrupt || --_fuel < 0))
                {
                    Interrupt();
                }
                ulong sizes = ip->D;
                WasmValue* calleeFp = args - ip->B;
                if (calleeFp + (int)(sizes >> 32) > _end)
                {
                    calleeFp = GrowForFrame(calleeFp, args, (int)(sizes >> 32));
                }
                fp = calleeFp;
                // Only the declared locals that may be read before they are written (A: the first, scaled).
                var locals = (WasmValue*)((byte*)fp + ip->A);
                int declared = (int)(uint)sizes;
                if (declared <= 8)
                {
                    for (int i = 0; i < declared; i++)
                    {
                        locals[i] = default;
                    }
                }
                else
                {
                    new Span<WasmValue>(locals, declared).Clear();
                }
                ip = (InterpretedOp*)ip->C - 1;
                goto DispatchCall;
            }
        // case Opcode.CallIndirect
        CallIndirect:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                var inst = _inst!;
                var table = inst.Tables[ip->B];
                uint index = (uint)(--sp)->Lo;
                var elements = table.Elements;
                if (index >= (uint)elements.Length)
                {
                    Throw(TrapKind.UndefinedElement);
                }
                ulong handle = elements[index];
                if (handle == 0)
                {
                    ThrowUninitialized(index);
                }
                callee = inst.Store.Function(handle)!;
                if (callee.TypeId != inst.TypeIds[ip->A])
                {
                    Throw(TrapKind.IndirectCallTypeMismatch);
                }
                goto EnterCallee;
            }
        // case Opcode.Select
        Select:
            {
                // Picks the slot, not the value, so that the JIT can use a conditional move.
                var first = (WasmValue*)((byte*)fp + ip->B);
                var second = (WasmValue*)((byte*)fp + (int)ip->C);
                (*(WasmValue*)((byte*)fp + ip->A)) = *((uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo != 0 ? first : second);
                goto DispatchSelect;
            }
        // case Opcode.LocalGet
        LocalGet:
            {
                (*(WasmValue*)((byte*)fp + ip->A)) = (*(WasmValue*)((byte*)fp + ip->B));
                goto DispatchCopy;
            }
        // case Opcode.GlobalGet
        GlobalGet:
            {
                (*(WasmValue*)((byte*)fp + ip->A)) = _inst!.Globals[ip->B].Value;
                goto DispatchMisc;
            }
        // case Opcode.GlobalSet
        GlobalSet:
            {
                _inst!.Globals[ip->A].Value = (*(WasmValue*)((byte*)fp + ip->B));
                goto DispatchMisc;
            }
        // case Opcode.I32Const
        I32Const:
            {
                (*(WasmValue*)((byte*)fp + ip->A)) = new WasmValue(ip->C, ip->D);
                goto DispatchCopy;
            }
        // case Opcode.MemorySize
        MemorySize:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                *sp++ = new WasmValue(_mem!.Pages);
                goto DispatchMisc;
            }
        // case Opcode.MemoryGrow
        MemoryGrow:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                sp[-1] = new WasmValue((uint)_mem!.Grow((uint)sp[-1].Lo));
                goto DispatchMisc;
            }
        // case Opcode.I32Eq + RegisterOp.Slots
        I32Eq_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32Eq + RegisterOp.Immediate
        I32Eq_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32Ne + RegisterOp.Slots
        I32Ne_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32Ne + RegisterOp.Immediate
        I32Ne_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LtS + RegisterOp.Slots
        I32LtS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LtS + RegisterOp.Immediate
        I32LtS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LtU + RegisterOp.Slots
        I32LtU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LtU + RegisterOp.Immediate
        I32LtU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GtS + RegisterOp.Slots
        I32GtS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GtS + RegisterOp.Immediate
        I32GtS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GtU + RegisterOp.Slots
        I32GtU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GtU + RegisterOp.Immediate
        I32GtU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LeS + RegisterOp.Slots
        I32LeS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LeS + RegisterOp.Immediate
        I32LeS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LeU + RegisterOp.Slots
        I32LeU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32LeU + RegisterOp.Immediate
        I32LeU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GeS + RegisterOp.Slots
        I32GeS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GeS + RegisterOp.Immediate
        I32GeS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GeU + RegisterOp.Slots
        I32GeU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I32GeU + RegisterOp.Immediate
        I32GeU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I64Eq + RegisterOp.Slots
        I64Eq_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64Eq + RegisterOp.Immediate
        I64Eq_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64Ne + RegisterOp.Slots
        I64Ne_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64Ne + RegisterOp.Immediate
        I64Ne_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LtS + RegisterOp.Slots
        I64LtS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LtS + RegisterOp.Immediate
        I64LtS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LtU + RegisterOp.Slots
        I64LtU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LtU + RegisterOp.Immediate
        I64LtU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GtS + RegisterOp.Slots
        I64GtS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GtS + RegisterOp.Immediate
        I64GtS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GtU + RegisterOp.Slots
        I64GtU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GtU + RegisterOp.Immediate
        I64GtU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LeS + RegisterOp.Slots
        I64LeS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LeS + RegisterOp.Immediate
        I64LeS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LeU + RegisterOp.Slots
        I64LeU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64LeU + RegisterOp.Immediate
        I64LeU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GeS + RegisterOp.Slots
        I64GeS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GeS + RegisterOp.Immediate
        I64GeS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GeU + RegisterOp.Slots
        I64GeU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I64GeU + RegisterOp.Immediate
        I64GeU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.F32Eq + RegisterOp.Slots
        F32Eq_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F32Ne + RegisterOp.Slots
        F32Ne_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F32Lt + RegisterOp.Slots
        F32Lt_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F32Gt + RegisterOp.Slots
        F32Gt_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F32Le + RegisterOp.Slots
        F32Le_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F32Ge + RegisterOp.Slots
        F32Ge_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Eq + RegisterOp.Slots
        F64Eq_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Ne + RegisterOp.Slots
        F64Ne_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a != c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Lt + RegisterOp.Slots
        F64Lt_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a < c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Gt + RegisterOp.Slots
        F64Gt_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a > c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Le + RegisterOp.Slots
        F64Le_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a <= c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.F64Ge + RegisterOp.Slots
        F64Ge_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a >= c) ? 1UL : 0UL;
                goto DispatchFloat;
            }
        // case Opcode.I32Add + RegisterOp.Slots
        I32Add_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a + c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Add + RegisterOp.LoadOperand
        I32Add_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a + c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Add + RegisterOp.Update
        I32Add_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a + c)));
                goto DispatchI32Arith;
            }
        // case Opcode.I32Add + RegisterOp.Immediate
        I32Add_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a + c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Sub + RegisterOp.Slots
        I32Sub_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a - c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Sub + RegisterOp.LoadOperand
        I32Sub_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a - c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Sub + RegisterOp.Update
        I32Sub_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a - c)));
                goto DispatchI32Arith;
            }
        // case Opcode.I32Sub + RegisterOp.Immediate
        I32Sub_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a - c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Mul + RegisterOp.Slots
        I32Mul_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a * c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Mul + RegisterOp.LoadOperand
        I32Mul_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a * c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32Mul + RegisterOp.Update
        I32Mul_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a * c)));
                goto DispatchI32Arith;
            }
        // case Opcode.I32Mul + RegisterOp.Immediate
        I32Mul_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a * c);
                goto DispatchI32Arith;
            }
        // case Opcode.I32DivS + RegisterOp.Slots
        I32DivS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32DivS(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32DivS + RegisterOp.Immediate
        I32DivS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32DivS(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32DivU + RegisterOp.Slots
        I32DivU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32DivU(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32DivU + RegisterOp.Immediate
        I32DivU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32DivU(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32RemS + RegisterOp.Slots
        I32RemS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32RemS(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32RemS + RegisterOp.Immediate
        I32RemS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32RemS(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32RemU + RegisterOp.Slots
        I32RemU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32RemU(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32RemU + RegisterOp.Immediate
        I32RemU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32RemU(a, c));
                goto DispatchI32;
            }
        // case Opcode.I32And + RegisterOp.Slots
        I32And_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a & c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32And + RegisterOp.LoadOperand
        I32And_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a & c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32And + RegisterOp.Update
        I32And_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a & c)));
                goto DispatchI32Bits;
            }
        // case Opcode.I32And + RegisterOp.Immediate
        I32And_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a & c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Or + RegisterOp.Slots
        I32Or_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a | c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Or + RegisterOp.LoadOperand
        I32Or_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a | c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Or + RegisterOp.Update
        I32Or_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a | c)));
                goto DispatchI32Bits;
            }
        // case Opcode.I32Or + RegisterOp.Immediate
        I32Or_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a | c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Xor + RegisterOp.Slots
        I32Xor_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a ^ c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Xor + RegisterOp.LoadOperand
        I32Xor_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a ^ c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Xor + RegisterOp.Update
        I32Xor_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)Unsafe.ReadUnaligned<uint>(ref at);
                Unsafe.WriteUnaligned(ref at, (uint)((ulong)(a ^ c)));
                goto DispatchI32Bits;
            }
        // case Opcode.I32Xor + RegisterOp.Immediate
        I32Xor_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a ^ c);
                goto DispatchI32Bits;
            }
        // case Opcode.I32Shl + RegisterOp.Slots
        I32Shl_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a << (int)c);
                goto DispatchI32;
            }
        // case Opcode.I32Shl + RegisterOp.Immediate
        I32Shl_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a << (int)c);
                goto DispatchI32;
            }
        // case Opcode.I32ShrS + RegisterOp.Slots
        I32ShrS_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(a >> c);
                goto DispatchI32;
            }
        // case Opcode.I32ShrS + RegisterOp.Immediate
        I32ShrS_Immediate:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (int)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(a >> c);
                goto DispatchI32;
            }
        // case Opcode.I32ShrU + RegisterOp.Slots
        I32ShrU_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a >> (int)c);
                goto DispatchI32;
            }
        // case Opcode.I32ShrU + RegisterOp.Immediate
        I32ShrU_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a >> (int)c);
                goto DispatchI32;
            }
        // case Opcode.I32Rotl + RegisterOp.Slots
        I32Rotl_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                goto DispatchI32;
            }
        // case Opcode.I32Rotl + RegisterOp.Immediate
        I32Rotl_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                goto DispatchI32;
            }
        // case Opcode.I32Rotr + RegisterOp.Slots
        I32Rotr_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                goto DispatchI32;
            }
        // case Opcode.I32Rotr + RegisterOp.Immediate
        I32Rotr_Immediate:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                goto DispatchI32;
            }
        // case Opcode.I64Add + RegisterOp.Slots
        I64Add_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a + c;
                goto DispatchI64;
            }
        // case Opcode.I64Add + RegisterOp.LoadOperand
        I64Add_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a + c;
                goto DispatchI64;
            }
        // case Opcode.I64Add + RegisterOp.Update
        I64Add_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a + c));
                goto DispatchI64;
            }
        // case Opcode.I64Add + RegisterOp.Immediate
        I64Add_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a + c;
                goto DispatchI64;
            }
        // case Opcode.I64Sub + RegisterOp.Slots
        I64Sub_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a - c;
                goto DispatchI64;
            }
        // case Opcode.I64Sub + RegisterOp.LoadOperand
        I64Sub_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a - c;
                goto DispatchI64;
            }
        // case Opcode.I64Sub + RegisterOp.Update
        I64Sub_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a - c));
                goto DispatchI64;
            }
        // case Opcode.I64Sub + RegisterOp.Immediate
        I64Sub_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a - c;
                goto DispatchI64;
            }
        // case Opcode.I64Mul + RegisterOp.Slots
        I64Mul_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a * c;
                goto DispatchI64;
            }
        // case Opcode.I64Mul + RegisterOp.LoadOperand
        I64Mul_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a * c;
                goto DispatchI64;
            }
        // case Opcode.I64Mul + RegisterOp.Update
        I64Mul_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a * c));
                goto DispatchI64;
            }
        // case Opcode.I64Mul + RegisterOp.Immediate
        I64Mul_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a * c;
                goto DispatchI64;
            }
        // case Opcode.I64DivS + RegisterOp.Slots
        I64DivS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64DivS(a, c));
                goto DispatchI64;
            }
        // case Opcode.I64DivS + RegisterOp.Immediate
        I64DivS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64DivS(a, c));
                goto DispatchI64;
            }
        // case Opcode.I64DivU + RegisterOp.Slots
        I64DivU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64DivU(a, c);
                goto DispatchI64;
            }
        // case Opcode.I64DivU + RegisterOp.Immediate
        I64DivU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64DivU(a, c);
                goto DispatchI64;
            }
        // case Opcode.I64RemS + RegisterOp.Slots
        I64RemS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64RemS(a, c));
                goto DispatchI64;
            }
        // case Opcode.I64RemS + RegisterOp.Immediate
        I64RemS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64RemS(a, c));
                goto DispatchI64;
            }
        // case Opcode.I64RemU + RegisterOp.Slots
        I64RemU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64RemU(a, c);
                goto DispatchI64;
            }
        // case Opcode.I64RemU + RegisterOp.Immediate
        I64RemU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64RemU(a, c);
                goto DispatchI64;
            }
        // case Opcode.I64And + RegisterOp.Slots
        I64And_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a & c;
                goto DispatchI64;
            }
        // case Opcode.I64And + RegisterOp.LoadOperand
        I64And_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a & c;
                goto DispatchI64;
            }
        // case Opcode.I64And + RegisterOp.Update
        I64And_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a & c));
                goto DispatchI64;
            }
        // case Opcode.I64And + RegisterOp.Immediate
        I64And_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a & c;
                goto DispatchI64;
            }
        // case Opcode.I64Or + RegisterOp.Slots
        I64Or_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a | c;
                goto DispatchI64;
            }
        // case Opcode.I64Or + RegisterOp.LoadOperand
        I64Or_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a | c;
                goto DispatchI64;
            }
        // case Opcode.I64Or + RegisterOp.Update
        I64Or_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a | c));
                goto DispatchI64;
            }
        // case Opcode.I64Or + RegisterOp.Immediate
        I64Or_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a | c;
                goto DispatchI64;
            }
        // case Opcode.I64Xor + RegisterOp.Slots
        I64Xor_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a ^ c;
                goto DispatchI64;
            }
        // case Opcode.I64Xor + RegisterOp.LoadOperand
        I64Xor_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a ^ c;
                goto DispatchI64;
            }
        // case Opcode.I64Xor + RegisterOp.Update
        I64Xor_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = Unsafe.ReadUnaligned<ulong>(ref at);
                Unsafe.WriteUnaligned(ref at, (ulong)(a ^ c));
                goto DispatchI64;
            }
        // case Opcode.I64Xor + RegisterOp.Immediate
        I64Xor_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a ^ c;
                goto DispatchI64;
            }
        // case Opcode.I64Shl + RegisterOp.Slots
        I64Shl_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a << (int)c;
                goto DispatchI64;
            }
        // case Opcode.I64Shl + RegisterOp.Immediate
        I64Shl_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a << (int)c;
                goto DispatchI64;
            }
        // case Opcode.I64ShrS + RegisterOp.Slots
        I64ShrS_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a >> (int)c);
                goto DispatchI64;
            }
        // case Opcode.I64ShrS + RegisterOp.Immediate
        I64ShrS_Immediate:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (long)ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(a >> (int)c);
                goto DispatchI64;
            }
        // case Opcode.I64ShrU + RegisterOp.Slots
        I64ShrU_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a >> (int)c;
                goto DispatchI64;
            }
        // case Opcode.I64ShrU + RegisterOp.Immediate
        I64ShrU_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = a >> (int)c;
                goto DispatchI64;
            }
        // case Opcode.I64Rotl + RegisterOp.Slots
        I64Rotl_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitOperations.RotateLeft(a, (int)c);
                goto DispatchI64;
            }
        // case Opcode.I64Rotl + RegisterOp.Immediate
        I64Rotl_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitOperations.RotateLeft(a, (int)c);
                goto DispatchI64;
            }
        // case Opcode.I64Rotr + RegisterOp.Slots
        I64Rotr_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitOperations.RotateRight(a, (int)c);
                goto DispatchI64;
            }
        // case Opcode.I64Rotr + RegisterOp.Immediate
        I64Rotr_Immediate:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = ip->C;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitOperations.RotateRight(a, (int)c);
                goto DispatchI64;
            }
        // case Opcode.F32Add + RegisterOp.Slots
        F32Add_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a + c);
                goto DispatchFloat;
            }
        // case Opcode.F32Add + RegisterOp.LoadOperand
        F32Add_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a + c);
                goto DispatchFloat;
            }
        // case Opcode.F32Add + RegisterOp.Update
        F32Add_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref at));
                Unsafe.WriteUnaligned(ref at, (uint)(BitConverter.SingleToUInt32Bits(a + c)));
                goto DispatchFloat;
            }
        // case Opcode.F32Add + RegisterOp.UpdateProduct
        F32Add_UpdateProduct:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + (uint)ip->D;
                ulong updated = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (ip->D >> 32);
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length || updated + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, updated);
                var product = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo) * BitConverter.UInt32BitsToSingle(Unsafe.ReadUnaligned<uint>(ref At(bytes, address)));
                Unsafe.WriteUnaligned(ref at, BitConverter.SingleToUInt32Bits(product + BitConverter.UInt32BitsToSingle(Unsafe.ReadUnaligned<uint>(ref at))));
                goto DispatchFloat;
            }
        // case Opcode.F32Sub + RegisterOp.Slots
        F32Sub_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a - c);
                goto DispatchFloat;
            }
        // case Opcode.F32Sub + RegisterOp.LoadOperand
        F32Sub_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a - c);
                goto DispatchFloat;
            }
        // case Opcode.F32Sub + RegisterOp.Update
        F32Sub_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref at));
                Unsafe.WriteUnaligned(ref at, (uint)(BitConverter.SingleToUInt32Bits(a - c)));
                goto DispatchFloat;
            }
        // case Opcode.F32Mul + RegisterOp.Slots
        F32Mul_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a * c);
                goto DispatchFloat;
            }
        // case Opcode.F32Mul + RegisterOp.LoadOperand
        F32Mul_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a * c);
                goto DispatchFloat;
            }
        // case Opcode.F32Mul + RegisterOp.Update
        F32Mul_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref at));
                Unsafe.WriteUnaligned(ref at, (uint)(BitConverter.SingleToUInt32Bits(a * c)));
                goto DispatchFloat;
            }
        // case Opcode.F32Div + RegisterOp.Slots
        F32Div_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a / c);
                goto DispatchFloat;
            }
        // case Opcode.F32Div + RegisterOp.LoadOperand
        F32Div_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(a / c);
                goto DispatchFloat;
            }
        // case Opcode.F32Div + RegisterOp.Update
        F32Div_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)Unsafe.ReadUnaligned<uint>(ref at));
                Unsafe.WriteUnaligned(ref at, (uint)(BitConverter.SingleToUInt32Bits(a / c)));
                goto DispatchFloat;
            }
        // case Opcode.F32Min + RegisterOp.Slots
        F32Min_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.FMin(a, c));
                goto DispatchFloat;
            }
        // case Opcode.F32Max + RegisterOp.Slots
        F32Max_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.FMax(a, c));
                goto DispatchFloat;
            }
        // case Opcode.F32Copysign + RegisterOp.Slots
        F32Copysign_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.F32CopySign(a, c));
                goto DispatchFloat;
            }
        // case Opcode.F64Add + RegisterOp.Slots
        F64Add_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a + c);
                goto DispatchFloat;
            }
        // case Opcode.F64Add + RegisterOp.LoadOperand
        F64Add_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a + c);
                goto DispatchFloat;
            }
        // case Opcode.F64Add + RegisterOp.Update
        F64Add_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref at));
                Unsafe.WriteUnaligned(ref at, (ulong)(BitConverter.DoubleToUInt64Bits(a + c)));
                goto DispatchFloat;
            }
        // case Opcode.F64Add + RegisterOp.UpdateProduct
        F64Add_UpdateProduct:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + (uint)ip->D;
                ulong updated = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (ip->D >> 32);
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length || updated + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, updated);
                var product = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo) * BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref At(bytes, address)));
                Unsafe.WriteUnaligned(ref at, BitConverter.DoubleToUInt64Bits(product + BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref at))));
                goto DispatchFloat;
            }
        // case Opcode.F64Sub + RegisterOp.Slots
        F64Sub_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a - c);
                goto DispatchFloat;
            }
        // case Opcode.F64Sub + RegisterOp.LoadOperand
        F64Sub_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a - c);
                goto DispatchFloat;
            }
        // case Opcode.F64Sub + RegisterOp.Update
        F64Sub_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref at));
                Unsafe.WriteUnaligned(ref at, (ulong)(BitConverter.DoubleToUInt64Bits(a - c)));
                goto DispatchFloat;
            }
        // case Opcode.F64Mul + RegisterOp.Slots
        F64Mul_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a * c);
                goto DispatchFloat;
            }
        // case Opcode.F64Mul + RegisterOp.LoadOperand
        F64Mul_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a * c);
                goto DispatchFloat;
            }
        // case Opcode.F64Mul + RegisterOp.Update
        F64Mul_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref at));
                Unsafe.WriteUnaligned(ref at, (ulong)(BitConverter.DoubleToUInt64Bits(a * c)));
                goto DispatchFloat;
            }
        // case Opcode.F64Div + RegisterOp.Slots
        F64Div_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a / c);
                goto DispatchFloat;
            }
        // case Opcode.F64Div + RegisterOp.LoadOperand
        F64Div_LoadOperand:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref At(bytes, address)));
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(a / c);
                goto DispatchFloat;
            }
        // case Opcode.F64Div + RegisterOp.Update
        F64Div_Update:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo + (uint)ip->H) + ip->D;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                ref byte at = ref At(bytes, address);
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble(Unsafe.ReadUnaligned<ulong>(ref at));
                Unsafe.WriteUnaligned(ref at, (ulong)(BitConverter.DoubleToUInt64Bits(a / c)));
                goto DispatchFloat;
            }
        // case Opcode.F64Min + RegisterOp.Slots
        F64Min_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMin(a, c));
                goto DispatchFloat;
            }
        // case Opcode.F64Max + RegisterOp.Slots
        F64Max_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                var c = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + (int)ip->C)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMax(a, c));
                goto DispatchFloat;
            }
        // case Opcode.F64Copysign + RegisterOp.Slots
        F64Copysign_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                var c = (*(WasmValue*)((byte*)fp + (int)ip->C)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.F64CopySign(a, c);
                goto DispatchFloat;
            }
        // case Opcode.I32Eqz + RegisterOp.Slots
        I32Eqz_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == 0) ? 1UL : 0UL;
                goto DispatchI32;
            }
        // case Opcode.I64Eqz + RegisterOp.Slots
        I64Eqz_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (a == 0) ? 1UL : 0UL;
                goto DispatchI64;
            }
        // case Opcode.I32Clz + RegisterOp.Slots
        I32Clz_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((uint)BitOperations.LeadingZeroCount(a));
                goto DispatchI32;
            }
        // case Opcode.I32Ctz + RegisterOp.Slots
        I32Ctz_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((uint)BitOperations.TrailingZeroCount(a));
                goto DispatchI32;
            }
        // case Opcode.I32Popcnt + RegisterOp.Slots
        I32Popcnt_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((uint)BitOperations.PopCount(a));
                goto DispatchI32;
            }
        // case Opcode.I64Clz + RegisterOp.Slots
        I64Clz_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)BitOperations.LeadingZeroCount(a);
                goto DispatchI64;
            }
        // case Opcode.I64Ctz + RegisterOp.Slots
        I64Ctz_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)BitOperations.TrailingZeroCount(a);
                goto DispatchI64;
            }
        // case Opcode.I64Popcnt + RegisterOp.Slots
        I64Popcnt_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)BitOperations.PopCount(a);
                goto DispatchI64;
            }
        // case Opcode.F32Abs + RegisterOp.Slots
        F32Abs_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.F32Abs(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Neg + RegisterOp.Slots
        F32Neg_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.F32Neg(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Ceil + RegisterOp.Slots
        F32Ceil_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.Ceil(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Floor + RegisterOp.Slots
        F32Floor_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.Floor(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Trunc + RegisterOp.Slots
        F32Trunc_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.Trunc(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Nearest + RegisterOp.Slots
        F32Nearest_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.Nearest(a));
                goto DispatchFloat;
            }
        // case Opcode.F32Sqrt + RegisterOp.Slots
        F32Sqrt_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.Sqrt(a));
                goto DispatchFloat;
            }
        // case Opcode.F64Abs + RegisterOp.Slots
        F64Abs_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.F64Abs(a);
                goto DispatchFloat;
            }
        // case Opcode.F64Neg + RegisterOp.Slots
        F64Neg_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.F64Neg(a);
                goto DispatchFloat;
            }
        // case Opcode.F64Ceil + RegisterOp.Slots
        F64Ceil_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.Ceil(a));
                goto DispatchFloat;
            }
        // case Opcode.F64Floor + RegisterOp.Slots
        F64Floor_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.Floor(a));
                goto DispatchFloat;
            }
        // case Opcode.F64Trunc + RegisterOp.Slots
        F64Trunc_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.Trunc(a));
                goto DispatchFloat;
            }
        // case Opcode.F64Nearest + RegisterOp.Slots
        F64Nearest_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.Nearest(a));
                goto DispatchFloat;
            }
        // case Opcode.F64Sqrt + RegisterOp.Slots
        F64Sqrt_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                // Math.Sqrt, not Numerics.Sqrt (a call): the processor returns a NaN operand quieted, or on
                // Arm64 possibly the canonical NaN, and the spec allows either.
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Math.Sqrt(a));
                goto DispatchFloat;
            }
        // case Opcode.I32WrapI64 + RegisterOp.Slots
        I32WrapI64_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((uint)a);
                goto DispatchI32;
            }
        // case Opcode.I32TruncF32S + RegisterOp.Slots
        I32TruncF32S_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32TruncS(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncF32U + RegisterOp.Slots
        I32TruncF32U_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32TruncU(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncF64S + RegisterOp.Slots
        I32TruncF64S_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32TruncS(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncF64U + RegisterOp.Slots
        I32TruncF64U_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32TruncU(a));
                goto DispatchI32;
            }
        // case Opcode.I64ExtendI32S + RegisterOp.Slots
        I64ExtendI32S_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((long)a);
                goto DispatchI64;
            }
        // case Opcode.I64ExtendI32U + RegisterOp.Slots
        I64ExtendI32U_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)a;
                goto DispatchI64;
            }
        // case Opcode.I64TruncF32S + RegisterOp.Slots
        I64TruncF32S_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64TruncS(a));
                goto DispatchI64;
            }
        // case Opcode.I64TruncF32U + RegisterOp.Slots
        I64TruncF32U_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64TruncU(a);
                goto DispatchI64;
            }
        // case Opcode.I64TruncF64S + RegisterOp.Slots
        I64TruncF64S_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64TruncS(a));
                goto DispatchI64;
            }
        // case Opcode.I64TruncF64U + RegisterOp.Slots
        I64TruncF64U_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64TruncU(a);
                goto DispatchI64;
            }
        // case Opcode.F32ConvertI32S + RegisterOp.Slots
        F32ConvertI32S_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits((float)a);
                goto DispatchFloat;
            }
        // case Opcode.F32ConvertI32U + RegisterOp.Slots
        F32ConvertI32U_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits((float)a);
                goto DispatchFloat;
            }
        // case Opcode.F32ConvertI64S + RegisterOp.Slots
        F32ConvertI64S_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertS64(a));
                goto DispatchFloat;
            }
        // case Opcode.F32ConvertI64U + RegisterOp.Slots
        F32ConvertI64U_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertU64(a));
                goto DispatchFloat;
            }
        // case Opcode.F32DemoteF64 + RegisterOp.Slots
        F32DemoteF64_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.SingleToUInt32Bits(Numerics.F32DemoteF64(a));
                goto DispatchFloat;
            }
        // case Opcode.F64ConvertI32S + RegisterOp.Slots
        F64ConvertI32S_Slots:
            {
                var a = (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits((double)a);
                goto DispatchFloat;
            }
        // case Opcode.F64ConvertI32U + RegisterOp.Slots
        F64ConvertI32U_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits((double)a);
                goto DispatchFloat;
            }
        // case Opcode.F64ConvertI64S + RegisterOp.Slots
        F64ConvertI64S_Slots:
            {
                var a = (long)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits((double)a);
                goto DispatchFloat;
            }
        // case Opcode.F64ConvertI64U + RegisterOp.Slots
        F64ConvertI64U_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertU64(a));
                goto DispatchFloat;
            }
        // case Opcode.F64PromoteF32 + RegisterOp.Slots
        F64PromoteF32_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64PromoteF32(a));
                goto DispatchFloat;
            }
        // case Opcode.I32Extend8S + RegisterOp.Slots
        I32Extend8S_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)((int)(sbyte)a);
                goto DispatchI32;
            }
        // case Opcode.I32Extend16S + RegisterOp.Slots
        I32Extend16S_Slots:
            {
                var a = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)((int)(short)a);
                goto DispatchI32;
            }
        // case Opcode.I64Extend8S + RegisterOp.Slots
        I64Extend8S_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((long)(sbyte)a);
                goto DispatchI64;
            }
        // case Opcode.I64Extend16S + RegisterOp.Slots
        I64Extend16S_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((long)(short)a);
                goto DispatchI64;
            }
        // case Opcode.I64Extend32S + RegisterOp.Slots
        I64Extend32S_Slots:
            {
                var a = (*(WasmValue*)((byte*)fp + ip->B)).Lo;
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)((long)(int)a);
                goto DispatchI64;
            }
        // case Opcode.I32TruncSatF32S + RegisterOp.Slots
        I32TruncSatF32S_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32TruncSatS(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncSatF32U + RegisterOp.Slots
        I32TruncSatF32U_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32TruncSatU(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncSatF64S + RegisterOp.Slots
        I32TruncSatF64S_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(Numerics.I32TruncSatS(a));
                goto DispatchI32;
            }
        // case Opcode.I32TruncSatF64U + RegisterOp.Slots
        I32TruncSatF64U_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I32TruncSatU(a));
                goto DispatchI32;
            }
        // case Opcode.I64TruncSatF32S + RegisterOp.Slots
        I64TruncSatF32S_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64TruncSatS(a));
                goto DispatchI64;
            }
        // case Opcode.I64TruncSatF32U + RegisterOp.Slots
        I64TruncSatF32U_Slots:
            {
                var a = BitConverter.UInt32BitsToSingle((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64TruncSatU(a);
                goto DispatchI64;
            }
        // case Opcode.I64TruncSatF64S + RegisterOp.Slots
        I64TruncSatF64S_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(Numerics.I64TruncSatS(a));
                goto DispatchI64;
            }
        // case Opcode.I64TruncSatF64U + RegisterOp.Slots
        I64TruncSatF64U_Slots:
            {
                var a = BitConverter.UInt64BitsToDouble((*(WasmValue*)((byte*)fp + ip->B)).Lo);
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Numerics.I64TruncSatU(a);
                goto DispatchI64;
            }
        // case Opcode.I32Load + RegisterOp.Slots
        I32Load_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load + RegisterOp.AddressSlots
        I32Load_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load + RegisterOp.AddressImmediate
        I32Load_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load + RegisterOp.Slots
        I64Load_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load + RegisterOp.AddressSlots
        I64Load_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load + RegisterOp.AddressImmediate
        I64Load_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F32Load + RegisterOp.Slots
        F32Load_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F32Load + RegisterOp.AddressSlots
        F32Load_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F32Load + RegisterOp.AddressImmediate
        F32Load_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F64Load + RegisterOp.Slots
        F64Load_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F64Load + RegisterOp.AddressSlots
        F64Load_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.F64Load + RegisterOp.AddressImmediate
        F64Load_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8S + RegisterOp.Slots
        I32Load8S_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8S + RegisterOp.AddressSlots
        I32Load8S_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8S + RegisterOp.AddressImmediate
        I32Load8S_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8U + RegisterOp.Slots
        I32Load8U_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8U + RegisterOp.AddressSlots
        I32Load8U_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load8U + RegisterOp.AddressImmediate
        I32Load8U_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16S + RegisterOp.Slots
        I32Load16S_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16S + RegisterOp.AddressSlots
        I32Load16S_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16S + RegisterOp.AddressImmediate
        I32Load16S_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16U + RegisterOp.Slots
        I32Load16U_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16U + RegisterOp.AddressSlots
        I32Load16U_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Load16U + RegisterOp.AddressImmediate
        I32Load16U_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8S + RegisterOp.Slots
        I64Load8S_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8S + RegisterOp.AddressSlots
        I64Load8S_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8S + RegisterOp.AddressImmediate
        I64Load8S_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8U + RegisterOp.Slots
        I64Load8U_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8U + RegisterOp.AddressSlots
        I64Load8U_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load8U + RegisterOp.AddressImmediate
        I64Load8U_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16S + RegisterOp.Slots
        I64Load16S_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16S + RegisterOp.AddressSlots
        I64Load16S_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16S + RegisterOp.AddressImmediate
        I64Load16S_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16U + RegisterOp.Slots
        I64Load16U_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16U + RegisterOp.AddressSlots
        I64Load16U_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load16U + RegisterOp.AddressImmediate
        I64Load16U_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32S + RegisterOp.Slots
        I64Load32S_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32S + RegisterOp.AddressSlots
        I64Load32S_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32S + RegisterOp.AddressImmediate
        I64Load32S_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32U + RegisterOp.Slots
        I64Load32U_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32U + RegisterOp.AddressSlots
        I64Load32U_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I64Load32U + RegisterOp.AddressImmediate
        I64Load32U_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                (*(WasmValue*)((byte*)fp + ip->A)).Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                goto DispatchLoad;
            }
        // case Opcode.I32Store + RegisterOp.Slots
        I32Store_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store + RegisterOp.AddressSlots
        I32Store_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store + RegisterOp.AddressImmediate
        I32Store_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store + RegisterOp.StoreImmediate
        I32Store_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I64Store + RegisterOp.Slots
        I64Store_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store + RegisterOp.AddressSlots
        I64Store_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store + RegisterOp.AddressImmediate
        I64Store_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store + RegisterOp.StoreImmediate
        I64Store_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)ip->D);
                goto DispatchStore;
            }
        // case Opcode.F32Store + RegisterOp.Slots
        F32Store_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F32Store + RegisterOp.AddressSlots
        F32Store_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F32Store + RegisterOp.AddressImmediate
        F32Store_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F32Store + RegisterOp.StoreImmediate
        F32Store_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)ip->D);
                goto DispatchStore;
            }
        // case Opcode.F64Store + RegisterOp.Slots
        F64Store_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F64Store + RegisterOp.AddressSlots
        F64Store_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F64Store + RegisterOp.AddressImmediate
        F64Store_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.F64Store + RegisterOp.StoreImmediate
        F64Store_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 8 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I32Store8 + RegisterOp.Slots
        I32Store8_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store8 + RegisterOp.AddressSlots
        I32Store8_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store8 + RegisterOp.AddressImmediate
        I32Store8_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store8 + RegisterOp.StoreImmediate
        I32Store8_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I32Store16 + RegisterOp.Slots
        I32Store16_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store16 + RegisterOp.AddressSlots
        I32Store16_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store16 + RegisterOp.AddressImmediate
        I32Store16_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I32Store16 + RegisterOp.StoreImmediate
        I32Store16_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I64Store8 + RegisterOp.Slots
        I64Store8_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store8 + RegisterOp.AddressSlots
        I64Store8_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store8 + RegisterOp.AddressImmediate
        I64Store8_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store8 + RegisterOp.StoreImmediate
        I64Store8_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 1 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (byte)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I64Store16 + RegisterOp.Slots
        I64Store16_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store16 + RegisterOp.AddressSlots
        I64Store16_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store16 + RegisterOp.AddressImmediate
        I64Store16_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store16 + RegisterOp.StoreImmediate
        I64Store16_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 2 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I64Store32 + RegisterOp.Slots
        I64Store32_Slots:
            {
                ulong address = (uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store32 + RegisterOp.AddressSlots
        I64Store32_AddressSlots:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)(*(WasmValue*)((byte*)fp + (int)ip->D)).Lo) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store32 + RegisterOp.AddressImmediate
        I64Store32_AddressImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->D) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo);
                goto DispatchStore;
            }
        // case Opcode.I64Store32 + RegisterOp.StoreImmediate
        I64Store32_StoreImmediate:
            {
                ulong address = (uint)((uint)(*(WasmValue*)((byte*)fp + ip->A)).Lo + (uint)ip->H) + ip->C;
                byte[] bytes = _mem!.Bytes;
                if (address + 4 > (ulong)bytes.Length)
                {
                    goto OutOfBounds;
                }
                Unsafe.WriteUnaligned(ref At(bytes, address), (uint)ip->D);
                goto DispatchStore;
            }
        // case Opcode.I32Eq + RegisterOp.JumpSlots
        I32Eq_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo == (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Eq + RegisterOp.StepJumpSlots
        I32Eq_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value == (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Eq + RegisterOp.JumpImmediate
        I32Eq_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo == (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Eq + RegisterOp.StepJumpImmediate
        I32Eq_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value == (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Ne + RegisterOp.JumpSlots
        I32Ne_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo != (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Ne + RegisterOp.StepJumpSlots
        I32Ne_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value != (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Ne + RegisterOp.JumpImmediate
        I32Ne_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo != (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32Ne + RegisterOp.StepJumpImmediate
        I32Ne_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value != (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtS + RegisterOp.JumpSlots
        I32LtS_JumpSlots:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtS + RegisterOp.StepJumpSlots
        I32LtS_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value < (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtS + RegisterOp.JumpImmediate
        I32LtS_JumpImmediate:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (int)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtS + RegisterOp.StepJumpImmediate
        I32LtS_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value < (int)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtU + RegisterOp.JumpSlots
        I32LtU_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtU + RegisterOp.StepJumpSlots
        I32LtU_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value < (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtU + RegisterOp.JumpImmediate
        I32LtU_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LtU + RegisterOp.StepJumpImmediate
        I32LtU_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value < (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtS + RegisterOp.JumpSlots
        I32GtS_JumpSlots:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtS + RegisterOp.StepJumpSlots
        I32GtS_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value > (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtS + RegisterOp.JumpImmediate
        I32GtS_JumpImmediate:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (int)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtS + RegisterOp.StepJumpImmediate
        I32GtS_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value > (int)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtU + RegisterOp.JumpSlots
        I32GtU_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtU + RegisterOp.StepJumpSlots
        I32GtU_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value > (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtU + RegisterOp.JumpImmediate
        I32GtU_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GtU + RegisterOp.StepJumpImmediate
        I32GtU_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value > (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeS + RegisterOp.JumpSlots
        I32LeS_JumpSlots:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeS + RegisterOp.StepJumpSlots
        I32LeS_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value <= (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeS + RegisterOp.JumpImmediate
        I32LeS_JumpImmediate:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (int)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeS + RegisterOp.StepJumpImmediate
        I32LeS_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value <= (int)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeU + RegisterOp.JumpSlots
        I32LeU_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeU + RegisterOp.StepJumpSlots
        I32LeU_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value <= (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeU + RegisterOp.JumpImmediate
        I32LeU_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32LeU + RegisterOp.StepJumpImmediate
        I32LeU_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value <= (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeS + RegisterOp.JumpSlots
        I32GeS_JumpSlots:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (int)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeS + RegisterOp.StepJumpSlots
        I32GeS_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value >= (int)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeS + RegisterOp.JumpImmediate
        I32GeS_JumpImmediate:
            {
                if ((int)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (int)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeS + RegisterOp.StepJumpImmediate
        I32GeS_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((int)value >= (int)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeU + RegisterOp.JumpSlots
        I32GeU_JumpSlots:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (uint)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeU + RegisterOp.StepJumpSlots
        I32GeU_StepJumpSlots:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value >= (uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeU + RegisterOp.JumpImmediate
        I32GeU_JumpImmediate:
            {
                if ((uint)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (uint)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I32GeU + RegisterOp.StepJumpImmediate
        I32GeU_StepJumpImmediate:
            {
                ref var counter = ref *(WasmValue*)((byte*)fp + ip->A);
                uint value = (uint)counter.Lo + (uint)ip->C;
                counter.Lo = value;
                if ((uint)value >= (uint)(uint)ip->B)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64Eq + RegisterOp.JumpSlots
        I64Eq_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo == (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64Eq + RegisterOp.JumpImmediate
        I64Eq_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo == (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64Ne + RegisterOp.JumpSlots
        I64Ne_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo != (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64Ne + RegisterOp.JumpImmediate
        I64Ne_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo != (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LtS + RegisterOp.JumpSlots
        I64LtS_JumpSlots:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LtS + RegisterOp.JumpImmediate
        I64LtS_JumpImmediate:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (long)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LtU + RegisterOp.JumpSlots
        I64LtU_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LtU + RegisterOp.JumpImmediate
        I64LtU_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo < (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GtS + RegisterOp.JumpSlots
        I64GtS_JumpSlots:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GtS + RegisterOp.JumpImmediate
        I64GtS_JumpImmediate:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (long)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GtU + RegisterOp.JumpSlots
        I64GtU_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GtU + RegisterOp.JumpImmediate
        I64GtU_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo > (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LeS + RegisterOp.JumpSlots
        I64LeS_JumpSlots:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LeS + RegisterOp.JumpImmediate
        I64LeS_JumpImmediate:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (long)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LeU + RegisterOp.JumpSlots
        I64LeU_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64LeU + RegisterOp.JumpImmediate
        I64LeU_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo <= (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GeS + RegisterOp.JumpSlots
        I64GeS_JumpSlots:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (long)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GeS + RegisterOp.JumpImmediate
        I64GeS_JumpImmediate:
            {
                if ((long)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (long)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GeU + RegisterOp.JumpSlots
        I64GeU_JumpSlots:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (ulong)(*(WasmValue*)((byte*)fp + (int)ip->C)).Lo)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // case Opcode.I64GeU + RegisterOp.JumpImmediate
        I64GeU_JumpImmediate:
            {
                if ((ulong)(*(WasmValue*)((byte*)fp + ip->B)).Lo >= (ulong)ip->C)
                {
                    goto TakeJump;
                }
                goto DispatchCompare;
            }
        // default
        Other:
            {
                sp = (WasmValue*)((byte*)fp + ip->H);
                WasmValue* b = _base;
                int top = ExecuteOther(ref *ip, _inst!, (int)(sp - b), (int)(fp - b));
                sp = b + top;
                goto DispatchMisc;
            }

        // <dispatch> (scripts/generate-dispatch.py writes this part from the handlers above)
        DispatchI32Arith:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchI32Bits:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchSelect:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchCopy:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchI32:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchI64:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchFloat:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchLoad:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchStore:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchCompare:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchBranch:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchMisc:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchJump:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        DispatchCall:
            ip++;
            switch (ip->Loop)
            {
                case LoopCode.Unreachable:
                    goto Unreachable;
                case LoopCode.Else:
                    goto Else;
                case LoopCode.BrIf:
                    goto BrIf;
                case LoopCode.Br:
                    goto Br;
                case LoopCode.BrTable:
                    goto BrTable;
                case LoopCode.Return:
                    goto Return;
                case LoopCode.Call:
                    goto Call;
                case LoopCode.CallDirect:
                    goto CallDirect;
                case LoopCode.CallIndirect:
                    goto CallIndirect;
                case LoopCode.Select:
                    goto Select;
                case LoopCode.LocalGet:
                    goto LocalGet;
                case LoopCode.GlobalGet:
                    goto GlobalGet;
                case LoopCode.GlobalSet:
                    goto GlobalSet;
                case LoopCode.I32Const:
                    goto I32Const;
                case LoopCode.MemorySize:
                    goto MemorySize;
                case LoopCode.MemoryGrow:
                    goto MemoryGrow;
                case LoopCode.I32Eq_Slots:
                    goto I32Eq_Slots;
                case LoopCode.I32Eq_Immediate:
                    goto I32Eq_Immediate;
                case LoopCode.I32Ne_Slots:
                    goto I32Ne_Slots;
                case LoopCode.I32Ne_Immediate:
                    goto I32Ne_Immediate;
                case LoopCode.I32LtS_Slots:
                    goto I32LtS_Slots;
                case LoopCode.I32LtS_Immediate:
                    goto I32LtS_Immediate;
                case LoopCode.I32LtU_Slots:
                    goto I32LtU_Slots;
                case LoopCode.I32LtU_Immediate:
                    goto I32LtU_Immediate;
                case LoopCode.I32GtS_Slots:
                    goto I32GtS_Slots;
                case LoopCode.I32GtS_Immediate:
                    goto I32GtS_Immediate;
                case LoopCode.I32GtU_Slots:
                    goto I32GtU_Slots;
                case LoopCode.I32GtU_Immediate:
                    goto I32GtU_Immediate;
                case LoopCode.I32LeS_Slots:
                    goto I32LeS_Slots;
                case LoopCode.I32LeS_Immediate:
                    goto I32LeS_Immediate;
                case LoopCode.I32LeU_Slots:
                    goto I32LeU_Slots;
                case LoopCode.I32LeU_Immediate:
                    goto I32LeU_Immediate;
                case LoopCode.I32GeS_Slots:
                    goto I32GeS_Slots;
                case LoopCode.I32GeS_Immediate:
                    goto I32GeS_Immediate;
                case LoopCode.I32GeU_Slots:
                    goto I32GeU_Slots;
                case LoopCode.I32GeU_Immediate:
                    goto I32GeU_Immediate;
                case LoopCode.I64Eq_Slots:
                    goto I64Eq_Slots;
                case LoopCode.I64Eq_Immediate:
                    goto I64Eq_Immediate;
                case LoopCode.I64Ne_Slots:
                    goto I64Ne_Slots;
                case LoopCode.I64Ne_Immediate:
                    goto I64Ne_Immediate;
                case LoopCode.I64LtS_Slots:
                    goto I64LtS_Slots;
                case LoopCode.I64LtS_Immediate:
                    goto I64LtS_Immediate;
                case LoopCode.I64LtU_Slots:
                    goto I64LtU_Slots;
                case LoopCode.I64LtU_Immediate:
                    goto I64LtU_Immediate;
                case LoopCode.I64GtS_Slots:
                    goto I64GtS_Slots;
                case LoopCode.I64GtS_Immediate:
                    goto I64GtS_Immediate;
                case LoopCode.I64GtU_Slots:
                    goto I64GtU_Slots;
                case LoopCode.I64GtU_Immediate:
                    goto I64GtU_Immediate;
                case LoopCode.I64LeS_Slots:
                    goto I64LeS_Slots;
                case LoopCode.I64LeS_Immediate:
                    goto I64LeS_Immediate;
                case LoopCode.I64LeU_Slots:
                    goto I64LeU_Slots;
                case LoopCode.I64LeU_Immediate:
                    goto I64LeU_Immediate;
                case LoopCode.I64GeS_Slots:
                    goto I64GeS_Slots;
                case LoopCode.I64GeS_Immediate:
                    goto I64GeS_Immediate;
                case LoopCode.I64GeU_Slots:
                    goto I64GeU_Slots;
                case LoopCode.I64GeU_Immediate:
                    goto I64GeU_Immediate;
                case LoopCode.F32Eq_Slots:
                    goto F32Eq_Slots;
                case LoopCode.F32Ne_Slots:
                    goto F32Ne_Slots;
                case LoopCode.F32Lt_Slots:
                    goto F32Lt_Slots;
                case LoopCode.F32Gt_Slots:
                    goto F32Gt_Slots;
                case LoopCode.F32Le_Slots:
                    goto F32Le_Slots;
                case LoopCode.F32Ge_Slots:
                    goto F32Ge_Slots;
                case LoopCode.F64Eq_Slots:
                    goto F64Eq_Slots;
                case LoopCode.F64Ne_Slots:
                    goto F64Ne_Slots;
                case LoopCode.F64Lt_Slots:
                    goto F64Lt_Slots;
                case LoopCode.F64Gt_Slots:
                    goto F64Gt_Slots;
                case LoopCode.F64Le_Slots:
                    goto F64Le_Slots;
                case LoopCode.F64Ge_Slots:
                    goto F64Ge_Slots;
                case LoopCode.I32Add_Slots:
                    goto I32Add_Slots;
                case LoopCode.I32Add_LoadOperand:
                    goto I32Add_LoadOperand;
                case LoopCode.I32Add_Update:
                    goto I32Add_Update;
                case LoopCode.I32Add_Immediate:
                    goto I32Add_Immediate;
                case LoopCode.I32Sub_Slots:
                    goto I32Sub_Slots;
                case LoopCode.I32Sub_LoadOperand:
                    goto I32Sub_LoadOperand;
                case LoopCode.I32Sub_Update:
                    goto I32Sub_Update;
                case LoopCode.I32Sub_Immediate:
                    goto I32Sub_Immediate;
                case LoopCode.I32Mul_Slots:
                    goto I32Mul_Slots;
                case LoopCode.I32Mul_LoadOperand:
                    goto I32Mul_LoadOperand;
                case LoopCode.I32Mul_Update:
                    goto I32Mul_Update;
                case LoopCode.I32Mul_Immediate:
                    goto I32Mul_Immediate;
                case LoopCode.I32DivS_Slots:
                    goto I32DivS_Slots;
                case LoopCode.I32DivS_Immediate:
                    goto I32DivS_Immediate;
                case LoopCode.I32DivU_Slots:
                    goto I32DivU_Slots;
                case LoopCode.I32DivU_Immediate:
                    goto I32DivU_Immediate;
                case LoopCode.I32RemS_Slots:
                    goto I32RemS_Slots;
                case LoopCode.I32RemS_Immediate:
                    goto I32RemS_Immediate;
                case LoopCode.I32RemU_Slots:
                    goto I32RemU_Slots;
                case LoopCode.I32RemU_Immediate:
                    goto I32RemU_Immediate;
                case LoopCode.I32And_Slots:
                    goto I32And_Slots;
                case LoopCode.I32And_LoadOperand:
                    goto I32And_LoadOperand;
                case LoopCode.I32And_Update:
                    goto I32And_Update;
                case LoopCode.I32And_Immediate:
                    goto I32And_Immediate;
                case LoopCode.I32Or_Slots:
                    goto I32Or_Slots;
                case LoopCode.I32Or_LoadOperand:
                    goto I32Or_LoadOperand;
                case LoopCode.I32Or_Update:
                    goto I32Or_Update;
                case LoopCode.I32Or_Immediate:
                    goto I32Or_Immediate;
                case LoopCode.I32Xor_Slots:
                    goto I32Xor_Slots;
                case LoopCode.I32Xor_LoadOperand:
                    goto I32Xor_LoadOperand;
                case LoopCode.I32Xor_Update:
                    goto I32Xor_Update;
                case LoopCode.I32Xor_Immediate:
                    goto I32Xor_Immediate;
                case LoopCode.I32Shl_Slots:
                    goto I32Shl_Slots;
                case LoopCode.I32Shl_Immediate:
                    goto I32Shl_Immediate;
                case LoopCode.I32ShrS_Slots:
                    goto I32ShrS_Slots;
                case LoopCode.I32ShrS_Immediate:
                    goto I32ShrS_Immediate;
                case LoopCode.I32ShrU_Slots:
                    goto I32ShrU_Slots;
                case LoopCode.I32ShrU_Immediate:
                    goto I32ShrU_Immediate;
                case LoopCode.I32Rotl_Slots:
                    goto I32Rotl_Slots;
                case LoopCode.I32Rotl_Immediate:
                    goto I32Rotl_Immediate;
                case LoopCode.I32Rotr_Slots:
                    goto I32Rotr_Slots;
                case LoopCode.I32Rotr_Immediate:
                    goto I32Rotr_Immediate;
                case LoopCode.I64Add_Slots:
                    goto I64Add_Slots;
                case LoopCode.I64Add_LoadOperand:
                    goto I64Add_LoadOperand;
                case LoopCode.I64Add_Update:
                    goto I64Add_Update;
                case LoopCode.I64Add_Immediate:
                    goto I64Add_Immediate;
                case LoopCode.I64Sub_Slots:
                    goto I64Sub_Slots;
                case LoopCode.I64Sub_LoadOperand:
                    goto I64Sub_LoadOperand;
                case LoopCode.I64Sub_Update:
                    goto I64Sub_Update;
                case LoopCode.I64Sub_Immediate:
                    goto I64Sub_Immediate;
                case LoopCode.I64Mul_Slots:
                    goto I64Mul_Slots;
                case LoopCode.I64Mul_LoadOperand:
                    goto I64Mul_LoadOperand;
                case LoopCode.I64Mul_Update:
                    goto I64Mul_Update;
                case LoopCode.I64Mul_Immediate:
                    goto I64Mul_Immediate;
                case LoopCode.I64DivS_Slots:
                    goto I64DivS_Slots;
                case LoopCode.I64DivS_Immediate:
                    goto I64DivS_Immediate;
                case LoopCode.I64DivU_Slots:
                    goto I64DivU_Slots;
                case LoopCode.I64DivU_Immediate:
                    goto I64DivU_Immediate;
                case LoopCode.I64RemS_Slots:
                    goto I64RemS_Slots;
                case LoopCode.I64RemS_Immediate:
                    goto I64RemS_Immediate;
                case LoopCode.I64RemU_Slots:
                    goto I64RemU_Slots;
                case LoopCode.I64RemU_Immediate:
                    goto I64RemU_Immediate;
                case LoopCode.I64And_Slots:
                    goto I64And_Slots;
                case LoopCode.I64And_LoadOperand:
                    goto I64And_LoadOperand;
                case LoopCode.I64And_Update:
                    goto I64And_Update;
                case LoopCode.I64And_Immediate:
                    goto I64And_Immediate;
                case LoopCode.I64Or_Slots:
                    goto I64Or_Slots;
                case LoopCode.I64Or_LoadOperand:
                    goto I64Or_LoadOperand;
                case LoopCode.I64Or_Update:
                    goto I64Or_Update;
                case LoopCode.I64Or_Immediate:
                    goto I64Or_Immediate;
                case LoopCode.I64Xor_Slots:
                    goto I64Xor_Slots;
                case LoopCode.I64Xor_LoadOperand:
                    goto I64Xor_LoadOperand;
                case LoopCode.I64Xor_Update:
                    goto I64Xor_Update;
                case LoopCode.I64Xor_Immediate:
                    goto I64Xor_Immediate;
                case LoopCode.I64Shl_Slots:
                    goto I64Shl_Slots;
                case LoopCode.I64Shl_Immediate:
                    goto I64Shl_Immediate;
                case LoopCode.I64ShrS_Slots:
                    goto I64ShrS_Slots;
                case LoopCode.I64ShrS_Immediate:
                    goto I64ShrS_Immediate;
                case LoopCode.I64ShrU_Slots:
                    goto I64ShrU_Slots;
                case LoopCode.I64ShrU_Immediate:
                    goto I64ShrU_Immediate;
                case LoopCode.I64Rotl_Slots:
                    goto I64Rotl_Slots;
                case LoopCode.I64Rotl_Immediate:
                    goto I64Rotl_Immediate;
                case LoopCode.I64Rotr_Slots:
                    goto I64Rotr_Slots;
                case LoopCode.I64Rotr_Immediate:
                    goto I64Rotr_Immediate;
                case LoopCode.F32Add_Slots:
                    goto F32Add_Slots;
                case LoopCode.F32Add_LoadOperand:
                    goto F32Add_LoadOperand;
                case LoopCode.F32Add_Update:
                    goto F32Add_Update;
                case LoopCode.F32Add_UpdateProduct:
                    goto F32Add_UpdateProduct;
                case LoopCode.F32Sub_Slots:
                    goto F32Sub_Slots;
                case LoopCode.F32Sub_LoadOperand:
                    goto F32Sub_LoadOperand;
                case LoopCode.F32Sub_Update:
                    goto F32Sub_Update;
                case LoopCode.F32Mul_Slots:
                    goto F32Mul_Slots;
                case LoopCode.F32Mul_LoadOperand:
                    goto F32Mul_LoadOperand;
                case LoopCode.F32Mul_Update:
                    goto F32Mul_Update;
                case LoopCode.F32Div_Slots:
                    goto F32Div_Slots;
                case LoopCode.F32Div_LoadOperand:
                    goto F32Div_LoadOperand;
                case LoopCode.F32Div_Update:
                    goto F32Div_Update;
                case LoopCode.F32Min_Slots:
                    goto F32Min_Slots;
                case LoopCode.F32Max_Slots:
                    goto F32Max_Slots;
                case LoopCode.F32Copysign_Slots:
                    goto F32Copysign_Slots;
                case LoopCode.F64Add_Slots:
                    goto F64Add_Slots;
                case LoopCode.F64Add_LoadOperand:
                    goto F64Add_LoadOperand;
                case LoopCode.F64Add_Update:
                    goto F64Add_Update;
                case LoopCode.F64Add_UpdateProduct:
                    goto F64Add_UpdateProduct;
                case LoopCode.F64Sub_Slots:
                    goto F64Sub_Slots;
                case LoopCode.F64Sub_LoadOperand:
                    goto F64Sub_LoadOperand;
                case LoopCode.F64Sub_Update:
                    goto F64Sub_Update;
                case LoopCode.F64Mul_Slots:
                    goto F64Mul_Slots;
                case LoopCode.F64Mul_LoadOperand:
                    goto F64Mul_LoadOperand;
                case LoopCode.F64Mul_Update:
                    goto F64Mul_Update;
                case LoopCode.F64Div_Slots:
                    goto F64Div_Slots;
                case LoopCode.F64Div_LoadOperand:
                    goto F64Div_LoadOperand;
                case LoopCode.F64Div_Update:
                    goto F64Div_Update;
                case LoopCode.F64Min_Slots:
                    goto F64Min_Slots;
                case LoopCode.F64Max_Slots:
                    goto F64Max_Slots;
                case LoopCode.F64Copysign_Slots:
                    goto F64Copysign_Slots;
                case LoopCode.I32Eqz_Slots:
                    goto I32Eqz_Slots;
                case LoopCode.I64Eqz_Slots:
                    goto I64Eqz_Slots;
                case LoopCode.I32Clz_Slots:
                    goto I32Clz_Slots;
                case LoopCode.I32Ctz_Slots:
                    goto I32Ctz_Slots;
                case LoopCode.I32Popcnt_Slots:
                    goto I32Popcnt_Slots;
                case LoopCode.I64Clz_Slots:
                    goto I64Clz_Slots;
                case LoopCode.I64Ctz_Slots:
                    goto I64Ctz_Slots;
                case LoopCode.I64Popcnt_Slots:
                    goto I64Popcnt_Slots;
                case LoopCode.F32Abs_Slots:
                    goto F32Abs_Slots;
                case LoopCode.F32Neg_Slots:
                    goto F32Neg_Slots;
                case LoopCode.F32Ceil_Slots:
                    goto F32Ceil_Slots;
                case LoopCode.F32Floor_Slots:
                    goto F32Floor_Slots;
                case LoopCode.F32Trunc_Slots:
                    goto F32Trunc_Slots;
                case LoopCode.F32Nearest_Slots:
                    goto F32Nearest_Slots;
                case LoopCode.F32Sqrt_Slots:
                    goto F32Sqrt_Slots;
                case LoopCode.F64Abs_Slots:
                    goto F64Abs_Slots;
                case LoopCode.F64Neg_Slots:
                    goto F64Neg_Slots;
                case LoopCode.F64Ceil_Slots:
                    goto F64Ceil_Slots;
                case LoopCode.F64Floor_Slots:
                    goto F64Floor_Slots;
                case LoopCode.F64Trunc_Slots:
                    goto F64Trunc_Slots;
                case LoopCode.F64Nearest_Slots:
                    goto F64Nearest_Slots;
                case LoopCode.F64Sqrt_Slots:
                    goto F64Sqrt_Slots;
                case LoopCode.I32WrapI64_Slots:
                    goto I32WrapI64_Slots;
                case LoopCode.I32TruncF32S_Slots:
                    goto I32TruncF32S_Slots;
                case LoopCode.I32TruncF32U_Slots:
                    goto I32TruncF32U_Slots;
                case LoopCode.I32TruncF64S_Slots:
                    goto I32TruncF64S_Slots;
                case LoopCode.I32TruncF64U_Slots:
                    goto I32TruncF64U_Slots;
                case LoopCode.I64ExtendI32S_Slots:
                    goto I64ExtendI32S_Slots;
                case LoopCode.I64ExtendI32U_Slots:
                    goto I64ExtendI32U_Slots;
                case LoopCode.I64TruncF32S_Slots:
                    goto I64TruncF32S_Slots;
                case LoopCode.I64TruncF32U_Slots:
                    goto I64TruncF32U_Slots;
                case LoopCode.I64TruncF64S_Slots:
                    goto I64TruncF64S_Slots;
                case LoopCode.I64TruncF64U_Slots:
                    goto I64TruncF64U_Slots;
                case LoopCode.F32ConvertI32S_Slots:
                    goto F32ConvertI32S_Slots;
                case LoopCode.F32ConvertI32U_Slots:
                    goto F32ConvertI32U_Slots;
                case LoopCode.F32ConvertI64S_Slots:
                    goto F32ConvertI64S_Slots;
                case LoopCode.F32ConvertI64U_Slots:
                    goto F32ConvertI64U_Slots;
                case LoopCode.F32DemoteF64_Slots:
                    goto F32DemoteF64_Slots;
                case LoopCode.F64ConvertI32S_Slots:
                    goto F64ConvertI32S_Slots;
                case LoopCode.F64ConvertI32U_Slots:
                    goto F64ConvertI32U_Slots;
                case LoopCode.F64ConvertI64S_Slots:
                    goto F64ConvertI64S_Slots;
                case LoopCode.F64ConvertI64U_Slots:
                    goto F64ConvertI64U_Slots;
                case LoopCode.F64PromoteF32_Slots:
                    goto F64PromoteF32_Slots;
                case LoopCode.I32Extend8S_Slots:
                    goto I32Extend8S_Slots;
                case LoopCode.I32Extend16S_Slots:
                    goto I32Extend16S_Slots;
                case LoopCode.I64Extend8S_Slots:
                    goto I64Extend8S_Slots;
                case LoopCode.I64Extend16S_Slots:
                    goto I64Extend16S_Slots;
                case LoopCode.I64Extend32S_Slots:
                    goto I64Extend32S_Slots;
                case LoopCode.I32TruncSatF32S_Slots:
                    goto I32TruncSatF32S_Slots;
                case LoopCode.I32TruncSatF32U_Slots:
                    goto I32TruncSatF32U_Slots;
                case LoopCode.I32TruncSatF64S_Slots:
                    goto I32TruncSatF64S_Slots;
                case LoopCode.I32TruncSatF64U_Slots:
                    goto I32TruncSatF64U_Slots;
                case LoopCode.I64TruncSatF32S_Slots:
                    goto I64TruncSatF32S_Slots;
                case LoopCode.I64TruncSatF32U_Slots:
                    goto I64TruncSatF32U_Slots;
                case LoopCode.I64TruncSatF64S_Slots:
                    goto I64TruncSatF64S_Slots;
                case LoopCode.I64TruncSatF64U_Slots:
                    goto I64TruncSatF64U_Slots;
                case LoopCode.I32Load_Slots:
                    goto I32Load_Slots;
                case LoopCode.I32Load_AddressSlots:
                    goto I32Load_AddressSlots;
                case LoopCode.I32Load_AddressImmediate:
                    goto I32Load_AddressImmediate;
                case LoopCode.I64Load_Slots:
                    goto I64Load_Slots;
                case LoopCode.I64Load_AddressSlots:
                    goto I64Load_AddressSlots;
                case LoopCode.I64Load_AddressImmediate:
                    goto I64Load_AddressImmediate;
                case LoopCode.F32Load_Slots:
                    goto F32Load_Slots;
                case LoopCode.F32Load_AddressSlots:
                    goto F32Load_AddressSlots;
                case LoopCode.F32Load_AddressImmediate:
                    goto F32Load_AddressImmediate;
                case LoopCode.F64Load_Slots:
                    goto F64Load_Slots;
                case LoopCode.F64Load_AddressSlots:
                    goto F64Load_AddressSlots;
                case LoopCode.F64Load_AddressImmediate:
                    goto F64Load_AddressImmediate;
                case LoopCode.I32Load8S_Slots:
                    goto I32Load8S_Slots;
                case LoopCode.I32Load8S_AddressSlots:
                    goto I32Load8S_AddressSlots;
                case LoopCode.I32Load8S_AddressImmediate:
                    goto I32Load8S_AddressImmediate;
                case LoopCode.I32Load8U_Slots:
                    goto I32Load8U_Slots;
                case LoopCode.I32Load8U_AddressSlots:
                    goto I32Load8U_AddressSlots;
                case LoopCode.I32Load8U_AddressImmediate:
                    goto I32Load8U_AddressImmediate;
                case LoopCode.I32Load16S_Slots:
                    goto I32Load16S_Slots;
                case LoopCode.I32Load16S_AddressSlots:
                    goto I32Load16S_AddressSlots;
                case LoopCode.I32Load16S_AddressImmediate:
                    goto I32Load16S_AddressImmediate;
                case LoopCode.I32Load16U_Slots:
                    goto I32Load16U_Slots;
                case LoopCode.I32Load16U_AddressSlots:
                    goto I32Load16U_AddressSlots;
                case LoopCode.I32Load16U_AddressImmediate:
                    goto I32Load16U_AddressImmediate;
                case LoopCode.I64Load8S_Slots:
                    goto I64Load8S_Slots;
                case LoopCode.I64Load8S_AddressSlots:
                    goto I64Load8S_AddressSlots;
                case LoopCode.I64Load8S_AddressImmediate:
                    goto I64Load8S_AddressImmediate;
                case LoopCode.I64Load8U_Slots:
                    goto I64Load8U_Slots;
                case LoopCode.I64Load8U_AddressSlots:
                    goto I64Load8U_AddressSlots;
                case LoopCode.I64Load8U_AddressImmediate:
                    goto I64Load8U_AddressImmediate;
                case LoopCode.I64Load16S_Slots:
                    goto I64Load16S_Slots;
                case LoopCode.I64Load16S_AddressSlots:
                    goto I64Load16S_AddressSlots;
                case LoopCode.I64Load16S_AddressImmediate:
                    goto I64Load16S_AddressImmediate;
                case LoopCode.I64Load16U_Slots:
                    goto I64Load16U_Slots;
                case LoopCode.I64Load16U_AddressSlots:
                    goto I64Load16U_AddressSlots;
                case LoopCode.I64Load16U_AddressImmediate:
                    goto I64Load16U_AddressImmediate;
                case LoopCode.I64Load32S_Slots:
                    goto I64Load32S_Slots;
                case LoopCode.I64Load32S_AddressSlots:
                    goto I64Load32S_AddressSlots;
                case LoopCode.I64Load32S_AddressImmediate:
                    goto I64Load32S_AddressImmediate;
                case LoopCode.I64Load32U_Slots:
                    goto I64Load32U_Slots;
                case LoopCode.I64Load32U_AddressSlots:
                    goto I64Load32U_AddressSlots;
                case LoopCode.I64Load32U_AddressImmediate:
                    goto I64Load32U_AddressImmediate;
                case LoopCode.I32Store_Slots:
                    goto I32Store_Slots;
                case LoopCode.I32Store_AddressSlots:
                    goto I32Store_AddressSlots;
                case LoopCode.I32Store_AddressImmediate:
                    goto I32Store_AddressImmediate;
                case LoopCode.I32Store_StoreImmediate:
                    goto I32Store_StoreImmediate;
                case LoopCode.I64Store_Slots:
                    goto I64Store_Slots;
                case LoopCode.I64Store_AddressSlots:
                    goto I64Store_AddressSlots;
                case LoopCode.I64Store_AddressImmediate:
                    goto I64Store_AddressImmediate;
                case LoopCode.I64Store_StoreImmediate:
                    goto I64Store_StoreImmediate;
                case LoopCode.F32Store_Slots:
                    goto F32Store_Slots;
                case LoopCode.F32Store_AddressSlots:
                    goto F32Store_AddressSlots;
                case LoopCode.F32Store_AddressImmediate:
                    goto F32Store_AddressImmediate;
                case LoopCode.F32Store_StoreImmediate:
                    goto F32Store_StoreImmediate;
                case LoopCode.F64Store_Slots:
                    goto F64Store_Slots;
                case LoopCode.F64Store_AddressSlots:
                    goto F64Store_AddressSlots;
                case LoopCode.F64Store_AddressImmediate:
                    goto F64Store_AddressImmediate;
                case LoopCode.F64Store_StoreImmediate:
                    goto F64Store_StoreImmediate;
                case LoopCode.I32Store8_Slots:
                    goto I32Store8_Slots;
                case LoopCode.I32Store8_AddressSlots:
                    goto I32Store8_AddressSlots;
                case LoopCode.I32Store8_AddressImmediate:
                    goto I32Store8_AddressImmediate;
                case LoopCode.I32Store8_StoreImmediate:
                    goto I32Store8_StoreImmediate;
                case LoopCode.I32Store16_Slots:
                    goto I32Store16_Slots;
                case LoopCode.I32Store16_AddressSlots:
                    goto I32Store16_AddressSlots;
                case LoopCode.I32Store16_AddressImmediate:
                    goto I32Store16_AddressImmediate;
                case LoopCode.I32Store16_StoreImmediate:
                    goto I32Store16_StoreImmediate;
                case LoopCode.I64Store8_Slots:
                    goto I64Store8_Slots;
                case LoopCode.I64Store8_AddressSlots:
                    goto I64Store8_AddressSlots;
                case LoopCode.I64Store8_AddressImmediate:
                    goto I64Store8_AddressImmediate;
                case LoopCode.I64Store8_StoreImmediate:
                    goto I64Store8_StoreImmediate;
                case LoopCode.I64Store16_Slots:
                    goto I64Store16_Slots;
                case LoopCode.I64Store16_AddressSlots:
                    goto I64Store16_AddressSlots;
                case LoopCode.I64Store16_AddressImmediate:
                    goto I64Store16_AddressImmediate;
                case LoopCode.I64Store16_StoreImmediate:
                    goto I64Store16_StoreImmediate;
                case LoopCode.I64Store32_Slots:
                    goto I64Store32_Slots;
                case LoopCode.I64Store32_AddressSlots:
                    goto I64Store32_AddressSlots;
                case LoopCode.I64Store32_AddressImmediate:
                    goto I64Store32_AddressImmediate;
                case LoopCode.I64Store32_StoreImmediate:
                    goto I64Store32_StoreImmediate;
                case LoopCode.I32Eq_JumpSlots:
                    goto I32Eq_JumpSlots;
                case LoopCode.I32Eq_StepJumpSlots:
                    goto I32Eq_StepJumpSlots;
                case LoopCode.I32Eq_JumpImmediate:
                    goto I32Eq_JumpImmediate;
                case LoopCode.I32Eq_StepJumpImmediate:
                    goto I32Eq_StepJumpImmediate;
                case LoopCode.I32Ne_JumpSlots:
                    goto I32Ne_JumpSlots;
                case LoopCode.I32Ne_StepJumpSlots:
                    goto I32Ne_StepJumpSlots;
                case LoopCode.I32Ne_JumpImmediate:
                    goto I32Ne_JumpImmediate;
                case LoopCode.I32Ne_StepJumpImmediate:
                    goto I32Ne_StepJumpImmediate;
                case LoopCode.I32LtS_JumpSlots:
                    goto I32LtS_JumpSlots;
                case LoopCode.I32LtS_StepJumpSlots:
                    goto I32LtS_StepJumpSlots;
                case LoopCode.I32LtS_JumpImmediate:
                    goto I32LtS_JumpImmediate;
                case LoopCode.I32LtS_StepJumpImmediate:
                    goto I32LtS_StepJumpImmediate;
                case LoopCode.I32LtU_JumpSlots:
                    goto I32LtU_JumpSlots;
                case LoopCode.I32LtU_StepJumpSlots:
                    goto I32LtU_StepJumpSlots;
                case LoopCode.I32LtU_JumpImmediate:
                    goto I32LtU_JumpImmediate;
                case LoopCode.I32LtU_StepJumpImmediate:
                    goto I32LtU_StepJumpImmediate;
                case LoopCode.I32GtS_JumpSlots:
                    goto I32GtS_JumpSlots;
                case LoopCode.I32GtS_StepJumpSlots:
                    goto I32GtS_StepJumpSlots;
                case LoopCode.I32GtS_JumpImmediate:
                    goto I32GtS_JumpImmediate;
                case LoopCode.I32GtS_StepJumpImmediate:
                    goto I32GtS_StepJumpImmediate;
                case LoopCode.I32GtU_JumpSlots:
                    goto I32GtU_JumpSlots;
                case LoopCode.I32GtU_StepJumpSlots:
                    goto I32GtU_StepJumpSlots;
                case LoopCode.I32GtU_JumpImmediate:
                    goto I32GtU_JumpImmediate;
                case LoopCode.I32GtU_StepJumpImmediate:
                    goto I32GtU_StepJumpImmediate;
                case LoopCode.I32LeS_JumpSlots:
                    goto I32LeS_JumpSlots;
                case LoopCode.I32LeS_StepJumpSlots:
                    goto I32LeS_StepJumpSlots;
                case LoopCode.I32LeS_JumpImmediate:
                    goto I32LeS_JumpImmediate;
                case LoopCode.I32LeS_StepJumpImmediate:
                    goto I32LeS_StepJumpImmediate;
                case LoopCode.I32LeU_JumpSlots:
                    goto I32LeU_JumpSlots;
                case LoopCode.I32LeU_StepJumpSlots:
                    goto I32LeU_StepJumpSlots;
                case LoopCode.I32LeU_JumpImmediate:
                    goto I32LeU_JumpImmediate;
                case LoopCode.I32LeU_StepJumpImmediate:
                    goto I32LeU_StepJumpImmediate;
                case LoopCode.I32GeS_JumpSlots:
                    goto I32GeS_JumpSlots;
                case LoopCode.I32GeS_StepJumpSlots:
                    goto I32GeS_StepJumpSlots;
                case LoopCode.I32GeS_JumpImmediate:
                    goto I32GeS_JumpImmediate;
                case LoopCode.I32GeS_StepJumpImmediate:
                    goto I32GeS_StepJumpImmediate;
                case LoopCode.I32GeU_JumpSlots:
                    goto I32GeU_JumpSlots;
                case LoopCode.I32GeU_StepJumpSlots:
                    goto I32GeU_StepJumpSlots;
                case LoopCode.I32GeU_JumpImmediate:
                    goto I32GeU_JumpImmediate;
                case LoopCode.I32GeU_StepJumpImmediate:
                    goto I32GeU_StepJumpImmediate;
                case LoopCode.I64Eq_JumpSlots:
                    goto I64Eq_JumpSlots;
                case LoopCode.I64Eq_JumpImmediate:
                    goto I64Eq_JumpImmediate;
                case LoopCode.I64Ne_JumpSlots:
                    goto I64Ne_JumpSlots;
                case LoopCode.I64Ne_JumpImmediate:
                    goto I64Ne_JumpImmediate;
                case LoopCode.I64LtS_JumpSlots:
                    goto I64LtS_JumpSlots;
                case LoopCode.I64LtS_JumpImmediate:
                    goto I64LtS_JumpImmediate;
                case LoopCode.I64LtU_JumpSlots:
                    goto I64LtU_JumpSlots;
                case LoopCode.I64LtU_JumpImmediate:
                    goto I64LtU_JumpImmediate;
                case LoopCode.I64GtS_JumpSlots:
                    goto I64GtS_JumpSlots;
                case LoopCode.I64GtS_JumpImmediate:
                    goto I64GtS_JumpImmediate;
                case LoopCode.I64GtU_JumpSlots:
                    goto I64GtU_JumpSlots;
                case LoopCode.I64GtU_JumpImmediate:
                    goto I64GtU_JumpImmediate;
                case LoopCode.I64LeS_JumpSlots:
                    goto I64LeS_JumpSlots;
                case LoopCode.I64LeS_JumpImmediate:
                    goto I64LeS_JumpImmediate;
                case LoopCode.I64LeU_JumpSlots:
                    goto I64LeU_JumpSlots;
                case LoopCode.I64LeU_JumpImmediate:
                    goto I64LeU_JumpImmediate;
                case LoopCode.I64GeS_JumpSlots:
                    goto I64GeS_JumpSlots;
                case LoopCode.I64GeS_JumpImmediate:
                    goto I64GeS_JumpImmediate;
                case LoopCode.I64GeU_JumpSlots:
                    goto I64GeU_JumpSlots;
                case LoopCode.I64GeU_JumpImmediate:
                    goto I64GeU_JumpImmediate;
                default:
                    goto Other;
            }
        // </dispatch>

        TakeJump:
            // A compare-and-branch was taken: D is the jump, relative to the op.
            if ((int)ip->D <= 0)
            {
                if (_attention && (_interrupt || --_fuel < 0))
                {
                    Interrupt();
                }
            }
            ip += (int)ip->D - 1;
            goto DispatchJump;

        OutOfBounds:
            throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);

        EnterCallee:
            if (callee.Code is InterpretedFunction target)
            {
                ref var frame = ref PushFrame(callee.Handle, ip, fp);
                var instance = callee.Instance!;
                if (instance != _inst)
                {
                    frame.Caller = _inst;
                    _inst = instance;
                    _mem = instance.Memory0;
                }
                if (_attention && (_interrupt || --_fuel < 0))
                {
                    Interrupt();
                }
                WasmValue* calleeFp = sp - target.ParamCount;
                if (calleeFp + target.MaxHeight > _end)
                {
                    calleeFp = GrowForFrame(calleeFp, sp, target.MaxHeight);
                }
                fp = calleeFp;
                WasmValue* zero = fp + target.ZeroFrom;
                int count = target.ZeroCount;
                if (count <= 8)
                {
                    for (int i = 0; i < count; i++)
                    {
                        zero[i] = default;
                    }
                }
                else
                {
                    new Span<WasmValue>(zero, count).Clear();
                }
                ip = target.Start - 1;
            }
            else
            {
                WasmValue* b = _base;
                int fpIndex = (int)(fp - b);
                int top = CallOutside(callee, (int)(sp - b));
                b = _base;
                sp = b + top;
                fp = b + fpIndex;
            }
            goto DispatchCall;
    }
}
