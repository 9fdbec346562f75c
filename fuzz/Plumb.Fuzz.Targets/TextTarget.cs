using System.Text;
using Plumb.Text;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Property: the bytes, read as UTF-8 text, either fail to parse as a text module with
/// <see cref="WatSyntaxException"/> or parse, and then the text round trip is exact: encode, decode and
/// print (<see cref="Wat.FromBinary"/>), parse the printed text and encode again gives the same binary.
/// A parse error of another type, a printed module that does not parse, or a different binary is a finding.
/// </summary>
internal sealed class TextTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "text";

    /// <inheritdoc />
    public override string Property => "WAT parse throws only WatSyntaxException; when it succeeds, encode, print, parse, encode gives the same binary";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.TextModules;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        // Invalid UTF-8 becomes U+FFFD, which the lexer must reject like any other stray character.
        string text = Encoding.UTF8.GetString(input);
        byte[] first;
        try
        {
            first = Wat.ToBinary(text);
        }
        catch (WatSyntaxException)
        {
            return;
        }
        // The encoder's output is well-formed by contract, so the printer's decoder must accept it, and
        // the printer's text must parse: neither is caught here.
        string printed = Wat.FromBinary(first);
        byte[] second = Wat.ToBinary(printed);
        if (!first.AsSpan().SequenceEqual(second))
        {
            int at = first.AsSpan().CommonPrefixLength(second);
            throw new FuzzFindingException(
                $"the text round trip changed the binary at byte {at} ({first.Length} bytes, then {second.Length}); printed text:\n{printed}");
        }
    }
}
