using Plumb.Cli.Commands;

namespace Plumb.Cli.Tests.Commands;

public class InvokeCommandTests
{
    private const string Module = """
        (module
          (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
          (func $inner unreachable)
          (func (export "boom") call $inner))
        """;

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(["invoke", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string WriteModule()
    {
        string path = Path.Combine(Path.GetTempPath(), $"plumb-invoke-{Guid.NewGuid():N}.wat");
        File.WriteAllText(path, Module);
        return path;
    }

    [Fact]
    public void PrintsTheResults()
    {
        string file = WriteModule();
        var (exit, output, _) = Run(file, "add", "40", "2");
        Assert.Equal(0, exit);
        Assert.Equal("42", output.Trim());
    }

    [Theory]
    [InlineData("interpreter")]
    [InlineData("compiler")]
    public void TrapPrintsTheMessageAndWasmStackTraceWithNonZeroExit(string engine)
    {
        string file = WriteModule();
        var (exit, _, error) = Run("--engine", engine, file, "boom");
        Assert.Equal(1, exit);
        Assert.StartsWith("trap: unreachable", error);
        Assert.Contains("boom (func[2])", error);
    }

    [Fact]
    public void CompilerEngineRunsTheFunction()
    {
        string file = WriteModule();
        var (exit, output, _) = Run("--engine", "compiler", file, "add", "1", "2");
        Assert.Equal(0, exit);
        Assert.Equal("3", output.Trim());
    }

    [Theory]
    [InlineData(ValType.I32, "0xffffffff", -1)]
    [InlineData(ValType.I32, "4294967295", -1)]
    [InlineData(ValType.I64, "-5", -5L)]
    [InlineData(ValType.F64, "-inf", double.NegativeInfinity)]
    public void ParsesArgumentsByParameterType(ValType type, string text, object expected)
    {
        Assert.True(InvokeCommand.TryParse(type, text, out var value));
        Assert.Equal(expected, value);
    }
}
