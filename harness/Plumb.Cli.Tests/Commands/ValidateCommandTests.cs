namespace Plumb.Cli.Tests.Commands;

public class ValidateCommandTests : CommandTestBase
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "valid text", "ok.wat", "valid" },
        { "valid binary", "ok.wasm", "valid" },
        { "invalid text", "bad.wat", "invalid: type mismatch" },
        { "malformed text", "broken.wat", "malformed: " },
        { "malformed binary", "broken.wasm", "malformed: " },
        { "missing file", "missing.wasm", "error: " },
    };

    private void WriteInputs()
    {
        WriteFile("ok.wat", "(module (func (result i32) i32.const 1))");
        WriteFile("ok.wasm", EmptyModuleBinary);
        WriteFile("bad.wat", "(module (func (result i32) i64.const 1))");
        WriteFile("broken.wat", "(module (func i32.nonsense))");
        WriteFile("broken.wasm", [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsOneVerdictLinePerFile(string name, string file, string verdictStart)
    {
        WriteInputs();
        string path = Path.Combine(Folder, file);
        var (exit, output, error) = Plumb("validate", path);
        Assert.True(output.StartsWith($"{path}: {verdictStart}", StringComparison.Ordinal), $"{name}: {output}");
        Assert.Equal(1, output.Count(c => c == '\n'));
        Assert.Equal(verdictStart == "valid" ? 0 : 1, exit);
        // A text file's error is also on standard error, with its source line and a caret (ErrorLocationTests).
        if (file.EndsWith(".wat", StringComparison.Ordinal) && verdictStart != "valid")
        {
            Assert.StartsWith($"{path}:1:", error);
            Assert.Equal(3, error.TrimEnd('\n').Split('\n').Length);
        }
        else
        {
            Assert.Equal("", error);
        }
    }

    [Fact]
    public void ChecksEveryFileAndFailsIfAnyIsNotValid()
    {
        WriteInputs();
        string[] files = ["ok.wat", "bad.wat", "missing.wasm", "ok.wasm", "broken.wasm"];
        var (exit, output, _) = Plumb(["validate", .. files.Select(f => Path.Combine(Folder, f))]);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(files.Length, lines.Length);
        for (int i = 0; i < files.Length; i++)
        {
            Assert.StartsWith(Path.Combine(Folder, files[i]) + ": ", lines[i]);
        }
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void AllValidFilesExitZero()
    {
        WriteInputs();
        Assert.Equal(0, Plumb("validate", Path.Combine(Folder, "ok.wat"), Path.Combine(Folder, "ok.wasm")).Exit);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate --bogus x.wasm")]
    public void UsageErrorsExitTwo(string commandLine)
    {
        var (exit, _, error) = Plumb(commandLine.Split(' '));
        Assert.Equal(2, exit);
        Assert.Contains("usage", error);
    }
}
