using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Interpreter;

/// <summary>
/// Translates a validated function body into <see cref="InterpretedOp"/>s in one pass: structured
/// control becomes jumps with resolved targets, each branch carries how many values it keeps and
/// the stack height they land at, and locals become frame slots. Operand heights are static in
/// valid code (https://webassembly.github.io/spec/core/valid/instructions.html), so the pass tracks
/// them the way the validator does, without types. Code after an unconditional branch is dropped.
/// See runtime/RATIONALE.md, "What code does the interpreter run?".
/// </summary>
internal sealed class Translator
{
    private readonly Module _module;
    private readonly ImmutableArray<FuncType> _functionTypes;
    private readonly List<InterpretedOp> _code = new(64);
    private readonly List<int> _offsets = new(64);
    private readonly List<Control> _controls = [];
    private int _height;
    private int _barrier;   // ops before this index may not be fused: a label is bound here
    private int _maxHeight;

    private Translator(Module module, ImmutableArray<FuncType> functionTypes)
    {
        _module = module;
        _functionTypes = functionTypes;
    }

    /// <summary>The type of every function in the module's function index space (imports first).</summary>
    public static ImmutableArray<FuncType> FunctionTypes(Module module)
    {
        var types = ImmutableArray.CreateBuilder<FuncType>();
        foreach (var import in module.Imports)
        {
            if (import.Kind == ExternKind.Func)
            {
                types.Add(module.Types[(int)import.FuncTypeIndex]);
            }
        }
        foreach (uint typeIndex in module.Functions)
        {
            types.Add(module.Types[(int)typeIndex]);
        }
        return types.ToImmutable();
    }

    /// <summary>Translates every defined function of a validated module (into one pinned code array).</summary>
    public static InterpretedFunction[] TranslateAll(Validation.ValidatedModule validated)
    {
        int count = validated.Functions.Length;
        var translators = new Translator[count];
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            var function = validated.Functions[i];
            var translator = new Translator(validated.Module, validated.FunctionTypes);
            translator.Translate(function.Type, function.Body);
            translators[i] = translator;
            total += translator._code.Count;
        }
        var code = GC.AllocateUninitializedArray<InterpretedOp>(Math.Max(total, 1), pinned: true);
        var result = new InterpretedFunction[count];
        int start = 0;
        for (int i = 0; i < count; i++)
        {
            var translator = translators[i];
            int length = translator._code.Count;
            translator._code.CopyTo(code, start);
            result[i] = new InterpretedFunction(validated.Functions[i].Type, code, start, length, [.. translator._offsets],
                translator._localCount, translator._maxHeight + 1);
            translators[i] = null!;
            start += length;
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
        public int IfOp = -1;    // if: the op to patch with the else-part's start
        public bool Unreachable; // the rest of this block is dead code
        public bool Dead;        // the whole block is inside dead code: emit nothing for it
        public List<int>? Fixups;
    }

    private int _localCount;

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
        _height = (int)locals;
        _maxHeight = _height;
        _controls.Add(new Control { Kind = Opcode.Block, Height = _height, Params = 0, Results = type.Results.Length });

        var code = body.Code;
        var vectors = body.Vectors;
        for (int i = 0; i < code.Length; i++)
        {
            Step(code[i], vectors);
        }
        _localCount = (int)locals;
    }

    private Control Top => _controls[^1];

    private Control Label(uint depth) => _controls[_controls.Count - 1 - (int)depth];

    private void Emit(Opcode code, int offset, int a = 0, int b = 0, ulong c = 0, ulong d = 0)
    {
        _code.Add(new InterpretedOp { Code = code, A = a, B = b, C = c, D = d });
        _offsets.Add(offset);
    }

    private void Adjust(int popped, int pushed)
    {
        _height += pushed - popped;
        if (_height > _maxHeight)
        {
            _maxHeight = _height;
        }
    }

    private (int Params, int Results) BlockArity(BlockType type) =>
        type.IsEmpty ? (0, 0)
        : type.IsValueType ? (0, 1)
        : (_module.Types[(int)type.TypeIndex].Params.Length, _module.Types[(int)type.TypeIndex].Results.Length);

    /// <summary>Emits a branch to the label at <paramref name="depth"/> (as br, or br_if with the condition already popped).</summary>
    private void EmitBranch(Opcode code, uint depth, int offset)
    {
        var target = Label(depth);
        if (target == _controls[0])
        {
            if (code == Opcode.Br)
            {
                Emit(Opcode.Return, offset, a: target.Results);
                return;
            }
        }
        if (target.Kind == Opcode.Loop)
        {
            Emit(code, offset, a: target.Start, b: target.Params, c: (ulong)target.Height);
        }
        else
        {
            (target.Fixups ??= []).Add(_code.Count);
            Emit(code, offset, a: -1, b: target.Results, c: (ulong)target.Height);
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
                _controls.Add(new Control { Kind = op, Height = _height - p, Params = p, Results = r, Start = _code.Count });
                _barrier = _code.Count;
                return;
            }
            case Opcode.If:
            {
                var (p, r) = BlockArity(instruction.BlockType);
                Adjust(1, 0);
                if (TryFuseBranch(isIf: true, offset) is int fused)
                {
                    _controls.Add(new Control { Kind = op, Height = _height - p, Params = p, Results = r, IfOp = fused });
                    return;
                }
                _controls.Add(new Control { Kind = op, Height = _height - p, Params = p, Results = r, IfOp = _code.Count });
                Emit(Opcode.If, offset, a: -1);
                return;
            }
            case Opcode.Else:
            {
                (top.Fixups ??= []).Add(_code.Count);
                Emit(Opcode.Else, offset, a: -1);
                Patch(top.IfOp, _code.Count);
                _barrier = _code.Count;
                top.IfOp = -1;
                top.Unreachable = false;
                _height = top.Height + top.Params;
                return;
            }
            case Opcode.End:
            {
                _controls.RemoveAt(_controls.Count - 1);
                _height = top.Height + top.Results;
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
                EmitBranch(Opcode.Br, instruction.A, offset);
                top.Unreachable = true;
                return;
            case Opcode.BrIf:
            {
                Adjust(1, 0);
                var target = Label(instruction.A);
                bool pureJump = target != _controls[0] && target.Height == _height &&
                    (target.Kind == Opcode.Loop ? target.Params : target.Results) == 0;
                if (pureJump && TryFuseBranch(isIf: false, offset) is int fused)
                {
                    if (target.Kind == Opcode.Loop)
                    {
                        SetJump(fused, target.Start);
                    }
                    else
                    {
                        (target.Fixups ??= []).Add(fused);
                    }
                    return;
                }
                EmitBranch(Opcode.BrIf, instruction.A, offset);
                return;
            }
            case Opcode.BrTable:
            {
                Adjust(1, 0);
                int count = (int)instruction.B;
                Emit(Opcode.BrTable, offset, a: count);
                for (int i = 0; i < count; i++)
                {
                    uint depth = i < count - 1 ? vectors[(int)instruction.A + i] : vectors[(int)instruction.A + count - 1];
                    var target = Label(depth);
                    if (target.Kind == Opcode.Loop)
                    {
                        Emit(Opcode.Br, offset, a: target.Start, b: target.Params, c: (ulong)target.Height);
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
                Emit(Opcode.Return, offset, a: _controls[0].Results);
                top.Unreachable = true;
                return;
            case Opcode.Call:
            {
                var type = _functionTypes[(int)instruction.A];
                Emit(op, offset, a: (int)instruction.A);
                Adjust(type.Params.Length, type.Results.Length);
                return;
            }
            case Opcode.CallIndirect:
            {
                var type = _module.Types[(int)instruction.A];
                Emit(op, offset, a: (int)instruction.A, b: (int)instruction.B);
                Adjust(1 + type.Params.Length, type.Results.Length);
                return;
            }
            case Opcode.Drop:
                Emit(op, offset);
                Adjust(1, 0);
                return;
            case Opcode.Select:
            case Opcode.SelectT:
                Emit(Opcode.Select, offset);
                Adjust(3, 1);
                return;
            case Opcode.LocalGet:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(0, 1);
                return;
            case Opcode.LocalSet:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(1, 0);
                return;
            case Opcode.LocalTee:
                Emit(op, offset, a: (int)instruction.A);
                return;
            case Opcode.GlobalGet:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(0, 1);
                return;
            case Opcode.GlobalSet:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(1, 0);
                return;
            case Opcode.TableGet:
                Emit(op, offset, a: (int)instruction.A);
                return;
            case Opcode.TableSet:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(2, 0);
                return;
            case Opcode.RefNull:
                Emit(op, offset);
                Adjust(0, 1);
                return;
            case Opcode.RefIsNull:
                Emit(op, offset);
                return;
            case Opcode.RefFunc:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(0, 1);
                return;
            case Opcode.TableGrow:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(2, 1);
                return;
            case Opcode.TableFill:
                Emit(op, offset, a: (int)instruction.A);
                Adjust(3, 0);
                return;
            case Opcode.ElemDrop:
            case Opcode.DataDrop:
                Emit(op, offset, a: (int)instruction.A);
                return;
        }

        var info = InstructionTable.Get(op);
        if (!info.HasFixedSignature)
        {
            throw new InvalidOperationException($"the interpreter does not translate {info.Mnemonic}");
        }
        if (!TryFuse(op, offset))
        {
            Emit(op, offset, a: (int)instruction.A, b: (int)instruction.B, c: instruction.C, d: instruction.D);
        }
        Adjust(info.Params.Length, info.Results.Length);
    }

    /// <summary>
    /// Folds the operands of an integer binary operator into it when they were just pushed by
    /// <c>local.get</c> or a constant of the operator's type (see <see cref="FusedOp"/>), with no
    /// label bound in between.
    /// </summary>
    private bool TryFuse(Opcode op, int offset)
    {
        if (FusedOp.Of(op, FusedOp.Variant.Constant) is null)
        {
            return false;
        }
        int n = _code.Count;
        if (n - 1 < _barrier)
        {
            return false;
        }
        var last = _code[n - 1];
        Opcode constant = InstructionTable.Get(op).Params[0] switch
        {
            ValType.I32 => Opcode.I32Const,
            ValType.I64 => Opcode.I64Const,
            ValType.F32 => Opcode.F32Const,
            _ => Opcode.F64Const,
        };
        bool previousIsLocal = n - 2 >= _barrier && _code[n - 2].Code == Opcode.LocalGet;
        if (last.Code == constant)
        {
            if (previousIsLocal)
            {
                var local = _code[n - 2];
                Drop(2);
                Emit(FusedOp.Of(op, FusedOp.Variant.LocalConstant)!.Value, offset, a: local.A, c: last.C);
            }
            else
            {
                Drop(1);
                Emit(FusedOp.Of(op, FusedOp.Variant.Constant)!.Value, offset, c: last.C);
            }
            return true;
        }
        if (last.Code == Opcode.LocalGet)
        {
            if (previousIsLocal)
            {
                var local = _code[n - 2];
                Drop(2);
                Emit(FusedOp.Of(op, FusedOp.Variant.LocalLocal)!.Value, offset, a: local.A, b: last.A);
            }
            else
            {
                Drop(1);
                Emit(FusedOp.Of(op, FusedOp.Variant.Local)!.Value, offset, a: last.A);
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Turns the just-emitted i32 comparison (a K or LK fused op, or <c>i32.eqz</c>) into a
    /// compare-and-branch for <c>br_if</c> or <c>if</c>; returns its index, whose jump is set later.
    /// </summary>
    private int? TryFuseBranch(bool isIf, int offset)
    {
        int n = _code.Count;
        if (n - 1 < _barrier)
        {
            return null;
        }
        var last = _code[n - 1];
        Opcode? fused = null;
        if (last.Code == Opcode.I32Eqz)
        {
            fused = isIf ? FusedOp.I32EqzIf : FusedOp.I32EqzBrIf;
        }
        else
        {
            foreach (var comparison in Comparisons)
            {
                if (last.Code == FusedOp.Of(comparison, FusedOp.Variant.Constant))
                {
                    fused = FusedOp.Branch(comparison, isIf ? FusedOp.BranchForm.ConstantIf : FusedOp.BranchForm.ConstantBrIf);
                }
                else if (last.Code == FusedOp.Of(comparison, FusedOp.Variant.LocalConstant))
                {
                    fused = FusedOp.Branch(comparison, isIf ? FusedOp.BranchForm.LocalConstantIf : FusedOp.BranchForm.LocalConstantBrIf);
                }
            }
        }
        if (fused is not { } code)
        {
            return null;
        }
        Drop(1);
        Emit(code, offset, a: last.A, c: last.C, d: unchecked((ulong)-1L));
        return n - 1;
    }

    private static readonly Opcode[] Comparisons =
    [
        Opcode.I32Eq, Opcode.I32Ne, Opcode.I32LtS, Opcode.I32LtU, Opcode.I32GtS,
        Opcode.I32GtU, Opcode.I32LeS, Opcode.I32LeU, Opcode.I32GeS, Opcode.I32GeU,
    ];

    private void SetJump(int index, int target)
    {
        var op = _code[index];
        op.D = (ulong)target;
        _code[index] = op;
    }

    private void Drop(int count)
    {
        _code.RemoveRange(_code.Count - count, count);
        _offsets.RemoveRange(_offsets.Count - count, count);
    }

    private void Patch(int index, int target)
    {
        var op = _code[index];
        if (FusedOp.JumpsThroughD(op.Code))
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
