namespace Plumb.Cli.Tests.Commands;

public class ConvertCommandTests : CommandTestBase
{
    private const string Text = """
        (module
          (memory 1)
          (func (export "add") (param i32 i32) (result i32)
            local.get 0
            local.get 1
            i32.add)
          (data (i32.const 0) "hi"))
        """;

    [Fact]
    public void Wat2WasmWritesABinaryThatValidates()
    {
        string input = WriteFile("add.wat", Text);
        string output = Path.Combine(Folder, "add.wasm");
        var (exit, _, error) = Plumb("wat2wasm", input, "-o", output);
        Assert.True(exit == 0, error);
        Assert.Equal([0x00, 0x61, 0x73, 0x6D], File.ReadAllBytes(output).Take(4));
        Assert.Equal($"{output}: valid\n", Plumb("validate", output).Out);
    }

    [Fact]
    public void Wasm2WatPrintsTextThatEncodesToTheSameBinary()
    {
        string input = WriteFile("add.wat", Text);
        string binary = Path.Combine(Folder, "add.wasm");
        Assert.Equal(0, Plumb("wat2wasm", input, "-o", binary).Exit);

        var (exit, printed, error) = Plumb("wasm2wat", binary);
        Assert.True(exit == 0, error);
        Assert.Contains("i32.add", printed);

        string reprinted = Path.Combine(Folder, "again.wat");
        Assert.Equal(0, Plumb("wasm2wat", binary, "-o", reprinted).Exit);
        Assert.Equal(printed, File.ReadAllText(reprinted));
        string again = Path.Combine(Folder, "again.wasm");
        Assert.Equal(0, Plumb("wat2wasm", reprinted, "-o", again).Exit);
        Assert.Equal(File.ReadAllBytes(binary), File.ReadAllBytes(again));
    }

    [Fact]
    public void Wat2WasmReportsInvalidTextAndWritesNothing()
    {
        string input = WriteFile("bad.wat", "(module (func (result i32) i64.const 1))");
        string output = Path.Combine(Folder, "bad.wasm");
        var (exit, _, error) = Plumb("wat2wasm", input, "-o", output);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{input}: invalid: type mismatch", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Wasm2WatReportsMalformedBinary()
    {
        string input = WriteFile("broken.wasm", [0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00]);
        var (exit, _, error) = Plumb("wasm2wat", input);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{input}: malformed: unknown binary version", error);
    }

    [Fact]
    public void MissingInputIsAnErrorLineNotAStackTrace()
    {
        var (exit, _, error) = Plumb("wasm2wat", Path.Combine(Folder, "none.wasm"));
        Assert.Equal(1, exit);
        Assert.StartsWith("plumb wasm2wat: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("wat2wasm in.wat")]
    [InlineData("wat2wasm -o out.wasm")]
    [InlineData("wat2wasm a.wat b.wat -o out.wasm")]
    [InlineData("wasm2wat")]
    [InlineData("wasm2wat in.wasm -o")]
    [InlineData("wasm2wat in.wasm --bogus")]
    public void UsageErrorsExitTwo(string commandLine)
    {
        var (exit, _, error) = Plumb(commandLine.Split(' '));
        Assert.Equal(2, exit);
        Assert.Contains("usage", error);
    }
}
