using Plumb.Text.Wast;

namespace Plumb.Tests.Spec;

public class FrontEndWalkTests
{
    public static TheoryData<string, string, string?> Cases => new()
    {
        { "valid module passes", "(module (func (result i32) i32.const 1))", null },
        { "invalid module fails", "(module (func (result i32) i64.const 1))", "invalid: type mismatch" },
        { "invalid as expected passes", "(assert_invalid (module (func (result i32) i64.const 1)) \"type mismatch\")", null },
        { "invalid message is prefix-matched", "(assert_invalid (module (func (result i32) i64.const 1)) \"type\")", null },
        { "wrong invalid message fails", "(assert_invalid (module (func (result i32) i64.const 1)) \"unknown local\")", "invalid: type mismatch" },
        { "valid module expected invalid fails", "(assert_invalid (module (func)) \"type mismatch\")", "validates, expected invalid: type mismatch" },
        { "malformed binary passes", "(assert_malformed (module binary \"\\00asm\\02\\00\\00\\00\") \"unknown binary version\")", null },
        { "wrong malformed message fails", "(assert_malformed (module binary \"\\00asm\\02\\00\\00\\00\") \"magic header\")", "malformed: unknown binary version, expected: magic header" },
        { "well-formed binary expected malformed fails", "(assert_malformed (module binary \"\\00asm\\01\\00\\00\\00\") \"unexpected end\")", "decodes and validates, expected malformed: unexpected end" },
        { "malformed quote passes", "(assert_malformed (module quote \"(func i32.nonsense)\") \"unknown operator\")", null },
        { "wrong quote message fails", "(assert_malformed (module quote \"(func i32.nonsense)\") \"unexpected token\")", "malformed: unknown operator" },
        { "well-formed quote expected malformed fails", "(assert_malformed (module quote \"(func)\") \"unexpected token\")", "text parses and decodes, expected malformed: unexpected token" },
        { "unlinkable module must validate", "(assert_unlinkable (module (func (result i32) i64.const 1)) \"unknown import\")", "invalid: type mismatch" },
        { "module trap module must validate", "(assert_trap (module (func (result i32) i64.const 1)) \"unreachable\")", "invalid: type mismatch" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsModulesThatMissTheirExpectedOutcome(string name, string script, string? expectedFailure)
    {
        var result = FrontEndWalk.Check(WastParser.Parse(script, "test.wast"), "t/test.wast", WasmFeatures.Core2);
        Assert.Equal(1, result.ModulesChecked);
        if (expectedFailure is null)
        {
            Assert.True(result.Failures.Count == 0, $"{name}: {string.Join("; ", result.Failures)}");
        }
        else
        {
            var failure = Assert.Single(result.Failures);
            Assert.Equal("t/test.wast:1", failure.Key);
            Assert.StartsWith(expectedFailure, failure.Reason);
            Assert.Contains(name.StartsWith("wrong invalid", StringComparison.Ordinal) ? "expected: unknown local" : "", failure.Reason);
        }
    }

    [Fact]
    public void Core1RejectsCore2Encodings()
    {
        var script = WastParser.Parse("(module (func (result i32 i32) i32.const 1 i32.const 2))", "test.wast");
        Assert.Empty(FrontEndWalk.Check(script, "t", WasmFeatures.Core2).Failures);
        Assert.Single(FrontEndWalk.Check(script, "t", WasmFeatures.Core1).Failures);
    }

    [Fact]
    public void KnownFailuresCompareInBothDirections()
    {
        var known = KnownFailures.Load("front-end-known-failures.txt");
        string script = "wg-2.0/nonexistent.wast";
        Assert.Null(known.Compare(script, []));
        Assert.Contains("new failure wg-2.0/nonexistent.wast:3", known.Compare(script, [new FrontEndFailure(script + ":3", "x")]));
    }
}
