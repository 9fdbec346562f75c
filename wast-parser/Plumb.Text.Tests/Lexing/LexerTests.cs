using Plumb.Text.Lexing;

namespace Plumb.Text.Tests.Lexing;

public class LexerTests
{
    public static TheoryData<string, string, string> SingleTokens => new()
    {
        { "keyword", "i32.add", "Keyword" },
        { "id", "$l$l", "Id" },
        { "id with symbols", "$a!#%&'*+-./:<=>?@\\^_`|~", "Id" },
        { "dollar glued to a comma", "$,", "Reserved" },
        { "nat", "0x1_F", "Number" },
        { "signed int", "-12_345", "Number" },
        { "float", "+1.5e-3", "Number" },
        { "float without fraction digits", "1.", "Number" },
        { "hex float", "0x1.8p+3", "Number" },
        { "inf", "-inf", "Number" },
        { "nan payload", "nan:0x7f_ffff", "Number" },
        { "canonical nan is a keyword", "nan:canonical", "Keyword" },
        { "bad nan payload", "nan:1", "Keyword" },
        { "bare hex prefix", "0x", "Reserved" },
        { "leading underscore", "_100", "Reserved" },
        { "trailing underscore", "1_", "Reserved" },
        { "double underscore", "1__0", "Reserved" },
        { "underscore before dot", "1_.0", "Reserved" },
        { "empty exponent", "0e", "Reserved" },
        { "keyword glued to number", "0drop", "Reserved" },
        { "uppercase start", "Abc", "Reserved" },
        { "string", "\"a b\"", "String" },
        { "two strings glued", "\"a\"\"b\"", "Reserved" },
        { "id glued to string", "$l\"a\"", "Reserved" },
        { "quoted id glued to more", "$\"a\"b", "Reserved" },
        { "comma", "a,b", "Reserved" },
        { "memarg keyword", "offset=0x10", "Keyword" },
    };

    [Theory]
    [MemberData(nameof(SingleTokens))]
    public void ClassifiesTokens(string name, string text, string expected)
    {
        var tokens = Lexer.Tokenize(text);
        Assert.True(tokens.Count == 2, name);
        Assert.Equal(expected, tokens[0].Kind.ToString());
        Assert.Equal(text, tokens[0].Text);
    }

    public static TheoryData<string, string, byte[]> Strings => new()
    {
        { "plain", "\"abc\"", "abc"u8.ToArray() },
        { "simple escapes", "\"\\t\\n\\r\\\"\\'\\\\\"", "\t\n\r\"'\\"u8.ToArray() },
        { "hex escapes", "\"\\00\\ff\\7F\"", [0x00, 0xFF, 0x7F] },
        { "unicode escape", "\"\\u{48}\\u{1F600}\\u{1_0000}\"", [0x48, 0xF0, 0x9F, 0x98, 0x80, 0xF0, 0x90, 0x80, 0x80] },
        { "non-ASCII source", "\"é😀\"", [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80] },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void DecodesStringEscapes(string name, string text, byte[] expected)
    {
        var token = Lexer.Tokenize(text)[0];
        Assert.True(token.Kind == TokenKind.String, name);
        Assert.Equal(expected, token.Bytes);
    }

    [Theory]
    [InlineData("\"abc", "unclosed string literal")]
    [InlineData("\"a\nb\"", "unclosed string literal")]
    [InlineData("\"\\q\"", "illegal escape")]
    [InlineData("\"\\u{D800}\"", "malformed UTF-8 encoding")]
    [InlineData("\"\\u{110000}\"", "malformed UTF-8 encoding")]
    [InlineData("\"a\tb\"", "illegal control character in string literal")]
    [InlineData("(; never closed", "unclosed comment")]
    [InlineData("(; (; ;) still open", "unclosed comment")]
    [InlineData("$", "empty identifier")]
    [InlineData("(func $)", "empty identifier")]
    [InlineData("$ \"a\"", "empty identifier")]
    [InlineData("$\"\"", "empty identifier")]
    [InlineData("$\"a\nb\"", "empty identifier")]
    [InlineData("$\"\\ef\"", "malformed UTF-8 encoding")]
    [InlineData("(func $(@a)f)", "empty identifier")]
    [InlineData("(@)", "empty annotation id")]
    [InlineData("(@ x)", "empty annotation id")]
    [InlineData("(@\"\")", "empty annotation id")]
    [InlineData("(@\"\\ef\")", "malformed UTF-8 encoding")]
    [InlineData("(@x (y (z))", "unclosed annotation")]
    [InlineData("(@a \u0001)", "illegal character")]
    [InlineData("(@a Heiße)", "illegal character")]
    [InlineData("(@x \")", "unclosed string literal")]
    public void RejectsMalformedLiteralsAndComments(string text, string message)
    {
        var error = Assert.Throws<WatSyntaxException>(() => Lexer.Tokenize(text));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void SkipsNestedBlockCommentsAndLineComments()
    {
        var tokens = Lexer.Tokenize("(;a(;b;)c;)nop;;x\r(nop);; end");
        Assert.Equal(["nop", "(", "nop", ")", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void LineCommentEndsTokenWithoutSpace()
    {
        var tokens = Lexer.Tokenize("nop;;bla\n$f;;x");
        Assert.Equal([TokenKind.Keyword, TokenKind.Id, TokenKind.Eof], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void ReportsLineAndColumn()
    {
        var tokens = Lexer.Tokenize("(module\r\n  (func))\n\t$x");
        var func = tokens[3];
        Assert.Equal((2, 4), (func.Line, func.Column));
        var id = tokens[^2];
        Assert.Equal((3, 2), (id.Line, id.Column));
    }

    [Fact]
    public void ErrorsCarryLineAndColumn()
    {
        var error = Assert.Throws<WatSyntaxException>(() => Lexer.Tokenize("nop\n  \"\\x\""));
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    public static TheoryData<string, string, string> QuotedIds => new()
    {
        { "plain name", "$\"fh\"", "$fh" },
        { "spaces and escapes", "$\" random \\t stuff \"", "$ random \t stuff " },
        { "hex and unicode escapes", "$\"\\41\\u{42}\"", "$AB" },
        { "non-ASCII", "$\"\u00e9\"", "$\u00e9" },
    };

    [Theory]
    [MemberData(nameof(QuotedIds))]
    public void AQuotedIdIsTheIdOfItsStringsValue(string name, string text, string id)
    {
        var tokens = Lexer.Tokenize(text + " $x");
        Assert.True(tokens.Count == 3, name);
        Assert.Equal(TokenKind.Id, tokens[0].Kind);
        Assert.Equal(id, tokens[0].Text);
        Assert.Equal((1, 1), (tokens[0].Line, tokens[0].Column));
    }

    [Fact]
    public void AnnotationsOtherThanCustomAreWhiteSpace()
    {
        var tokens = Lexer.Tokenize("(@a x (y \")\" (@z)) ;; c\n (; ) ;) ,[]{}) nop (@\"b c\" 1)\n(@name \"f\") $x (@custom \"c\" \"\")");
        Assert.Equal(["nop", "$x", "(", "@custom", "\"c\"", "\"\"", ")", ""], tokens.Select(t => t.Text));
        Assert.Equal((3, 13), (tokens[1].Line, tokens[1].Column));
    }
}
