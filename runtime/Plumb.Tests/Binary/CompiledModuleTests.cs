using Plumb.Binary;

namespace Plumb.Tests.Binary;

/// <summary>Modules compiled by clang (corpora/bench) decode, keep their names and survive encoding.</summary>
public class CompiledModuleTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        string root = Path.Combine(DependencyTests.RepositoryRoot(), "corpora", "bench");
        foreach (var file in Directory.GetFiles(root, "*.wasm", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DecodesAndRoundTrips(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(DependencyTests.RepositoryRoot(), "corpora", "bench", file));
        var module = ModuleReader.Read(bytes);
        Assert.NotEmpty(module.Codes);
        Assert.NotNull(module.Names);
        Assert.NotEmpty(module.Names.FunctionNames);
        var encoded = ModuleWriter.Write(module);
        // LLVM pads some LEB128 fields; the encoder writes them shortest, so it never grows the module.
        Assert.True(encoded.Length <= bytes.Length);
        Assert.Null(ModuleComparer.Difference(module, ModuleReader.Read(encoded)));
    }
}
