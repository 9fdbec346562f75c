using Plumb.Fuzz.Targets;

namespace Plumb.Fuzz.Tests.Targets;

/// <summary>Each target's property holds on its seed corpus, on the kept corpus and on mutations, in process.</summary>
public class FuzzTargetTests
{
    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void ThePropertyHoldsOnTheSeedCorpus(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var seeds = TargetInputs.SeedsOf(target.Seeds);
        Assert.True(seeds.Count > 1000, $"only {seeds.Count} seeds");
        AssertHolds(target, seeds);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void ThePropertyHoldsOnMutatedSeeds(string name)
    {
        var target = FuzzTargets.Find(name)!;
        AssertHolds(target, TargetInputs.Mutations(TargetInputs.SeedsOf(target.Seeds), 3000, seed: name.Length * 7919));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void ThePropertyHoldsOnTheKeptCorpus(string name)
    {
        // corpora/fuzz/<target>/ holds what AFL found (scripts/fuzz.sh), and every fixed finding as a regression input.
        string kept = Path.Combine(TargetInputs.RepositoryRoot, "corpora", "fuzz", name);
        if (!Directory.Exists(kept))
        {
            return;
        }
        var output = new StringWriter();
        int findings = Replay.Run(FuzzTargets.Find(name)!, kept, output);
        Assert.True(findings == 0, output.ToString());
    }

    [Fact]
    public void EveryTargetHasItsOwnName()
    {
        Assert.Equal(["decode", "validate", "text", "wast", "execute"], FuzzTargets.All.Select(t => t.Name));
    }

    private static void AssertHolds(FuzzTarget target, IEnumerable<byte[]> inputs)
    {
        foreach (var input in inputs)
        {
            if (Replay.Check(target, input) is { } finding)
            {
                Assert.Fail($"{target.Name}: {finding.GetType().FullName}: {finding.Message} on input {Convert.ToHexString(input)}\n{finding.StackTrace}");
            }
        }
    }
}
