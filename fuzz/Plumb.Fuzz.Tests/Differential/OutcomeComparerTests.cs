using Plumb.Fuzz.Differential;
using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Tests.Differential;

public class OutcomeComparerTests
{
    private static Outcome Values(ValType type, ulong low, ulong high = 0) => Outcome.Returned([new WastValue(type, low, high)]);

    private static Outcome Trap(string message) => Outcome.Failed(OutcomeKind.Trap, message);

    public static TheoryData<string, Outcome, Outcome, bool> Cases => new()
    {
        { "equal i32", Values(ValType.I32, 5), Values(ValType.I32, 5), true },
        { "different i32", Values(ValType.I32, 5), Values(ValType.I32, 6), false },
        { "i32 against i64", Values(ValType.I32, 5), Values(ValType.I64, 5), false },
        { "two quiet f32 NaNs with other payloads", Values(ValType.F32, 0x7FC0_0000), Values(ValType.F32, 0xFFC0_0001), true },
        { "a signalling f32 NaN must match exactly", Values(ValType.F32, 0x7FA0_0000), Values(ValType.F32, 0x7FC0_0000), false },
        { "two quiet f64 NaNs", Values(ValType.F64, 0x7FF8_0000_0000_0000), Values(ValType.F64, 0xFFF8_0000_0000_0001), true },
        { "NaN against a number", Values(ValType.F64, 0x7FF8_0000_0000_0000), Values(ValType.F64, 0), false },
        { "+0 against -0", Values(ValType.F32, 0), Values(ValType.F32, 0x8000_0000), false },
        { "v128 with quiet NaN f32 lanes", Values(ValType.V128, 0x7FC0_0000_0000_0001, 2), Values(ValType.V128, 0xFFC0_0000_0000_0001, 2), true },
        { "v128 with a different integer lane", Values(ValType.V128, 1, 2), Values(ValType.V128, 1, 3), false },
        { "value against trap", Values(ValType.I32, 0), Trap("integer divide by zero"), false },
        { "same trap kind", Trap("integer divide by zero"), Trap("integer divide by zero"), true },
        { "different trap kinds", Trap("integer divide by zero"), Trap("integer overflow"), false },
        { "Wasmtime's table trap for undefined element", Trap("undefined element"), Trap("out of bounds table access"), true },
        { "an unknown message compares by category", Trap("wasm trap: something"), Trap("unreachable"), true },
        { "malformed against rejected", Outcome.Failed(OutcomeKind.Malformed, "x"), Outcome.Failed(OutcomeKind.Rejected, "y"), true },
        { "trap against exhaustion", Trap("unreachable"), Outcome.Failed(OutcomeKind.Exhaustion, "call stack exhausted"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutcomesAgreeByTheOraclesRules(string name, Outcome reference, Outcome other, bool agree)
    {
        Assert.True(OutcomeComparer.Agree(reference, other) == agree, name);
    }

    [Fact]
    public void TrapKindsAreIgnoredForEnginesThatDoNotNameThemFaithfully()
    {
        Assert.True(OutcomeComparer.Agree(Trap("integer overflow"), Trap("invalid conversion to integer"), compareTrapKinds: false));
        Assert.True(OutcomeComparer.NamesTrapKinds("wasmtime", exactMessages: false));
        Assert.False(OutcomeComparer.NamesTrapKinds("process:node harness/engines/node-engine.js", exactMessages: false));
    }
}
