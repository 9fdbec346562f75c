using System.Text;

namespace Plumb.Text.Lexing;

/// <summary>
/// Splits text into tokens (https://webassembly.github.io/spec/core/text/lexical.html). Tokens are
/// maximal runs of characters between white space, comments and parentheses; a run that is neither one
/// string, an id, a number nor a keyword becomes <see cref="TokenKind.Reserved"/>, which the parser
/// reports as "unknown operator" exactly where the reference interpreter's lexer would.
/// </summary>
internal static class Lexer
{
    /// <summary>Tokenizes <paramref name="text"/>; the list ends with an <see cref="TokenKind.Eof"/> token.</summary>
    /// <exception cref="WatSyntaxException">An unclosed comment or a malformed string literal.</exception>
    public static List<Token> Tokenize(string text)
    {
        var tokens = Tokenize(text, out var error);
        return error is null ? tokens : throw error;
    }

    /// <summary>
    /// Tokenizes up to the first lexical error, which is returned rather than thrown (the list then ends
    /// with an Eof token at the error), so that a parser can report an earlier syntax error first, as
    /// the reference interpreter's streaming parser does.
    /// </summary>
    public static List<Token> Tokenize(string text, out WatSyntaxException? error)
    {
        error = null;
        var tokens = new List<Token>();
        int line = 1, lineStart = 0, pos = 0;
        try
        {
            Scan(text, tokens, ref pos, ref line, ref lineStart);
        }
        catch (WatSyntaxException e)
        {
            error = e;
            tokens.Add(new Token(TokenKind.Eof, "", pos, e.Line, e.Column));
        }
        return tokens;
    }

    private static void Scan(string text, List<Token> tokens, ref int pos, ref int line, ref int lineStart)
    {
        int n = text.Length;
        while (true)
        {
            SkipWhiteSpace(text, ref pos, ref line, ref lineStart);
            if (pos >= n)
            {
                tokens.Add(new Token(TokenKind.Eof, "", n, line, n - lineStart + 1));
                return;
            }
            int start = pos;
            int column = start - lineStart + 1;
            char first = text[pos];
            if (first == '(' && pos + 1 < n && text[pos + 1] == '@' && !IsCustomAnnotation(text, pos + 2))
            {
                // An annotation other than @custom is white space to every reader that does not know it (the
                // annotations proposal, now in the spec's text format: https://webassembly.github.io/annotations/core/text/lexical.html#annotations).
                SkipAnnotation(text, ref pos, ref line, ref lineStart);
                continue;
            }
            if (first == '$' && EndsToken(text, pos + 1))
            {
                throw new WatSyntaxException("empty identifier", line, column);
            }
            if (first == '$' && text[pos + 1] == '"' && QuotedId(text, pos, line, lineStart) is { } quoted)
            {
                // $"..." is the id whose name is the string's value: $"a" and $a are one id.
                tokens.Add(new Token(TokenKind.Id, "$" + quoted.Name, start, line, column));
                pos = quoted.End;
                continue;
            }
            if (first == '(')
            {
                tokens.Add(new Token(TokenKind.LParen, "(", start, line, column));
                pos++;
                continue;
            }
            if (first == ')')
            {
                tokens.Add(new Token(TokenKind.RParen, ")", start, line, column));
                pos++;
                continue;
            }

            int strings = 0, others = 0;
            byte[]? bytes = null;
            while (pos < n)
            {
                char c = text[pos];
                if (c is ' ' or '\t' or '\n' or '\r' or '(' or ')' || (c == ';' && pos + 1 < n && text[pos + 1] == ';'))
                {
                    break;
                }
                if (c == '"')
                {
                    bytes = ScanString(text, ref pos, line, lineStart);
                    strings++;
                }
                else
                {
                    pos++;
                    others++;
                }
            }
            string tokenText = text[start..pos];
            TokenKind kind = strings == 1 && others == 0 ? TokenKind.String
                : strings > 0 ? TokenKind.Reserved
                : Classify(tokenText);
            tokens.Add(new Token(kind, tokenText, start, line, column, kind == TokenKind.String ? bytes : null));
        }
    }

    /// <summary>True for the characters allowed in keywords, ids and numbers (idchar).</summary>
    public static bool IsIdChar(char c) =>
        c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '/' or ':'
            or '<' or '=' or '>' or '?' or '@' or '\\' or '^' or '_' or '`' or '|' or '~';

    private static TokenKind Classify(string text)
    {
        foreach (char c in text)
        {
            if (!IsIdChar(c)) return TokenKind.Reserved;
        }
        if (text[0] == '$') return text.Length > 1 ? TokenKind.Id : TokenKind.Reserved;
        if (NumberSyntax.IsNumber(text)) return TokenKind.Number;
        return text[0] is >= 'a' and <= 'z' ? TokenKind.Keyword : TokenKind.Reserved;
    }

    /// <summary>Skips white space and comments (https://webassembly.github.io/spec/core/text/lexical.html#white-space).</summary>
    private static void SkipWhiteSpace(string text, ref int pos, ref int line, ref int lineStart)
    {
        int n = text.Length;
        while (pos < n)
        {
            char c = text[pos];
            if (c == '\n' || c == '\r')
            {
                // Lines are counted at \n only, as the reference interpreter and editors count them,
                // so that script line numbers (and known-failure keys) match what a reader sees.
                pos++;
                if (c == '\n')
                {
                    line++;
                    lineStart = pos;
                }
            }
            else if (c == ' ' || c == '\t')
            {
                pos++;
            }
            else if (c == ';' && pos + 1 < n && text[pos + 1] == ';')
            {
                // A line comment ends at any newline form, \r included (comments.wast, "f2").
                while (pos < n && text[pos] != '\n' && text[pos] != '\r') pos++;
            }
            else if (c == '(' && pos + 1 < n && text[pos + 1] == ';')
            {
                SkipBlockComment(text, ref pos, ref line, ref lineStart);
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsSurrogatePair(string text, int pos) =>
        char.IsHighSurrogate(text[pos]) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]);

    /// <summary>True when a token ends at <paramref name="pos"/>: the end, white space, a parenthesis or a line comment.</summary>
    private static bool EndsToken(string text, int pos) =>
        pos >= text.Length || text[pos] is ' ' or '\t' or '\n' or '\r' or '(' or ')'
            || (text[pos] == ';' && pos + 1 < text.Length && text[pos + 1] == ';');

    /// <summary>True when the annotation whose id starts at <paramref name="pos"/> is <c>@custom</c>, which the parser reads.</summary>
    private static bool IsCustomAnnotation(string text, int pos) =>
        text.AsSpan(pos).StartsWith("custom", StringComparison.Ordinal) && (pos + 6 >= text.Length || !IsIdChar(text[pos + 6]) && text[pos + 6] != '"');

    /// <summary>
    /// The name and end of the id <c>$"..."</c> at <paramref name="pos"/> (https://webassembly.github.io/spec/core/text/values.html#text-id):
    /// null when the string is followed by more token characters (a reserved token). The string must be a non-empty,
    /// well-formed UTF-8 name; one that does not even scan leaves <c>$</c> alone, as the reference lexer reads it:
    /// an empty identifier.
    /// </summary>
    private static (string Name, int End)? QuotedId(string text, int pos, int line, int lineStart)
    {
        int end = pos + 1;
        byte[] bytes;
        try
        {
            bytes = ScanString(text, ref end, line, lineStart);
        }
        catch (WatSyntaxException)
        {
            throw new WatSyntaxException("empty identifier", line, pos - lineStart + 1);
        }
        if (!EndsToken(text, end))
        {
            return null;
        }
        if (bytes.Length == 0)
        {
            throw new WatSyntaxException("empty identifier", line, pos - lineStart + 1);
        }
        return (Utf8Name(bytes, line, pos - lineStart + 1), end);
    }

    /// <summary>The UTF-8 <paramref name="bytes"/> as a string, or "malformed UTF-8 encoding" at the given place.</summary>
    private static string Utf8Name(byte[] bytes, int line, int column)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new WatSyntaxException("malformed UTF-8 encoding", line, column);
        }
    }

    /// <summary>
    /// Skips an annotation <c>(@id ...)</c> at <paramref name="pos"/>: its id (idchars, or a non-empty UTF-8 string), then
    /// balanced tokens, strings and comments to its closing parenthesis. Outside strings only the characters of tokens
    /// may appear ("illegal character" otherwise), and it must close ("unclosed annotation").
    /// </summary>
    private static void SkipAnnotation(string text, ref int pos, ref int line, ref int lineStart)
    {
        int n = text.Length;
        int startLine = line, startColumn = pos - lineStart + 1;
        pos += 2;
        int idStart = pos;
        if (pos < n && text[pos] == '"')
        {
            byte[] id;
            try
            {
                id = ScanString(text, ref pos, line, lineStart);
            }
            catch (WatSyntaxException)
            {
                throw new WatSyntaxException("empty annotation id", startLine, startColumn);
            }
            if (id.Length == 0)
            {
                throw new WatSyntaxException("empty annotation id", startLine, startColumn);
            }
            Utf8Name(id, line, idStart - lineStart + 1);
        }
        else
        {
            while (pos < n && IsIdChar(text[pos])) pos++;
            if (pos == idStart)
            {
                throw new WatSyntaxException("empty annotation id", startLine, startColumn);
            }
        }
        int depth = 1;
        while (true)
        {
            SkipWhiteSpace(text, ref pos, ref line, ref lineStart);
            if (pos >= n)
            {
                throw new WatSyntaxException("unclosed annotation", startLine, startColumn);
            }
            char c = text[pos];
            if (c == '(')
            {
                depth++;
                pos++;
            }
            else if (c == ')')
            {
                pos++;
                if (--depth == 0)
                {
                    return;
                }
            }
            else if (c == '"')
            {
                ScanString(text, ref pos, line, lineStart);
            }
            else if (IsIdChar(c) || c is ',' or ';' or '[' or ']' or '{' or '}')
            {
                pos++;
            }
            else
            {
                // A lone surrogate stands for a byte of malformed UTF-8 in the source (see WastParser.QuotedSource).
                throw new WatSyntaxException(char.IsSurrogate(c) && !IsSurrogatePair(text, pos) ? "malformed UTF-8 encoding" : "illegal character",
                    line, pos - lineStart + 1);
            }
        }
    }

    private static void SkipBlockComment(string text, ref int pos, ref int line, ref int lineStart)
    {
        int startLine = line, startColumn = pos - lineStart + 1;
        int depth = 0;
        int n = text.Length;
        while (pos < n)
        {
            char c = text[pos];
            if (c == '(' && pos + 1 < n && text[pos + 1] == ';')
            {
                depth++;
                pos += 2;
            }
            else if (c == ';' && pos + 1 < n && text[pos + 1] == ')')
            {
                depth--;
                pos += 2;
                if (depth == 0) return;
            }
            else if (c == '\n')
            {
                pos++;
                line++;
                lineStart = pos;
            }
            else
            {
                pos++;
            }
        }
        throw new WatSyntaxException("unclosed comment", startLine, startColumn);
    }

    /// <summary>Reads a string literal (https://webassembly.github.io/spec/core/text/values.html#strings) into its bytes.</summary>
    private static byte[] ScanString(string text, ref int pos, int line, int lineStart)
    {
        int start = pos;
        var bytes = new List<byte>();
        Span<byte> utf8 = stackalloc byte[4];
        pos++;
        int n = text.Length;
        while (true)
        {
            if (pos >= n) throw Error("unclosed string literal", start);
            char c = text[pos];
            if (c == '"')
            {
                pos++;
                return bytes.ToArray();
            }
            if (c == '\n' || c == '\r') throw Error("unclosed string literal", start);
            if (c < 0x20 || c == 0x7F) throw Error("illegal control character in string literal", pos);
            if (c == '\\')
            {
                if (pos + 1 >= n) throw Error("unclosed string literal", start);
                char e = text[pos + 1];
                switch (e)
                {
                    case 'n': bytes.Add((byte)'\n'); pos += 2; continue;
                    case 't': bytes.Add((byte)'\t'); pos += 2; continue;
                    case 'r': bytes.Add((byte)'\r'); pos += 2; continue;
                    case '"': bytes.Add((byte)'"'); pos += 2; continue;
                    case '\'': bytes.Add((byte)'\''); pos += 2; continue;
                    case '\\': bytes.Add((byte)'\\'); pos += 2; continue;
                    case 'u':
                    {
                        int p = pos + 2;
                        if (p >= n || text[p] != '{') throw Error("illegal escape", pos);
                        p++;
                        int digitsStart = p;
                        long value = 0;
                        bool lastUnderscore = true;
                        while (p < n && (IsHexDigit(text[p]) || (text[p] == '_' && !lastUnderscore)))
                        {
                            if (text[p] != '_')
                            {
                                value = Math.Min(value * 16 + HexValue(text[p]), 0x7FFF_FFFF);
                                lastUnderscore = false;
                            }
                            else
                            {
                                lastUnderscore = true;
                            }
                            p++;
                        }
                        if (p == digitsStart || lastUnderscore || p >= n || text[p] != '}') throw Error("illegal escape", pos);
                        if (value >= 0x110000 || value is >= 0xD800 and < 0xE000) throw Error("malformed UTF-8 encoding", pos);
                        int len = new Rune((int)value).EncodeToUtf8(utf8);
                        for (int i = 0; i < len; i++) bytes.Add(utf8[i]);
                        pos = p + 1;
                        continue;
                    }
                    default:
                        if (IsHexDigit(e) && pos + 2 < n && IsHexDigit(text[pos + 2]))
                        {
                            bytes.Add((byte)(HexValue(e) * 16 + HexValue(text[pos + 2])));
                            pos += 3;
                            continue;
                        }
                        throw Error("illegal escape", pos);
                }
            }
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || pos + 1 >= n || !char.IsLowSurrogate(text[pos + 1]))
                {
                    throw Error("malformed UTF-8 encoding", pos);
                }
                int len = new Rune(c, text[pos + 1]).EncodeToUtf8(utf8);
                for (int i = 0; i < len; i++) bytes.Add(utf8[i]);
                pos += 2;
                continue;
            }
            if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                int len = new Rune(c).EncodeToUtf8(utf8);
                for (int i = 0; i < len; i++) bytes.Add(utf8[i]);
            }
            pos++;
        }

        WatSyntaxException Error(string message, int at) => new(message, line, at - lineStart + 1);
    }

    internal static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    internal static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
