using Plumb.Text.Wast;

namespace Plumb.Text.Tests.Parsing;

public class HostileTextTests
{
    public static TheoryData<string, string> DeepTexts => new()
    {
        { "folded blocks", "(module (func " + string.Concat(Enumerable.Repeat("(block ", 10_000)) + new string(')', 10_002) },
        { "folded operands", "(module (func (result i32) " + string.Concat(Enumerable.Repeat("(i32.eqz ", 10_000)) + "(i32.const 0)" + new string(')', 10_002) },
        { "unclosed", "(module (func " + string.Concat(Enumerable.Repeat("(block ", 10_000)) },
        { "plain blocks", "(module (func " + string.Concat(Enumerable.Repeat("block ", 10_000)) + string.Concat(Enumerable.Repeat("end ", 10_000)) + "))" },
    };

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public void DeepNestingNeverOverflowsTheStack(string name, string text)
    {
        // Run on a small stack so that an unguarded recursion would crash the test host.
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                Wat.Parse(text);
            }
            catch (Exception e)
            {
                caught = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        if (name == "plain blocks")
        {
            Assert.Null(caught);
        }
        else
        {
            TextErrors.AssertSyntaxErrorInside(caught, text);
        }
    }

    [Fact]
    public void DeepScriptNestingIsASyntaxError()
    {
        string text = new('(', 100_000);
        Assert.Null(TextErrors.ParseOrSyntaxError(text, t => WastParser.Parse(t, "deep.wast")));
    }
}
