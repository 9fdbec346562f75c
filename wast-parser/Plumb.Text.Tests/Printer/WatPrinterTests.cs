using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Text.Tests.Printer;

public class WatPrinterTests
{
    public static TheoryData<string, uint, string> F32Cases => new()
    {
        { "zero", 0x00000000, "0" },
        { "negative zero", 0x80000000, "-0" },
        { "one", 0x3F800000, "1" },
        { "short decimal", 0x3FC00000, "1.5" },
        { "tenth", 0x3DCCCCCD, "0.1" },
        { "needs hex", 0x3F800001, "0x1.000002p+0" },
        { "largest", 0x7F7FFFFF, "0x1.fffffep+127" },
        { "smallest subnormal", 0x00000001, "0x0.000002p-126" },
        { "largest subnormal", 0x007FFFFF, "0x0.fffffep-126" },
        { "infinity", 0x7F800000, "inf" },
        { "negative infinity", 0xFF800000, "-inf" },
        { "canonical nan", 0x7FC00000, "nan" },
        { "negative canonical nan", 0xFFC00000, "-nan" },
        { "nan payload", 0x7FA00001, "nan:0x200001" },
        { "signalling nan", 0xFF800001, "-nan:0x1" },
    };

    [Theory]
    [MemberData(nameof(F32Cases))]
    public void F32LiteralsAreExact(string name, uint bits, string expected)
    {
        Assert.True(expected == WatPrinter.FormatF32(bits), name);
    }

    public static TheoryData<string, ulong, string> F64Cases => new()
    {
        { "zero", 0, "0" },
        { "negative zero", 0x8000000000000000, "-0" },
        { "tenth", 0x3FB999999999999A, "0.1" },
        { "big short", 0x4415AF1D78B58C40, "1E+20" },
        { "pi", 0x400921FB54442D18, "0x1.921fb54442d18p+1" },
        { "largest", 0x7FEFFFFFFFFFFFFF, "0x1.fffffffffffffp+1023" },
        { "smallest subnormal", 0x0000000000000001, "0x0.0000000000001p-1022" },
        { "infinity", 0x7FF0000000000000, "inf" },
        { "canonical nan", 0x7FF8000000000000, "nan" },
        { "nan payload", 0xFFF0000000000001, "-nan:0x1" },
    };

    [Theory]
    [MemberData(nameof(F64Cases))]
    public void F64LiteralsAreExact(string name, ulong bits, string expected)
    {
        Assert.True(expected == WatPrinter.FormatF64(bits), name);
    }

    [Fact]
    public void DecimalLiteralsReadBackToTheSameBits()
    {
        var random = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            uint bits32 = (uint)random.NextInt64();
            string text32 = WatPrinter.FormatF32(bits32);
            if (!text32.Contains('x') && !text32.Contains("nan") && !text32.Contains("inf"))
            {
                Assert.Equal(bits32, BitConverter.SingleToUInt32Bits(float.Parse(text32, System.Globalization.CultureInfo.InvariantCulture)));
            }
            ulong bits64 = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
            string text64 = WatPrinter.FormatF64(bits64);
            if (!text64.Contains('x') && !text64.Contains("nan") && !text64.Contains("inf"))
            {
                Assert.Equal(bits64, BitConverter.DoubleToUInt64Bits(double.Parse(text64, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    [Fact]
    public void PrintsEverySectionInFlatForm()
    {
        var funcType = new FuncType([ValType.I32], [ValType.I32]);
        Instruction[] code =
        [
            new(Opcode.Block, C: unchecked((ulong)BlockType.Of(ValType.I32).Raw)),
            new(Opcode.LocalGet, A: 0),
            new(Opcode.BrTable, A: 0, B: 3),
            new(Opcode.End),
            new(Opcode.I32Load8U, A: 0, C: 4),
            new(Opcode.I32Load, A: 1),
            new(Opcode.F64Const, C: 0x7FF0000000000001),
            new(Opcode.Drop),
            new(Opcode.V128Const, C: 0x0000000200000001, D: 0xFFFFFFFF00000003),
            new(Opcode.Drop),
            new(Opcode.I32Const, C: 1),
            new(Opcode.I32Const, C: 2),
            new(Opcode.SelectT, A: 3, B: 1),
            new(Opcode.CallIndirect, A: 0, B: 1),
            new(Opcode.End),
        ];
        var module = new Module
        {
            Types = [funcType],
            Imports = [new Import("env", "f\"\n", ExternKind.Func) { FuncTypeIndex = 0 }],
            Functions = [0],
            Tables = [new TableType(ValType.FuncRef, new Limits(1, 10)), new TableType(ValType.ExternRef, new Limits(0, null))],
            Memories = [new MemoryType(new Limits(1, 2))],
            Globals = [new Global(new GlobalType(ValType.I64, true), new ConstExpr([new Instruction(Opcode.I64Const, C: unchecked((ulong)-5L))]))],
            Exports = [new Export("run", ExternKind.Func, 1)],
            Start = 0,
            Elements =
            [
                new ElementSegment(SegmentMode.Active, ValType.FuncRef, [RefFunc(0), RefFunc(1)]) { Offset = I32Const(0) },
                new ElementSegment(SegmentMode.Passive, ValType.FuncRef, [RefFunc(1), new ConstExpr([new Instruction(Opcode.RefNull, A: 0x70)])]) { UsesExpressions = true },
                new ElementSegment(SegmentMode.Declarative, ValType.FuncRef, [RefFunc(0)]),
                new ElementSegment(SegmentMode.Active, ValType.ExternRef, []) { TableIndex = 1, Offset = I32Const(2), UsesExpressions = true },
            ],
            Codes = [new FunctionBody([new LocalRun(2, ValType.I64)], [.. code], [0, 0, 1, (uint)ValType.I32])],
            Data = [new DataSegment(SegmentMode.Active, [0x61, 0x00, 0x5C, 0xFF]) { Offset = I32Const(8) }, new DataSegment(SegmentMode.Passive, [])],
            Names = new NameSection { ModuleName = "m", FunctionNames = ImmutableDictionary<uint, string>.Empty.Add(1, "run").Add(0, "has space") },
        };

        string expected = """
            (module $m
              (type (;0;) (func (param i32) (result i32)))
              (import "env" "f\22\0a" (func $"has space" (;0;) (type 0)))
              (func $run (;1;) (type 0)
                (local i64 i64)
                block (result i32)
                  local.get 0
                  br_table 0 0 1
                end
                i32.load8_u offset=4
                i32.load align=2
                f64.const nan:0x1
                drop
                v128.const i32x4 0x00000001 0x00000002 0x00000003 0xffffffff
                drop
                i32.const 1
                i32.const 2
                select (result i32)
                call_indirect 1 (type 0))
              (table (;0;) 1 10 funcref)
              (table (;1;) 0 externref)
              (memory (;0;) 1 2)
              (global (;0;) (mut i64) (i64.const -5))
              (export "run" (func 1))
              (start 0)
              (elem (;0;) (offset (i32.const 0)) func 0 1)
              (elem (;1;) funcref (item (ref.func 1)) (item (ref.null func)))
              (elem (;2;) declare func 0)
              (elem (;3;) (table 1) (offset (i32.const 2)) externref)
              (data (;0;) (offset (i32.const 8)) "a\00\5c\ff")
              (data (;1;) "")
            )

            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), WatPrinter.Print(module));
    }

    [Fact]
    public void EveryImmediateShapeHasAPrinter()
    {
        // Each row printed alone (vectors empty, so br_table and typed select get zero-length slices).
        foreach (var row in InstructionTable.All)
        {
            var body = new FunctionBody([], [new Instruction(row.Opcode), new Instruction(Opcode.End)], []);
            var module = new Module { Types = [FuncType.Empty], Functions = [0], Codes = [body] };
            string text = WatPrinter.Print(module);
            Assert.Contains(row.Mnemonic, text);
        }
    }

    private static ConstExpr RefFunc(uint index) => new([new Instruction(Opcode.RefFunc, A: index)]);

    private static ConstExpr I32Const(int value) => new([new Instruction(Opcode.I32Const, C: (uint)value)]);

    [Fact]
    public void DeepNestingPrintsInLinearSpace()
    {
        // 30,000 nested blocks: with an indent growing per level the text was about 900 MB.
        const int depth = 30_000;
        string wat = "(module (func" + string.Concat(Enumerable.Repeat(" block", depth)) + string.Concat(Enumerable.Repeat(" end", depth)) + "))";
        string text = Wat.FromBinary(Wat.ToBinary(wat));
        Assert.True(text.Length < 2 * depth * 80, $"{text.Length} characters");
        // The nesting stays readable up to the cap, and the text still means the same module.
        Assert.Contains("\n" + new string(' ', 2 * 32) + "block", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string(' ', 2 * 32 + 1), text, StringComparison.Ordinal);
        Assert.Equal(Wat.ToBinary(wat), Wat.ToBinary(text));
    }
}
