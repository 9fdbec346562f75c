using Plumb.Text.Wast;

namespace Plumb.Fuzz.Tests;

public class FuzzCaseTests
{
    [Fact]
    public void ACaseKeepsItsModuleAndCallsInOrder()
    {
        var call = new FuzzCall("f", [new WastValue(ValType.I32, 7)]);
        var fuzzCase = new FuzzCase(3, [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00], [call, call with { Export = "g" }]);
        Assert.Equal(["f", "g"], fuzzCase.Calls.Select(c => c.Export));
        Assert.Equal(7UL, fuzzCase.Calls[0].Args[0].Low);
    }
}
