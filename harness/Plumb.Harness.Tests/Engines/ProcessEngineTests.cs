using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Harness.Tests.Engines;

public class ProcessEngineTests
{
    public static TheoryData<string, WastValue, string> Values => new()
    {
        { "i32 as unsigned bits", new(ValType.I32, 0xFFFF_FFFF), """{"type":"i32","value":"4294967295"}""" },
        { "i64 as unsigned bits", new(ValType.I64, ulong.MaxValue), """{"type":"i64","value":"18446744073709551615"}""" },
        { "f32 NaN payload", new(ValType.F32, 0x7FA0_0001), """{"type":"f32","value":"2141192193"}""" },
        { "f64 bits", new(ValType.F64, 0x8000_0000_0000_0000), """{"type":"f64","value":"9223372036854775808"}""" },
        { "v128 in memory order", new(ValType.V128, 0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908), """{"type":"v128","value":"000102030405060708090a0b0c0d0e0f"}""" },
        { "null externref", new(ValType.ExternRef, 0, IsNull: true), """{"type":"externref","value":null}""" },
        { "host reference", new(ValType.ExternRef, 7), """{"type":"externref","value":"7"}""" },
        { "null funcref", new(ValType.FuncRef, 0, IsNull: true), """{"type":"funcref","value":null}""" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ValuesAreRawBitsInTheProtocol(string name, WastValue value, string json)
    {
        Assert.True(json == ProcessEngine.ToJson(value).ToString(Newtonsoft.Json.Formatting.None), name);
        Assert.Equal(value, ProcessEngine.FromJson(Newtonsoft.Json.Linq.JObject.Parse(json)));
    }

    [Fact]
    public void AnEngineThatCannotStartFailsEveryRequestWithoutThrowing()
    {
        using var engine = new ProcessEngine("process:x", "exit 3", Plumb.Harness.Suites.Options("wg-2.0"));
        var outcome = engine.Load([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]);
        Assert.Equal(OutcomeKind.EngineError, outcome.Kind);
    }
}
