namespace Plumb.Text.Lexing;

/// <summary>
/// A node of the parenthesised token tree: an atom (one token) or a list. Modules and scripts are
/// read from this tree, so that looking ahead (e.g. for inline imports) and collecting ids before
/// resolving them never re-lexes the text.
/// </summary>
internal sealed class SExpr
{
    private SExpr(Token token, SExpr[]? items, Token? close)
    {
        Token = token;
        Items = items;
        Close = close;
    }

    /// <summary>The atom's token, or a list's opening parenthesis.</summary>
    public Token Token { get; }

    /// <summary>A list's elements; null for an atom.</summary>
    public SExpr[]? Items { get; }

    /// <summary>A list's closing parenthesis.</summary>
    public Token? Close { get; }

    /// <summary>True for a list.</summary>
    public bool IsList => Items is not null;

    /// <summary>The keyword a list starts with, or null.</summary>
    public string? Head => Items is { Length: > 0 } items && items[0].Token.Kind == TokenKind.Keyword && !items[0].IsList
        ? items[0].Token.Text
        : null;

    /// <summary>True for a list starting with the keyword.</summary>
    public bool Is(string head) => Head == head;

    /// <summary>True for an atom of the kind.</summary>
    public bool IsAtom(TokenKind kind) => Items is null && Token.Kind == kind;

    /// <summary>True for a keyword atom with this text.</summary>
    public bool IsKeyword(string keyword) => Items is null && Token.IsKeyword(keyword);

    /// <summary>
    /// Nesting deeper than this is refused: the parsers recurse over the tree and .NET cannot catch a
    /// stack overflow (wast-parser/RATIONALE.md, "How deep may text nest?").
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>Builds the top-level nodes of a text.</summary>
    /// <exception cref="WatSyntaxException">A lexical error, unbalanced parentheses or nesting deeper than <see cref="MaxDepth"/>.</exception>
    public static List<SExpr> Build(string text)
    {
        var nodes = Read(text, out var deferred);
        return deferred is null ? nodes : throw deferred;
    }

    /// <summary>
    /// Builds the top-level nodes of a text up to its first lexical or bracketing error, which is returned
    /// in <paramref name="deferred"/>: lists still open at that point are closed there, so a parser can
    /// report an earlier error of its own first (see <see cref="ReportFirst"/>).
    /// </summary>
    public static List<SExpr> Read(string text, out WatSyntaxException? deferred)
    {
        var tokens = Lexer.Tokenize(text, out deferred);
        // Iterative on purpose: hostile input may nest parentheses arbitrarily deep.
        var top = new List<SExpr>();
        var stack = new Stack<(Token Open, List<SExpr> Parent)>();
        var current = top;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.LParen)
            {
                if (stack.Count >= MaxDepth)
                {
                    deferred ??= new WatSyntaxException("nesting too deep", token.Line, token.Column);
                    return CloseAll(token);
                }
                stack.Push((token, current));
                current = [];
            }
            else if (token.Kind == TokenKind.RParen)
            {
                if (stack.Count == 0)
                {
                    deferred ??= new WatSyntaxException("unexpected token", token.Line, token.Column);
                    return top;
                }
                var (open, parent) = stack.Pop();
                parent.Add(new SExpr(open, current.ToArray(), token));
                current = parent;
            }
            else if (token.Kind == TokenKind.Eof)
            {
                if (stack.Count > 0) deferred ??= new WatSyntaxException("unexpected end of input", token.Line, token.Column);
                return CloseAll(token);
            }
            else
            {
                current.Add(new SExpr(token, null, null));
            }
        }
        throw new InvalidOperationException("token list without Eof");

        List<SExpr> CloseAll(Token at)
        {
            while (stack.Count > 0)
            {
                var (open, parent) = stack.Pop();
                parent.Add(new SExpr(open, current.ToArray(), at));
                current = parent;
            }
            return top;
        }
    }

    /// <summary>
    /// Runs <paramref name="parse"/> over nodes read with a deferred error and reports whichever error
    /// comes first in the text: the parser's own, or the deferred one.
    /// </summary>
    public static T ReportFirst<T>(WatSyntaxException? deferred, Func<T> parse)
    {
        T result;
        try
        {
            result = parse();
        }
        catch (WatSyntaxException e) when (deferred is not null && (e.Line, e.Column).CompareTo((deferred.Line, deferred.Column)) >= 0)
        {
            throw deferred;
        }
        return deferred is null ? result : throw deferred;
    }

    /// <inheritdoc />
    public override string ToString() => Items is null ? Token.Text : $"({string.Join(" ", Items.Select(i => i.ToString()))})";
}
