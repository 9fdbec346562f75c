namespace Plumb.Text.Lexing;

/// <summary>Token classes of https://webassembly.github.io/spec/core/text/lexical.html#tokens.</summary>
internal enum TokenKind : byte
{
    /// <summary><c>(</c>.</summary>
    LParen,
    /// <summary><c>)</c>.</summary>
    RParen,
    /// <summary>A string literal; its bytes are in <see cref="Token.Bytes"/>.</summary>
    String,
    /// <summary>A symbolic identifier, <c>$name</c>.</summary>
    Id,
    /// <summary>A keyword: starts with a lowercase letter and is not a number.</summary>
    Keyword,
    /// <summary>A number literal (integer or float, including <c>inf</c>, <c>nan</c>, <c>nan:0x...</c>).</summary>
    Number,
    /// <summary>
    /// Any other run of characters (e.g. <c>0x</c>, <c>1_</c>, <c>$</c>, <c>"a"b</c>); always an error
    /// where it is read, reported as "unknown operator" like the reference interpreter.
    /// </summary>
    Reserved,
    /// <summary>End of input.</summary>
    Eof,
}
