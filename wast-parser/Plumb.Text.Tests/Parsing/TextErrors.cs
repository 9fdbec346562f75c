using Plumb.Binary;

namespace Plumb.Text.Tests.Parsing;

/// <summary>
/// The text front end's error contract, which the robustness properties assert on every text they
/// make: parsing either succeeds or throws exactly <see cref="WatSyntaxException"/>, whose line and
/// column point into the text (lines count at <c>\n</c>, columns in characters, one past the last
/// character for the end of input); and what parses encodes to bytes the decoder accepts.
/// </summary>
internal static class TextErrors
{
    /// <summary>The result of <paramref name="parse"/>, or null when the text is malformed as the contract says.</summary>
    public static T? ParseOrSyntaxError<T>(string text, Func<string, T> parse) where T : class
    {
        try
        {
            return parse(text);
        }
        catch (Exception e)
        {
            AssertSyntaxErrorInside(e, text);
            return null;
        }
    }

    /// <summary>The encoded module, or null when the text is malformed; non-null bytes decode.</summary>
    public static byte[]? EncodeOrSyntaxError(string text)
    {
        var bytes = ParseOrSyntaxError(text, Wat.ToBinary);
        if (bytes is not null)
        {
            try
            {
                ModuleReader.Read(bytes);
            }
            catch (WasmMalformedException e)
            {
                Assert.Fail($"the text parsed but its encoding does not decode: {e.Message} at offset {e.Offset}");
            }
        }
        return bytes;
    }

    /// <summary>Fails unless <paramref name="e"/> is a <see cref="WatSyntaxException"/> located inside <paramref name="text"/>.</summary>
    public static void AssertSyntaxErrorInside(Exception? e, string text)
    {
        if (e is not WatSyntaxException syntax)
        {
            Assert.Fail($"expected a WatSyntaxException, got {e?.ToString() ?? "none"}");
            return;
        }
        string[] lines = text.Split('\n');
        Assert.True(syntax.Line >= 1 && syntax.Line <= lines.Length, $"{syntax}: the text has {lines.Length} lines");
        int length = lines[syntax.Line - 1].Length;
        Assert.True(syntax.Column >= 1 && syntax.Column <= length + 1, $"{syntax}: line {syntax.Line} has {length} characters");
    }
}
