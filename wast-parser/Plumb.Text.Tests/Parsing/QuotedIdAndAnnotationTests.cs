using Plumb.Binary;

namespace Plumb.Text.Tests.Parsing;

/// <summary>
/// Ids written as strings (<c>$"a b"</c>, the same id as <c>$a</c> when the string is <c>a</c>) and annotations other
/// than <c>@custom</c>, which every reader skips (https://webassembly.github.io/spec/core/text/values.html#text-id).
/// </summary>
public class QuotedIdAndAnnotationTests
{
    [Theory]
    [InlineData("(module (func $fh) (func (call $\"fh\")))", "(module (func $fh) (func (call $fh)))")]
    [InlineData("(module (func $\"fi\") (func (call $fi)))", "(module (func $fi) (func (call $fi)))")]
    [InlineData("(module (func $\"\\41B\") (func (call $AB) (call $\"A\\42\") (call $\"\\u{41}\\u{42}\")))", "(module (func $AB) (func (call $AB) (call $AB) (call $AB)))")]
    [InlineData("(module (func block $\"l 1\" (br $\"l\\201\") end $\"l 1\"))", "(module (func block (br 0) end))")]
    public void AQuotedIdNamesWhatThePlainIdOfItsValueNames(string quoted, string plain)
    {
        var a = ModuleReader.Read(Wat.ToBinary(quoted));
        var b = ModuleReader.Read(Wat.ToBinary(plain));
        Assert.Equal(b.Codes.SelectMany(c => c.Code).Select(i => (i.Opcode, i.A)), a.Codes.SelectMany(c => c.Code).Select(i => (i.Opcode, i.A)));
    }

    [Fact]
    public void AQuotedIdGoesToTheNameSectionAsItsValue()
    {
        var names = ModuleReader.Read(Wat.ToBinary("(module $\"my module\" (func $\" random \\t stuff \" (param $\"x y\" i32)))")).Names!;
        Assert.Equal("my module", names.ModuleName);
        Assert.Equal(" random \t stuff ", names.FunctionNames[0]);
        Assert.Equal("x y", names.LocalNames[0][0]);
    }

    [Fact]
    public void ANameThatIsNotAPlainIdPrintsAsAQuotedIdAndRoundTrips()
    {
        byte[] binary = Wat.ToBinary("(module $\"m 1\" (func $\"a b\" (param $\"\\22q\\\\\" i32) block $\"é\" end) (func $plain (call $\"a b\")))");
        string text = Wat.FromBinary(binary);
        Assert.Contains("(module $\"m 1\"", text);
        Assert.Contains("(func $\"a b\"", text);
        Assert.Contains("(param $\"\\22q\\5c\" i32)", text);
        Assert.Contains("block $\"\\c3\\a9\"", text);
        Assert.Contains("(func $plain", text);
        Assert.DoesNotContain("@custom", text);
        Assert.Equal(binary, Wat.ToBinary(text));
    }

    [Fact]
    public void AnnotationsOtherThanCustomAreSkippedWherever()
    {
        const string annotated = """
            ((@a) module (@a) $m (@name "m")
              ((@a) func (@a) $f (@name "f") ((@a) export (@a) "f" (@a)) ((@a) param (@a) i32 (@a)) (@a) ((@a) result i32)
                ((@a) i32.add (@a) ((@a) local.get (@a) 0 (@a)) (@a) (i32.const 1) (@metadata.code.branch_hint "\01")))
              ((@a) memory 1) (@foo bar (baz "q") ;; comment )
              ) (@"odd id" 1 2 3)
              (data (offset (@a) (i32.const 0)) "x" (@a) "y"))
            """;
        const string plain = """
            (module $m
              (func $f (export "f") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
              (memory 1)
              (data (offset (i32.const 0)) "x" "y"))
            """;
        Assert.Equal(Wat.ToBinary(plain), Wat.ToBinary(annotated));
    }

    [Theory]
    [InlineData("(module (func $\"\"))", "empty identifier")]
    [InlineData("(module (func $))", "empty identifier")]
    [InlineData("(module (@ x))", "empty annotation id")]
    [InlineData("(@x (y (z))", "unclosed annotation")]
    [InlineData("(module (@x)))", "unexpected token")]
    [InlineData("(module ( @a))", "unknown operator")]
    public void MalformedIdsAndAnnotationsAreSyntaxErrors(string text, string message)
    {
        var error = Assert.Throws<WatSyntaxException>(() => Wat.ToBinary(text));
        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("(@a \\80)", "malformed UTF-8 encoding")]
    [InlineData("(@a \\ff)", "malformed UTF-8 encoding")]
    [InlineData("(@a \\7f)", "illegal character")]
    [InlineData("(@a \\c3\\a9)", "illegal character")]
    [InlineData("(func (export \\\"\\80\\\"))", "malformed UTF-8 encoding")]
    public void AQuotedModuleKeepsItsMalformedUtf8ForTheLexerToReport(string quoted, string message)
    {
        var script = global::Plumb.Text.Wast.WastParser.Parse($"(module quote \"{quoted}\")", "q.wast");
        var module = Assert.IsType<global::Plumb.Text.Wast.ModuleCommand>(Assert.Single(script.Commands)).Module;
        var error = Assert.Throws<WatSyntaxException>(() => Wat.ToBinary(module.Source!));
        Assert.Equal(message, error.Message);
    }
}
