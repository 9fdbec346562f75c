namespace Plumb.Text.Parsing;

/// <summary>
/// The few text-format error messages whose wording changed between the 1.0 and 2.0 suites (the cases
/// are the same). As for the binary decoder, the 1.0 wording is used when no 2.0 feature is enabled;
/// the accepted syntax does not change.
/// </summary>
internal sealed class TextMessages
{
    /// <summary>The wording of the 2.0 suite.</summary>
    public static readonly TextMessages Core2 = new(v1: false);

    /// <summary>The wording of the 1.0 suite.</summary>
    public static readonly TextMessages Core1 = new(v1: true);

    private TextMessages(bool v1)
    {
        MalformedUtf8 = v1 ? "invalid UTF-8 encoding" : "malformed UTF-8 encoding";
        ResultBeforeParameter = v1 ? "result before parameter" : "unexpected token";
    }

    /// <summary>A name that is not valid UTF-8.</summary>
    public string MalformedUtf8 { get; }

    /// <summary>A <c>(param ...)</c> after a <c>(result ...)</c> in a type definition (elsewhere both suites say "unexpected token").</summary>
    public string ResultBeforeParameter { get; }

    /// <summary>The wording for a feature set: 1.0 when no 2.0 feature is enabled.</summary>
    public static TextMessages For(WasmFeatures features) => (features & WasmFeatures.Core2) == 0 ? Core1 : Core2;
}
