using Plumb.Cli.Tests.Commands;

namespace Plumb.Cli.Tests;

/// <summary>
/// The commands print where an error is: file, line and column for text (and, on stderr, the source line with a
/// caret, as wabt does), the byte offset for binary, the function for validation, the import for linking.
/// </summary>
public class ErrorLocationTests : CommandTestBase
{
    private const string InvalidText = "(module\n  (func $f (export \"f\")\n    i32.const 1\n    i64.eqz\n    drop))\n";

    [Fact]
    public void ValidateNamesFileLineColumnAndFunctionOfAnInvalidTextModule()
    {
        string path = WriteFile("x.wat", InvalidText);
        var (exit, output, _) = Plumb("validate", path);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}: invalid: type mismatch", output);
        Assert.Contains($"({path}:4:5, in func 0 \"f\")", output);
    }

    [Fact]
    public void ValidatePrintsTheSourceLineAndACaretUnderTheInstruction()
    {
        string path = WriteFile("x.wat", InvalidText);
        var (exit, output, error) = Plumb("validate", path);
        Assert.Equal(1, exit);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        string[] lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{path}:4:5: error: type mismatch", lines[0]);
        Assert.EndsWith("(in func 0 \"f\")", lines[0]);
        Assert.Equal("    i64.eqz", lines[1]);
        Assert.Equal("    ^", lines[2]);
    }

    [Fact]
    public void ValidatePrintsASyntaxErrorWithACaretAndNothingForAValidFile()
    {
        string broken = WriteFile("broken.wat", "(module\n  (func i32.nonsense))\n");
        string valid = WriteFile("ok.wat", "(module (func))");
        var (exit, output, error) = Plumb("validate", valid, broken);
        Assert.Equal(1, exit);
        string[] verdicts = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, verdicts.Length);
        Assert.Equal($"{valid}: valid", verdicts[0]);
        Assert.StartsWith($"{broken}: malformed: ", verdicts[1]);
        string[] lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{broken}:2:9: error: ", lines[0]);
        Assert.Equal("  (func i32.nonsense))", lines[1]);
        Assert.Equal("        ^", lines[2]);
    }

    [Fact]
    public void ValidateNamesLineAndColumnOfASyntaxError()
    {
        string path = WriteFile("broken.wat", "(module\n  (func i32.nonsense))\n");
        var (_, output, _) = Plumb("validate", path);
        Assert.StartsWith($"{path}: malformed: ", output);
        Assert.Contains($"({path}:2:9)", output);
    }

    [Fact]
    public void ValidateGivesTheOffsetOfAMalformedBinary()
    {
        string path = WriteFile("broken.wasm", [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01]);
        var (_, output, _) = Plumb("validate", path);
        Assert.Matches(@": malformed: .+ \(at offset 0x[0-9a-f]+\)\n$", output);
    }

    [Fact]
    public void Core1ResultArityNamesTheFunction()
    {
        string path = WriteFile("two.wat", "(module (func $two (result i32 i32) i32.const 1 i32.const 2))");
        var (_, output, _) = Plumb("validate", "--core1", path);
        Assert.StartsWith($"{path}: invalid: invalid result arity", output);
        Assert.Contains("in func 0 \"two\"", output);
    }

    [Fact]
    public void InvokeOfNotWasmNamesFileAndLineWithACaret()
    {
        string path = WriteFile("notwasm.txt", "this is not wasm\n");
        var (exit, _, error) = Plumb("invoke", path, "f");
        Assert.Equal(1, exit);
        string[] lines = error.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"malformed: {path}:1:1: error: ", lines[0]);
        Assert.Equal("this is not wasm", lines[1]);
        Assert.Equal("^", lines[2]);
    }

    [Fact]
    public void InvokeOfAnInvalidTextModulePointsAtTheInstruction()
    {
        string path = WriteFile("x.wat", InvalidText);
        var (exit, _, error) = Plumb("invoke", path, "f");
        Assert.Equal(1, exit);
        string[] lines = error.TrimEnd('\n').Split('\n');
        Assert.StartsWith($"invalid: {path}:4:5: error: type mismatch", lines[0]);
        Assert.EndsWith("(in func 0 \"f\")", lines[0]);
        Assert.Equal("    i64.eqz", lines[1]);
        Assert.Equal("    ^", lines[2]);
    }

    [Fact]
    public void InvokeNamesTheMissingImport()
    {
        string path = WriteFile("imp.wat", "(module (import \"env\" \"g\" (func)) (func (export \"f\")))");
        var (exit, _, error) = Plumb("invoke", path, "f");
        Assert.Equal(1, exit);
        Assert.Equal("unlinkable: unknown import \"env\".\"g\"\n", error);
    }
}
