using System.Text;
using Plumb.Text;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Property: the bytes, read as UTF-8 text, either parse as a WAST script or fail with
/// <see cref="WatSyntaxException"/>; a text module inside the script that does not parse is kept as source
/// by the parser, so only the script's own syntax can fail.
/// </summary>
internal sealed class WastTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "wast";

    /// <inheritdoc />
    public override string Property => "WAST script parse succeeds or throws only WatSyntaxException";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.Scripts;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        try
        {
            WastParser.Parse(Encoding.UTF8.GetString(input), "fuzz.wast");
        }
        catch (WatSyntaxException)
        {
        }
    }
}
