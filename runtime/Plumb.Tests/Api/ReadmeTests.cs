using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>Tests that change the process's current directory and console: they run alone.</summary>
[CollectionDefinition(nameof(ReadmeCollection), DisableParallelization = true)]
public class ReadmeCollection;

/// <summary>
/// Every <c>```csharp</c> block of README.md, compiled with Roslyn as the top-level program it is (with the SDK's
/// implicit usings) against the Plumb assembly under test, and run in <c>examples/</c>, where the files it loads are.
/// A snippet that no longer compiles, throws, or loads a file that is not there fails here.
/// </summary>
[Collection(nameof(ReadmeCollection))]
public partial class ReadmeTests
{
    private static string Root => Spec.SpecCorpus.RepoRoot;

    private static string Examples => Path.Combine(Root, "examples");

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    /// <summary>The README's C# blocks by their first line's number.</summary>
    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        foreach (var (line, _) in Blocks())
        {
            data.Add(line);
        }
        return data;
    }

    private static List<(int Line, string Code)> Blocks()
    {
        string text = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return [.. CSharpBlock().Matches(text).Select(m => (text[..m.Index].Count(c => c == '\n') + 1, m.Groups[1].Value))];
    }

    [Fact]
    public void TheReadmeHasItsSnippets()
    {
        // The embedding and the WASI examples, at least: a README edit that breaks the fence would silently test nothing.
        Assert.True(Blocks().Count >= 2, $"{Blocks().Count} csharp blocks in README.md");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void EverySnippetCompilesAndRuns(int line)
    {
        string code = Blocks().Single(b => b.Line == line).Code;
        var entry = Compile(code, $"README.md:{line}");
        string directory = Environment.CurrentDirectory;
        var output = new StringWriter();
        var console = Console.Out;
        Environment.CurrentDirectory = Examples;
        Console.SetOut(output);
        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail($"README.md:{line}: the snippet threw {e.InnerException}");
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = directory;
        }
        // What a snippet prints is what its comments say.
        string printed = output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (code.Contains("add(1, 2)", StringComparison.Ordinal))
        {
            Assert.Equal("3\n", printed);
        }
        if (code.Contains("divmod(17, 5)", StringComparison.Ordinal))
        {
            Assert.Equal("(3, 2)\nHost\nTrue\n", printed);
        }
    }

    private static MethodInfo Compile(string code, string path)
    {
        const string implicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(WasmRuntime).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("ReadmeSnippet" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code, options, path), CSharpSyntaxTree.ParseText(implicitUsings, options, "usings.cs")],
            references, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(result.Success, $"{path} does not compile:\n{string.Join('\n', errors)}");
        return Assembly.Load(image.ToArray()).EntryPoint!;
    }

    [Theory]
    [InlineData("add")]
    [InlineData("app")]
    [InlineData("divmod")]
    public void EachExampleBinaryIsItsTextEncoded(string name)
    {
        // The .wasm files are committed so that the snippets load them as users would; they must stay their .wat.
        string wat = File.ReadAllText(Path.Combine(Examples, name + ".wat"));
        byte[] wasm = File.ReadAllBytes(Path.Combine(Examples, name + ".wasm"));
        Assert.Equal(Wat.FromBinary(Wat.ToBinary(wat)), Wat.FromBinary(wasm));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void TheWasiExampleCopiesItsInputToStandardOutput(EngineKind engine)
    {
        // What the README's WASI snippet does, with standard output captured (the snippet writes to the process's).
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        WasiPreview1.Instantiate(runtime);
        var stdout = new MemoryStream();
        var config = ModuleConfig.Default
            .WithArgs("app", "input.txt")
            .WithStdout(stdout)
            .WithDirectory(Path.Combine(Examples, "data"), "/data", readOnly: true);
        int exitCode = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(Path.Combine(Examples, "app.wasm"))), config);
        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Examples, "data", "input.txt")), System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal(1, WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(Path.Combine(Examples, "app.wasm"))),
            config.WithArgs("app", "missing.txt")));
    }

    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];
}
