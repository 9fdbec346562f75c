using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Plumb.Instructions;

namespace Plumb.Validation;

// The operand and control stacks of the appendix algorithm
// (https://webassembly.github.io/spec/core/appendix/algorithm.html#data-structures). Both are arrays
// owned by the validator and reused for every function, so checking an instruction allocates nothing.
internal sealed partial class Validator
{
    /// <summary>The "Unknown" operand type of the polymorphic stack; no value type encodes as 0.</summary>
    private const byte Unknown = 0;

    /// <summary>
    /// Upper bound on the operand stack height of one function: a few bytes of code can push a thousand
    /// results (a call), so without a bound a small module could make the validator, and every engine
    /// frame sized by <see cref="ValidatedFunction.MaxStackHeight"/>, exhaust memory. See runtime/RATIONALE.md,
    /// "Why does the validator bound the operand stack?".
    /// </summary>
    internal const int MaxOperandStackHeight = 1 << 20;

    /// <summary>One entry of the control stack.</summary>
    private struct ControlFrame
    {
        /// <summary><c>block</c>, <c>loop</c>, <c>if</c> or <c>else</c>; the function's own frame is a <c>block</c>.</summary>
        public Opcode Opcode;
        public ImmutableArray<ValType> StartTypes;
        public ImmutableArray<ValType> EndTypes;
        /// <summary>Operand stack height when the block was entered, its params already popped.</summary>
        public int Height;
        /// <summary>Set after <c>unreachable</c>, <c>br</c>, <c>br_table</c> and <c>return</c>: the stack is polymorphic.</summary>
        public bool Unreachable;
        /// <summary>Index of the block, loop or if instruction (-1 for the function frame).</summary>
        public int Start;
        /// <summary>Index of the else instruction, or -1.</summary>
        public int Else;
    }

    private byte[] _values = new byte[64];
    private int _valueCount;
    private int _maxValueCount;
    private ControlFrame[] _controls = new ControlFrame[16];
    private int _controlCount;
    private int _maxControlCount;

    // The offset of the instruction being checked, for error reports from the stack helpers.
    private int _offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(ValType type) => PushRaw((byte)type);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushRaw(byte type)
    {
        if (_valueCount == _values.Length)
        {
            GrowValues();
        }
        _values[_valueCount++] = type;
        if (_valueCount > _maxValueCount)
        {
            _maxValueCount = _valueCount;
        }
    }

    private void GrowValues()
    {
        if (_values.Length >= MaxOperandStackHeight)
        {
            Fail($"operand stack exceeds {MaxOperandStackHeight} values", _offset);
        }
        Array.Resize(ref _values, _values.Length * 2);
    }

    private void PushAll(ImmutableArray<ValType> types)
    {
        foreach (var type in types)
        {
            Push(type);
        }
    }

    /// <summary>pop_val(): an operand, or Unknown below the frame's base once the frame is unreachable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Pop()
    {
        ref var frame = ref _controls[_controlCount - 1];
        if (_valueCount == frame.Height)
        {
            if (frame.Unreachable)
            {
                return Unknown;
            }
            Fail("type mismatch: operand stack is empty", _offset);
        }
        return _values[--_valueCount];
    }

    /// <summary>pop_val(expect).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Pop(ValType expected)
    {
        byte actual = Pop();
        if (actual != (byte)expected && actual != Unknown)
        {
            FailMismatch(expected, actual);
        }
        return actual;
    }

    /// <summary>pop_vals(types): pops the types in reverse order.</summary>
    private void PopAll(ImmutableArray<ValType> types)
    {
        for (int i = types.Length - 1; i >= 0; i--)
        {
            Pop(types[i]);
        }
    }

    /// <summary>
    /// push_vals(pop_vals(types)) without moving anything: the top operands must match
    /// <paramref name="types"/>; missing ones are Unknown when the frame is unreachable.
    /// </summary>
    private void CheckTop(ImmutableArray<ValType> types)
    {
        ref var frame = ref _controls[_controlCount - 1];
        int bottom = _valueCount - types.Length;
        for (int i = 0; i < types.Length; i++)
        {
            int position = bottom + i;
            if (position < frame.Height)
            {
                if (!frame.Unreachable)
                {
                    Fail("type mismatch: operand stack has too few values", _offset);
                }
                continue;
            }
            byte actual = _values[position];
            if (actual != Unknown && actual != (byte)types[i])
            {
                FailMismatch(types[i], actual);
            }
        }
    }

    /// <summary>push_ctrl: enters a block whose params are already popped and pushes them back as the block's operands.</summary>
    private void PushControl(Opcode opcode, ImmutableArray<ValType> startTypes, ImmutableArray<ValType> endTypes, int start, int elseIndex = -1)
    {
        if (_controlCount == _controls.Length)
        {
            Array.Resize(ref _controls, _controls.Length * 2);
        }
        _controls[_controlCount++] = new ControlFrame
        {
            Opcode = opcode,
            StartTypes = startTypes,
            EndTypes = endTypes,
            Height = _valueCount,
            Unreachable = false,
            Start = start,
            Else = elseIndex,
        };
        if (_controlCount > _maxControlCount)
        {
            _maxControlCount = _controlCount;
        }
        PushAll(startTypes);
    }

    /// <summary>pop_ctrl: the block's results must be exactly what is left on its part of the stack.</summary>
    private ControlFrame PopControl()
    {
        if (_controlCount == 0)
        {
            Fail("unexpected end: no block to close", _offset);
        }
        ref var frame = ref _controls[_controlCount - 1];
        PopAll(frame.EndTypes);
        if (_valueCount != frame.Height)
        {
            Fail("type mismatch: values remain on the stack at the end of a block", _offset);
        }
        _controlCount--;
        return frame;
    }

    /// <summary>label_types: a branch to a loop goes to its start, to any other block to its end.</summary>
    private static ImmutableArray<ValType> LabelTypes(in ControlFrame frame) =>
        frame.Opcode == Opcode.Loop ? frame.StartTypes : frame.EndTypes;

    /// <summary>unreachable(): drop the frame's operands and make its stack polymorphic.</summary>
    private void SetUnreachable()
    {
        ref var frame = ref _controls[_controlCount - 1];
        _valueCount = frame.Height;
        frame.Unreachable = true;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void FailMismatch(ValType expected, byte actual) =>
        Fail($"type mismatch: instruction requires {expected.ToText()} but stack has {((ValType)actual).ToText()}", _offset);
}
