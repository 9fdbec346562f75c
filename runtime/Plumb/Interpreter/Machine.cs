using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Plumb.Execution;
using Plumb.Instructions;

namespace Plumb.Interpreter;

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
    private int _sp;
    private Frame[] _frames = new Frame[64];
    private int _depth;
    private FunctionInstance? _entry;   // the function the innermost Execute started with
    private int _nesting;
    private volatile bool _interrupt;
    private long _fuel = long.MaxValue;
    private bool _fuelEnabled;
    private ResourceLimits _limits;

    private Machine()
    {
        // Pinned so that the loop addresses slots by pointer, without bounds checks: every
        // function's frame size is checked once on entry (InterpretedFunction.MaxHeight).
        _stack = GC.AllocateUninitializedArray<WasmValue>(4096, pinned: true);
        _base = (WasmValue*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_stack));
    }

    public static Machine Current => t_current ??= new Machine();

    /// <summary>A call: the function called, and where its caller resumes.</summary>
    private struct Frame
    {
        public FunctionInstance Callee;
        public InterpretedOp* Ip;
        public int Fp;
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
        }
        int savedSp = _sp;
        int savedDepth = _depth;
        var savedEntry = _entry;
        var savedInst = _inst;
        var savedMem = _mem;
        CancellationTokenRegistration registration = default;
        if (cancellation.CanBeCanceled)
        {
            if (cancellation.IsCancellationRequested)
            {
                throw new WasmTrapException(TrapKind.Cancelled);
            }
            registration = cancellation.UnsafeRegister(static state => ((Machine)state!)._interrupt = true, this);
        }
        _nesting++;
        try
        {
            int needed = Math.Max(args.Length, results.Length);
            EnsureStack(_sp + needed + 1);
            args.CopyTo(new Span<WasmValue>(_base + _sp, args.Length));
            _sp += args.Length;
            if (function.Code is { } code)
            {
                Execute(function);
            }
            else
            {
                CallHost(function, _sp);
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
            _entry = savedEntry;
            _inst = savedInst;
            _mem = savedMem;
            registration.Dispose();
            if (outermost)
            {
                _interrupt = false;
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
        frames.Add(Describe(_depth > bottom ? _frames[_depth - 1].Callee : entry, -1));
        for (int i = _depth - 1; i >= bottom; i--)
        {
            var caller = i > bottom ? _frames[i - 1].Callee : entry;
            int pc = (int)(_frames[i].Ip - caller.Code!.Start) - 1;
            var offsets = caller.Code!.Offsets;
            frames.Add(Describe(caller, pc >= 0 && pc < offsets.Length ? offsets[pc] : -1));
        }
        return frames;
    }

    private static WasmStackFrame Describe(FunctionInstance function, long offset) =>
        new(function.Instance?.Name ?? function.HostModule?.Name, function.Index, function.Name, offset);

    /// <summary>Makes the value stack hold at least <paramref name="slots"/> slots, or traps as exhaustion.</summary>
    private void EnsureStack(long slots)
    {
        if (slots <= _stack.Length)
        {
            return;
        }
        if (slots > Math.Max(_limits.ValueStackSlots, 4096))
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        long size = _stack.Length;
        while (size < slots)
        {
            size *= 2;
        }
        var grown = GC.AllocateUninitializedArray<WasmValue>((int)Math.Min(size, Math.Max(_limits.ValueStackSlots, 4096)), pinned: true);
        _stack.AsSpan(0, _sp).CopyTo(grown);
        _stack = grown;
        _base = (WasmValue*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(grown));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushFrame(FunctionInstance callee, InterpretedOp* ip, int fp)
    {
        if (_depth >= _limits.CallDepth)
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }
        ref var frame = ref _frames[_depth++];
        frame.Callee = callee;
        frame.Ip = ip;
        frame.Fp = fp;
    }

    /// <summary>Calls a host function whose arguments end at <paramref name="sp"/>; returns the new stack top.</summary>
    private int CallHost(FunctionInstance function, int sp)
    {
        var type = function.Type;
        int start = sp - type.Params.Length;
        int width = Math.Max(type.Params.Length, type.Results.Length);
        EnsureStack(start + width + 1);
        var stack = _stack;
        _sp = start + width;
        var caller = _inst?.Public ?? function.HostModule;
        function.Host!(caller!, new Span<WasmValue>(_base + start, width));
        if (stack != _stack)
        {
            // A nested call grew the stack while the host held a span of the old one.
            stack.AsSpan(start, width).CopyTo(_stack.AsSpan(start));
        }
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
    /// its results then start where its arguments did. The loop's live state is three pointers (next
    /// op, stack top, frame base); the instance and memory are fields, read by the ops that need them.
    /// </summary>
    private void Execute(FunctionInstance entry)
    {
        int entryDepth = _depth;
        var fn = entry.Code!;
        EnsureStack((long)_sp - fn.ParamCount + fn.MaxHeight);
        WasmValue* fp = _base + _sp - fn.ParamCount;
        WasmValue* sp = _base + _sp;
        new Span<WasmValue>(sp, fn.LocalCount - fn.ParamCount).Clear();
        sp = fp + fn.LocalCount;
        _entry = entry;
        _inst = entry.Instance!;
        _mem = _inst.Memory0;
        InterpretedOp* ip = fn.Start;
        FunctionInstance callee;
        while (true)
        {
            InterpretedOp* op = ip++;
            // Operand heights are static: an op that works on the stack (sp) finds its top from the
            // frame and its H; register forms address slots from fp alone.
            switch (op->Code)
            {
                    case Opcode.Unreachable:
                        Throw(TrapKind.Unreachable);
                        break;
                    case Opcode.Else:
                        ip = op + op->A;
                        break;
                    case Opcode.BrIf:
                        if ((uint)fp[(int)op->D].Lo == 0)
                        {
                            break;
                        }
                        goto case Opcode.Br;
                    case Opcode.Br:
                    {
                        sp = fp + op->H;
                        int keep = op->B;
                        WasmValue* dst = fp + (int)op->C;
                        WasmValue* src = sp - keep;
                        if (dst != src)
                        {
                            for (int i = 0; i < keep; i++)
                            {
                                dst[i] = src[i];
                            }
                        }
                        sp = dst + keep;
                        InterpretedOp* jump = op + op->A;
                        if (op->A <= 0)
                        {
                            // A backward branch: a loop iterates.
                            if (_interrupt || --_fuel < 0)
                            {
                                Interrupt();
                            }
                        }
                        ip = jump;
                        break;
                    }
                    case Opcode.BrTable:
                    {
                        uint index = (uint)fp[op->B].Lo;
                        uint last = (uint)op->A - 1;
                        op = ip + (index < last ? index : last);
                        ip = op + 1;
                        if (op->Code == Opcode.Return)
                        {
                            goto case Opcode.Return;
                        }
                        goto case Opcode.Br;
                    }
                    case Opcode.Return:
                    {
                        sp = fp + op->H;
                        int count = op->A;
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
                        fp = _base + frame.Fp;
                        var resumed = (_depth > entryDepth ? _frames[_depth - 1].Callee : _entry!).Instance!;
                        if (resumed != _inst)
                        {
                            _inst = resumed;
                            _mem = resumed.Memory0;
                        }
                        break;
                    }
                    case Opcode.Call:
                        sp = fp + op->H;
                        callee = _inst!.Functions[op->A];
                        goto Call;
                    case Opcode.CallIndirect:
                    {
                        sp = fp + op->H;
                        var inst = _inst!;
                        var table = inst.Tables[op->B];
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
                        if (callee.TypeId != inst.TypeIds[op->A])
                        {
                            Throw(TrapKind.IndirectCallTypeMismatch);
                        }
                        goto Call;
                    }
                    case Opcode.Select:
                        fp[op->A] = (uint)fp[(int)op->D].Lo != 0 ? fp[op->B] : fp[(int)op->C];
                        break;
                    case Opcode.LocalGet:
                        fp[op->A] = fp[op->B];
                        break;
                    case Opcode.GlobalGet:
                        fp[op->A] = _inst!.Globals[op->B].Value;
                        break;
                    case Opcode.GlobalSet:
                        _inst!.Globals[op->A].Value = fp[op->B];
                        break;
                    case Opcode.I32Const:
                        fp[op->A] = new WasmValue(op->C, op->D);
                        break;
                    case Opcode.MemorySize:
                        sp = fp + op->H;
                        *sp++ = new WasmValue(_mem!.Pages);
                        break;
                    case Opcode.MemoryGrow:
                        sp = fp + op->H;
                        sp[-1] = new WasmValue((uint)_mem!.Grow((uint)sp[-1].Lo));
                        break;
                    case Opcode.I32Eq + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Eq + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Ne + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Ne + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eq + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eq + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Ne + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Ne + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Eq + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ne + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Lt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Gt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Le + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ge + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Eq + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ne + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Lt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Gt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Le + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ge + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Add + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a + c);
                        break;
                    }
                    case Opcode.I32Add + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a + c);
                        break;
                    }
                    case Opcode.I32Sub + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a - c);
                        break;
                    }
                    case Opcode.I32Sub + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a - c);
                        break;
                    }
                    case Opcode.I32Mul + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a * c);
                        break;
                    }
                    case Opcode.I32Mul + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a * c);
                        break;
                    }
                    case Opcode.I32DivS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (uint)(Numerics.I32DivS(a, c));
                        break;
                    }
                    case Opcode.I32DivS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (uint)(Numerics.I32DivS(a, c));
                        break;
                    }
                    case Opcode.I32DivU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.I32DivU(a, c));
                        break;
                    }
                    case Opcode.I32DivU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(Numerics.I32DivU(a, c));
                        break;
                    }
                    case Opcode.I32RemS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (uint)(Numerics.I32RemS(a, c));
                        break;
                    }
                    case Opcode.I32RemS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (uint)(Numerics.I32RemS(a, c));
                        break;
                    }
                    case Opcode.I32RemU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.I32RemU(a, c));
                        break;
                    }
                    case Opcode.I32RemU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(Numerics.I32RemU(a, c));
                        break;
                    }
                    case Opcode.I32And + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a & c);
                        break;
                    }
                    case Opcode.I32And + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a & c);
                        break;
                    }
                    case Opcode.I32Or + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a | c);
                        break;
                    }
                    case Opcode.I32Or + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a | c);
                        break;
                    }
                    case Opcode.I32Xor + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case Opcode.I32Xor + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case Opcode.I32Shl + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case Opcode.I32Shl + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case Opcode.I32ShrS + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (uint)(a >> c);
                        break;
                    }
                    case Opcode.I32ShrS + RegisterOp.Immediate:
                    {
                        var a = (int)fp[op->B].Lo;
                        var c = (int)op->C;
                        fp[op->A].Lo = (uint)(a >> c);
                        break;
                    }
                    case Opcode.I32ShrU + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I32ShrU + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I32Rotl + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                        break;
                    }
                    case Opcode.I32Rotl + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                        break;
                    }
                    case Opcode.I32Rotr + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                        break;
                    }
                    case Opcode.I32Rotr + RegisterOp.Immediate:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)op->C;
                        fp[op->A].Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                        break;
                    }
                    case Opcode.I64Add + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a + c;
                        break;
                    }
                    case Opcode.I64Add + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a + c;
                        break;
                    }
                    case Opcode.I64Sub + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a - c;
                        break;
                    }
                    case Opcode.I64Sub + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a - c;
                        break;
                    }
                    case Opcode.I64Mul + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a * c;
                        break;
                    }
                    case Opcode.I64Mul + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a * c;
                        break;
                    }
                    case Opcode.I64DivS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.I64DivS(a, c));
                        break;
                    }
                    case Opcode.I64DivS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (ulong)(Numerics.I64DivS(a, c));
                        break;
                    }
                    case Opcode.I64DivU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = Numerics.I64DivU(a, c);
                        break;
                    }
                    case Opcode.I64DivU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = Numerics.I64DivU(a, c);
                        break;
                    }
                    case Opcode.I64RemS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.I64RemS(a, c));
                        break;
                    }
                    case Opcode.I64RemS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (ulong)(Numerics.I64RemS(a, c));
                        break;
                    }
                    case Opcode.I64RemU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = Numerics.I64RemU(a, c);
                        break;
                    }
                    case Opcode.I64RemU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = Numerics.I64RemU(a, c);
                        break;
                    }
                    case Opcode.I64And + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a & c;
                        break;
                    }
                    case Opcode.I64And + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a & c;
                        break;
                    }
                    case Opcode.I64Or + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a | c;
                        break;
                    }
                    case Opcode.I64Or + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a | c;
                        break;
                    }
                    case Opcode.I64Xor + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a ^ c;
                        break;
                    }
                    case Opcode.I64Xor + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a ^ c;
                        break;
                    }
                    case Opcode.I64Shl + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a << (int)c;
                        break;
                    }
                    case Opcode.I64Shl + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a << (int)c;
                        break;
                    }
                    case Opcode.I64ShrS + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I64ShrS + RegisterOp.Immediate:
                    {
                        var a = (long)fp[op->B].Lo;
                        var c = (long)op->C;
                        fp[op->A].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I64ShrU + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = a >> (int)c;
                        break;
                    }
                    case Opcode.I64ShrU + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = a >> (int)c;
                        break;
                    }
                    case Opcode.I64Rotl + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = BitOperations.RotateLeft(a, (int)c);
                        break;
                    }
                    case Opcode.I64Rotl + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = BitOperations.RotateLeft(a, (int)c);
                        break;
                    }
                    case Opcode.I64Rotr + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = BitOperations.RotateRight(a, (int)c);
                        break;
                    }
                    case Opcode.I64Rotr + RegisterOp.Immediate:
                    {
                        var a = fp[op->B].Lo;
                        var c = op->C;
                        fp[op->A].Lo = BitOperations.RotateRight(a, (int)c);
                        break;
                    }
                    case Opcode.F32Add + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(a + c);
                        break;
                    }
                    case Opcode.F32Sub + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(a - c);
                        break;
                    }
                    case Opcode.F32Mul + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(a * c);
                        break;
                    }
                    case Opcode.F32Div + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(a / c);
                        break;
                    }
                    case Opcode.F32Min + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F32Max + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F32Copysign + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        var c = (uint)fp[(int)op->C].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.F32CopySign(a, c));
                        break;
                    }
                    case Opcode.F64Add + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(a + c);
                        break;
                    }
                    case Opcode.F64Sub + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(a - c);
                        break;
                    }
                    case Opcode.F64Mul + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(a * c);
                        break;
                    }
                    case Opcode.F64Div + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(a / c);
                        break;
                    }
                    case Opcode.F64Min + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F64Max + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        var c = BitConverter.UInt64BitsToDouble(fp[(int)op->C].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F64Copysign + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        var c = fp[(int)op->C].Lo;
                        fp[op->A].Lo = Numerics.F64CopySign(a, c);
                        break;
                    }
                    case Opcode.I32Eqz + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eqz + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Clz + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((uint)BitOperations.LeadingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Ctz + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((uint)BitOperations.TrailingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Popcnt + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((uint)BitOperations.PopCount(a));
                        break;
                    }
                    case Opcode.I64Clz + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)BitOperations.LeadingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Ctz + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)BitOperations.TrailingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Popcnt + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)BitOperations.PopCount(a);
                        break;
                    }
                    case Opcode.F32Abs + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.F32Abs(a));
                        break;
                    }
                    case Opcode.F32Neg + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)(Numerics.F32Neg(a));
                        break;
                    }
                    case Opcode.F32Ceil + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F32Floor + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F32Trunc + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F32Nearest + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F32Sqrt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.F64Abs + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = Numerics.F64Abs(a);
                        break;
                    }
                    case Opcode.F64Neg + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = Numerics.F64Neg(a);
                        break;
                    }
                    case Opcode.F64Ceil + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F64Floor + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F64Trunc + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F64Nearest + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F64Sqrt + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.I32WrapI64 + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((uint)a);
                        break;
                    }
                    case Opcode.I32TruncF32S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF32U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I32TruncF64S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF64U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I64ExtendI32S + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((long)a);
                        break;
                    }
                    case Opcode.I64ExtendI32U + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)a;
                        break;
                    }
                    case Opcode.I64TruncF32S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF32U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.I64TruncF64S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF64U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.F32ConvertI32S + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI32U + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI64S + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertS64(a));
                        break;
                    }
                    case Opcode.F32ConvertI64U + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertU64(a));
                        break;
                    }
                    case Opcode.F32DemoteF64 + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32DemoteF64(a));
                        break;
                    }
                    case Opcode.F64ConvertI32S + RegisterOp.Slots:
                    {
                        var a = (int)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI32U + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64S + RegisterOp.Slots:
                    {
                        var a = (long)fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64U + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertU64(a));
                        break;
                    }
                    case Opcode.F64PromoteF32 + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64PromoteF32(a));
                        break;
                    }
                    case Opcode.I32Extend8S + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (uint)((int)(sbyte)a);
                        break;
                    }
                    case Opcode.I32Extend16S + RegisterOp.Slots:
                    {
                        var a = (uint)fp[op->B].Lo;
                        fp[op->A].Lo = (uint)((int)(short)a);
                        break;
                    }
                    case Opcode.I64Extend8S + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((long)(sbyte)a);
                        break;
                    }
                    case Opcode.I64Extend16S + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((long)(short)a);
                        break;
                    }
                    case Opcode.I64Extend32S + RegisterOp.Slots:
                    {
                        var a = fp[op->B].Lo;
                        fp[op->A].Lo = (ulong)((long)(int)a);
                        break;
                    }
                    case Opcode.I32TruncSatF32S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF32U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)fp[op->B].Lo);
                        fp[op->A].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I64TruncSatF64S + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF64U + RegisterOp.Slots:
                    {
                        var a = BitConverter.UInt64BitsToDouble(fp[op->B].Lo);
                        fp[op->A].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I32Load + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F32Load + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F32Load + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F32Load + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F64Load + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F64Load + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.F64Load + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = Unsafe.ReadUnaligned<ulong>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8S + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8S + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8S + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8U + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8U + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load8U + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16S + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16S + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16S + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16U + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16U + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Load16U + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8S + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8S + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8S + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8U + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8U + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load8U + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16S + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16S + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16S + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16U + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16U + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load16U + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32S + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32S + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32S + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32U + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->B].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32U + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I64Load32U + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->B].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        fp[op->A].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref At(bytes, address));
                        break;
                    }
                    case Opcode.I32Store + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)op->D);
                        break;
                    }
                    case Opcode.I64Store + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)op->D);
                        break;
                    }
                    case Opcode.F32Store + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F32Store + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F32Store + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F32Store + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)op->D);
                        break;
                    }
                    case Opcode.F64Store + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F64Store + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F64Store + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.F64Store + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 8 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ulong)op->D);
                        break;
                    }
                    case Opcode.I32Store8 + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store8 + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store8 + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store8 + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)op->D);
                        break;
                    }
                    case Opcode.I32Store16 + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store16 + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store16 + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I32Store16 + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)op->D);
                        break;
                    }
                    case Opcode.I64Store8 + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store8 + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store8 + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store8 + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 1 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (byte)op->D);
                        break;
                    }
                    case Opcode.I64Store16 + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store16 + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store16 + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store16 + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 2 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (ushort)op->D);
                        break;
                    }
                    case Opcode.I64Store32 + RegisterOp.Slots:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store32 + RegisterOp.AddressSlots:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)fp[(int)op->D].Lo) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store32 + RegisterOp.AddressImmediate:
                    {
                        ulong address = (uint)((uint)fp[op->A].Lo + (uint)op->D) + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)fp[op->B].Lo);
                        break;
                    }
                    case Opcode.I64Store32 + RegisterOp.StoreImmediate:
                    {
                        ulong address = (uint)fp[op->A].Lo + op->C;
                        byte[] bytes = _mem!.Bytes;
                        if (address + 4 > (ulong)bytes.Length)
                        {
                            goto OutOfBounds;
                        }
                        Unsafe.WriteUnaligned(ref At(bytes, address), (uint)op->D);
                        break;
                    }
                    case Opcode.I32Eq + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo == (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32Eq + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo == (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32Ne + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo != (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32Ne + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo != (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LtS + RegisterOp.JumpSlots:
                        if ((int)fp[op->B].Lo < (int)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LtS + RegisterOp.JumpImmediate:
                        if ((int)fp[op->B].Lo < (int)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LtU + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo < (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LtU + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo < (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GtS + RegisterOp.JumpSlots:
                        if ((int)fp[op->B].Lo > (int)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GtS + RegisterOp.JumpImmediate:
                        if ((int)fp[op->B].Lo > (int)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GtU + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo > (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GtU + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo > (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LeS + RegisterOp.JumpSlots:
                        if ((int)fp[op->B].Lo <= (int)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LeS + RegisterOp.JumpImmediate:
                        if ((int)fp[op->B].Lo <= (int)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LeU + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo <= (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32LeU + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo <= (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GeS + RegisterOp.JumpSlots:
                        if ((int)fp[op->B].Lo >= (int)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GeS + RegisterOp.JumpImmediate:
                        if ((int)fp[op->B].Lo >= (int)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GeU + RegisterOp.JumpSlots:
                        if ((uint)fp[op->B].Lo >= (uint)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I32GeU + RegisterOp.JumpImmediate:
                        if ((uint)fp[op->B].Lo >= (uint)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64Eq + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo == (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64Eq + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo == (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64Ne + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo != (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64Ne + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo != (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LtS + RegisterOp.JumpSlots:
                        if ((long)fp[op->B].Lo < (long)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LtS + RegisterOp.JumpImmediate:
                        if ((long)fp[op->B].Lo < (long)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LtU + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo < (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LtU + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo < (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GtS + RegisterOp.JumpSlots:
                        if ((long)fp[op->B].Lo > (long)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GtS + RegisterOp.JumpImmediate:
                        if ((long)fp[op->B].Lo > (long)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GtU + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo > (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GtU + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo > (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LeS + RegisterOp.JumpSlots:
                        if ((long)fp[op->B].Lo <= (long)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LeS + RegisterOp.JumpImmediate:
                        if ((long)fp[op->B].Lo <= (long)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LeU + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo <= (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64LeU + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo <= (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GeS + RegisterOp.JumpSlots:
                        if ((long)fp[op->B].Lo >= (long)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GeS + RegisterOp.JumpImmediate:
                        if ((long)fp[op->B].Lo >= (long)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GeU + RegisterOp.JumpSlots:
                        if ((ulong)fp[op->B].Lo >= (ulong)fp[(int)op->C].Lo)
                        {
                            goto Jump;
                        }
                        break;
                    case Opcode.I64GeU + RegisterOp.JumpImmediate:
                        if ((ulong)fp[op->B].Lo >= (ulong)op->C)
                        {
                            goto Jump;
                        }
                        break;
                    default:
                    {
                        sp = fp + op->H;
                        WasmValue* b = _base;
                        int top = ExecuteOther(ref *op, _inst!, (int)(sp - b), (int)(fp - b));
                        sp = b + top;
                        break;
                    }
            }
            continue;

        Jump:
            // A compare-and-branch was taken: D is the jump, relative to the op.
            if ((int)op->D <= 0)
            {
                if (_interrupt || --_fuel < 0)
                {
                    Interrupt();
                }
            }
            ip = op + (int)op->D;
            continue;

        OutOfBounds:
            throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);

        Call:
            if (callee.Code is { } target)
            {
                WasmValue* b = _base;
                PushFrame(callee, ip, (int)(fp - b));
                if (_interrupt || --_fuel < 0)
                {
                    Interrupt();
                }
                int newFp = (int)(sp - b) - target.ParamCount;
                if (newFp + target.MaxHeight > _stack.Length)
                {
                    _sp = (int)(sp - b);
                    EnsureStack((long)newFp + target.MaxHeight);
                    b = _base;
                }
                fp = b + newFp;
                sp = fp + target.ParamCount;
                int declared = target.LocalCount - target.ParamCount;
                if (declared > 0)
                {
                    new Span<WasmValue>(sp, declared).Clear();
                }
                sp = fp + target.LocalCount;
                ip = target.Start;
                var instance = callee.Instance!;
                if (instance != _inst)
                {
                    _inst = instance;
                    _mem = instance.Memory0;
                }
            }
            else
            {
                WasmValue* b = _base;
                int fpIndex = (int)(fp - b);
                int top = CallHost(callee, (int)(sp - b));
                b = _base;
                sp = b + top;
                fp = b + fpIndex;
            }
        }
    }
}
