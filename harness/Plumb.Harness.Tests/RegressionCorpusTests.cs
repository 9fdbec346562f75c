using Plumb.Harness.Engines;

namespace Plumb.Harness.Tests;

/// <summary>
/// Every script in <c>corpora/regressions</c> (each a wrong result once found, reduced to a small
/// module and its expected outcome) passes on every engine the harness knows: Plumb's engines and the
/// Wasmtime oracle, which shows that the expectation itself is right.
/// </summary>
public class RegressionCorpusTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (relative, _) in Suites.Scripts(Folder))
        {
            foreach (var engine in EngineRegistry.Factories.Keys)
            {
                data.Add(relative, engine);
            }
        }
        return data;
    }

    private static string Folder => Path.Combine(Suites.RepositoryRoot()!, "corpora", "regressions");

    [Theory]
    [MemberData(nameof(Cases))]
    public void RegressionScriptPasses(string script, string engineName)
    {
        var results = new List<CommandResult>();
        var options = Suites.Options("wg-2.0");
        using (var engine = EngineRegistry.Create(engineName, options))
        {
            new ScriptRunner(engine, text => ScriptSource.CompileQuote(text, options.Features), results.Add)
                .Run(ScriptSource.Parse(Path.Combine(Folder, script), script));
        }
        Assert.NotEmpty(results);
        var bad = results.Where(r => r.Status != CommandStatus.Passed).Select(r => $"{r.Line} {r.Command}: expected {r.Expected}, got {r.Actual}");
        Assert.Empty(bad);
    }
}
