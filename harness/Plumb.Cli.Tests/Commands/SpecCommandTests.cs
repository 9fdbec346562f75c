using Newtonsoft.Json.Linq;

namespace Plumb.Cli.Tests.Commands;

public sealed class SpecCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plumb-wast-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void WastRunsScriptsAndWritesTheThreeReports()
    {
        string script = Path.Combine(folder, "mini.wast");
        File.WriteAllText(script, """
            (module (func (export "f") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2))))
            (assert_return (invoke "f" (i32.const 21)) (i32.const 42))
            (assert_return (invoke "f" (i32.const 1)) (i32.const 3))
            """);
        string reports = Path.Combine(folder, "out");

        int exit = global::Plumb.Cli.Program.Main(["wast", script, "--engine", "wasmtime", "--report", reports]);

        Assert.Equal(1, exit); // one planted failure, not a known difference
        var json = JObject.Parse(File.ReadAllText(Path.Combine(reports, "conformance.json")));
        var file = json["runs"]![0]!["files"]![0]!;
        Assert.Equal((2, 1), ((int)file["passed"]!, (int)file["failed"]!));
        Assert.Equal(3, (int)file["failures"]![0]!["line"]!);
        Assert.True(File.Exists(Path.Combine(reports, "conformance.md")));
        Assert.True(File.Exists(Path.Combine(reports, "junit.xml")));
    }

    [Theory]
    [InlineData("spec", "--suite", "wg-9.9")]
    [InlineData("spec", "--engine", "no-such-engine")]
    [InlineData("spec", "--jobs", "0")]
    [InlineData("spec", "--bogus")]
    [InlineData("wast")]
    [InlineData("wast", "no-such-file.wast")]
    public void BadArgumentsAreUsageErrors(params string[] args)
    {
        Assert.Equal(2, global::Plumb.Cli.Program.Main(args));
    }
}
