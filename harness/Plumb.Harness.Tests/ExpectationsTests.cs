using Plumb.Text.Wast;

namespace Plumb.Harness.Tests;

public class ExpectationsTests
{
    public static TheoryData<string, WastExpected, WastValue, bool> Cases => new()
    {
        { "f32 canonical NaN", new ExpectedNan(ValType.F32, NanKind.Canonical), new(ValType.F32, 0x7FC0_0000), true },
        { "f32 negative canonical NaN", new ExpectedNan(ValType.F32, NanKind.Canonical), new(ValType.F32, 0xFFC0_0000), true },
        { "f32 payload is not canonical", new ExpectedNan(ValType.F32, NanKind.Canonical), new(ValType.F32, 0x7FC0_0001), false },
        { "f32 payload is arithmetic", new ExpectedNan(ValType.F32, NanKind.Arithmetic), new(ValType.F32, 0x7FC0_0001), true },
        { "f32 signalling NaN is not arithmetic", new ExpectedNan(ValType.F32, NanKind.Arithmetic), new(ValType.F32, 0x7FA0_0000), false },
        { "f32 infinity is no NaN", new ExpectedNan(ValType.F32, NanKind.Arithmetic), new(ValType.F32, 0x7F80_0000), false },
        { "f64 canonical NaN", new ExpectedNan(ValType.F64, NanKind.Canonical), new(ValType.F64, 0x7FF8_0000_0000_0000), true },
        { "f64 signalling NaN is not arithmetic", new ExpectedNan(ValType.F64, NanKind.Arithmetic), new(ValType.F64, 0x7FF4_0000_0000_0000), false },
        { "f64 pattern rejects an f32", new ExpectedNan(ValType.F64, NanKind.Canonical), new(ValType.F32, 0x7FC0_0000), false },
        { "floats compare by bits: -0 is not 0", new ExpectedValue(new(ValType.F32, 0)), new(ValType.F32, 0x8000_0000), false },
        { "i32 ignores nothing but the type", new ExpectedValue(new(ValType.I32, 1)), new(ValType.I64, 1), false },
        { "null externref", new ExpectedValue(new(ValType.ExternRef, 0, IsNull: true)), new(ValType.ExternRef, 0, IsNull: true), true },
        { "non-null is not null", new ExpectedValue(new(ValType.ExternRef, 0, IsNull: true)), new(ValType.ExternRef, 0), false },
        { "any funcref rejects null", new ExpectedAnyRef(ValType.FuncRef), new(ValType.FuncRef, 0, IsNull: true), false },
        { "any externref accepts a host ref", new ExpectedAnyRef(ValType.ExternRef), new(ValType.ExternRef, 3), true },
        { "i8x16 lanes compare low 8 bits", new ExpectedV128("i8x16", Enumerable.Repeat<WastExpected>(new ExpectedValue(new(ValType.I32, 0xFFFF_FFFF)), 16).ToList()), new(ValType.V128, ulong.MaxValue, ulong.MaxValue), true },
        { "f32x4 NaN lanes", new ExpectedV128("f32x4", [new ExpectedNan(ValType.F32, NanKind.Canonical), new ExpectedValue(new(ValType.F32, 0)), new ExpectedValue(new(ValType.F32, 0)), new ExpectedNan(ValType.F32, NanKind.Arithmetic)]), new(ValType.V128, 0x7FC0_0000, 0x7FC0_0001_0000_0000), true },
        { "f32x4 lane order", new ExpectedV128("f32x4", [new ExpectedValue(new(ValType.F32, 0)), new ExpectedNan(ValType.F32, NanKind.Canonical), new ExpectedValue(new(ValType.F32, 0)), new ExpectedValue(new(ValType.F32, 0))]), new(ValType.V128, 0x7FC0_0000, 0), false },
        { "wrong lane count", new ExpectedV128("i64x2", [new ExpectedValue(new(ValType.I64, 0))]), new(ValType.V128, 0, 0), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesBitForBit(string name, WastExpected expected, WastValue actual, bool matches)
    {
        Assert.True(matches == Expectations.Match(expected, actual), name);
    }
}
