using Plumb.Binary;
using Plumb.Fuzz.Differential;
using Plumb.Fuzz.Generation;
using Plumb.Fuzz.Mutation;
using Plumb.Fuzz.Reduction;
using Plumb.Harness.Engines;
using Plumb.Structure;
using Plumb.Validation;
using Xunit.Abstractions;

namespace Plumb.Fuzz.Tests.Mutation;

public class ModuleMutatorTests(ITestOutputHelper output)
{
    private static readonly Func<long, FuzzCase> Mutants = FuzzCaseSource.Mutating(WasmFeatures.Core2, rate: 1);

    private static IEngine Make(string name) => EngineRegistry.Create(name, new EngineOptions("fuzz", WasmFeatures.Core2, false));

    private enum Verdict
    {
        Valid,
        Invalid,
        Malformed,
    }

    private static Verdict VerdictOf(byte[] wasm)
    {
        try
        {
            Validator.Validate(ModuleReader.Read(wasm), WasmFeatures.Core2);
            return Verdict.Valid;
        }
        catch (WasmMalformedException)
        {
            return Verdict.Malformed;
        }
        catch (WasmException)
        {
            return Verdict.Invalid;
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameMutant()
    {
        for (long seed = 0; seed < 300; seed++)
        {
            FuzzCase a = Mutants(seed), b = Mutants(seed);
            Assert.Equal(a.Wasm, b.Wasm);
            Assert.Equal(a.Mutation, b.Mutation);
            Assert.Equal(a.Calls.Select(Describe), b.Calls.Select(Describe));
        }
    }

    private static string Describe(FuzzCall call) => CaseRunner.Describe(0, call);

    [Fact]
    public void DifferentSeedsOfOneModuleGiveDifferentMutants()
    {
        var original = ModuleGenerator.Generate(42, GeneratorOptions.Default);
        var mutants = Enumerable.Range(0, 100).Select(s => Convert.ToHexString(ModuleMutator.Mutate(original, s).Wasm)).ToHashSet();
        // A few mutations have one outcome per module (a second memory, the declarative segments dropped).
        Assert.True(mutants.Count > 80, $"{mutants.Count} distinct mutants of 100");
        Assert.DoesNotContain(Convert.ToHexString(original.Wasm), mutants);
    }

    [Fact]
    public void TheMutationRateIsTheShareOfSeedsMutated()
    {
        var source = FuzzCaseSource.Mutating(WasmFeatures.Core2);
        int mutated = Enumerable.Range(0, 400).Count(s => source(s).Mutation is not null);
        Assert.InRange(mutated, 70, 130);
        Assert.All(Enumerable.Range(0, 50), s => Assert.Null(FuzzCaseSource.Mutating(WasmFeatures.Core2, 0)(s).Mutation));
    }

    [Fact]
    public void MostMutantsAreRejectedAndSomeAccepted()
    {
        const int count = 2000;
        var verdicts = new Dictionary<Verdict, int>();
        var kinds = new Dictionary<string, int>();
        for (long seed = 0; seed < count; seed++)
        {
            var mutant = Mutants(seed);
            var verdict = VerdictOf(mutant.Wasm);
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            string kind = mutant.Mutation!.Split(':')[0];
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }
        output.WriteLine(string.Join(", ", verdicts.Select(v => $"{v.Key} {v.Value}")));
        output.WriteLine(string.Join(", ", kinds.Select(v => $"{v.Key} {v.Value}")));
        int rejected = verdicts.GetValueOrDefault(Verdict.Invalid) + verdicts.GetValueOrDefault(Verdict.Malformed);
        Assert.InRange(rejected, count * 6 / 10, count * 97 / 100);
        Assert.True(verdicts.GetValueOrDefault(Verdict.Malformed) > count / 10, "malformed mutants");
        Assert.True(verdicts.GetValueOrDefault(Verdict.Invalid) > count / 10, "invalid mutants");
        Assert.True(kinds.GetValueOrDefault("bytes") > count / 4 && kinds.GetValueOrDefault("structure") > count / 4, "both kinds of mutation");
    }

    [Fact]
    public void AValidMutantKeepsOnlyCallsThatStillFitAndTerminate()
    {
        int withCalls = 0;
        for (long seed = 0; seed < 1500; seed++)
        {
            var mutant = Mutants(seed);
            if (VerdictOf(mutant.Wasm) != Verdict.Valid)
                continue;
            var module = ModuleReader.Read(mutant.Wasm);
            Assert.All(mutant.Calls, c => Assert.True(MutantCalls.Fits(module, c), $"seed {seed}: {c.Export} ({mutant.Mutation})"));
            if (mutant.Calls.Count > 0)
                withCalls++;
        }
        Assert.True(withCalls > 50, $"{withCalls} valid mutants with calls");
    }

    /// <summary>Plumb allocates tables eagerly: a mutated table minimum of 2^30 entries (8 GiB) got a run killed by the kernel.</summary>
    [Fact]
    public void NoMutantMakesPlumbAllocateAHugeTable()
    {
        for (long seed = 0; seed < 3000; seed++)
        {
            var mutant = Mutants(seed);
            Module module;
            try
            {
                module = ModuleReader.Read(mutant.Wasm);
            }
            catch (WasmException)
            {
                continue;
            }
            Assert.False(MutantCalls.AllocatesHugeTable(module), $"seed {seed}: {mutant.Mutation}");
            if (MutantCalls.MayGrowHugeTable(module))
                Assert.Empty(mutant.Calls);
        }
    }

    [Fact]
    public void AMutantWhoseFuelCheckIsBrokenKeepsNoCalls()
    {
        var original = ModuleGenerator.Generate(3, GeneratorOptions.Default);
        var module = ModuleReader.Read(original.Wasm);
        Assert.True(MutantCalls.Terminates(module, module));
        // The decrement of the first body's fuel check (i32.const 1) made 0: a loop would never run out.
        var body = module.Codes[0];
        var broken = module with { Codes = module.Codes.SetItem(0, body with { Code = body.Code.SetItem(6, body.Code[6] with { C = 0 }) }) };
        Assert.False(MutantCalls.Terminates(module, broken));
        Assert.Empty(MutantCalls.Keep(original, broken, module));
    }

    /// <summary>The property the mutants exist for: Plumb and Wasmtime give every mutant the same verdict (minus the known differences).</summary>
    [Fact]
    public void InterpreterAndWasmtimeAgreeOnThousandsOfMutants()
    {
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], null, WasmFeatures.Core2);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int rejected = 0, excluded = 0;
        var divergences = new List<string>();
        const int count = 3000;
        for (long seed = 1_000_000; seed < 1_000_000 + count; seed++)
        {
            var result = oracle.Check(Mutants(seed));
            if (result.Outcomes["wasmtime"] is { Load.IsOk: false })
                rejected++;
            if (result.Exclusions.Any(e => e.StartsWith(KnownDifferences.ExclusionPrefix, StringComparison.Ordinal)))
                excluded++;
            divergences.AddRange(result.Divergences.Select(d => $"{d} ({result.Case.Mutation})"));
        }
        output.WriteLine($"{count} mutants in {clock.Elapsed.TotalSeconds:0.0} s: {rejected} rejected by Wasmtime, {excluded} known differences");
        Assert.True(divergences.Count == 0, string.Join("\n", divergences.Take(10)));
        Assert.True(rejected > count / 2, $"{rejected} rejected");
    }

    /// <summary>
    /// A validator that forgets one rule is found among the mutants within a bounded number of cases:
    /// the oracle compares verdicts, and the mutations reach each rule.
    /// </summary>
    [Theory]
    [InlineData("type mismatch", 50)]
    [InlineData("unknown local", 500)]
    [InlineData("unknown global", 500)]
    [InlineData("unknown function", 1000)]
    [InlineData("unknown label", 1000)]
    [InlineData("constant expression required", 1000)]
    [InlineData("alignment must not be larger than natural", 1000)]
    [InlineData("duplicate export name", 1000)]
    [InlineData("size minimum must not be greater than maximum", 1000)]
    [InlineData("multiple memories", 1000)]
    [InlineData("start function", 2000)]
    [InlineData("undeclared function reference", 2000)]
    [InlineData("global is immutable", 2000)]
    [InlineData("integer representation too long", 1000, OutcomeKind.Malformed)]
    [InlineData("section size mismatch", 1000, OutcomeKind.Malformed)]
    [InlineData("unexpected end", 1000, OutcomeKind.Malformed)]
    [InlineData("illegal opcode", 1000, OutcomeKind.Malformed)]
    [InlineData("malformed section id", 2000, OutcomeKind.Malformed)]
    [InlineData("length out of bounds", 2000, OutcomeKind.Malformed)]
    [InlineData("function and code section have inconsistent lengths", 2000, OutcomeKind.Malformed)]
    public void APlantedValidatorFaultIsFoundWithinABoundedNumberOfMutants(string rule, int bound, OutcomeKind kind = OutcomeKind.Invalid)
    {
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter",
            name => name == "faulty" ? AcceptingEngine.Create(rule, kind) : Make(name));
        var found = Enumerable.Range(0, bound).Select(seed => oracle.Check(Mutants(seed))).FirstOrDefault(r => r.Divergences.Count > 0);
        Assert.NotNull(found);
        var divergence = Assert.Single(found.Divergences);
        Assert.Equal(DivergenceKind.Load, divergence.Kind);
        Assert.StartsWith(Outcome.KindText(kind) + ": " + rule, divergence.Expected, StringComparison.Ordinal);
        output.WriteLine($"found at seed {found.Case.Seed}: {divergence} ({found.Case.Mutation})");
    }

    [Fact]
    public void AnInvalidMutantsLoadDivergenceReducesToASmallScript()
    {
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter",
            name => name == "faulty" ? AcceptingEngine.Create("unknown local") : Make(name));
        var found = Enumerable.Range(0, 3000).Select(seed => oracle.Check(Mutants(seed))).First(r => r.Divergences.Count > 0);
        var reduced = DivergenceReduction.Reduce(oracle, found.Case, found.Divergences[0], WasmFeatures.Core2, budget: 2000);
        output.WriteLine($"{found.Case.Wasm.Length} -> {reduced.Case.Wasm.Length} bytes, {reduced.Tries} tries ({found.Case.Mutation})");
        output.WriteLine(reduced.Script);
        Assert.Equal(DivergenceKind.Load, reduced.Divergence.Kind);
        Assert.Contains("unknown local", reduced.Divergence.Expected, StringComparison.Ordinal);
        Assert.Contains("(assert_invalid", reduced.Script, StringComparison.Ordinal);
        Assert.True(reduced.Case.Wasm.Length < found.Case.Wasm.Length / 3, $"{found.Case.Wasm.Length} -> {reduced.Case.Wasm.Length} bytes");
        Assert.True(reduced.Case.Wasm.Length < 150, $"{reduced.Case.Wasm.Length} bytes");
    }

    [Fact]
    public void AMalformedMutantsLoadDivergenceIsReducedBySections()
    {
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter",
            name => name == "faulty" ? AcceptingEngine.Create("integer representation too long", OutcomeKind.Malformed) : Make(name));
        var found = Enumerable.Range(0, 3000).Select(seed => oracle.Check(Mutants(seed))).First(r => r.Divergences.Count > 0);
        var reduced = DivergenceReduction.Reduce(oracle, found.Case, found.Divergences[0], WasmFeatures.Core2, budget: 500);
        output.WriteLine($"{found.Case.Wasm.Length} -> {reduced.Case.Wasm.Length} bytes, {reduced.Tries} tries ({found.Case.Mutation})");
        output.WriteLine(reduced.Script);
        Assert.Equal(DivergenceKind.Load, reduced.Divergence.Kind);
        Assert.Contains("(assert_malformed", reduced.Script, StringComparison.Ordinal);
        Assert.Empty(reduced.Case.Calls);
        Assert.True(reduced.Case.Wasm.Length < found.Case.Wasm.Length / 2, $"{found.Case.Wasm.Length} -> {reduced.Case.Wasm.Length} bytes");
    }
}
