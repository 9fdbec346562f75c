using Plumb.Binary;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Tests;

/// <summary>
/// The benchmark modules of corpora/bench must run on every engine unchanged: valid Core 2.0, importing
/// nothing, exporting <c>run: [i32] -> [i32]</c>; and kernels.tsv must list every kernel source.
/// </summary>
public class BenchCorpusTests
{
    private static string BenchFolder => Path.Combine(DependencyTests.RepositoryRoot(), "corpora", "bench");

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(BenchFolder, "*.wasm", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BenchFolder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void ModuleIsValidImportsNothingAndExportsRun(string file)
    {
        var module = ModuleReader.Read(File.ReadAllBytes(Path.Combine(BenchFolder, file)));
        Validator.Validate(module);

        Assert.Empty(module.Imports);
        var run = Assert.Single(module.Exports, e => e.Name == "run");
        Assert.Equal(ExternKind.Func, run.Kind);
        var type = module.Types[(int)module.Functions[(int)run.Index]];
        Assert.Equal(new[] { ValType.I32 }, type.Params.ToArray());
        Assert.Equal(new[] { ValType.I32 }, type.Results.ToArray());
    }

    [Fact]
    public void KernelsTableListsEveryKernelSourceAndItsModule()
    {
        var listed = File.ReadLines(Path.Combine(BenchFolder, "kernels.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("kernel\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')[0])
            .Order(StringComparer.Ordinal)
            .ToArray();
        var sources = Directory.GetFiles(BenchFolder, "*.c")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(sources, listed);
        Assert.All(listed, name => Assert.True(File.Exists(Path.Combine(BenchFolder, name + ".wasm")), $"{name}.wasm is missing"));
    }
}
