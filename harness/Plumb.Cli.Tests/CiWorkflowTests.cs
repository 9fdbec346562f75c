using System.Text.RegularExpressions;
using Plumb.Harness;
using YamlDotNet.RepresentationModel;

namespace Plumb.Cli.Tests;

/// <summary>
/// The workflows in <c>ci/</c> (GitHub Actions syntax) cannot run here, so their structure is checked: each parses as
/// YAML, has triggers and jobs, every job a runner and steps, every step one action or one command; a matrix value a
/// job uses is defined; <c>needs</c> name jobs that exist; every script a command runs exists in the repository and
/// every <c>scripts/plumb</c> command is one the CLI has; the matrices cover the platforms and fuzz targets they must;
/// and <c>ci/run-local.sh</c> runs the same scripts.
/// </summary>
public sealed partial class CiWorkflowTests
{
    private static readonly string Root = Suites.RepositoryRoot()!;

    /// <summary>The file names of the workflows, ci/*.yml.</summary>
    private static List<string> WorkflowNames() =>
        [.. Directory.GetFiles(Path.Combine(Root, "ci"), "*.yml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Workflows() => new(WorkflowNames());

    [Fact]
    public void TheCiFolderHasTheWorkflows()
    {
        var names = WorkflowNames();
        Assert.Contains("ci.yml", names);
        Assert.Contains("fuzz-nightly.yml", names);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void WorkflowIsWellFormed(string name)
    {
        var workflow = Load(name);
        Assert.True(Scalar(workflow, "name") is { Length: > 0 }, $"{name}: no name");
        Assert.True(workflow.Children.ContainsKey(new YamlScalarNode("on")), $"{name}: no 'on' triggers");
        var jobs = Mapping(workflow, "jobs") ?? throw new Xunit.Sdk.XunitException($"{name}: no jobs");
        Assert.NotEmpty(jobs.Children);
        var jobNames = jobs.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();

        foreach (var (key, value) in jobs.Children)
        {
            string job = $"{name}: job {((YamlScalarNode)key).Value}";
            var body = Assert.IsType<YamlMappingNode>(value);
            Assert.True(Scalar(body, "runs-on") is { Length: > 0 }, $"{job}: no runs-on");
            foreach (string need in Names(body, "needs"))
                Assert.True(jobNames.Contains(need), $"{job}: needs unknown job '{need}'");

            var matrixKeys = MatrixKeys(body);
            foreach (Match m in MatrixReference().Matches(Text(body)))
                Assert.True(matrixKeys.Contains(m.Groups[1].Value), $"{job}: uses matrix.{m.Groups[1].Value}, which its matrix does not define");

            var steps = Assert.IsType<YamlSequenceNode>(body.Children[new YamlScalarNode("steps")]);
            Assert.NotEmpty(steps.Children);
            foreach (var step in steps.Children.Cast<YamlMappingNode>())
            {
                string? uses = Scalar(step, "uses"), run = Scalar(step, "run");
                Assert.True((uses is null) != (run is null), $"{job}: a step needs exactly one of uses and run: {Text(step)}");
                if (uses is not null)
                    Assert.Matches(ActionReference(), uses);
                if (run is not null)
                    CheckCommands(job, run);
            }
        }
    }

    [Fact]
    public void TheTestWorkflowCoversTheFourPlatformsAndGatesEach()
    {
        var jobs = Mapping(Load("ci.yml"), "jobs")!;
        var test = (YamlMappingNode)jobs.Children[new YamlScalarNode("test")];
        var include = (YamlSequenceNode)Mapping(Mapping(test, "strategy")!, "matrix")!.Children[new YamlScalarNode("include")];
        var platforms = include.Children.Cast<YamlMappingNode>().Select(e => Scalar(e, "platform")!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["linux-arm64", "linux-x64", "macos-arm64", "windows-x64"], platforms);
        string runs = string.Join("\n", Runs(test));
        Assert.Contains("dotnet test Plumb.slnx", runs, StringComparison.Ordinal);
        Assert.Contains("ci/spec-gate.sh", runs, StringComparison.Ordinal);
        // The merged page is made from every platform's report and published.
        var report = (YamlMappingNode)jobs.Children[new YamlScalarNode("report")];
        Assert.Contains("scripts/plumb report merge", string.Join("\n", Runs(report)), StringComparison.Ordinal);
        Assert.Contains(Uses(report), u => u.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal));
        Assert.Contains(Uses((YamlMappingNode)jobs.Children[new YamlScalarNode("pages")]), u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNightlyFuzzesEveryTargetKeepsItsCorpusAndUploadsFindings()
    {
        var fuzz = (YamlMappingNode)Mapping(Load("fuzz-nightly.yml"), "jobs")!.Children[new YamlScalarNode("fuzz")];
        var targets = ((YamlSequenceNode)Mapping(Mapping(fuzz, "strategy")!, "matrix")!.Children[new YamlScalarNode("target")])
            .Children.Select(t => ((YamlScalarNode)t).Value!).Order(StringComparer.Ordinal).ToArray();
        // The targets scripts/fuzz.sh accepts (its `case "$target" in a|b|c) ;;` line).
        var accepted = FuzzTargets().Match(File.ReadAllText(Path.Combine(Root, "scripts", "fuzz.sh")));
        Assert.True(accepted.Success, "scripts/fuzz.sh has no case line listing its targets");
        Assert.Equal(accepted.Groups[1].Value.Split('|').Order(StringComparer.Ordinal).ToArray(), targets);
        var uses = Uses(fuzz).ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/cache/restore@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/cache/save@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Contains(Runs(fuzz), r => r.Contains("scripts/fuzz.sh ${{ matrix.target }}", StringComparison.Ordinal));
    }

    [Fact]
    public void RunLocalRunsTheWorkflowsScripts()
    {
        string local = File.ReadAllText(Path.Combine(Root, "ci", "run-local.sh"));
        var scripts = WorkflowNames()
            .SelectMany(name => Mapping(Load(name), "jobs")!.Children.Values.Cast<YamlMappingNode>())
            .SelectMany(Runs)
            .SelectMany(run => ScriptPath().Matches(run).Select(m => m.Value))
            .ToHashSet();
        Assert.NotEmpty(scripts);
        foreach (string script in scripts)
            Assert.True(local.Contains(script, StringComparison.Ordinal), $"ci/run-local.sh does not run {script}, which a workflow runs");
        Assert.Contains("dotnet test Plumb.slnx", local, StringComparison.Ordinal);
    }

    /// <summary>The check itself: a workflow naming a missing script or an unknown plumb command fails.</summary>
    [Fact]
    public void TheCommandCheckCatchesAMissingScriptAndAnUnknownCommand()
    {
        Assert.ThrowsAny<Exception>(() => CheckCommands("t", "bash scripts/no-such-script.sh"));
        Assert.ThrowsAny<Exception>(() => CheckCommands("t", "scripts/plumb no-such-command --out x"));
        CheckCommands("t", "bash scripts/fuzz.sh decode\nscripts/plumb report merge a.json --out b");
    }

    private static void CheckCommands(string job, string run)
    {
        foreach (Match m in ScriptPath().Matches(run))
            Assert.True(File.Exists(Path.Combine(Root, m.Value)), $"{job}: runs {m.Value}, which does not exist");
        var commands = CliCommands();
        foreach (Match m in PlumbCommand().Matches(run))
            Assert.True(commands.Contains(m.Groups[1].Value), $"{job}: runs 'plumb {m.Groups[1].Value}', which is not a plumb command ({string.Join(", ", commands)})");
    }

    /// <summary>The commands <c>plumb --help</c> lists: the visible commands of the program's command tree.</summary>
    private static HashSet<string> CliCommands() =>
        global::Plumb.Cli.Program.BuildRoot().Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToHashSet();

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, "ci", name)))
            stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static IEnumerable<string> Names(YamlMappingNode node, string key) =>
        !node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? []
        : value is YamlSequenceNode list ? list.Children.Select(n => ((YamlScalarNode)n).Value!)
        : [((YamlScalarNode)value).Value!];

    /// <summary>The keys a job's matrix defines: its own lists and the keys of its include entries.</summary>
    private static HashSet<string> MatrixKeys(YamlMappingNode job)
    {
        var keys = new HashSet<string>();
        if (Mapping(job, "strategy") is { } strategy && Mapping(strategy, "matrix") is { } matrix)
        {
            foreach (var (key, value) in matrix.Children)
            {
                string k = ((YamlScalarNode)key).Value!;
                if (k is "include" && value is YamlSequenceNode entries)
                    keys.UnionWith(entries.Children.Cast<YamlMappingNode>().SelectMany(e => e.Children.Keys.Select(x => ((YamlScalarNode)x).Value!)));
                else if (k is not "exclude")
                    keys.Add(k);
            }
        }
        return keys;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static IEnumerable<string> Runs(YamlMappingNode job) => Steps(job).Select(s => Scalar(s, "run")).OfType<string>();

    private static IEnumerable<string> Uses(YamlMappingNode job) => Steps(job).Select(s => Scalar(s, "uses")).OfType<string>();

    private static string Text(YamlNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    [GeneratedRegex(@"\$\{\{\s*matrix\.([A-Za-z0-9_-]+)")]
    private static partial Regex MatrixReference();

    /// <summary>An action: owner/repo[/path]@ref.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[A-Za-z0-9_.-]+$")]
    private static partial Regex ActionReference();

    /// <summary>A script of the repository a command runs: scripts/NAME.sh, ci/NAME.sh.</summary>
    [GeneratedRegex(@"(?<![\w./-])(?:scripts|ci)/[A-Za-z0-9_.-]+\.sh\b")]
    private static partial Regex ScriptPath();

    [GeneratedRegex(@"(?<![\w./-])scripts/plumb\s+([a-z][a-z0-9-]*)")]
    private static partial Regex PlumbCommand();

    [GeneratedRegex(@"case ""\$target"" in ([a-z|]+)\)")]
    private static partial Regex FuzzTargets();
}
