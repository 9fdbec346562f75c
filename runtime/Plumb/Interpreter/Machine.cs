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
    private FunctionInstance? _current;
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

    private struct Frame
    {
        public FunctionInstance Function;
        public int Pc;
        public int Fp;
    }

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
        var savedCurrent = _current;
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
            trap.SetWasmStackTrace(StackTrace(savedDepth));
            throw;
        }
        finally
        {
            _nesting--;
            _sp = savedSp;
            _depth = savedDepth;
            _current = savedCurrent;
            registration.Dispose();
            if (outermost)
            {
                _interrupt = false;
            }
        }
    }

    private List<WasmStackFrame> StackTrace(int bottom)
    {
        var frames = new List<WasmStackFrame>();
        if (_current is { } current)
        {
            frames.Add(Describe(current, -1));
        }
        for (int i = _depth - 1; i >= bottom; i--)
        {
            var frame = _frames[i];
            int pc = frame.Pc - 1;
            var offsets = frame.Function.Code!.Offsets;
            frames.Add(Describe(frame.Function, pc >= 0 && pc < offsets.Length ? offsets[pc] : -1));
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

    private void PushFrame(FunctionInstance function, int pc, int fp)
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
        frame.Function = function;
        frame.Pc = pc;
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
        var caller = _current?.Instance?.Public ?? function.HostModule;
        var previous = _current;
        function.Host!(caller!, new Span<WasmValue>(_base + start, width));
        _current = previous;
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
    /// its results then start where its arguments did.
    /// </summary>
    private void Execute(FunctionInstance entry)
    {
        int entryDepth = _depth;
        var function = entry;
        var fn = entry.Code!;
        var inst = entry.Instance!;
        var mem = inst.Memory0;
        int sp = _sp;
        int fp = sp - fn.ParamCount;
        EnsureStack((long)fp + fn.MaxHeight);
        WasmValue* b = _base;
        new Span<WasmValue>(b + sp, fn.LocalCount - fn.ParamCount).Clear();
        sp = fp + fn.LocalCount;
        _current = function;
        var code = fn.Code;
        int pc = 0;
        FunctionInstance callee;
        while (true)
        {
            ref InterpretedOp op = ref code[pc++];
            switch (op.Code)
            {
                    case Opcode.Unreachable:
                        Throw(TrapKind.Unreachable);
                        break;
                    case Opcode.If:
                        if ((uint)b[--sp].Lo == 0)
                        {
                            pc = op.A;
                        }
                        break;
                    case Opcode.Else:
                        pc = op.A;
                        break;
                    case Opcode.BrIf:
                        if ((uint)b[--sp].Lo == 0)
                        {
                            break;
                        }
                        goto case Opcode.Br;
                    case Opcode.Br:
                    {
                        int keep = op.B;
                        int dst = fp + (int)op.C;
                        if (dst != sp - keep)
                        {
                            for (int i = 0; i < keep; i++)
                            {
                                b[dst + i] = b[sp - keep + i];
                            }
                        }
                        sp = dst + keep;
                        if (op.A < pc)
                        {
                            // A backward branch: a loop iterates.
                            if (_interrupt || --_fuel < 0)
                            {
                                Interrupt();
                            }
                        }
                        pc = op.A;
                        break;
                    }
                    case Opcode.BrTable:
                    {
                        uint index = (uint)b[--sp].Lo;
                        uint last = (uint)op.A - 1;
                        pc += (int)(index < last ? index : last);
                        op = ref code[pc++];
                        if (op.Code == Opcode.Return)
                        {
                            goto case Opcode.Return;
                        }
                        goto case Opcode.Br;
                    }
                    case Opcode.Return:
                    {
                        int count = op.A;
                        for (int i = 0; i < count; i++)
                        {
                            b[fp + i] = b[sp - count + i];
                        }
                        sp = fp + count;
                        if (_depth == entryDepth)
                        {
                            _sp = sp;
                            return;
                        }
                        ref var frame = ref _frames[--_depth];
                        function = frame.Function;
                        fn = function.Code!;
                        code = fn.Code;
                        pc = frame.Pc;
                        fp = frame.Fp;
                        inst = function.Instance!;
                        mem = inst.Memory0;
                        _current = function;
                        break;
                    }
                    case Opcode.Call:
                        callee = inst.Functions[op.A];
                        goto Call;
                    case Opcode.CallIndirect:
                    {
                        var table = inst.Tables[op.B];
                        uint index = (uint)b[--sp].Lo;
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
                        if (callee.TypeId != inst.TypeIds[op.A])
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
                        if ((uint)b[sp + 1].Lo == 0)
                        {
                            b[sp - 1] = b[sp];
                        }
                        break;
                    case Opcode.LocalGet:
                        b[sp++] = b[fp + op.A];
                        break;
                    case Opcode.LocalSet:
                        b[fp + op.A] = b[--sp];
                        break;
                    case Opcode.LocalTee:
                        b[fp + op.A] = b[sp - 1];
                        break;
                    case Opcode.GlobalGet:
                        b[sp++] = inst.Globals[op.A].Value;
                        break;
                    case Opcode.GlobalSet:
                        inst.Globals[op.A].Value = b[--sp];
                        break;
                    case Opcode.I32Const:
                    case Opcode.F32Const:
                        b[sp++] = new WasmValue(op.C & 0xFFFF_FFFF);
                        break;
                    case Opcode.I64Const:
                    case Opcode.F64Const:
                        b[sp++] = new WasmValue(op.C);
                        break;
                    case Opcode.MemorySize:
                        b[sp++] = new WasmValue(mem!.Pages);
                        break;
                    case Opcode.MemoryGrow:
                        b[sp - 1] = new WasmValue((uint)mem!.Grow((uint)b[sp - 1].Lo));
                        break;
                    case Opcode.I32ReinterpretF32:
                    case Opcode.I64ReinterpretF64:
                    case Opcode.F32ReinterpretI32:
                    case Opcode.F64ReinterpretI64:
                        break;
                    case Opcode.I32Eq:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Ne:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LtU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GtU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32LeU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32GeU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eq:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Ne:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LtU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GtU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64LeU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64GeU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Eq:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ne:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Lt:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Gt:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Le:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F32Ge:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Eq:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a == c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ne:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a != c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Lt:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a < c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Gt:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a > c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Le:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a <= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.F64Ge:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = (a >= c) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Add:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a + c);
                        break;
                    }
                    case Opcode.I32Sub:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a - c);
                        break;
                    }
                    case Opcode.I32Mul:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a * c);
                        break;
                    }
                    case Opcode.I32DivS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (uint)(Numerics.I32DivS(a, c));
                        break;
                    }
                    case Opcode.I32DivU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.I32DivU(a, c));
                        break;
                    }
                    case Opcode.I32RemS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (uint)(Numerics.I32RemS(a, c));
                        break;
                    }
                    case Opcode.I32RemU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.I32RemU(a, c));
                        break;
                    }
                    case Opcode.I32And:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a & c);
                        break;
                    }
                    case Opcode.I32Or:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a | c);
                        break;
                    }
                    case Opcode.I32Xor:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a ^ c);
                        break;
                    }
                    case Opcode.I32Shl:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a << (int)c);
                        break;
                    }
                    case Opcode.I32ShrS:
                    {
                        sp--;
                        var a = (int)b[sp - 1].Lo;
                        var c = (int)b[sp].Lo;
                        b[sp - 1].Lo = (uint)(a >> c);
                        break;
                    }
                    case Opcode.I32ShrU:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I32Rotl:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(BitOperations.RotateLeft(a, (int)c));
                        break;
                    }
                    case Opcode.I32Rotr:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(BitOperations.RotateRight(a, (int)c));
                        break;
                    }
                    case Opcode.I64Add:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a + c;
                        break;
                    }
                    case Opcode.I64Sub:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a - c;
                        break;
                    }
                    case Opcode.I64Mul:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a * c;
                        break;
                    }
                    case Opcode.I64DivS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.I64DivS(a, c));
                        break;
                    }
                    case Opcode.I64DivU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = Numerics.I64DivU(a, c);
                        break;
                    }
                    case Opcode.I64RemS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.I64RemS(a, c));
                        break;
                    }
                    case Opcode.I64RemU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = Numerics.I64RemU(a, c);
                        break;
                    }
                    case Opcode.I64And:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a & c;
                        break;
                    }
                    case Opcode.I64Or:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a | c;
                        break;
                    }
                    case Opcode.I64Xor:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a ^ c;
                        break;
                    }
                    case Opcode.I64Shl:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a << (int)c;
                        break;
                    }
                    case Opcode.I64ShrS:
                    {
                        sp--;
                        var a = (long)b[sp - 1].Lo;
                        var c = (long)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(a >> (int)c);
                        break;
                    }
                    case Opcode.I64ShrU:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = a >> (int)c;
                        break;
                    }
                    case Opcode.I64Rotl:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = BitOperations.RotateLeft(a, (int)c);
                        break;
                    }
                    case Opcode.I64Rotr:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = BitOperations.RotateRight(a, (int)c);
                        break;
                    }
                    case Opcode.F32Add:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(a + c);
                        break;
                    }
                    case Opcode.F32Sub:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(a - c);
                        break;
                    }
                    case Opcode.F32Mul:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(a * c);
                        break;
                    }
                    case Opcode.F32Div:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(a / c);
                        break;
                    }
                    case Opcode.F32Min:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F32Max:
                    {
                        sp--;
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        var c = BitConverter.UInt32BitsToSingle((uint)b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F32Copysign:
                    {
                        sp--;
                        var a = (uint)b[sp - 1].Lo;
                        var c = (uint)b[sp].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.F32CopySign(a, c));
                        break;
                    }
                    case Opcode.F64Add:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(a + c);
                        break;
                    }
                    case Opcode.F64Sub:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(a - c);
                        break;
                    }
                    case Opcode.F64Mul:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(a * c);
                        break;
                    }
                    case Opcode.F64Div:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(a / c);
                        break;
                    }
                    case Opcode.F64Min:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMin(a, c));
                        break;
                    }
                    case Opcode.F64Max:
                    {
                        sp--;
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        var c = BitConverter.UInt64BitsToDouble(b[sp].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.FMax(a, c));
                        break;
                    }
                    case Opcode.F64Copysign:
                    {
                        sp--;
                        var a = b[sp - 1].Lo;
                        var c = b[sp].Lo;
                        b[sp - 1].Lo = Numerics.F64CopySign(a, c);
                        break;
                    }
                    case Opcode.I32Eqz:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I64Eqz:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (a == 0) ? 1UL : 0UL;
                        break;
                    }
                    case Opcode.I32Clz:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((uint)BitOperations.LeadingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Ctz:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((uint)BitOperations.TrailingZeroCount(a));
                        break;
                    }
                    case Opcode.I32Popcnt:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((uint)BitOperations.PopCount(a));
                        break;
                    }
                    case Opcode.I64Clz:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)BitOperations.LeadingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Ctz:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)BitOperations.TrailingZeroCount(a);
                        break;
                    }
                    case Opcode.I64Popcnt:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)BitOperations.PopCount(a);
                        break;
                    }
                    case Opcode.F32Abs:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.F32Abs(a));
                        break;
                    }
                    case Opcode.F32Neg:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)(Numerics.F32Neg(a));
                        break;
                    }
                    case Opcode.F32Ceil:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F32Floor:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F32Trunc:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F32Nearest:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F32Sqrt:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.F64Abs:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = Numerics.F64Abs(a);
                        break;
                    }
                    case Opcode.F64Neg:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = Numerics.F64Neg(a);
                        break;
                    }
                    case Opcode.F64Ceil:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Ceil(a));
                        break;
                    }
                    case Opcode.F64Floor:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Floor(a));
                        break;
                    }
                    case Opcode.F64Trunc:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Trunc(a));
                        break;
                    }
                    case Opcode.F64Nearest:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Nearest(a));
                        break;
                    }
                    case Opcode.F64Sqrt:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.Sqrt(a));
                        break;
                    }
                    case Opcode.I32WrapI64:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((uint)a);
                        break;
                    }
                    case Opcode.I32TruncF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I32TruncF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (uint)(Numerics.I32TruncS(a));
                        break;
                    }
                    case Opcode.I32TruncF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I32TruncU(a));
                        break;
                    }
                    case Opcode.I64ExtendI32S:
                    {
                        var a = (int)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((long)a);
                        break;
                    }
                    case Opcode.I64ExtendI32U:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)a;
                        break;
                    }
                    case Opcode.I64TruncF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.I64TruncF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I64TruncS(a));
                        break;
                    }
                    case Opcode.I64TruncF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = Numerics.I64TruncU(a);
                        break;
                    }
                    case Opcode.F32ConvertI32S:
                    {
                        var a = (int)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI32U:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits((float)a);
                        break;
                    }
                    case Opcode.F32ConvertI64S:
                    {
                        var a = (long)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertS64(a));
                        break;
                    }
                    case Opcode.F32ConvertI64U:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32ConvertU64(a));
                        break;
                    }
                    case Opcode.F32DemoteF64:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.SingleToUInt32Bits(Numerics.F32DemoteF64(a));
                        break;
                    }
                    case Opcode.F64ConvertI32S:
                    {
                        var a = (int)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI32U:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64S:
                    {
                        var a = (long)b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits((double)a);
                        break;
                    }
                    case Opcode.F64ConvertI64U:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64ConvertU64(a));
                        break;
                    }
                    case Opcode.F64PromoteF32:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = BitConverter.DoubleToUInt64Bits(Numerics.F64PromoteF32(a));
                        break;
                    }
                    case Opcode.I32Extend8S:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (uint)((int)(sbyte)a);
                        break;
                    }
                    case Opcode.I32Extend16S:
                    {
                        var a = (uint)b[sp - 1].Lo;
                        b[sp - 1].Lo = (uint)((int)(short)a);
                        break;
                    }
                    case Opcode.I64Extend8S:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((long)(sbyte)a);
                        break;
                    }
                    case Opcode.I64Extend16S:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((long)(short)a);
                        break;
                    }
                    case Opcode.I64Extend32S:
                    {
                        var a = b[sp - 1].Lo;
                        b[sp - 1].Lo = (ulong)((long)(int)a);
                        break;
                    }
                    case Opcode.I32TruncSatF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (uint)(Numerics.I32TruncSatS(a));
                        break;
                    }
                    case Opcode.I32TruncSatF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I32TruncSatU(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32S:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF32U:
                    {
                        var a = BitConverter.UInt32BitsToSingle((uint)b[sp - 1].Lo);
                        b[sp - 1].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I64TruncSatF64S:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = (ulong)(Numerics.I64TruncSatS(a));
                        break;
                    }
                    case Opcode.I64TruncSatF64U:
                    {
                        var a = BitConverter.UInt64BitsToDouble(b[sp - 1].Lo);
                        b[sp - 1].Lo = Numerics.I64TruncSatU(a);
                        break;
                    }
                    case Opcode.I32Load:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 4));
                        break;
                    case Opcode.I64Load:
                        b[sp - 1].Lo = Unsafe.ReadUnaligned<ulong>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 8));
                        break;
                    case Opcode.F32Load:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 4));
                        break;
                    case Opcode.F64Load:
                        b[sp - 1].Lo = Unsafe.ReadUnaligned<ulong>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 8));
                        break;
                    case Opcode.I32Load8S:
                        b[sp - 1].Lo = (uint)(int)Unsafe.ReadUnaligned<sbyte>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 1));
                        break;
                    case Opcode.I32Load8U:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 1));
                        break;
                    case Opcode.I32Load16S:
                        b[sp - 1].Lo = (uint)(int)Unsafe.ReadUnaligned<short>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 2));
                        break;
                    case Opcode.I32Load16U:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 2));
                        break;
                    case Opcode.I64Load8S:
                        b[sp - 1].Lo = (ulong)(long)Unsafe.ReadUnaligned<sbyte>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 1));
                        break;
                    case Opcode.I64Load8U:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<byte>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 1));
                        break;
                    case Opcode.I64Load16S:
                        b[sp - 1].Lo = (ulong)(long)Unsafe.ReadUnaligned<short>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 2));
                        break;
                    case Opcode.I64Load16U:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<ushort>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 2));
                        break;
                    case Opcode.I64Load32S:
                        b[sp - 1].Lo = (ulong)(long)Unsafe.ReadUnaligned<int>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 4));
                        break;
                    case Opcode.I64Load32U:
                        b[sp - 1].Lo = (ulong)Unsafe.ReadUnaligned<uint>(ref Address(mem, (uint)b[sp - 1].Lo + op.C, 4));
                        break;
                    case Opcode.I32Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 4), (uint)b[sp + 1].Lo);
                        break;
                    case Opcode.I64Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 8), (ulong)b[sp + 1].Lo);
                        break;
                    case Opcode.F32Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 4), (uint)b[sp + 1].Lo);
                        break;
                    case Opcode.F64Store:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 8), (ulong)b[sp + 1].Lo);
                        break;
                    case Opcode.I32Store8:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 1), (byte)b[sp + 1].Lo);
                        break;
                    case Opcode.I32Store16:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 2), (ushort)b[sp + 1].Lo);
                        break;
                    case Opcode.I64Store8:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 1), (byte)b[sp + 1].Lo);
                        break;
                    case Opcode.I64Store16:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 2), (ushort)b[sp + 1].Lo);
                        break;
                    case Opcode.I64Store32:
                        sp -= 2;
                        Unsafe.WriteUnaligned(ref Address(mem, (uint)b[sp].Lo + op.C, 4), (uint)b[sp + 1].Lo);
                        break;
                    default:
                        _sp = sp;
                        _current = function;
                        sp = ExecuteOther(ref op, inst, sp, fp);
                        b = _base;
                        break;
            }
            continue;

        Call:
            if (callee.Code is { } target)
            {
                PushFrame(function, pc, fp);
                if (_interrupt || --_fuel < 0)
                {
                    Interrupt();
                }
                fp = sp - target.ParamCount;
                if (fp + target.MaxHeight > _stack.Length)
                {
                    _sp = sp;
                    EnsureStack((long)fp + target.MaxHeight);
                    b = _base;
                }
                new Span<WasmValue>(b + sp, target.LocalCount - target.ParamCount).Clear();
                sp = fp + target.LocalCount;
                function = callee;
                fn = target;
                code = target.Code;
                pc = 0;
                inst = callee.Instance!;
                mem = inst.Memory0;
                _current = function;
            }
            else
            {
                _sp = sp;
                sp = CallHost(callee, sp);
                b = _base;
            }
        }
    }
}
