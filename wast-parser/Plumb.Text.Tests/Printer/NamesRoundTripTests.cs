using Plumb.Binary;

namespace Plumb.Text.Tests.Printer;

/// <summary>
/// Text ids become a name section, the printer prints the names back as ids, and custom sections travel as
/// <c>(@custom ...)</c> annotations: binary → text → binary gives the same bytes.
/// </summary>
public class NamesRoundTripTests
{
    private const string Named = """
        (module $M
          (type $sig (func (param i32) (result i32)))
          (import "env" "g" (global $imported i32))
          (table $tab 1 funcref)
          (memory $mem 1)
          (global $counter (mut i32) (i32.const 0))
          (func $id (type $sig) (param $x i32) (result i32)
            (local $tmp i32) (local i64)
            block $outer
              loop $again
                local.get $x
                br_if $outer
              end
            end
            local.get $x)
          (elem $seg (i32.const 0) func $id)
          (data $bytes (i32.const 0) "hi"))
        """;

    [Fact]
    public void TextIdsBecomeTheNameSection()
    {
        var names = ModuleReader.Read(Wat.ToBinary(Named), WasmFeatures.Core2).Names;
        Assert.NotNull(names);
        Assert.Equal("M", names.ModuleName);
        Assert.Equal("id", names.FunctionNames[0]);
        Assert.Equal(["x", "tmp"], names.LocalNames[0].OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal(0u, names.LocalNames[0].Single(p => p.Value == "tmp").Key - 1);
        Assert.Equal(["outer", "again"], names.LabelNames[0].OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal("sig", names.TypeNames[0]);
        Assert.Equal("tab", names.TableNames[0]);
        Assert.Equal("mem", names.MemoryNames[0]);
        Assert.Equal(["imported", "counter"], names.GlobalNames.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.Equal("seg", names.ElemNames[0]);
        Assert.Equal("bytes", names.DataNames[0]);
    }

    [Fact]
    public void TextWithoutIdsHasNoNameSection()
    {
        Assert.Null(ModuleReader.Read(Wat.ToBinary("(module (func (param i32)))"), WasmFeatures.Core2).Names);
    }

    [Fact]
    public void PrinterPrintsNamesAsIdsAndTheBytesComeBack()
    {
        byte[] bytes = Wat.ToBinary(Named);
        string text = Wat.FromBinary(bytes);
        foreach (string expected in new[]
        {
            "(module $M", "(type $sig", "(global $imported", "(table $tab", "(memory $mem", "(global $counter",
            "(func $id", "(param $x i32)", "(local $tmp i32)", "(local i64)", "block $outer", "loop $again", "(elem $seg", "(data $bytes",
        })
        {
            Assert.Contains(expected, text);
        }
        Assert.DoesNotContain("@custom", text);
        Assert.Equal(bytes, Wat.ToBinary(text));
    }

    [Fact]
    public void CustomSectionsTravelAsAnnotationsInTheirPlace()
    {
        const string text = """
            (module
              (@custom "first" (before first) "\01\02")
              (@custom "after-type" (after type) "abc")
              (type (func))
              (func (type 0))
              (@custom "before-code" (before code) "")
              (@custom "last" "z"))
            """;
        byte[] bytes = Wat.ToBinary(text);
        var customs = ModuleReader.Read(bytes, WasmFeatures.Core2).Customs;
        Assert.Equal([("first", 0), ("after-type", 1), ("before-code", 3), ("last", 11)], customs.Select(c => (c.Name, (int)c.After)));
        // The first custom section comes right after the header, before the type section.
        Assert.Equal(0, bytes[8]);
        string printed = Wat.FromBinary(bytes);
        Assert.Contains("(@custom \"first\" (before first) \"\\01\\02\")", printed);
        Assert.Contains("(@custom \"after-type\" (after type) \"abc\")", printed);
        Assert.Equal(bytes, Wat.ToBinary(printed));
    }

    [Fact]
    public void ANameThatCannotBeAnIdTravelsAsTheRawNameSection()
    {
        // An empty name is no id, not even quoted ($"" is malformed); a name with a space is $"two words" (QuotedIdAndAnnotationTests).
        const string name = "";
        byte[] bytes = ModuleWriter.Write(new Structure.Module
        {
            Types = [new Structure.FuncType([], [])],
            Functions = [0, 0],
            Codes = [new([], [new Structure.Instruction(Instructions.Opcode.End)], []), new([], [new Structure.Instruction(Instructions.Opcode.End)], [])],
            Names = new Structure.NameSection { FunctionNames = System.Collections.Immutable.ImmutableDictionary<uint, string>.Empty.Add(0, name).Add(1, "ok") },
        });
        string text = Wat.FromBinary(bytes);
        Assert.Contains("(func $ok", text);
        Assert.Contains("(@custom \"name\" (after code)", text);
        Assert.Equal(bytes, Wat.ToBinary(text));
    }

    [Fact]
    public void AnExplicitNameSectionWinsOverIds()
    {
        byte[] bytes = Wat.ToBinary("(module (func $a) (@custom \"name\" \"\"))");
        var module = ModuleReader.Read(bytes, WasmFeatures.Core2);
        Assert.Empty(Assert.Single(module.Customs).Content);
    }

    [Theory]
    [InlineData("(module (@custom \"x\" (after nowhere) \"\"))")]
    [InlineData("(module (@custom \"x\" (before last) \"\"))")]
    [InlineData("(module (@custom \"x\" (during type) \"\"))")]
    [InlineData("(module (@custom 1 \"\"))")]
    [InlineData("(module (@custom \"x\" (after type) 5))")]
    public void MalformedAnnotationsAreSyntaxErrors(string text)
    {
        Assert.Throws<WatSyntaxException>(() => Wat.ToBinary(text));
    }
}
