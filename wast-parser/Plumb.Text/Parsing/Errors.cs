using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>Builds the syntax errors, worded as the spec suite's <c>assert_malformed</c> commands expect.</summary>
internal static class Errors
{
    /// <summary>An error at a token.</summary>
    public static WatSyntaxException At(Token token, string message) => new(message, token.Line, token.Column);

    /// <summary>An error at a node.</summary>
    public static WatSyntaxException At(SExpr node, string message) => At(node.Token, message);

    /// <summary>
    /// A node that cannot stand where it is: "unknown operator" for reserved tokens and unknown
    /// keywords (the reference interpreter rejects those while lexing), "unexpected token" otherwise.
    /// </summary>
    public static WatSyntaxException Unexpected(SExpr node)
    {
        var token = node.Token;
        if (!node.IsList && (token.Kind == TokenKind.Reserved || (token.Kind == TokenKind.Keyword && !Keywords.IsKnown(token.Text))))
        {
            return At(token, "unknown operator " + token.Text);
        }
        return At(token, "unexpected token");
    }
}
