using System.Collections.Concurrent;
using System.Diagnostics;
using Plumb.Binary;
using Plumb.Structure;
using Xunit.Abstractions;

namespace Plumb.Tests.Spec;

/// <summary>
/// wabt's <c>wat2wasm</c> as an oracle for the text encoder: every text module of the suites that
/// wat2wasm accepts (its default features are Core 2.0) must decode, from Plumb's bytes, to the module
/// decoded from wabt's bytes. wabt is a test-only tool installed by scripts/install-tools.sh.
/// </summary>
public class WabtOracleTests(ITestOutputHelper output)
{
    [Fact]
    public void TextModulesEncodeToTheModuleWabtEncodes()
    {
        string? wat2wasm = FindOnPath("wat2wasm");
        Assert.True(wat2wasm is not null, "wabt's wat2wasm is not on PATH: run scripts/install-tools.sh");
        Assert.NotEmpty(SpecCorpus.Scripts);

        var jobs = new List<(SuiteModule Module, string Source)>();
        var missing = new List<string>();
        foreach (var group in SuiteModules.All.Where(m => m.Module.Kind == Text.Wast.WastModuleKind.Text).GroupBy(m => m.Script))
        {
            var sources = WastModuleSources.Find(SpecCorpus.Parse(group.Key).Text);
            foreach (var module in group)
            {
                if (sources.TryGetValue(module.Module.Line, out string? source))
                {
                    jobs.Add((module, source));
                }
                else
                {
                    missing.Add(module.Key);
                }
            }
        }
        Assert.True(missing.Count == 0, "no module source found at the module's line for: " + string.Join(", ", missing.Take(20)));

        var differences = new ConcurrentBag<string>();
        int accepted = 0, identical = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            byte[]? wabt = RunWat2Wasm(wat2wasm!, job.Source);
            if (wabt is null)
            {
                return;
            }
            Interlocked.Increment(ref accepted);
            byte[] ours = job.Module.Module.Bytes!;
            if (ours.AsSpan().SequenceEqual(wabt))
            {
                Interlocked.Increment(ref identical);
                return;
            }
            string? difference;
            try
            {
                difference = ModuleComparer.Difference(Comparable(ModuleReader.Read(ours)), Comparable(ModuleReader.Read(wabt)));
            }
            catch (WasmMalformedException e)
            {
                difference = $"does not decode: {e.Message}";
            }
            if (difference is not null)
            {
                differences.Add($"{job.Module.Key}: {difference}");
            }
        });
        output.WriteLine($"{jobs.Count} text modules, {accepted} accepted by wat2wasm, {identical} byte-identical ({100.0 * identical / Math.Max(accepted, 1):F1}%), {differences.Count} differ as modules");
        Assert.True(accepted > 0, "wat2wasm accepted no module");
        Assert.True(differences.IsEmpty, $"{differences.Count} modules differ from wabt's:\n" + string.Join("\n", differences.Order(StringComparer.Ordinal).Take(100)));
    }

    /// <summary>
    /// What wabt normalises away: it writes no custom sections by default (names are not part of a
    /// module's meaning either), and it writes <c>(type x)</c> block types whose type is [] → [t?] as
    /// the short form, where the reference interpreter keeps the type index (and so does Plumb).
    /// </summary>
    private static Module Comparable(Module module) => module with
    {
        Customs = [],
        Names = null,
        Codes = [.. module.Codes.Select(body => body with { Code = [.. body.Code.Select(i => ShortBlockType(module, i))] })],
    };

    private static Instruction ShortBlockType(Module module, Instruction instruction)
    {
        if (instruction.Info.Immediate != Plumb.Instructions.Immediate.BlockType || !instruction.BlockType.IsTypeIndex ||
            instruction.BlockType.TypeIndex >= (uint)module.Types.Length)
        {
            return instruction;
        }
        var type = module.Types[(int)instruction.BlockType.TypeIndex];
        if (type.Params.Length != 0 || type.Results.Length > 1)
        {
            return instruction;
        }
        var blockType = type.Results.Length == 0 ? BlockType.Empty : BlockType.Of(type.Results[0]);
        return instruction with { C = unchecked((ulong)blockType.Raw) };
    }

    private static byte[]? RunWat2Wasm(string tool, string source)
    {
        var start = new ProcessStartInfo(tool, ["-", "--output=-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        process.StandardInput.Write(source);
        process.StandardInput.Close();
        copy.Wait();
        stderr.Wait();
        process.WaitForExit();
        return process.ExitCode == 0 ? stdout.ToArray() : null;
    }

    internal static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
