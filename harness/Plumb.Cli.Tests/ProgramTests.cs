using Plumb.Cli.Tests.Commands;

namespace Plumb.Cli.Tests;

/// <summary>The command line as a user meets it: help, version, usage errors and their exit codes.</summary>
public sealed class ProgramTests : CommandTestBase
{
    /// <summary>Every visible command, as <c>plumb --help</c> must list it.</summary>
    private static readonly string[] Names = ["validate", "wat2wasm", "wasm2wat", "spec", "wast", "invoke", "run", "fuzz", "report", "version", "help"];

    public static TheoryData<string> Commands => new(Names);

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommandHasHelpWithItsUsageOptionsAndAnExample(string command)
    {
        foreach (string flag in new[] { "--help", "-h" })
        {
            var (exit, output, error) = Plumb(command, flag);
            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.Contains($"Usage:\n  plumb {command}", output);
            Assert.Contains("Options:", output);
            Assert.Contains("--help", output);
            Assert.Contains("Examples:\n  plumb ", output);
            Assert.DoesNotContain("Plumb.Cli", output);
        }
    }

    [Theory]
    [InlineData("invoke", "--fuel <N>", "--timeout <SECONDS>", "--engine <interpreter|compiler>")]
    [InlineData("run", "--dir <HOST[::GUEST][:ro]>", "--env <KEY=VALUE>", "--fuel <N>")]
    [InlineData("spec", "--suite", "--baseline", "--suites <DIR>")]
    [InlineData("fuzz", "--engines <A,B,...>", "--mutations <off|RATE>", "--isolation <process|thread>")]
    [InlineData("validate", "--core1", "<FILE>", "Modules to check")]
    [InlineData("wat2wasm", "-o, --output <OUT.wasm>", "<IN.wat>", "Encode a text module")]
    public void HelpListsTheCommandsOptions(string command, params string[] expected)
    {
        var (_, output, _) = Plumb(command, "--help");
        foreach (string text in expected)
            Assert.Contains(text, output);
    }

    [Fact]
    public void NestedCommandsHaveHelpToo()
    {
        var (exit, output, _) = Plumb("report", "merge", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  plumb report merge --out DIR REPORT.json...", output);
        Assert.Contains("Examples:", output);
    }

    [Fact]
    public void TopLevelHelpListsEveryCommandWithItsUsageAndTheExitCodes()
    {
        foreach (var args in new[] { new[] { "--help" }, ["-h"], ["help"] })
        {
            var (exit, output, _) = Plumb(args);
            Assert.Equal(0, exit);
            foreach (string command in Names.Where(c => c != "report"))
                Assert.Contains($"\n  plumb {command}", output);
            Assert.Contains("\n  plumb report merge --out DIR REPORT.json...", output);
            Assert.Contains("\n  plumb spec [--suite ", output);
            Assert.Contains("\n  plumb wast [--suite ", output);
            Assert.Contains("Exit codes: 0 success", output);
            Assert.DoesNotContain("__worker", output);
            Assert.DoesNotContain("__fuzz-worker", output);
        }
    }

    [Fact]
    public void HelpCommandDescribesOneCommand()
    {
        var (exit, output, _) = Plumb("help", "invoke");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  plumb invoke", output);
        var (bad, _, error) = Plumb("help", "frobnicate");
        Assert.Equal(2, bad);
        Assert.Contains("unknown command 'frobnicate'", error);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("version")]
    public void VersionNamesPlumbDotNetAndWasmtime(string arg)
    {
        var (exit, output, _) = Plumb(arg);
        Assert.Equal(0, exit);
        Assert.Matches(@"^plumb \d+\.\d+\.\d+\S* \(\.NET \d+\.\d+\.\d+, Wasmtime \d+\.\d+\.\d+\)\n$", output);
    }

    [Fact]
    public void NoCommandIsAUsageErrorWithTheHelpOnStandardError()
    {
        var (exit, output, error) = Plumb();
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("Usage of each command:", error);
    }

    [Fact]
    public void UnknownCommandExitsWithUsageErrorNamingIt()
    {
        var (exit, output, error) = Plumb("frobnicate");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("plumb: unknown command 'frobnicate'\n", error);
        Assert.Contains("Usage of each command:", error);
        Assert.DoesNotContain("Required command", error);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void UnknownOptionOnEveryCommandExitsWithTheUsageNamingTheOption(string command)
    {
        string[] args = command == "report" ? ["report", "merge", "--frobnicate", "a.json", "--out", "x"] : [command, "--frobnicate", "x.wat", "f"];
        var (exit, output, error) = Plumb(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        string path = command == "report" ? "plumb report merge" : $"plumb {command}";
        Assert.Contains($"{path}: unknown option '--frobnicate'", error);
        Assert.Contains($"usage: {path}", error);
    }

    [Theory]
    [InlineData(new[] { "validate" }, "Required argument missing for command: 'validate'")]
    [InlineData(new[] { "wat2wasm", "a.wat" }, "Option '--output' is required")]
    [InlineData(new[] { "fuzz", "--seconds", "soon" }, "--seconds takes a positive number of seconds, not 'soon'")]
    [InlineData(new[] { "fuzz", "--jobs" }, "--jobs")]
    [InlineData(new[] { "spec", "--engine", "v9" }, "--engine takes engine names separated by commas")]
    [InlineData(new[] { "spec", "--jobs", "0" }, "--jobs takes a positive number, not '0'")]
    [InlineData(new[] { "wasm2wat", "a.wasm", "b.wasm" }, "unexpected argument 'b.wasm'")]
    [InlineData(new[] { "run", "--dir", "::/x", "a.wasm" }, "--dir takes HOST, HOST::GUEST, HOST:ro or HOST::GUEST:ro, not '::/x'")]
    public void UsageErrorsNameTheBadArgument(string[] args, string message)
    {
        var (exit, _, error) = Plumb(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Contains($"usage: plumb {args[0]}", error);
    }

    [Fact]
    public void ResponseFilesAreNotExpanded()
    {
        var (exit, output, _) = Plumb("validate", "@no-such-response-file");
        Assert.Equal(1, exit);
        Assert.StartsWith("@no-such-response-file: error:", output);
    }

    [Theory]
    [InlineData("__fuzz-worker", "--engine", "nosuch", "--features", "core2")]
    [InlineData("__fuzz-worker", "--engine", "interpreter", "--features", "core3")]
    [InlineData("__fuzz-worker", "--engine", "interpreter")]
    [InlineData("__worker", "--engine", "interpreter")]
    public void HiddenWorkersRefuseABadStartAsAUsageError(params string[] args)
    {
        var (exit, output, error) = Plumb(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"usage: plumb {args[0]} --engine NAME", error);
    }
}
