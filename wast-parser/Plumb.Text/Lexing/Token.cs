namespace Plumb.Text.Lexing;

/// <summary>One token: its class, its source text and where it starts.</summary>
/// <param name="Kind">The token class.</param>
/// <param name="Text">The token exactly as written (strings with their quotes); an id written as a string, <c>$"a b"</c>, as <c>$</c> and the string's value (<c>$a b</c>), so that it is the same id as one written plainly.</param>
/// <param name="Offset">Character offset of the token in the source.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Bytes">The value of a string token (escapes resolved, UTF-8 encoded); null otherwise.</param>
internal sealed record Token(TokenKind Kind, string Text, int Offset, int Line, int Column, byte[]? Bytes = null)
{
    /// <summary>True for a keyword with exactly this text.</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Keyword && Text == keyword;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' at {Line}:{Column}";
}
