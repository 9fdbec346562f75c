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
            switch (op->Code)
            {
                    case Opcode.Unreachable:
                        Throw(TrapKind.Unreachable);
                        break;
                    case Opcode.If:
                        if ((uint)(--sp)->Lo == 0)
                        {
                            ip = op + op->A;
                        }
                        break;
                    case Opcode.Else:
                        ip = op + op->A;
                        break;
                    case Opcode.BrIf:
                        if ((uint)(--sp)->Lo == 0)
                        {
                            break;
                        }
                        goto case Opcode.Br;
                    case Opcode.Br:
                    {
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
                        uint index = (uint)(--sp)->Lo;
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
                        callee = _inst!.Functions[op->A];
                        goto Call;
                    case Opcode.CallIndirect:
                    {
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
                    case Opcode.Drop:
                        sp--;
                        break;
                    case Opcode.Select:
                        sp -= 2;
                        if ((uint)sp[1].Lo == 0)
                        {
                            sp[-1] = sp[0];
                        }
                        break;
                    case Opcode.LocalGet:
                        *sp++ = fp[op->A];
                        break;
                    case Opcode.LocalSet:
                        fp[op->A] = *--sp;
                        break;
                    case Opcode.LocalTee:
                        fp[op->A] = sp[-1];
                        break;
                    case Opcode.GlobalGet:
                        *sp++ = _inst!.Globals[op->A].Value;
                        break;
                    case Opcode.GlobalSet:
                        _inst!.Globals[op->A].Value = *--sp;
                        break;
                    case Opcode.I32Const:
                    case Opcode.F32Const:
                        *sp++ = new WasmValue(op->C & 0xFFFF_FFFF);
                        break;
                    case Opcode.I64Const:
                    case Opcode.F64Const:
                        *sp++ = new WasmValue(op->C);
                        break;
                    case Opcode.MemorySize:
                        *sp++ = new WasmValue(_mem!.Pages);
                        break;
                    case Opcode.MemoryGrow:
                        sp[-1] = new WasmValue((uint)_mem!.Grow((uint)sp[-1].Lo));
                        break;
                    case Opcode.I32ReinterpretF32:
                    case Opcode.I64ReinterpretF64:
                    case Opcode.F32ReinterpretI32:
                    case Opcode.F64ReinterpretI64:
                        break;
                    case Opcode.I32Eq:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Ne:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eq:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Ne:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Eq:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ne:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Lt:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Gt:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Le:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ge:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Eq:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ne:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Lt:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Gt:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Le:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ge:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Add:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a + c);
                        break;
                    }
                    case Opcode.I32Sub:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a - c);
                        break;
                    }
                    case Opcode.I32Mul:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a * c);
                        break;
                    }
                    case Opcode.I32DivS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (uint)(Numerics.I32DivS(a, c));
                        break;
                    }
                    case Opcode.I32DivU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(Numerics.I32DivU(a, c));
                        break;
                    }
                    case Opcode.I32RemS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (uint)(Numerics.I32RemS(a, c));
                        break;
                    }
                    case Opcode.I32RemU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(Numerics.I32RemU(a, c));
                        break;
                    }
                    case Opcode.I32And:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a & c);
                        break;
                    }
                    case Opcode.I32Or:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a | c);
                        break;
                    }
                    case Opcode.I32Xor:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case Opcode.I32Shl:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case Opcode.I32ShrS:
                    {
                        sp--;
                        var a = (int)sp[-1].Lo;
                        var c = (int)sp[0].Lo;
                        sp[-1].Lo = (uint)(a >> c);
                        break;
                    }
                    case Opcode.I32ShrU:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I32Rotl:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                        break;
                    }
                    case Opcode.I32Rotr:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                        break;
                    }
                    case Opcode.I64Add:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a + c;
                        break;
                    }
                    case Opcode.I64Sub:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a - c;
                        break;
                    }
                    case Opcode.I64Mul:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a * c;
                        break;
                    }
                    case Opcode.I64DivS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (ulong)(Numerics.I64DivS(a, c));
                        break;
                    }
                    case Opcode.I64DivU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = Numerics.I64DivU(a, c);
                        break;
                    }
                    case Opcode.I64RemS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (ulong)(Numerics.I64RemS(a, c));
                        break;
                    }
                    case Opcode.I64RemU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = Numerics.I64RemU(a, c);
                        break;
                    }
                    case Opcode.I64And:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a & c;
                        break;
                    }
                    case Opcode.I64Or:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a | c;
                        break;
                    }
                    case Opcode.I64Xor:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a ^ c;
                        break;
                    }
                    case Opcode.I64Shl:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a << (int)c;
                        break;
                    }
                    case Opcode.I64ShrS:
                    {
                        sp--;
                        var a = (long)sp[-1].Lo;
                        var c = (long)sp[0].Lo;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I64ShrU:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = a >> (int)c;
                        break;
                    }
                    case Opcode.I64Rotl:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = BitOperations.RotateLeft(a, (int)c);
                        break;
                    }
                    case Opcode.I64Rotr:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = BitOperations.RotateRight(a, (int)c);
                        break;
                    }
                    case Opcode.F32Add:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(a + c);
                        break;
                    }
                    case Opcode.F32Sub:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(a - c);
                        break;
                    }
                    case Opcode.F32Mul:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(a * c);
                        break;
                    }
                    case Opcode.F32Div:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(a / c);
                        break;
                    }
                    case Opcode.F32Min:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F32Max:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)sp[0].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F32Copysign:
                    {
                        sp--;
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)sp[0].Lo;
                        sp[-1].Lo = (ulong)(Numerics.F32CopySign(a, c));
                        break;
                    }
                    case Opcode.F64Add:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(a + c);
                        break;
                    }
                    case Opcode.F64Sub:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(a - c);
                        break;
                    }
                    case Opcode.F64Mul:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(a * c);
                        break;
                    }
                    case Opcode.F64Div:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(a / c);
                        break;
                    }
                    case Opcode.F64Min:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F64Max:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(sp[0].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F64Copysign:
                    {
                        sp--;
                        var a = sp[-1].Lo;
                        var c = sp[0].Lo;
                        sp[-1].Lo = Numerics.F64CopySign(a, c);
                        break;
                    }
                    case Opcode.I32Eqz:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eqz:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Clz:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)((uint)BitOperations.LeadingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Ctz:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)((uint)BitOperations.TrailingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Popcnt:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)((uint)BitOperations.PopCount(a));
                        break;
                    }
                    case Opcode.I64Clz:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)BitOperations.LeadingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Ctz:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)BitOperations.TrailingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Popcnt:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)BitOperations.PopCount(a);
                        break;
                    }
                    case Opcode.F32Abs:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)(Numerics.F32Abs(a));
                        break;
                    }
                    case Opcode.F32Neg:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)(Numerics.F32Neg(a));
                        break;
                    }
                    case Opcode.F32Ceil:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F32Floor:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F32Trunc:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F32Nearest:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F32Sqrt:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.F64Abs:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = Numerics.F64Abs(a);
                        break;
                    }
                    case Opcode.F64Neg:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = Numerics.F64Neg(a);
                        break;
                    }
                    case Opcode.F64Ceil:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F64Floor:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F64Trunc:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F64Nearest:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F64Sqrt:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.I32WrapI64:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)((uint)a);
                        break;
                    }
                    case Opcode.I32TruncF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I32TruncF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I64ExtendI32S:
                    {
                        var a = (int)sp[-1].Lo;
                        sp[-1].Lo = (ulong)((long)a);
                        break;
                    }
                    case Opcode.I64ExtendI32U:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (ulong)a;
                        break;
                    }
                    case Opcode.I64TruncF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.I64TruncF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.F32ConvertI32S:
                    {
                        var a = (int)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI32U:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI64S:
                    {
                        var a = (long)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertS64(a));
                        break;
                    }
                    case Opcode.F32ConvertI64U:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertU64(a));
                        break;
                    }
                    case Opcode.F32DemoteF64:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32DemoteF64(a));
                        break;
                    }
                    case Opcode.F64ConvertI32S:
                    {
                        var a = (int)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI32U:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64S:
                    {
                        var a = (long)sp[-1].Lo;
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64U:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertU64(a));
                        break;
                    }
                    case Opcode.F64PromoteF32:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64PromoteF32(a));
                        break;
                    }
                    case Opcode.I32Extend8S:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (uint)((int)(sbyte)a);
                        break;
                    }
                    case Opcode.I32Extend16S:
                    {
                        var a = (uint)sp[-1].Lo;
                        sp[-1].Lo = (uint)((int)(short)a);
                        break;
                    }
                    case Opcode.I64Extend8S:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)((long)(sbyte)a);
                        break;
                    }
                    case Opcode.I64Extend16S:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)((long)(short)a);
                        break;
                    }
                    case Opcode.I64Extend32S:
                    {
                        var a = sp[-1].Lo;
                        sp[-1].Lo = (ulong)((long)(int)a);
                        break;
                    }
                    case Opcode.I32TruncSatF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)sp[-1].Lo);
                        sp[-1].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I64TruncSatF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(sp[-1].Lo);
                        sp[-1].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I32Load:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 4));
                        break;
                    case Opcode.I64Load:
                        sp[-1].Lo = Unsafe.ReadUnaligned<ulong>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 8));
                        break;
                    case Opcode.F32Load:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 4));
                        break;
                    case Opcode.F64Load:
                        sp[-1].Lo = Unsafe.ReadUnaligned<ulong>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 8));
                        break;
                    case Opcode.I32Load8S:
                        sp[-1].Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 1));
                        break;
                    case Opcode.I32Load8U:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 1));
                        break;
                    case Opcode.I32Load16S:
                        sp[-1].Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 2));
                        break;
                    case Opcode.I32Load16U:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 2));
                        break;
                    case Opcode.I64Load8S:
                        sp[-1].Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 1));
                        break;
                    case Opcode.I64Load8U:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 1));
                        break;
                    case Opcode.I64Load16S:
                        sp[-1].Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 2));
                        break;
                    case Opcode.I64Load16U:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 2));
                        break;
                    case Opcode.I64Load32S:
                        sp[-1].Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 4));
                        break;
                    case Opcode.I64Load32U:
                        sp[-1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(_mem, (uint)sp[-1].Lo + op->C, 4));
                        break;
                    case Opcode.I32Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 4), (uint)sp[1].Lo);
                        break;
                    case Opcode.I64Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 8), (ulong)sp[1].Lo);
                        break;
                    case Opcode.F32Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 4), (uint)sp[1].Lo);
                        break;
                    case Opcode.F64Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 8), (ulong)sp[1].Lo);
                        break;
                    case Opcode.I32Store8:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 1), (byte)sp[1].Lo);
                        break;
                    case Opcode.I32Store16:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 2), (ushort)sp[1].Lo);
                        break;
                    case Opcode.I64Store8:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 1), (byte)sp[1].Lo);
                        break;
                    case Opcode.I64Store16:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 2), (ushort)sp[1].Lo);
                        break;
                    case Opcode.I64Store32:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(_mem, (uint)sp[0].Lo + op->C, 4), (uint)sp[1].Lo);
                        break;
                    case FusedOp.I32AddK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a + c);
                        break;
                    }
                    case FusedOp.I32AddL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a + c);
                        break;
                    }
                    case FusedOp.I32AddLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a + c);
                        break;
                    }
                    case FusedOp.I32AddLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a + c);
                        break;
                    }
                    case FusedOp.I32SubK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a - c);
                        break;
                    }
                    case FusedOp.I32SubL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a - c);
                        break;
                    }
                    case FusedOp.I32SubLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a - c);
                        break;
                    }
                    case FusedOp.I32SubLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a - c);
                        break;
                    }
                    case FusedOp.I32MulK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a * c);
                        break;
                    }
                    case FusedOp.I32MulL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a * c);
                        break;
                    }
                    case FusedOp.I32MulLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a * c);
                        break;
                    }
                    case FusedOp.I32MulLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a * c);
                        break;
                    }
                    case FusedOp.I32AndK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a & c);
                        break;
                    }
                    case FusedOp.I32AndL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a & c);
                        break;
                    }
                    case FusedOp.I32AndLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a & c);
                        break;
                    }
                    case FusedOp.I32AndLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a & c);
                        break;
                    }
                    case FusedOp.I32OrK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a | c);
                        break;
                    }
                    case FusedOp.I32OrL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a | c);
                        break;
                    }
                    case FusedOp.I32OrLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a | c);
                        break;
                    }
                    case FusedOp.I32OrLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a | c);
                        break;
                    }
                    case FusedOp.I32XorK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case FusedOp.I32XorL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case FusedOp.I32XorLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a ^ c);
                        break;
                    }
                    case FusedOp.I32XorLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a ^ c);
                        break;
                    }
                    case FusedOp.I32ShlK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case FusedOp.I32ShlL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case FusedOp.I32ShlLK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case FusedOp.I32ShlLL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case FusedOp.I32ShrSK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (uint)(a >> c);
                        break;
                    }
                    case FusedOp.I32ShrSL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (uint)(a >> c);
                        break;
                    }
                    case FusedOp.I32ShrSLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (uint)(a >> c);
                        break;
                    }
                    case FusedOp.I32ShrSLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (uint)(a >> c);
                        break;
                    }
                    case FusedOp.I32ShrUK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I32ShrUL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I32ShrULK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I32ShrULL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I32EqK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32EqL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32EqLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32EqLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32NeK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32NeL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32NeLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32NeLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtSK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtSL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtSLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtSLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtUK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtUL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtULK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LtULL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtSK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtSL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtSLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtSLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtUK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtUL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtULK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GtULL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeSK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeSL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeSLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeSLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeUK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeUL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeULK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32LeULL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeSK:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)op->C;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeSL:
                    {
                        var a = (int)sp[-1].Lo;
                        var c = (int)fp[op->A].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeSLK:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeSLL:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeUK:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)op->C;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeUL:
                    {
                        var a = (uint)sp[-1].Lo;
                        var c = (uint)fp[op->A].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeULK:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32GeULL:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64AddK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a + c;
                        break;
                    }
                    case FusedOp.I64AddL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a + c;
                        break;
                    }
                    case FusedOp.I64AddLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a + c;
                        break;
                    }
                    case FusedOp.I64AddLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a + c;
                        break;
                    }
                    case FusedOp.I64SubK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a - c;
                        break;
                    }
                    case FusedOp.I64SubL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a - c;
                        break;
                    }
                    case FusedOp.I64SubLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a - c;
                        break;
                    }
                    case FusedOp.I64SubLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a - c;
                        break;
                    }
                    case FusedOp.I64MulK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a * c;
                        break;
                    }
                    case FusedOp.I64MulL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a * c;
                        break;
                    }
                    case FusedOp.I64MulLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a * c;
                        break;
                    }
                    case FusedOp.I64MulLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a * c;
                        break;
                    }
                    case FusedOp.I64AndK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a & c;
                        break;
                    }
                    case FusedOp.I64AndL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a & c;
                        break;
                    }
                    case FusedOp.I64AndLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a & c;
                        break;
                    }
                    case FusedOp.I64AndLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a & c;
                        break;
                    }
                    case FusedOp.I64OrK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a | c;
                        break;
                    }
                    case FusedOp.I64OrL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a | c;
                        break;
                    }
                    case FusedOp.I64OrLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a | c;
                        break;
                    }
                    case FusedOp.I64OrLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a | c;
                        break;
                    }
                    case FusedOp.I64XorK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a ^ c;
                        break;
                    }
                    case FusedOp.I64XorL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a ^ c;
                        break;
                    }
                    case FusedOp.I64XorLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a ^ c;
                        break;
                    }
                    case FusedOp.I64XorLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a ^ c;
                        break;
                    }
                    case FusedOp.I64ShlK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a << (int)c;
                        break;
                    }
                    case FusedOp.I64ShlL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a << (int)c;
                        break;
                    }
                    case FusedOp.I64ShlLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a << (int)c;
                        break;
                    }
                    case FusedOp.I64ShlLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a << (int)c;
                        break;
                    }
                    case FusedOp.I64ShrSK:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)op->C;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I64ShrSL:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)fp[op->A].Lo;
                        sp[-1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I64ShrSLK:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I64ShrSLL:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case FusedOp.I64ShrUK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = a >> (int)c;
                        break;
                    }
                    case FusedOp.I64ShrUL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = a >> (int)c;
                        break;
                    }
                    case FusedOp.I64ShrULK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = a >> (int)c;
                        break;
                    }
                    case FusedOp.I64ShrULL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = a >> (int)c;
                        break;
                    }
                    case FusedOp.I64EqK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64EqL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64EqLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64EqLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64NeK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64NeL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64NeLK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64NeLL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtSK:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)op->C;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtSL:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)fp[op->A].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtSLK:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtSLL:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtUK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtUL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtULK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LtULL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtSK:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)op->C;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtSL:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)fp[op->A].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtSLK:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtSLL:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtUK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtUL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtULK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GtULL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeSK:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)op->C;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeSL:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)fp[op->A].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeSLK:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeSLL:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeUK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeUL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeULK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64LeULL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeSK:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)op->C;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeSL:
                    {
                        var a = (long)sp[-1].Lo;
                        var c = (long)fp[op->A].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeSLK:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeSLL:
                    {
                        var a = (long)fp[op->A].Lo;
                        var c = (long)fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeUK:
                    {
                        var a = sp[-1].Lo;
                        var c = op->C;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeUL:
                    {
                        var a = sp[-1].Lo;
                        var c = fp[op->A].Lo;
                        sp[-1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeULK:
                    {
                        var a = fp[op->A].Lo;
                        var c = op->C;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I64GeULL:
                    {
                        var a = fp[op->A].Lo;
                        var c = fp[op->B].Lo;
                        sp->Hi = 0;
                        (sp++)->Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case FusedOp.I32EqKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a == c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32EqLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a == c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32EqKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a == c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32EqLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a == c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32NeKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a != c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32NeLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a != c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32NeKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a != c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32NeLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a != c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtSKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a < c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtSLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a < c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtSKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a < c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtSLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a < c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtUKBrIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (a < c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtULKBrIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (a < c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtUKIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (!(a < c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LtULKIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (!(a < c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtSKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a > c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtSLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a > c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtSKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a > c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtSLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a > c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtUKBrIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (a > c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtULKBrIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (a > c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtUKIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (!(a > c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GtULKIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (!(a > c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeSKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a <= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeSLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a <= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeSKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a <= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeSLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a <= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeUKBrIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (a <= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeULKBrIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (a <= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeUKIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (!(a <= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32LeULKIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (!(a <= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeSKBrIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (a >= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeSLKBrIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (a >= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeSKIf:
                    {
                        var a = (int)(--sp)->Lo;
                        var c = (int)op->C;
                        if (!(a >= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeSLKIf:
                    {
                        var a = (int)fp[op->A].Lo;
                        var c = (int)op->C;
                        if (!(a >= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeUKBrIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (a >= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeULKBrIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (a >= c)
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeUKIf:
                    {
                        var a = (uint)(--sp)->Lo;
                        var c = (uint)op->C;
                        if (!(a >= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32GeULKIf:
                    {
                        var a = (uint)fp[op->A].Lo;
                        var c = (uint)op->C;
                        if (!(a >= c))
                        {
                            goto Jump;
                        }
                        break;
                    }
                    case FusedOp.I32EqzBrIf:
                        if ((uint)(--sp)->Lo == 0)
                        {
                            goto Jump;
                        }
                        break;
                    case FusedOp.I32EqzIf:
                        if ((uint)(--sp)->Lo != 0)
                        {
                            goto Jump;
                        }
                        break;
                    default:
                    {
                        WasmValue* b = _base;
                        int top = ExecuteOther(ref *op, _inst!, (int)(sp - b), (int)(fp - b));
                        sp = b + top;
                        break;
                    }
            }
            continue;

        Jump:
            // A fused compare-and-branch was taken: D is the jump, relative to the op.
            if ((int)op->D <= 0)
            {
                if (_interrupt || --_fuel < 0)
                {
                    Interrupt();
                }
            }
            ip = op + (int)op->D;
            continue;

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
