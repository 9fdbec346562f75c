using System.Collections.Immutable;
using CsCheck;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Tests.Validation;

/// <summary>
/// Robustness: whatever module the decoder or text parser hands over, validation either succeeds or
/// throws <see cref="WasmInvalidException"/> naming one of the module's functions or none
/// (<see cref="FrontEndErrors.ValidateOrInvalid"/>); no index, vector position or value type may crash it.
/// </summary>
public partial class ValidatorTests
{
    private static readonly ValType[] ValueTypes =
        [ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef, ValType.ExternRef];

    /// <summary>Mostly small indices (so that many are in range), sometimes anything.</summary>
    private static readonly Gen<uint> Index = Gen.Frequency((12, Gen.UInt[0, 3]), (1, Gen.UInt));

    private static readonly Gen<ValType> AnyValType = Gen.Frequency(
        (12, Gen.Int[0, ValueTypes.Length - 1].Select(i => ValueTypes[i])),
        (1, Gen.Byte.Select(b => (ValType)b)));

    private static readonly Gen<ValType> RefType = Gen.Frequency(
        (6, Gen.Const(ValType.FuncRef)), (3, Gen.Const(ValType.ExternRef)), (1, AnyValType));

    private static readonly Gen<FuncType> AnyFuncType =
        from parameters in AnyValType.Array[0, 3]
        from results in AnyValType.Array[0, 2]
        select new FuncType([.. parameters], [.. results]);

    private static readonly Opcode[] ControlOpcodes =
        [Opcode.Block, Opcode.Loop, Opcode.If, Opcode.Else, Opcode.End, Opcode.Br, Opcode.BrIf, Opcode.BrTable, Opcode.Return];

    /// <summary>Any row with immediates drawn from small numbers, lanes, alignments and block types.</summary>
    private static readonly Gen<Instruction> AnyInstruction =
        from opcode in Gen.Frequency(
            (8, Gen.Int[0, InstructionTable.All.Length - 1]),
            (1, Gen.Const((int)Opcode.Unreachable)),
            (2, Gen.Int[0, ControlOpcodes.Length - 1].Select(i => (int)ControlOpcodes[i])))
        from a in Index
        from b in Index
        from c in Gen.Frequency((4, Gen.ULong[0, 40]), (2, Gen.Long[-70, -1].Select(l => (ulong)l)), (1, Gen.ULong))
        from d in Gen.Frequency((4, Gen.ULong[0, 20]), (1, Gen.ULong))
        select new Instruction((Opcode)opcode, a, b, c, d);

    private static readonly Gen<FunctionBody> AnyBody =
        from unreachableFirst in Gen.Bool
        from code in AnyInstruction.Array[0, 24]
        from endMissing in Gen.Int[0, 20]
        from runs in Gen.Select(Gen.UInt[0, 3], AnyValType, (n, t) => new LocalRun(n, t)).Array[0, 3]
        from vectors in Gen.Frequency((4, Gen.UInt[0, 3]), (1, AnyValType.Select(t => (uint)t)), (1, Gen.UInt)).Array[0, 6]
        select new FunctionBody([.. runs],
            [.. unreachableFirst ? [new Instruction(Opcode.Unreachable)] : Array.Empty<Instruction>(), .. code,
             .. endMissing == 0 ? Array.Empty<Instruction>() : [new Instruction(Opcode.End)]],
            [.. vectors]);

    private static readonly Gen<ConstExpr> AnyConst =
        AnyInstruction.Array[0, 2].Select(code => new ConstExpr([.. code]));

    private static readonly Gen<Limits> AnyLimits =
        from min in Gen.Frequency((4, Gen.ULong[0, 4]), (1, Gen.ULong))
        from max in Gen.Frequency((2, Gen.Const((ulong?)null)), (4, Gen.ULong[0, 4].Select(v => (ulong?)v)), (1, Gen.ULong.Select(v => (ulong?)v)))
        select new Limits(min, max);

    private static readonly Gen<Import> AnyImport =
        from kind in Gen.Int[0, 4]
        from index in Index
        from limits in AnyLimits
        from type in AnyValType
        from mutable in Gen.Bool
        select new Import("m", "f", (ExternKind)kind)
        {
            FuncTypeIndex = index,
            Table = new TableType(type, limits),
            Memory = new MemoryType(limits),
            Global = new GlobalType(type, mutable),
        };

    private static readonly Gen<ElementSegment> AnyElement =
        from mode in Gen.Int[0, 2]
        from type in RefType
        from init in AnyConst.Array[0, 3]
        from table in Index
        from offset in AnyConst
        from expressions in Gen.Bool
        select new ElementSegment((SegmentMode)mode, type, [.. init]) { TableIndex = table, Offset = offset, UsesExpressions = expressions };

    private static readonly Gen<DataSegment> AnyData =
        from mode in Gen.Int[0, 2]
        from memory in Index
        from offset in AnyConst
        select new DataSegment((SegmentMode)mode, [1]) { MemoryIndex = memory, Offset = offset };

    private static readonly Gen<Module> AnyModule =
        from types in AnyFuncType.Array[0, 3]
        from imports in AnyImport.Array[0, 3]
        from functions in Gen.Select(Index, AnyBody, (t, b) => (t, b)).Array[0, 3]
        from tables in Gen.Select(RefType, AnyLimits, (t, l) => new TableType(t, l)).Array[0, 2]
        from memories in AnyLimits.Select(l => new MemoryType(l)).Array[0, 2]
        from globals in Gen.Select(AnyValType, Gen.Bool, AnyConst, (t, m, i) => new Global(new GlobalType(t, m), i)).Array[0, 2]
        from exports in Gen.Select(Gen.Int[0, 4], Index, Gen.Int[0, 2], (k, i, n) => new Export(((char)('a' + n)).ToString(), (ExternKind)k, i)).Array[0, 3]
        from start in Gen.Frequency((3, Gen.Const((uint?)null)), (1, Index.Select(i => (uint?)i)))
        from elements in AnyElement.Array[0, 2]
        from data in AnyData.Array[0, 2]
        select new Module
        {
            Types = [.. types],
            Imports = [.. imports],
            Functions = [.. functions.Select(f => f.t)],
            Codes = [.. functions.Select(f => f.b)],
            Tables = [.. tables],
            Memories = [.. memories],
            Globals = [.. globals],
            Exports = [.. exports],
            Start = start,
            Elements = [.. elements],
            Data = [.. data],
        };

    /// <summary>Random bodies in a context where every index space has entries, to reach the instruction rules.</summary>
    private static readonly Gen<Module> AnyFunctionInRichContext =
        from type in Gen.Int[0, 3]
        from body in AnyBody
        select TestModules.Rich(body, type switch
        {
            0 => FuncType.Empty,
            1 => TestModules.Type("i", "i"),
            2 => TestModules.Type("vd", "lf"),
            _ => TestModules.Type("re", "e"),
        });

    [Fact]
    public void AnyFunctionBodyValidatesOrIsInvalidInThatFunction()
    {
        AnyFunctionInRichContext.Sample(module =>
        {
            if (FrontEndErrors.ValidateOrInvalid(module, WasmFeatures.Core2, -1, out var error) is { } validated)
            {
                var function = validated.Functions[0];
                Assert.Equal(function.Code.Length, function.Ends.Length);
                Assert.True(function.MaxControlDepth >= 1);
            }
            else
            {
                // Everything but the body is valid in the rich context.
                Assert.Equal(0, error!.FunctionIndex);
            }
        }, iter: 20_000, threads: 1);
    }

    [Fact]
    public void AnyModuleValidatesOrIsInvalid()
    {
        AnyModule.Sample(module =>
        {
            foreach (var features in new[] { WasmFeatures.Core2, WasmFeatures.Core1 })
            {
                if (FrontEndErrors.ValidateOrInvalid(module, features) is { } validated)
                {
                    Assert.Equal(module.Codes.Length, validated.Functions.Length);
                }
            }
        }, iter: 20_000, threads: 1);
    }
}
