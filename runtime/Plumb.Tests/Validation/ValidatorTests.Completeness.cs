using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Validation;
using static Plumb.Tests.Validation.TestModules;

namespace Plumb.Tests.Validation;

/// <summary>
/// Completeness: walks every row of the instruction table and proves the validator accepts it in a
/// well-typed context, and rejects it when its feature is off.
/// </summary>
public partial class ValidatorTests
{
    /// <summary>
    /// Well-typed uses of every row whose signature is custom (null). A new custom row fails
    /// <see cref="EveryCustomRowHasAWellTypedUse"/> until it gets an entry here and a rule in the validator.
    /// </summary>
    private static readonly Dictionary<Opcode, (Instruction[] Code, uint[] Vectors)> CustomUses = new()
    {
        [Opcode.Unreachable] = ([I(Opcode.Unreachable)], []),
        [Opcode.Block] = ([Block(Opcode.Block, BlockType.Empty), End], []),
        [Opcode.Loop] = ([Block(Opcode.Loop, BlockType.Empty), End], []),
        [Opcode.If] = ([I32Const(), Block(Opcode.If, BlockType.Empty), End], []),
        [Opcode.Else] = ([I32Const(), Block(Opcode.If, BlockType.Empty), I(Opcode.Else), End], []),
        [Opcode.End] = ([Block(Opcode.Block, BlockType.Of(ValType.I32)), I32Const(), End, I(Opcode.Drop)], []),
        [Opcode.Br] = ([Block(Opcode.Block, BlockType.Empty), I(Opcode.Br, 0), End], []),
        [Opcode.BrIf] = ([Block(Opcode.Block, BlockType.Empty), I32Const(), I(Opcode.BrIf, 0), End], []),
        [Opcode.BrTable] = ([Block(Opcode.Block, BlockType.Empty), I32Const(), I(Opcode.BrTable, 0, 2), End], [0, 0]),
        [Opcode.Return] = ([I(Opcode.Return)], []),
        [Opcode.Call] = ([I(Opcode.Call, 0)], []),
        [Opcode.CallIndirect] = ([I32Const(), I(Opcode.CallIndirect, 0, 0)], []),
        [Opcode.Drop] = ([I32Const(), I(Opcode.Drop)], []),
        [Opcode.Select] = ([I32Const(), I32Const(), I32Const(), I(Opcode.Select), I(Opcode.Drop)], []),
        [Opcode.SelectT] = ([ConstOf(ValType.FuncRef), ConstOf(ValType.FuncRef), I32Const(), I(Opcode.SelectT, 0, 1), I(Opcode.Drop)],
            [(uint)ValType.FuncRef]),
        [Opcode.LocalGet] = ([I(Opcode.LocalGet, 0), I(Opcode.Drop)], []),
        [Opcode.LocalSet] = ([I32Const(), I(Opcode.LocalSet, 0)], []),
        [Opcode.LocalTee] = ([I32Const(), I(Opcode.LocalTee, 0), I(Opcode.Drop)], []),
        [Opcode.GlobalGet] = ([I(Opcode.GlobalGet, 0), I(Opcode.Drop)], []),
        [Opcode.GlobalSet] = ([I32Const(), I(Opcode.GlobalSet, 0)], []),
        [Opcode.TableGet] = ([I32Const(), I(Opcode.TableGet, 0), I(Opcode.Drop)], []),
        [Opcode.TableSet] = ([I32Const(), ConstOf(ValType.FuncRef), I(Opcode.TableSet, 0)], []),
        [Opcode.TableGrow] = ([ConstOf(ValType.ExternRef), I32Const(), I(Opcode.TableGrow, 1), I(Opcode.Drop)], []),
        [Opcode.TableFill] = ([I32Const(), ConstOf(ValType.ExternRef), I32Const(), I(Opcode.TableFill, 1)], []),
        [Opcode.RefNull] = ([I(Opcode.RefNull, (uint)ValType.ExternRef), I(Opcode.Drop)], []),
        [Opcode.RefIsNull] = ([ConstOf(ValType.FuncRef), I(Opcode.RefIsNull), I(Opcode.Drop)], []),
        [Opcode.RefFunc] = ([I(Opcode.RefFunc, 0), I(Opcode.Drop)], []),
    };

    /// <summary>
    /// For a fixed-signature row: push one operand per param, run the instruction with the largest valid
    /// immediates of its shape (natural alignment, last lane, index 0), drop every result.
    /// </summary>
    private static Instruction[] FixedUse(InstructionInfo row)
    {
        var code = new List<Instruction>();
        foreach (var p in row.Params)
        {
            code.Add(ConstOf(p));
        }
        uint align = (uint)row.NaturalAlignmentLog2;
        uint lastLane = row.Lanes == 0 ? 0 : (uint)row.Lanes - 1;
        code.Add(row.Immediate switch
        {
            Immediate.MemArg => I(row.Opcode, align, 0, 16),
            Immediate.MemArgLane => I(row.Opcode, align, 0, 16, lastLane),
            Immediate.Lane => I(row.Opcode, lastLane),
            Immediate.Shuffle => I(row.Opcode, c: 0x1F1E1D1C_03020100, d: 0x0F0E0D0C_13121110),
            _ => I(row.Opcode),
        });
        foreach (var _ in row.Results)
        {
            code.Add(I(Opcode.Drop));
        }
        return [.. code];
    }

    private static FunctionBody UseOf(InstructionInfo row)
    {
        ImmutableArray<LocalRun> locals = [new LocalRun(1, ValType.I32)];
        if (row.HasFixedSignature)
        {
            return Body(locals, [], FixedUse(row));
        }
        var (code, vectors) = CustomUses[row.Opcode];
        return Body(locals, [.. vectors], code);
    }

    /// <summary>The same context as <see cref="Rich"/>, restricted to what Core 1.0 allows.</summary>
    private static Module RichCore1(FunctionBody body) => new()
    {
        Types = [FuncType.Empty],
        Functions = [0],
        Tables = [new TableType(ValType.FuncRef, new Limits(1, null))],
        Memories = [new MemoryType(new Limits(1, null))],
        Globals = [new Global(new GlobalType(ValType.I32, true), Const(I32Const()))],
        Elements = [new ElementSegment(SegmentMode.Active, ValType.FuncRef, [Const(I(Opcode.RefFunc, 0))]) { Offset = Const(I32Const()) }],
        Data = [new DataSegment(SegmentMode.Active, [1, 2, 3]) { Offset = Const(I32Const()) }],
        Codes = [body],
    };

    public static TheoryData<string> AllRows() => [.. InstructionTable.All.Select(r => r.Opcode.ToString())];

    [Theory]
    [MemberData(nameof(AllRows))]
    public void EveryRowValidatesInAWellTypedContext(string opcode)
    {
        var row = InstructionTable.Get(Enum.Parse<Opcode>(opcode));
        var validated = Validator.Validate(Rich(UseOf(row)), WasmFeatures.Core2);
        Assert.Single(validated.Functions);
    }

    [Theory]
    [MemberData(nameof(AllRows))]
    public void EveryRowOutsideCore1IsRejectedWithCore1AndMvpRowsAreAccepted(string opcode)
    {
        var row = InstructionTable.Get(Enum.Parse<Opcode>(opcode));
        if (row.Feature == WasmFeatures.Mvp)
        {
            Validator.Validate(RichCore1(UseOf(row)), WasmFeatures.Core1);
            return;
        }
        // Start at the row's own instruction, so that its operands (v128.const, ref.null) do not fail first.
        var use = UseOf(row);
        int at = use.Code.IndexOf(use.Code.First(i => i.Opcode == row.Opcode));
        var body = use with { Code = use.Code[at..] };
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(RichCore1(body), WasmFeatures.Core1));
        Assert.Equal($"{row.Mnemonic} requires the {row.Feature} feature", error.Message);
    }

    [Fact]
    public void EveryCustomRowHasAWellTypedUse()
    {
        var custom = InstructionTable.All.Where(r => !r.HasFixedSignature).Select(r => r.Opcode).ToHashSet();
        Assert.Equal(custom.OrderBy(o => o), CustomUses.Keys.OrderBy(o => o));
    }

    [Theory]
    [MemberData(nameof(AllRows))]
    public void EveryFixedRowRejectsAMissingOperandOrNeedsNone(string opcode)
    {
        var row = InstructionTable.Get(Enum.Parse<Opcode>(opcode));
        if (!row.HasFixedSignature || row.Params.IsEmpty)
        {
            return;
        }
        var code = FixedUse(row)[1..];
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(Rich(Body([new LocalRun(1, ValType.I32)], [], code))));
        Assert.StartsWith("type mismatch", error.Message);
    }
}
