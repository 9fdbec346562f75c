using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// Translates a validated function body into <see cref="InterpretedOp"/>s in one pass: structured
/// control becomes jumps with resolved targets, each branch carries how many values it keeps and
/// the stack height they land at, and locals become frame slots. Operand heights are static in
/// valid code (https://webassembly.github.io/spec/core/valid/instructions.html), so the pass tracks
/// them the way the validator does, without types, and with them where each operand lives: in its
/// own stack slot, or still in a local or a constant that <c>local.get</c> or <c>iNN.const</c> pushed
/// (nothing is emitted for those until an op needs the value in its slot). Scalar operators, loads and
/// stores become <see cref="RegisterOp"/> forms that read their operands where they live, and a
/// following <c>local.set</c> or <c>local.tee</c> becomes the op's result slot. Code after an
/// unconditional branch is dropped. See runtime/RATIONALE.md, "What code does the interpreter run?".
/// </summary>
internal sealed class Translator
{
    private readonly Module _module;
    private readonly ImmutableArray<FuncType> _functionTypes;
    private readonly List<InterpretedOp> _code = new(64);
    // Per op, the byte offset of the instruction it traps or calls at (a fused op: its memory access's; a branch back
    // to a loop: the loop's, where the compiler checks fuel and cancellation).
    private readonly List<int> _offsets = new(64);
    private Dictionary<int, int>? _secondOffsets;   // a fused multiply-add's second load, by op index
    private readonly List<Control> _controls = [];
    private readonly List<Operand> _operands = new(16);   // the operand stack, bottom first (slot = locals + index)
    private int _height;
    private int _barrier;   // ops before this index may not be changed: a label is bound here
    private int _maxHeight;
    private int _localCount;
    private int _zeroFrom;
    private int _zeroCount;

    private Translator(Module module, ImmutableArray<FuncType> functionTypes)
    {
        _module = module;
        _functionTypes = functionTypes;
    }

    /// <summary>Translates every defined function of a validated module (into one pinned code array).</summary>
    public static unsafe InterpretedFunction[] TranslateAll(Validation.ValidatedModule validated, CompileBudget? budget = null)
    {
        int count = validated.Functions.Length;
        var translators = new Translator[count];
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            var function = validated.Functions[i];
            var translator = new Translator(validated.Module, validated.FunctionTypes);
            translator.Translate(function.Type, function.Body);
            // The ops and their offsets, which the pinned code block then holds (the lists are dropped).
            budget?.Charge((long)translator._code.Count * (sizeof(InterpretedOp) + sizeof(int)));
            translators[i] = translator;
            total += translator._code.Count;
        }
        var block = new CodeBlock(total);
        var starts = new InterpretedOp*[count];
        for (int i = 0, start = 0; i < count; start += translators[i]._code.Count, i++)
        {
            starts[i] = block.First + start;
        }
        var result = new InterpretedFunction[count];
        int imported = validated.ImportedFunctionCount;
        for (int i = 0; i < count; i++)
        {
            var translator = translators[i];
            int length = translator._code.Count;
            var first = starts[i];
            var ops = new Span<InterpretedOp>(first, length);
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(translator._code).CopyTo(ops);
            foreach (ref var op in ops)
            {
                if (op.Code == Opcode.Call && op.A >= imported)
                {
                    // A call within the module: the callee's code, frame size and locals are known now.
                    int index = op.A - imported;
                    var callee = translators[index];
                    op.Code = RegisterOp.CallDirect;
                    op.A = callee._zeroFrom;
                    op.B = validated.Functions[index].Type.Params.Length;
                    op.C = (ulong)starts[index];
                    op.D = (uint)callee._zeroCount | (ulong)(uint)InterpretedFunction.FrameSize(callee._maxHeight + 1) << 32;
                }
            }
            result[i] = new InterpretedFunction(validated.Functions[i].Type, block, first, length, [.. translator._offsets],
                translator._maxHeight + 1, translator._zeroFrom, translator._zeroCount, translator._secondOffsets);
        }
        return result;
    }

    private sealed class Control
    {
        public Opcode Kind;
        public int Height;       // operand height (from the frame base) below the block's params
        public int Params;
        public int Results;
        public int Start;        // loop: the code index branches jump back to
        public int Offset;       // loop: its instruction's offset, where a branch back traps when fuel runs out (as compiled)
        public int IfOp = -1;    // if: the op to patch with the else-part's start
        public bool Unreachable; // the rest of this block is dead code
        public bool Dead;        // the whole block is inside dead code: emit nothing for it
        public List<int>? Fixups;
    }

    /// <summary>Where an operand's value is while translating.</summary>
    private enum Where : byte
    {
        /// <summary>In its own stack slot.</summary>
        Slot,
        /// <summary>Still in local <see cref="Operand.Local"/> (no local.set to it since the local.get).</summary>
        Local,
        /// <summary>A scalar constant, <see cref="Operand.Bits"/>.</summary>
        Constant,
    }

    private readonly record struct Operand(Where Where, int Local = 0, ulong Bits = 0)
    {
        public static readonly Operand InSlot = new(Where.Slot);
    }

    /// <summary>
    /// The declared locals a call must zero, as a range of slots: those that some <c>local.get</c> may
    /// read before any write. A write counts for the reads after it in its own block and the blocks
    /// nested there, in code order; the end of its block (or the <c>else</c> of its <c>if</c>) forgets it,
    /// since a branch may have left the block before it ran. The rest of the declared locals are written
    /// before they are read on every path, so their stale slots are never seen.
    /// </summary>
    private static (int From, int Count) LocalsToZero(int parameters, int locals, ImmutableArray<Instruction> code)
    {
        int declared = locals - parameters;
        if (declared == 0)
        {
            return (parameters, 0);
        }
        var written = new bool[declared];
        var trail = new List<int>();    // locals written since each open block began, to forget at its end
        var marks = new List<int>();
        int low = int.MaxValue, high = -1;
        foreach (var instruction in code)
        {
            switch (instruction.Opcode)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    marks.Add(trail.Count);
                    break;
                case Opcode.Else or Opcode.End when marks.Count > 0:
                    int mark = marks[^1];
                    for (int i = mark; i < trail.Count; i++)
                    {
                        written[trail[i]] = false;
                    }
                    trail.RemoveRange(mark, trail.Count - mark);
                    if (instruction.Opcode == Opcode.End)
                    {
                        marks.RemoveAt(marks.Count - 1);
                    }
                    break;
                case Opcode.LocalGet when instruction.A >= (uint)parameters && !written[instruction.A - parameters]:
                    low = Math.Min(low, (int)instruction.A);
                    high = Math.Max(high, (int)instruction.A);
                    break;
                case Opcode.LocalSet or Opcode.LocalTee when instruction.A >= (uint)parameters && !written[instruction.A - parameters]:
                    written[instruction.A - parameters] = true;
                    trail.Add((int)instruction.A - parameters);
                    break;
            }
        }
        return high < 0 ? (parameters, 0) : (low, high - low + 1);
    }

    private void Translate(FuncType type, FunctionBody body)
    {
        long locals = type.Params.Length;
        foreach (var run in body.Locals)
        {
            locals += run.Count;
        }
        if (locals > int.MaxValue / 2)
        {
            throw new WasmInvalidException("too many locals");
        }
        _localCount = (int)locals;
        (_zeroFrom, _zeroCount) = LocalsToZero(type.Params.Length, _localCount, body.Code);
        _height = (int)locals;
        _maxHeight = _height;
        _controls.Add(new Control { Kind = Opcode.Block, Height = _height, Params = 0, Results = type.Results.Length });

        var code = body.Code;
        var vectors = body.Vectors;
        for (int i = 0; i < code.Length; i++)
        {
            Step(code[i], vectors);
        }
    }

    private Control Top => _controls[^1];

    private Control Label(uint depth) => _controls[_controls.Count - 1 - (int)depth];

    /// <summary>Emits an op whose <see cref="InterpretedOp.H"/> is the current operand height; returns its index.</summary>
    private int Emit(Opcode code, int offset, int a = 0, int b = 0, ulong c = 0, ulong d = 0)
    {
        _code.Add(new InterpretedOp { Code = code, A = a, B = b, C = c, D = d, H = _height });
        _offsets.Add(offset);
        return _code.Count - 1;
    }

    private void Push(Operand operand)
    {
        _operands.Add(operand);
        _height++;
        if (_height > _maxHeight)
        {
            _maxHeight = _height;
        }
    }

    private Operand Pop()
    {
        var operand = _operands[^1];
        _operands.RemoveAt(_operands.Count - 1);
        _height--;
        return operand;
    }

    /// <summary>Pops <paramref name="popped"/> operands (already in their slots) and pushes <paramref name="pushed"/> results in theirs.</summary>
    private void Adjust(int popped, int pushed)
    {
        for (int i = 0; i < popped; i++)
        {
            Pop();
        }
        for (int i = 0; i < pushed; i++)
        {
            Push(Operand.InSlot);
        }
    }

    /// <summary>Sets the operand height at a label, where every operand is in its slot.</summary>
    private void SetHeight(int height)
    {
        int count = height - _localCount;
        if (_operands.Count > count)
        {
            _operands.RemoveRange(count, _operands.Count - count);
        }
        while (_operands.Count < count)
        {
            _operands.Add(Operand.InSlot);
        }
        _height = height;
        _maxHeight = Math.Max(_maxHeight, height);
    }

    /// <summary>The slot an op reads <paramref name="operand"/> from, were it at <paramref name="slot"/>; a constant is written there first.</summary>
    private int Read(Operand operand, int slot, int offset)
    {
        switch (operand.Where)
        {
            case Where.Local:
                return operand.Local;
            case Where.Constant:
                Emit(Opcode.I32Const, offset, a: slot, c: operand.Bits);
                return slot;
            default:
                return slot;
        }
    }

    /// <summary>Writes the operand at stack index <paramref name="index"/> to its own slot.</summary>
    private void Materialize(int index, int offset)
    {
        var operand = _operands[index];
        int slot = _localCount + index;
        if (operand.Where == Where.Local)
        {
            Emit(Opcode.LocalGet, offset, a: slot, b: operand.Local);
        }
        else if (operand.Where == Where.Constant)
        {
            Emit(Opcode.I32Const, offset, a: slot, c: operand.Bits);
        }
        _operands[index] = Operand.InSlot;
    }

    /// <summary>Puts every operand in its slot: before labels, branches and blocks.</summary>
    private void MaterializeAll(int offset) => MaterializeTop(_operands.Count, offset);

    /// <summary>Puts the top <paramref name="count"/> operands in their slots: before an op that works on the stack.</summary>
    private void MaterializeTop(int count, int offset)
    {
        for (int i = _operands.Count - count; i < _operands.Count; i++)
        {
            Materialize(i, offset);
        }
    }

    /// <summary>Before local <paramref name="local"/> is written: the operands still reading it get their value now.</summary>
    private void MaterializeReadsOf(int local, int offset)
    {
        for (int i = 0; i < _operands.Count; i++)
        {
            if (_operands[i].Where == Where.Local && _operands[i].Local == local)
            {
                Materialize(i, offset);
            }
        }
    }

    private bool ReadsLocal(int local)
    {
        foreach (var operand in _operands)
        {
            if (operand.Where == Where.Local && operand.Local == local)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The index of the op that just wrote <paramref name="operand"/> (popped from <paramref name="slot"/>)
    /// as its result A, when that op may still be changed: it is the last op and no label is bound after it.
    /// </summary>
    private int? Producer(Operand operand, int slot) => ProducerAt(_code.Count - 1, operand, slot);

    /// <summary>As <see cref="Producer"/>, for the op at <paramref name="index"/> (no label bound after it).</summary>
    private int? ProducerAt(int index, Operand operand, int slot)
    {
        if (operand.Where != Where.Slot || index < _barrier)
        {
            return null;
        }
        var op = _code[index];
        var form = RegisterOp.FormOf(op.Code, out var row);
        bool writesA = form is RegisterOp.Form.Slots or RegisterOp.Form.AddressSlots or RegisterOp.Form.AddressImmediate && !RegisterOp.IsStore(row)
            || form is RegisterOp.Form.Immediate or RegisterOp.Form.LoadOperand
            || op.Code is Opcode.Select or Opcode.GlobalGet;
        return writesA && op.A == slot ? index : null;
    }

    /// <summary>
    /// True when <paramref name="address"/> (popped from <paramref name="slot"/>) was computed by an
    /// <c>i32.add</c> that may be fused into the memory access reading it, the last op or
    /// <paramref name="before"/> ops before it; gives the add's index and the access's form
    /// (<see cref="RegisterOp.AddressSlots"/> or <see cref="RegisterOp.AddressImmediate"/>).
    /// The add's operands (B, and C: a slot or the constant) become the access's B or A, and D.
    /// </summary>
    private bool FusedAddress(Operand address, int slot, out int add, out ushort form, int before = 0)
    {
        add = ProducerAt(_code.Count - 1 - before, address, slot) ?? -1;
        form = 0;
        if (add < 0)
        {
            return false;
        }
        var kind = RegisterOp.FormOf(_code[add].Code, out var row);
        if (row != Opcode.I32Add || kind is not (RegisterOp.Form.Slots or RegisterOp.Form.Immediate))
        {
            return false;
        }
        form = kind == RegisterOp.Form.Slots ? RegisterOp.AddressSlots : RegisterOp.AddressImmediate;
        return true;
    }

    /// <summary>
    /// True when a store's address (popped from <paramref name="slot"/>) is an <c>i32.add</c> just
    /// before the op that computed its value (as in <c>d[i] = s[i]</c>): the value's op moves up into
    /// the add's place and the add is fused into the store (<see cref="RegisterOp.AddressSlots"/> or
    /// <see cref="RegisterOp.AddressImmediate"/>). The value's op cannot read the add's result (it sits
    /// below the value's own operands), and the add has no effect to keep in order. But the value's op
    /// writes its result to the slot just above the address, which is where the add may read its second
    /// operand from (<c>(i32.add (i32.const k) (expr))</c> leaves <c>expr</c> there): moving the value's op
    /// first would then overwrite that operand before the add reads it, so such pairs are not reordered.
    /// </summary>
    private bool FuseAddressBeforeValue(Opcode store, Operand address, Operand value, int slot, ulong offset, int at)
    {
        if (Producer(value, slot + 1) is null || !FusedAddress(address, slot, out int add, out ushort form, before: 1))
        {
            return false;
        }
        int last = _code.Count - 1;
        var sum = _code[add];
        int written = _code[last].A;
        if (sum.B == written || form == RegisterOp.AddressSlots && (int)sum.C == written)
        {
            return false;
        }
        _code[add] = _code[last];
        _code[last] = new InterpretedOp { Code = store + form, A = sum.B, B = slot + 1, C = offset, D = sum.C, H = _height };
        _offsets[add] = _offsets[last];
        _offsets[last] = at;
        return true;
    }

    private (int Params, int Results) BlockArity(BlockType type) =>
        type.IsEmpty ? (0, 0)
        : type.IsValueType ? (0, 1)
        : (_module.Types[(int)type.TypeIndex].Params.Length, _module.Types[(int)type.TypeIndex].Results.Length);

    /// <summary>Emits a branch to the label at <paramref name="depth"/> (as br, or br_if reading its condition from slot <paramref name="condition"/>).</summary>
    private void EmitBranch(Opcode code, uint depth, int offset, int condition = 0)
    {
        var target = Label(depth);
        if (target == _controls[0] && code == Opcode.Br)
        {
            Emit(Opcode.Return, offset, a: target.Results);
            return;
        }
        if (target.Kind == Opcode.Loop)
        {
            Emit(code, target.Offset, a: target.Start, b: target.Params, c: (ulong)target.Height, d: (ulong)condition);
        }
        else
        {
            (target.Fixups ??= []).Add(_code.Count);
            Emit(code, offset, a: -1, b: target.Results, c: (ulong)target.Height, d: (ulong)condition);
        }
    }

    /// <summary>
    /// Emits a jump (target patched later) taken when <paramref name="condition"/>, popped from
    /// <paramref name="slot"/>, is non-zero (<paramref name="whenTrue"/>) or zero: the comparison that
    /// just produced it becomes a compare-and-branch. Returns the jump's index.
    /// </summary>
    private int EmitConditionalJump(Operand condition, int slot, bool whenTrue, int offset)
    {
        if (Producer(condition, slot) is int producer)
        {
            var op = _code[producer];
            bool immediate = RegisterOp.FormOf(op.Code, out var row) == RegisterOp.Form.Immediate;
            if (RegisterOp.Inverse(row) is { } inverse)
            {
                var test = whenTrue ? row : inverse;
                op.Code = test + (immediate ? RegisterOp.JumpImmediate : RegisterOp.JumpSlots);
                op.D = unchecked((ulong)-1L);
                _code[producer] = op;
                return FuseStep(producer);
            }
            if (row is Opcode.I32Eqz or Opcode.I64Eqz && !immediate)
            {
                var test = row == Opcode.I32Eqz ? (whenTrue ? Opcode.I32Eq : Opcode.I32Ne) : (whenTrue ? Opcode.I64Eq : Opcode.I64Ne);
                op.Code = test + RegisterOp.JumpImmediate;
                op.C = 0;
                op.D = unchecked((ulong)-1L);
                _code[producer] = op;
                return FuseStep(producer);
            }
        }
        int read = Read(condition, slot, offset);
        return FuseStep(Emit((whenTrue ? Opcode.I32Ne : Opcode.I32Eq) + RegisterOp.JumpImmediate, offset, b: read, c: 0, d: unchecked((ulong)-1L)));
    }

    /// <summary>
    /// Fuses the compare-and-branch at <paramref name="jump"/> (the last op) with the op before it when
    /// that op steps the compared local by a constant (<c>x = x + k</c>), as loops end; returns the
    /// index of the jump.
    /// </summary>
    private int FuseStep(int jump)
    {
        int step = jump - 1;
        if (step < _barrier)
        {
            return jump;
        }
        var add = _code[step];
        var test = _code[jump];
        var kind = RegisterOp.FormOf(test.Code, out var row);
        if (RegisterOp.FormOf(add.Code, out var addRow) != RegisterOp.Form.Immediate || addRow != Opcode.I32Add || add.A != add.B
            || !RegisterOp.HasStepJump(row))
        {
            return jump;
        }
        InterpretedOp fused;
        if (kind == RegisterOp.Form.JumpImmediate && test.B == add.A)
        {
            fused = new InterpretedOp { Code = row + RegisterOp.StepJumpImmediate, A = add.A, B = (int)(uint)test.C, C = add.C, D = test.D };
        }
        else if (kind == RegisterOp.Form.JumpSlots && test.B == add.A && (int)test.C != add.A)
        {
            fused = new InterpretedOp { Code = row + RegisterOp.StepJumpSlots, A = add.A, B = (int)test.C, C = add.C, D = test.D };
        }
        else if (kind == RegisterOp.Form.JumpSlots && (int)test.C == add.A && test.B != add.A)
        {
            fused = new InterpretedOp { Code = RegisterOp.Swapped(row)!.Value + RegisterOp.StepJumpSlots, A = add.A, B = test.B, C = add.C, D = test.D };
        }
        else
        {
            return jump;
        }
        ReplaceLastTwo(fused);
        return step;
    }

    /// <summary>Replaces the last two ops by <paramref name="fused"/>, which keeps the first one's offset.</summary>
    private void ReplaceLastTwo(InterpretedOp fused)
    {
        _code.RemoveAt(_code.Count - 1);
        _offsets.RemoveAt(_offsets.Count - 1);
        _code[^1] = fused;
    }

    /// <summary>Writes <paramref name="value"/>, popped from <paramref name="slot"/>, to local <paramref name="local"/>.</summary>
    private void SetLocal(int local, Operand value, int slot, int offset)
    {
        if (Producer(value, slot) is int producer && !ReadsLocal(local))
        {
            var op = _code[producer];
            op.A = local;
            _code[producer] = op;
            return;
        }
        MaterializeReadsOf(local, offset);
        switch (value.Where)
        {
            case Where.Slot:
                Emit(Opcode.LocalGet, offset, a: local, b: slot);
                break;
            case Where.Local when value.Local != local:
                Emit(Opcode.LocalGet, offset, a: local, b: value.Local);
                break;
            case Where.Constant:
                Emit(Opcode.I32Const, offset, a: local, c: value.Bits);
                break;
        }
    }

    private void Step(in Instruction instruction, ImmutableArray<uint> vectors)
    {
        var top = Top;
        Opcode op = instruction.Opcode;
        int offset = instruction.Offset;
        if (top.Unreachable)
        {
            // Dead code: only block structure matters.
            switch (op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    _controls.Add(new Control { Kind = op, Dead = true, Unreachable = true });
                    return;
                case Opcode.Else when !top.Dead:
                    break;
                case Opcode.End:
                    break;
                default:
                    return;
            }
            if (top.Dead)
            {
                _controls.RemoveAt(_controls.Count - 1);
                return;
            }
        }

        switch (op)
        {
            case Opcode.Nop:
                return;
            case Opcode.Unreachable:
                Emit(op, offset);
                top.Unreachable = true;
                return;
            case Opcode.Block:
            case Opcode.Loop:
            {
                var (p, r) = BlockArity(instruction.BlockType);
                MaterializeAll(offset);
                _controls.Add(new Control { Kind = op, Height = _height - p, Params = p, Results = r, Start = _code.Count, Offset = offset });
                _barrier = _code.Count;
                return;
            }
            case Opcode.If:
            {
                var (p, r) = BlockArity(instruction.BlockType);
                var condition = Pop();
                MaterializeAll(offset);
                int jump = EmitConditionalJump(condition, _height, whenTrue: false, offset);
                _controls.Add(new Control { Kind = op, Height = _height - p, Params = p, Results = r, IfOp = jump });
                _barrier = _code.Count;
                return;
            }
            case Opcode.Else:
            {
                MaterializeAll(offset);
                (top.Fixups ??= []).Add(_code.Count);
                Emit(Opcode.Else, offset, a: -1);
                Patch(top.IfOp, _code.Count);
                _barrier = _code.Count;
                top.IfOp = -1;
                top.Unreachable = false;
                SetHeight(top.Height + top.Params);
                return;
            }
            case Opcode.End:
            {
                if (!top.Unreachable)
                {
                    MaterializeAll(offset);
                }
                _controls.RemoveAt(_controls.Count - 1);
                // The block's results are in their slots. When its end is unreachable, what the dead code left on
                // the operand stack (a constant not yet written, say, below a `return`'s values) never ran: forget it
                // before the results take those slots, or a later materialization writes it over a result.
                SetHeight(top.Height);
                SetHeight(top.Height + top.Results);
                _barrier = _code.Count;
                if (top.IfOp >= 0)
                {
                    Patch(top.IfOp, _code.Count);
                }
                if (top.Fixups is not null)
                {
                    foreach (int fixup in top.Fixups)
                    {
                        Patch(fixup, _code.Count);
                    }
                }
                if (_controls.Count == 0)
                {
                    Emit(Opcode.Return, offset, a: top.Results);
                }
                return;
            }
            case Opcode.Br:
                MaterializeAll(offset);
                EmitBranch(Opcode.Br, instruction.A, offset);
                top.Unreachable = true;
                return;
            case Opcode.BrIf:
            {
                var condition = Pop();
                MaterializeAll(offset);
                var target = Label(instruction.A);
                bool pureJump = target != _controls[0] && target.Height == _height &&
                    (target.Kind == Opcode.Loop ? target.Params : target.Results) == 0;
                if (pureJump)
                {
                    int jump = EmitConditionalJump(condition, _height, whenTrue: true, offset);
                    if (target.Kind == Opcode.Loop)
                    {
                        SetJump(jump, target.Start);
                        _offsets[jump] = target.Offset;
                    }
                    else
                    {
                        (target.Fixups ??= []).Add(jump);
                    }
                    return;
                }
                EmitBranch(Opcode.BrIf, instruction.A, offset, Read(condition, _height, offset));
                return;
            }
            case Opcode.BrTable:
            {
                var index = Pop();
                MaterializeAll(offset);
                int count = (int)instruction.B;
                Emit(Opcode.BrTable, offset, a: count, b: Read(index, _height, offset));
                for (int i = 0; i < count; i++)
                {
                    uint depth = i < count - 1 ? vectors[(int)instruction.A + i] : vectors[(int)instruction.A + count - 1];
                    var target = Label(depth);
                    if (target.Kind == Opcode.Loop)
                    {
                        Emit(Opcode.Br, target.Offset, a: target.Start, b: target.Params, c: (ulong)target.Height);
                    }
                    else if (target == _controls[0])
                    {
                        Emit(Opcode.Return, offset, a: target.Results);
                    }
                    else
                    {
                        (target.Fixups ??= []).Add(_code.Count);
                        Emit(Opcode.Br, offset, a: -1, b: target.Results, c: (ulong)target.Height);
                    }
                }
                top.Unreachable = true;
                return;
            }
            case Opcode.Return:
                MaterializeTop(_controls[0].Results, offset);
                Emit(Opcode.Return, offset, a: _controls[0].Results);
                top.Unreachable = true;
                return;
            case Opcode.Call:
            {
                var type = _functionTypes[(int)instruction.A];
                MaterializeTop(type.Params.Length, offset);
                Emit(op, offset, a: (int)instruction.A);
                Adjust(type.Params.Length, type.Results.Length);
                return;
            }
            case Opcode.CallIndirect:
            {
                var type = _module.Types[(int)instruction.A];
                MaterializeTop(1 + type.Params.Length, offset);
                Emit(op, offset, a: (int)instruction.A, b: (int)instruction.B);
                Adjust(1 + type.Params.Length, type.Results.Length);
                return;
            }
            case Opcode.Drop:
                Pop();
                return;
            case Opcode.Select:
            case Opcode.SelectT:
            {
                var condition = Pop();
                var second = Pop();
                var first = Pop();
                int slot = _height;
                int a = Read(first, slot, offset);
                int b = Read(second, slot + 1, offset);
                int c = Read(condition, slot + 2, offset);
                Emit(Opcode.Select, offset, a: slot, b: a, c: (ulong)b, d: (ulong)c);
                Push(Operand.InSlot);
                return;
            }
            case Opcode.LocalGet:
                Push(new Operand(Where.Local, Local: (int)instruction.A));
                return;
            case Opcode.LocalSet:
            {
                var value = Pop();
                SetLocal((int)instruction.A, value, _height, offset);
                return;
            }
            case Opcode.LocalTee:
            {
                var value = Pop();
                SetLocal((int)instruction.A, value, _height, offset);
                Push(new Operand(Where.Local, Local: (int)instruction.A));
                return;
            }
            case Opcode.GlobalGet:
                Emit(op, offset, a: _height, b: (int)instruction.A);
                Push(Operand.InSlot);
                return;
            case Opcode.GlobalSet:
            {
                var value = Pop();
                Emit(op, offset, a: (int)instruction.A, b: Read(value, _height, offset));
                return;
            }
            case Opcode.I32Const:
            case Opcode.F32Const:
                Push(new Operand(Where.Constant, Bits: instruction.C & 0xFFFF_FFFF));
                return;
            case Opcode.I64Const:
            case Opcode.F64Const:
                Push(new Operand(Where.Constant, Bits: instruction.C));
                return;
            case Opcode.I32ReinterpretF32:
            case Opcode.I64ReinterpretF64:
            case Opcode.F32ReinterpretI32:
            case Opcode.F64ReinterpretI64:
                // The same bits, another type: the operand stays where it is.
                return;
            case Opcode.TableGet:
                StackOp(op, offset, 1, 1, a: (int)instruction.A);
                return;
            case Opcode.TableSet:
                StackOp(op, offset, 2, 0, a: (int)instruction.A);
                return;
            case Opcode.RefNull:
                StackOp(op, offset, 0, 1);
                return;
            case Opcode.RefIsNull:
                StackOp(op, offset, 1, 1);
                return;
            case Opcode.RefFunc:
                StackOp(op, offset, 0, 1, a: (int)instruction.A);
                return;
            case Opcode.TableGrow:
                StackOp(op, offset, 2, 1, a: (int)instruction.A);
                return;
            case Opcode.TableFill:
                StackOp(op, offset, 3, 0, a: (int)instruction.A);
                return;
            case Opcode.ElemDrop:
            case Opcode.DataDrop:
                StackOp(op, offset, 0, 0, a: (int)instruction.A);
                return;
        }

        var info = InstructionTable.Get(op);
        if (!info.HasFixedSignature)
        {
            throw new InvalidOperationException($"the interpreter does not translate {info.Mnemonic}");
        }
        if (RegisterOp.HasSlotsForm(op))
        {
            EmitRegisterForm(op, info, instruction, offset);
            return;
        }
        StackOp(op, offset, info.Params.Length, info.Results.Length, (int)instruction.A, (int)instruction.B, instruction.C, instruction.D);
    }

    /// <summary>Emits an op that works on the top of the stack (its operands in their slots, H their height).</summary>
    private void StackOp(Opcode op, int offset, int popped, int pushed, int a = 0, int b = 0, ulong c = 0, ulong d = 0)
    {
        MaterializeTop(popped, offset);
        if (op is Opcode.MemorySize or Opcode.MemoryGrow)
        {
            Emit(op, offset, a, b, c, d);
        }
        else
        {
            int index = Emit(RegisterOp.Other, offset, a, b, c, d);
            var other = _code[index];
            other.Row = op;
            _code[index] = other;
        }
        Adjust(popped, pushed);
    }

    /// <summary>Emits the register form of a scalar operator, load or store (see <see cref="RegisterOp"/>).</summary>
    private void EmitRegisterForm(Opcode op, InstructionInfo info, in Instruction instruction, int offset)
    {
        if (RegisterOp.IsStore(op))
        {
            var value = Pop();
            var address = Pop();
            int slot = _height;
            if (FusedAddress(address, slot, out var add, out ushort form))
            {
                // The i32.add that computed the address becomes the store (of a constant: through an added constant only).
                var fused = _code[add];
                if (value.Where != Where.Constant)
                {
                    _code[add] = new InterpretedOp { Code = op + form, A = fused.B, B = Read(value, slot + 1, offset), C = instruction.C, D = fused.C, H = _height };
                    _offsets[add] = offset;
                    return;
                }
                if (form == RegisterOp.AddressImmediate)
                {
                    _code[add] = new InterpretedOp { Code = op + RegisterOp.StoreImmediate, A = fused.B, C = instruction.C, D = value.Bits, H = (int)(uint)fused.C };
                    _offsets[add] = offset;
                    return;
                }
            }
            // A constant value is produced by no op, so only a value in a slot can fuse further.
            if (FuseUpdate(op, address, value, slot + 1, instruction.C) || FuseAddressBeforeValue(op, address, value, slot, instruction.C, offset))
            {
                return;
            }
            int a = Read(address, slot, offset);
            if (value.Where == Where.Constant)
            {
                int store = Emit(op + RegisterOp.StoreImmediate, offset, a: a, c: instruction.C, d: value.Bits);
                _code[store] = _code[store] with { H = 0 };
                return;
            }
            int b = Read(value, slot + 1, offset);
            Emit(op + RegisterOp.Slots, offset, a: a, b: b, c: instruction.C);
            return;
        }
        if (RegisterOp.IsMemoryAccess(op))
        {
            var address = Pop();
            int slot = _height;
            if (FusedAddress(address, slot, out var add, out ushort form))
            {
                var fused = _code[add];
                _code[add] = new InterpretedOp { Code = op + form, A = slot, B = fused.B, C = instruction.C, D = fused.C, H = _height };
                _offsets[add] = offset;
            }
            else
            {
                Emit(op + RegisterOp.Slots, offset, a: slot, b: Read(address, slot, offset), c: instruction.C);
            }
            Push(Operand.InSlot);
            return;
        }
        if (info.Params.Length == 1)
        {
            var operand = Pop();
            int slot = _height;
            Emit(op + RegisterOp.Slots, offset, a: slot, b: Read(operand, slot, offset));
            Push(Operand.InSlot);
            return;
        }
        var right = Pop();
        var left = Pop();
        int result = _height;
        if (RegisterOp.LoadOperandOf(op) is { } load)
        {
            // The operand loaded by the op just before becomes this op's memory operand.
            if (left.Where != Where.Constant && JustLoaded(right, result + 1, load) is int fused)
            {
                FuseLoad(fused, op, result, Read(left, result, offset));
                return;
            }
            // Only integer operators swap a loaded left operand in: with two NaN operands a float
            // result's payload would come from the other one, and every engine must give the same bits.
            if (RegisterOp.IsCommutative(op) && right.Where != Where.Constant && JustLoaded(left, result, load) is int swapped)
            {
                FuseLoad(swapped, op, result, Read(right, result + 1, offset));
                return;
            }
        }
        if (RegisterOp.HasImmediate(op))
        {
            if (right.Where == Where.Constant)
            {
                Emit(op + RegisterOp.Immediate, offset, a: result, b: Read(left, result, offset), c: right.Bits);
                Push(Operand.InSlot);
                return;
            }
            var swapped = RegisterOp.IsCommutative(op) ? op : RegisterOp.Swapped(op);
            if (left.Where == Where.Constant && swapped is { } other)
            {
                Emit(other + RegisterOp.Immediate, offset, a: result, b: Read(right, result + 1, offset), c: left.Bits);
                Push(Operand.InSlot);
                return;
            }
        }
        int l = Read(left, result, offset);
        int r = Read(right, result + 1, offset);
        Emit(op + RegisterOp.Slots, offset, a: result, b: l, c: (ulong)r);
        Push(Operand.InSlot);
    }

    /// <summary>
    /// The index of the op that just loaded <paramref name="operand"/> (popped from <paramref name="slot"/>)
    /// with <paramref name="load"/>, from a slot or through a fused <c>i32.add</c> of a constant, if it may be fused.
    /// </summary>
    private int? JustLoaded(Operand operand, int slot, Opcode load) =>
        Producer(operand, slot) is int index && (_code[index].Code == load + RegisterOp.Slots || _code[index].Code == load + RegisterOp.AddressImmediate)
            ? index : null;

    /// <summary>Turns the load at <paramref name="index"/> into <paramref name="op"/> with it as its memory operand.</summary>
    private void FuseLoad(int index, Opcode op, int result, int other)
    {
        var load = _code[index];
        int added = RegisterOp.FormOf(load.Code, out _) == RegisterOp.Form.AddressImmediate ? (int)(uint)load.D : 0;
        _code[index] = new InterpretedOp { Code = op + RegisterOp.LoadOperand, A = result, B = other, C = (ulong)load.B, D = load.C, H = added };
        Push(Operand.InSlot);
    }

    /// <summary>
    /// True when the store of <paramref name="value"/> (popped from <paramref name="slot"/>) to local
    /// <paramref name="address"/> plus <paramref name="offset"/> writes back the result of the
    /// <see cref="RegisterOp.LoadOperand"/> op just before, to where it loaded from: that op becomes its
    /// <see cref="RegisterOp.Update"/> form. Both read the local's current value, as nothing runs between them.
    /// </summary>
    private bool FuseUpdate(Opcode store, Operand address, Operand value, int slot, ulong offset)
    {
        if (address.Where != Where.Local || Producer(value, slot) is not int index)
        {
            return false;
        }
        var op = _code[index];
        if (RegisterOp.FormOf(op.Code, out var row) != RegisterOp.Form.LoadOperand
            || RegisterOp.StoreOf(RegisterOp.LoadOperandOf(row)!.Value) != store
            || op.C != (ulong)address.Local || op.H != 0 || op.D != offset)
        {
            return false;
        }
        op.Code = row + RegisterOp.Update;
        _code[index] = op;
        FuseUpdateProduct(index);
        return true;
    }

    /// <summary>
    /// Fuses the float <see cref="RegisterOp.Update"/> add at <paramref name="update"/> (the last op)
    /// with the <see cref="RegisterOp.LoadOperand"/> multiply just before it that computed its other
    /// operand into a stack slot nothing else reads: <see cref="RegisterOp.UpdateProduct"/>.
    /// </summary>
    private void FuseUpdateProduct(int update)
    {
        int product = update - 1;
        if (product < _barrier)
        {
            return;
        }
        var add = _code[update];
        var mul = _code[product];
        RegisterOp.FormOf(add.Code, out var row);
        var wanted = row == Opcode.F64Add ? Opcode.F64Mul : row == Opcode.F32Add ? Opcode.F32Mul : (Opcode?)null;
        if (wanted is null || mul.Code != wanted.Value + RegisterOp.LoadOperand || mul.A != add.B || mul.A < _localCount
            || (int)add.C == mul.A || add.H != 0)
        {
            return;
        }
        // The op traps at the multiply's load (first in the code) or at the add's.
        (_secondOffsets ??= [])[product] = _offsets[update];
        ReplaceLastTwo(new InterpretedOp
        {
            Code = row + RegisterOp.UpdateProduct, A = (int)add.C, B = mul.B, C = mul.C, D = (uint)mul.D | add.D << 32, H = mul.H,
        });
    }

    private void SetJump(int index, int target)
    {
        var op = _code[index];
        op.D = (ulong)target;
        _code[index] = op;
    }

    private void Patch(int index, int target)
    {
        var op = _code[index];
        if (RegisterOp.JumpsThroughD(op.Code))
        {
            op.D = (ulong)target;
        }
        else
        {
            op.A = target;
        }
        _code[index] = op;
    }
}
