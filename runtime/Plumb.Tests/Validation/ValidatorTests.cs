using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Validation;
using static Plumb.Tests.Validation.TestModules;

namespace Plumb.Tests.Validation;

public partial class ValidatorTests
{
    private sealed record Case(Module Module, string? Error, WasmFeatures Features = WasmFeatures.Core2);

    private static readonly FuncType Void = FuncType.Empty;
    private static readonly BlockType EmptyBlock = BlockType.Empty;
    private static readonly BlockType I32Block = BlockType.Of(ValType.I32);

    private static Module WithMemory(Module module) => module with { Memories = [new MemoryType(new Limits(1, null))] };

    private static Module GlobalInit(GlobalType type, ConstExpr init, ImmutableArray<Import> imports = default) => new()
    {
        Imports = imports.IsDefault ? [] : imports,
        Globals = [new Global(type, init)],
    };

    private static Import ImportedGlobal(ValType type, bool mutable) =>
        new("m", "g", ExternKind.Global) { Global = new GlobalType(type, mutable) };

    /// <summary>Named cases: a module, and the message validation must fail with (null: it must validate).</summary>
    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["empty module"] = new(new Module(), null),
        ["empty function"] = new(OneFunction(Void), null),
        ["result left on the stack"] = new(OneFunction(Type("", "i"), I32Const(1)), null),
        ["missing result"] = new(OneFunction(Type("", "i")), "type mismatch"),
        ["extra value at end"] = new(OneFunction(Void, I32Const()), "type mismatch"),
        ["binary op on wrong types"] = new(OneFunction(Type("", "i"), I(Opcode.I64Const), I(Opcode.I64Const), I(Opcode.I32Add)), "type mismatch"),
        ["operand from outside the block"] = new(OneFunction(Type("", "i"),
            I32Const(), Block(Opcode.Block, I32Block), I(Opcode.I32Eqz), End), "type mismatch"),
        ["unknown local"] = new(OneFunction(Void, I(Opcode.LocalGet, 0), I(Opcode.Drop)), "unknown local 0"),
        ["local index counts params"] = new(OneFunction(Type("il", "l"), I(Opcode.LocalGet, 1)), null),
        ["local run types"] = new(OneFunction(Type("", "d"), Body([new LocalRun(3, ValType.F32), new LocalRun(2, ValType.F64)], [], I(Opcode.LocalGet, 4))), null),
        ["local.set wrong type"] = new(OneFunction(Type("i", ""), I(Opcode.F32Const), I(Opcode.LocalSet, 0)), "type mismatch"),
        ["too many locals"] = new(OneFunction(Void, Body([new LocalRun(uint.MaxValue, ValType.I32)], [])), "too many locals"),
        ["unknown global"] = new(OneFunction(Void, I(Opcode.GlobalGet, 0), I(Opcode.Drop)), "unknown global 0"),
        ["global is immutable"] = new(new Module
        {
            Types = [Void], Functions = [0], Codes = [Body(I32Const(), I(Opcode.GlobalSet, 0))],
            Globals = [new Global(new GlobalType(ValType.I32, false), Const(I32Const()))],
        }, "global is immutable"),
        ["unknown function"] = new(OneFunction(Void, I(Opcode.Call, 1)), "unknown function 1"),
        ["call pops params"] = new(OneFunction(Type("i", ""), I(Opcode.LocalGet, 0), I(Opcode.Call, 0)), null),
        ["call_indirect unknown table"] = new(OneFunction(Void, I32Const(), I(Opcode.CallIndirect, 0, 0)), "unknown table 0"),
        ["call_indirect unknown type"] = new(Rich(Body(I32Const(), I(Opcode.CallIndirect, 5, 0))), "unknown type 5"),
        ["call_indirect on externref table"] = new(Rich(Body(I32Const(), I(Opcode.CallIndirect, 0, 1))), "type mismatch"),
        ["unknown label"] = new(OneFunction(Void, Block(Opcode.Block, EmptyBlock), I(Opcode.Br, 2), End), "unknown label 2"),
        ["br to function label"] = new(OneFunction(Void, Block(Opcode.Block, EmptyBlock), I(Opcode.Br, 1), End), null),
        ["br carries the label's values"] = new(OneFunction(Type("", "i"), Block(Opcode.Block, I32Block), I(Opcode.I64Const), I(Opcode.Br, 0), End), "type mismatch"),
        ["br to loop carries params"] = new(new Module
        {
            Types = [Void, Type("i", "")], Functions = [0],
            Codes = [Body(I32Const(), Block(Opcode.Loop, BlockType.OfTypeIndex(1)), I(Opcode.Br, 0), End)],
        }, null),
        ["br_if keeps the label's values"] = new(OneFunction(Type("", "i"), Block(Opcode.Block, I32Block), I32Const(), I32Const(), I(Opcode.BrIf, 0), End), null),
        ["br_table arity mismatch"] = new(OneFunction(Void, Body([], [0, 1],
            Block(Opcode.Block, I32Block), I32Const(), I32Const(), I(Opcode.BrTable, 0, 2), End, I(Opcode.Drop))), "type mismatch"),
        ["br_table target after repeated ones has another type"] = new(OneFunction(Void, Body([], [0, 0, 1, 0],
            Block(Opcode.Block, BlockType.Of(ValType.F32)), Block(Opcode.Block, I32Block), I32Const(), I32Const(), I(Opcode.BrTable, 0, 4), End, I(Opcode.Drop),
            I(Opcode.F32Const), End, I(Opcode.Drop))), "type mismatch"),
        ["br_table repeated targets"] = new(OneFunction(Type("", "i"), Body([], [0, 0, 0, 1, 1, 0],
            Block(Opcode.Block, I32Block), I32Const(), I32Const(), I(Opcode.BrTable, 0, 6), End)), null),
        ["br_table in unreachable code"] = new(OneFunction(Void, Body([], [0, 1],
            Block(Opcode.Block, EmptyBlock), I(Opcode.Unreachable), I(Opcode.BrTable, 0, 2), End)), null),
        ["br_table polymorphic targets of different types"] = new(OneFunction(Type("", "i"), Body([], [0, 1],
            Block(Opcode.Block, BlockType.Of(ValType.F32)), I(Opcode.Unreachable), I(Opcode.BrTable, 0, 2), End, I(Opcode.Drop), I32Const())), null),
        ["br_table polymorphic targets of different types with Core1"] = new(OneFunction(Type("", "i"), Body([], [0, 1],
            Block(Opcode.Block, BlockType.Of(ValType.F32)), I(Opcode.Unreachable), I(Opcode.BrTable, 0, 2), End, I(Opcode.Drop), I32Const())), "type mismatch", WasmFeatures.Core1),
        ["unreachable makes the stack polymorphic"] = new(OneFunction(Type("", "i"), I(Opcode.Unreachable), I(Opcode.I32Add)), null),
        ["polymorphic stack still checks known types"] = new(OneFunction(Type("", "i"), I(Opcode.Unreachable), I(Opcode.I64Const), I(Opcode.I32Add)), "type mismatch"),
        ["return in nested block"] = new(OneFunction(Type("", "i"), Block(Opcode.Block, EmptyBlock), I32Const(), I(Opcode.Return), End, I32Const()), null),
        ["if without else needs equal params and results"] = new(OneFunction(Type("", "i"), I32Const(), Block(Opcode.If, I32Block), I32Const(), End), "type mismatch"),
        ["if with else"] = new(OneFunction(Type("", "i"), I32Const(), Block(Opcode.If, I32Block), I32Const(), I(Opcode.Else), I32Const(), End), null),
        ["else branch type mismatch"] = new(OneFunction(Type("", "i"), I32Const(), Block(Opcode.If, I32Block), I32Const(), I(Opcode.Else), I(Opcode.F32Const), End), "type mismatch"),
        ["if needs a condition"] = new(OneFunction(Void, Block(Opcode.If, EmptyBlock), End), "type mismatch"),
        ["block params"] = new(new Module
        {
            Types = [Type("", "i"), Type("ii", "i")], Functions = [0],
            Codes = [Body(I32Const(), I32Const(), Block(Opcode.Block, BlockType.OfTypeIndex(1)), I(Opcode.I32Add), End)],
        }, null),
        ["if without else passing params through"] = new(new Module
        {
            Types = [Type("", "i"), Type("i", "i")], Functions = [0],
            Codes = [Body(I32Const(), I32Const(), Block(Opcode.If, BlockType.OfTypeIndex(1)), End)],
        }, null),
        ["block type unknown"] = new(OneFunction(Void, Block(Opcode.Block, BlockType.OfTypeIndex(9)), End), "unknown type 9"),
        ["select numeric"] = new(OneFunction(Type("", "l"), I(Opcode.I64Const), I(Opcode.I64Const), I32Const(), I(Opcode.Select)), null),
        ["select mixed types"] = new(OneFunction(Type("", "l"), I(Opcode.I64Const), I32Const(), I32Const(), I(Opcode.Select)), "type mismatch"),
        ["untyped select on references"] = new(OneFunction(Void, ConstOf(ValType.FuncRef), ConstOf(ValType.FuncRef), I32Const(), I(Opcode.Select), I(Opcode.Drop)), "type mismatch"),
        ["untyped select after unreachable"] = new(OneFunction(Type("", "i"), I(Opcode.Unreachable), I(Opcode.Select)), null),
        ["typed select arity"] = new(OneFunction(Void, Body([], [], I32Const(), I32Const(), I32Const(), I(Opcode.SelectT, 0, 0), I(Opcode.Drop))), "invalid result arity"),
        ["typed select on references"] = new(OneFunction(Type("", "e"), Body([], [(uint)ValType.ExternRef],
            ConstOf(ValType.ExternRef), ConstOf(ValType.ExternRef), I32Const(), I(Opcode.SelectT, 0, 1))), null),
        ["ref.is_null on a number"] = new(OneFunction(Type("", "i"), I32Const(), I(Opcode.RefIsNull)), "type mismatch"),
        ["undeclared function reference"] = new(OneFunction(Void, I(Opcode.RefFunc, 0), I(Opcode.Drop)), "undeclared function reference"),
        ["function reference declared by export"] = new(OneFunction(Void, I(Opcode.RefFunc, 0), I(Opcode.Drop)) with
        {
            Exports = [new Export("f", ExternKind.Func, 0)],
        }, null),
        ["function reference declared by a declarative segment"] = new(OneFunction(Void, I(Opcode.RefFunc, 0), I(Opcode.Drop)) with
        {
            Elements = [new ElementSegment(SegmentMode.Declarative, ValType.FuncRef, [Const(I(Opcode.RefFunc, 0))]) { UsesExpressions = true }],
        }, null),
        ["load without memory"] = new(OneFunction(Type("", "i"), I32Const(), I(Opcode.I32Load, 2)), "unknown memory 0"),
        ["alignment larger than natural"] = new(WithMemory(OneFunction(Type("", "i"), I32Const(), I(Opcode.I32Load8U, 1))), "alignment must not be larger than natural"),
        ["natural alignment"] = new(WithMemory(OneFunction(Type("", "l"), I32Const(), I(Opcode.I64Load, 3))), null),
        ["smaller alignment"] = new(WithMemory(OneFunction(Type("", "l"), I32Const(), I(Opcode.I64Load, 0))), null),
        ["memory.size without memory"] = new(OneFunction(Type("", "i"), I(Opcode.MemorySize)), "unknown memory 0"),
        ["memory.init unknown data segment"] = new(WithMemory(OneFunction(Void, I32Const(), I32Const(), I32Const(), I(Opcode.MemoryInit, 1))), "unknown data segment 1"),
        ["memory.init without memory"] = new(OneFunction(Void, I32Const(), I32Const(), I32Const(), I(Opcode.MemoryInit, 0)), "unknown memory 0"),
        ["data.drop unknown data segment"] = new(OneFunction(Void, I(Opcode.DataDrop, 0)), "unknown data segment 0"),
        ["elem.drop unknown elem segment"] = new(OneFunction(Void, I(Opcode.ElemDrop, 4)), "unknown elem segment 4"),
        ["table.init type mismatch"] = new(Rich(Body(I32Const(), I32Const(), I32Const(), I(Opcode.TableInit, 0, 1))), "type mismatch"),
        ["table.copy type mismatch"] = new(Rich(Body(I32Const(), I32Const(), I32Const(), I(Opcode.TableCopy, 0, 1))), "type mismatch"),
        ["table.set wrong reference type"] = new(Rich(Body(I32Const(), ConstOf(ValType.FuncRef), I(Opcode.TableSet, 1))), "type mismatch"),
        ["table.size unknown table"] = new(OneFunction(Type("", "i"), I(Opcode.TableSize, 0)), "unknown table 0"),
        ["extract lane out of range"] = new(OneFunction(Type("", "i"), ConstOf(ValType.V128), I(Opcode.I32x4ExtractLane, 4)), "invalid lane index"),
        ["shuffle lane out of range"] = new(OneFunction(Type("", "v"), ConstOf(ValType.V128), ConstOf(ValType.V128), I(Opcode.I8x16Shuffle, c: 32)), "invalid lane index"),
        ["load lane out of range"] = new(WithMemory(OneFunction(Type("", "v"), I32Const(), ConstOf(ValType.V128), I(Opcode.V128Load16Lane, 1, 0, 0, 8))), "invalid lane index"),
        ["load lane alignment"] = new(WithMemory(OneFunction(Type("", "v"), I32Const(), ConstOf(ValType.V128), I(Opcode.V128Load16Lane, 2, 0, 0, 7))), "alignment must not be larger than natural"),
        ["SIMD with Core1"] = new(OneFunction(Void, ConstOf(ValType.V128), I(Opcode.Drop)), "v128.const requires the Simd feature", WasmFeatures.Core1),
        ["v128 local with Core1"] = new(OneFunction(Void, Body([new LocalRun(1, ValType.V128)], [])), "v128 requires the Simd feature", WasmFeatures.Core1),
        ["instructions after the final end"] = new(OneFunction(Void, new FunctionBody([], [End, I(Opcode.Nop), End], [])), "instructions after the function's final end"),
        ["missing final end"] = new(OneFunction(Void, new FunctionBody([], [I(Opcode.Nop)], [])), "function body must end with end"),
        ["else without if"] = new(OneFunction(Void, Block(Opcode.Block, EmptyBlock), I(Opcode.Else), End), "else does not follow an if"),

        // Constant expressions and globals.
        ["constant expression required"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const(I32Const(), I32Const(), I(Opcode.I32Add))), "constant expression required"),
        ["global init type mismatch"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const(I(Opcode.I64Const))), "type mismatch"),
        ["empty global init"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const()), "type mismatch"),
        ["two values in global init"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const(I32Const(), I32Const())), "type mismatch"),
        ["global.get of a defined global"] = new(new Module
        {
            Globals = [new Global(new GlobalType(ValType.I32, false), Const(I32Const())), new Global(new GlobalType(ValType.I32, false), Const(I(Opcode.GlobalGet, 0)))],
        }, "unknown global 0"),
        ["global.get of an imported immutable global"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const(I(Opcode.GlobalGet, 0)), [ImportedGlobal(ValType.I32, false)]), null),
        ["global.get of an imported mutable global"] = new(GlobalInit(new GlobalType(ValType.I32, false), Const(I(Opcode.GlobalGet, 0)), [ImportedGlobal(ValType.I32, true)]), "constant expression required"),
        ["ref.func of unknown function in global"] = new(GlobalInit(new GlobalType(ValType.FuncRef, false), Const(I(Opcode.RefFunc, 7))), "unknown function 7"),
        ["ref.null in global"] = new(GlobalInit(new GlobalType(ValType.ExternRef, false), Const(ConstOf(ValType.ExternRef))), null),
        ["data offset unknown global"] = new(WithMemory(new Module
        {
            Data = [new DataSegment(SegmentMode.Active, []) { Offset = Const(I(Opcode.GlobalGet, 0)) }],
        }), "unknown global 0"),
        ["data segment unknown memory"] = new(new Module
        {
            Data = [new DataSegment(SegmentMode.Active, []) { MemoryIndex = 1, Offset = Const(I32Const()) }],
        }, "unknown memory 1"),
        ["element segment unknown table"] = new(new Module
        {
            Elements = [new ElementSegment(SegmentMode.Active, ValType.FuncRef, []) { Offset = Const(I32Const()) }],
        }, "unknown table 0"),
        ["element segment type differs from table"] = new(new Module
        {
            Tables = [new TableType(ValType.ExternRef, new Limits(0, null))],
            Elements = [new ElementSegment(SegmentMode.Active, ValType.FuncRef, []) { Offset = Const(I32Const()) }],
        }, "type mismatch"),
        ["element init wrong type"] = new(new Module
        {
            Elements = [new ElementSegment(SegmentMode.Passive, ValType.ExternRef, [Const(ConstOf(ValType.FuncRef))]) { UsesExpressions = true }],
        }, "type mismatch"),

        // Limits, index spaces, exports, start.
        ["memory too large"] = new(new Module { Memories = [new MemoryType(new Limits(65537, null))] }, "memory size must be at most 65536 pages (4GiB)"),
        ["memory maximum too large"] = new(new Module { Memories = [new MemoryType(new Limits(0, 65537))] }, "memory size must be at most 65536 pages (4GiB)"),
        ["memory 4GiB"] = new(new Module { Memories = [new MemoryType(new Limits(65536, 65536))] }, null),
        ["memory min above max"] = new(new Module { Memories = [new MemoryType(new Limits(2, 1))] }, "size minimum must not be greater than maximum"),
        ["table min above max"] = new(new Module { Tables = [new TableType(ValType.FuncRef, new Limits(2, 1))] }, "size minimum must not be greater than maximum"),
        ["imported memory too large"] = new(new Module
        {
            Imports = [new Import("m", "mem", ExternKind.Memory) { Memory = new MemoryType(new Limits(0, 70000)) }],
        }, "memory size must be at most 65536 pages (4GiB)"),
        ["multiple memories"] = new(new Module { Memories = [new MemoryType(new Limits(0, null)), new MemoryType(new Limits(0, null))] }, "multiple memories"),
        ["multiple tables with Core1"] = new(new Module
        {
            Tables = [new TableType(ValType.FuncRef, new Limits(0, null)), new TableType(ValType.FuncRef, new Limits(0, null))],
        }, "multiple tables", WasmFeatures.Core1),
        ["multiple tables with Core2"] = new(new Module
        {
            Tables = [new TableType(ValType.FuncRef, new Limits(0, null)), new TableType(ValType.FuncRef, new Limits(0, null))],
        }, null),
        ["duplicate export name"] = new(OneFunction(Void) with
        {
            Exports = [new Export("a", ExternKind.Func, 0), new Export("a", ExternKind.Func, 0)],
        }, "duplicate export name"),
        ["export unknown global"] = new(new Module { Exports = [new Export("g", ExternKind.Global, 0)] }, "unknown global 0"),
        ["export unknown memory"] = new(new Module { Exports = [new Export("m", ExternKind.Memory, 0)] }, "unknown memory 0"),
        ["start function with params"] = new(OneFunction(Type("i", "")) with { Start = 0 }, "start function"),
        ["start function unknown"] = new(new Module { Start = 0 }, "unknown function 0"),
        ["start function valid"] = new(OneFunction(Void) with { Start = 0 }, null),
        ["function of unknown type"] = new(new Module { Functions = [3], Codes = [Body()] }, "unknown type 3"),
        ["imported function of unknown type"] = new(new Module { Imports = [new Import("m", "f", ExternKind.Func) { FuncTypeIndex = 0 }] }, "unknown type 0"),
        ["multiple results with Core1"] = new(new Module { Types = [Type("", "ii")] }, "invalid result arity", WasmFeatures.Core1),
        ["multiple results with Core2"] = new(OneFunction(Type("", "ii"), I32Const(), I32Const()), null),
        ["block with params with Core1"] = new(new Module
        {
            Types = [Void, Type("i", "")], Functions = [0],
            Codes = [Body(I32Const(), Block(Opcode.Block, BlockType.OfTypeIndex(1)), I(Opcode.Drop), End)],
        }, "invalid result arity", WasmFeatures.Core1),
        ["passive data with Core1"] = new(new Module { Data = [new DataSegment(SegmentMode.Passive, [])] }, "passive data segments require the BulkMemory feature", WasmFeatures.Core1),
        ["externref table with Core1"] = new(new Module { Tables = [new TableType(ValType.ExternRef, new Limits(0, null))] }, "externref requires the ReferenceTypes feature", WasmFeatures.Core1),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ValidatesOrFailsWithTheSpecMessage(string name)
    {
        var (module, error, features) = Cases[name];
        if (error is null)
        {
            var validated = Validator.Validate(module, features);
            Assert.Same(module, validated.Module);
            Assert.Equal(module.Codes.Length, validated.Functions.Length);
        }
        else
        {
            var exception = Assert.Throws<WasmInvalidException>(() => Validator.Validate(module, features));
            Assert.StartsWith(error, exception.Message);
        }
    }

    [Fact]
    public void SideTablesMatchBlocksWithTheirElseAndEnd()
    {
        //  0 block        1 loop   2 i32.const  3 if   4 nop  5 else  6 nop  7 end  8 end  9 end  10 end(function)
        var module = OneFunction(Void,
            Block(Opcode.Block, EmptyBlock), Block(Opcode.Loop, EmptyBlock), I32Const(), Block(Opcode.If, EmptyBlock),
            I(Opcode.Nop), I(Opcode.Else), I(Opcode.Nop), End, End, End);
        var function = Validator.Validate(module).Functions[0];
        Assert.Equal([9, 8, -1, 7, -1, 7, -1, -1, -1, -1, -1], function.Ends.ToArray());
        Assert.Equal([-1, -1, -1, 5, -1, -1, -1, -1, -1, -1, -1], function.Elses.ToArray());
        Assert.Equal(4, function.MaxControlDepth);
    }

    [Fact]
    public void IfWithoutElseHasNoElseEntry()
    {
        var module = OneFunction(Void, I32Const(), Block(Opcode.If, EmptyBlock), End);
        var function = Validator.Validate(module).Functions[0];
        Assert.Equal(2, function.EndOf(1));
        Assert.Equal(-1, function.ElseOf(1));
    }

    [Fact]
    public void RecordsLocalTypesAndMaximumStackHeight()
    {
        var module = OneFunction(Type("il", "i"), Body([new LocalRun(2, ValType.F32), new LocalRun(1, ValType.V128)], [],
            I32Const(), I32Const(), I32Const(), I(Opcode.I32Add), I(Opcode.I32Add)));
        var validated = Validator.Validate(module);
        var function = validated.Functions[0];
        Assert.Equal([ValType.I32, ValType.I64, ValType.F32, ValType.F32, ValType.V128], function.LocalTypes.ToArray());
        Assert.Equal(2, function.ParamCount);
        Assert.Equal(3, function.MaxStackHeight);
        Assert.Equal(0, function.FunctionIndex);
        Assert.Same(module.Types[0], validated.FunctionTypes[0]);
    }

    [Fact]
    public void ErrorsCarryFunctionIndexAndInstructionOffset()
    {
        var module = new Module
        {
            Imports = [new Import("m", "f", ExternKind.Func) { FuncTypeIndex = 0 }],
            Types = [Void],
            Functions = [0],
            Codes = [new FunctionBody([], [new Instruction(Opcode.I32Const, Offset: 40), new Instruction(Opcode.I64Eqz, Offset: 42), new Instruction(Opcode.End, Offset: 43)], [])],
        };
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(module));
        Assert.Equal(1, error.FunctionIndex);
        Assert.Equal(42, error.Offset);
    }

    [Fact]
    public void CheckingInstructionsAllocatesOnlyTheSideTables()
    {
        // Every kind of rule: generic rows, memory immediates, locals, blocks, branches, calls.
        Instruction[] pattern =
        [
            I32Const(), I(Opcode.I32Load, 2), I(Opcode.LocalTee, 0), I(Opcode.I32Eqz), Block(Opcode.If, I32Block),
            I(Opcode.LocalGet, 0), I(Opcode.Else), I32Const(), End, I(Opcode.BrIf, 0), I(Opcode.Call, 0),
        ];
        const int repeats = 20_000;
        var code = Enumerable.Repeat(pattern, repeats).SelectMany(p => p).ToArray();
        var module = WithMemory(OneFunction(Void, Body([new LocalRun(1, ValType.I32)], [], code)));
        Validator.Validate(module);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var function = Validator.Validate(module).Functions[0];
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Ends and Elses are one int each per instruction; the rest is per module, not per instruction.
        long sideTables = 2L * sizeof(int) * function.Code.Length;
        Assert.InRange(allocated, sideTables, sideTables + 16_384);
    }

    [Fact]
    public void OperandStackIsBounded()
    {
        // Each call pushes a thousand results: a few bytes of code per thousand operands.
        var thousand = new FuncType([.. Enumerable.Repeat(ValType.I32, 1000)], []);
        var many = new FuncType([], [.. Enumerable.Repeat(ValType.I32, 1000)]);
        int calls = Validator.MaxOperandStackHeight / 1000 + 1;
        var module = new Module
        {
            Types = [Void, many],
            Functions = [0, 1],
            Codes = [Body([.. Enumerable.Repeat(I(Opcode.Call, 1), calls)]), Body(Enumerable.Repeat(I32Const(), 1000).ToArray())],
        };
        var error = Assert.Throws<WasmInvalidException>(() => Validator.Validate(module));
        Assert.StartsWith("operand stack exceeds", error.Message);

        // Just below the bound is fine: pushes are popped again by a function taking them all.
        var balanced = module with
        {
            Types = [Void, many, thousand],
            Functions = [0, 1, 2],
            Codes = [Body([.. Enumerable.Range(0, calls).SelectMany(_ => new[] { I(Opcode.Call, 1), I(Opcode.Call, 2) })]), module.Codes[1], Body()],
        };
        Assert.Equal(1000, Validator.Validate(balanced).Functions[0].MaxStackHeight);
    }

    [Fact]
    public void DeepNestingNeedsNoRecursion()
    {
        const int depth = 100_000;
        var code = new List<Instruction>();
        for (int i = 0; i < depth; i++)
        {
            code.Add(Block(Opcode.Block, EmptyBlock));
        }
        for (int i = 0; i < depth; i++)
        {
            code.Add(End);
        }
        var function = Validator.Validate(OneFunction(Void, [.. code])).Functions[0];
        Assert.Equal(depth + 1, function.MaxControlDepth);
        Assert.Equal(2 * depth - 1, function.EndOf(0));
    }
}
