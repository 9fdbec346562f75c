using System.Collections.Concurrent;
using Plumb.Binary;
using Plumb.Text;
using Plumb.Text.Wast;
using Xunit.Abstractions;

namespace Plumb.Tests.Spec;

/// <summary>
/// binary → <c>wasm2wat</c> → <c>wat2wasm</c> → binary gives the same bytes, names and custom sections included:
/// names travel as <c>$ids</c>, other custom sections as <c>(@custom ...)</c> annotations
/// (wast-parser/RATIONALE.md, "How do custom sections survive text?").
/// </summary>
public class BinaryTextRoundTripTests(ITestOutputHelper output)
{
    private static string BenchFolder => Path.Combine(DependencyTests.RepositoryRoot(), "corpora", "bench");

    public static TheoryData<string> BenchModules()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(BenchFolder, "*.wasm").Concat(Directory.GetFiles(Path.Combine(BenchFolder, "large"), "*.wasm")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BenchFolder, file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BenchModules))]
    public void BenchModuleRoundTripsByteForByte(string file)
    {
        byte[] given = File.ReadAllBytes(Path.Combine(BenchFolder, file));
        // wasm-ld leaves relocatable immediates as padded 5-byte LEB128, which text cannot say: the bytes to get
        // back are the encoder's canonical encoding of the decoded module, custom sections kept in place.
        byte[] original = ModuleWriter.Write(ModuleReader.Read(given, WasmFeatures.Core2));
        string text = Wat.FromBinary(given);
        byte[] back = Wat.ToBinary(text);
        Assert.True(original.AsSpan().SequenceEqual(back), $"{file}: {FirstDifference(original, back)}");
        var names = ModuleReader.Read(original, WasmFeatures.Core2).Names;
        Assert.NotNull(names);
        // The function names are printed as ids where they are ids: the text carries them, not only the bytes.
        int asIds = names.FunctionNames.Values.Count(n => text.Contains($"(func ${n} ", StringComparison.Ordinal));
        output.WriteLine($"{file}: {original.Length} bytes, {names.FunctionNames.Count} function names, {asIds} printed as ids, " +
            $"name section {(text.Contains("(@custom \"name\"", StringComparison.Ordinal) ? "as annotation" : "from ids")}");
        Assert.True(asIds > 0, $"{file}: no function name printed as an id");
        // wasm-ld's names (functions, globals, data segments) are all ids: the text says them without the raw bytes.
        Assert.DoesNotContain("(@custom \"name\"", text);
    }

    [Fact]
    public void EverySuiteModuleRoundTrips()
    {
        Assert.NotEmpty(SpecCorpus.Scripts);
        var failures = new ConcurrentBag<string>();
        int text = 0, binary = 0, identical = 0, withNames = 0, reencoded = 0;
        Parallel.ForEach(SuiteModules.All.Where(m => m.Command is ModuleCommand or AssertUnlinkable or AssertModuleTrap), module =>
        {
            if (module.Module.Bytes is not { } bytes || module.Module.Kind == WastModuleKind.Quote)
            {
                return;
            }
            Structure.Module decoded;
            try
            {
                decoded = ModuleReader.Read(bytes, module.Script.Features);
            }
            catch (WasmMalformedException)
            {
                return;
            }
            // Our own text encoder's bytes must come back exactly; a (module binary ...) may use encodings that
            // the text format cannot choose (padded LEB128, the other element encoding, an empty else, a data
            // count section nothing needs), so it must come back as the encoder writes its decoded module.
            byte[] expected = module.Module.Kind == WastModuleKind.Text ? bytes : ModuleWriter.Write(decoded);
            Interlocked.Increment(ref module.Module.Kind == WastModuleKind.Text ? ref text : ref binary);
            if (decoded.Names is not null)
            {
                Interlocked.Increment(ref withNames);
            }
            try
            {
                byte[] back = Wat.ToBinary(Wat.FromBinary(bytes, module.Script.Features));
                if (back.AsSpan().SequenceEqual(bytes))
                {
                    Interlocked.Increment(ref identical);
                }
                if (!back.AsSpan().SequenceEqual(expected))
                {
                    // A binary module whose encoding choices text cannot say (a run of 0 locals, an unused data
                    // count section, the expression encoding of function indices): the text encoder's bytes must
                    // keep every custom section and be a fixpoint of the round trip.
                    bool fixpoint = module.Module.Kind == WastModuleKind.Binary &&
                        Wat.ToBinary(Wat.FromBinary(back, module.Script.Features)).AsSpan().SequenceEqual(back) &&
                        ModuleReader.Read(back, module.Script.Features).Customs.SequenceEqual(decoded.Customs);
                    if (fixpoint)
                    {
                        Interlocked.Increment(ref reencoded);
                    }
                    else
                    {
                        failures.Add($"{module.Key} ({module.Module.Kind}): {FirstDifference(expected, back)}");
                    }
                }
            }
            catch (WasmException e)
            {
                failures.Add($"{module.Key} ({module.Module.Kind}): {e.GetType().Name}: {e.Describe()}");
            }
        });
        output.WriteLine($"{text} text and {binary} binary modules ({withNames} with a name section); {identical} came back byte for byte as given, " +
            $"{reencoded} binary ones in the text encoder's own encoding (a fixpoint); {failures.Count} failures");
        Assert.True(reencoded < 10, $"{reencoded} binary modules came back re-encoded");
        Assert.True(text > 1000 && binary > 10);
        Assert.True(failures.IsEmpty, $"{failures.Count} modules did not round-trip:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(40)));
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }
        return $"{expected.Length} bytes expected, {actual.Length} back, first difference at 0x{i:x}";
    }
}
