using Plumb.Fuzz.Targets;

namespace Plumb.Fuzz.Tests.Targets;

/// <summary>The command line of the targets: seed corpus, bench and usage errors.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("plumb-targets-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void BenchReportsExecutionsPerSecondOnTheSeedCorpus()
    {
        var output = new StringWriter();
        Assert.Equal(0, Cli.Run(["decode", "--bench", "100", "--suites", Path.GetDirectoryName(TargetInputs.SuiteDir)!], output, output));
        Assert.Matches(@"^decode: \d+ executions/s in process \(100 executions over \d+ seeds\)", output.ToString());
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("decode", "--run")]
    [InlineData("decode", "--bench", "0")]
    [InlineData("decode", "--run", "/nonexistent/plumb-fuzz-input")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, Cli.Run(args, output, output));
    }

    [Fact]
    public void SeedCorpusWritesOneFilePerDistinctInput()
    {
        var output = new StringWriter();
        Assert.Equal(0, Cli.Run(["seed-corpus", "decode", _dir, "--suites", Path.GetDirectoryName(TargetInputs.SuiteDir)!], output, output));
        var files = Directory.GetFiles(_dir);
        Assert.Equal(TargetInputs.SeedsOf(SeedKind.BinaryModules).Count, files.Length);
        Assert.All(files, f => Assert.Equal(Path.GetFileName(f), SeedCorpus.Name(File.ReadAllBytes(f))));
    }
}
