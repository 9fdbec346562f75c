using System.Diagnostics;
using Plumb.Fuzz.Generation;
using Plumb.Harness.Engines;
using Plumb.Text;
using Xunit.Abstractions;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Property: every call of every generated case terminates quickly on Plumb's interpreter (the fuel global bounds it).</summary>
public class TerminationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryCallOfEveryCaseTerminatesQuickly(bool large)
    {
        var options = large
            ? GeneratorOptions.Default with { MaxBodyInstructions = 300, MaxNesting = 8, MaxFunctions = 10 }
            : GeneratorOptions.Default;
        byte[] spectest = Plumb.Harness.Spectest.Binary;
        var outcomes = new Dictionary<string, int>();
        var slow = new List<string>();
        var clock = Stopwatch.StartNew();
        int cases = large ? 200 : 500;
        for (long seed = 0; seed < cases && slow.Count < 3; seed++)
        {
            var fuzzCase = ModuleGenerator.Generate(seed, options);
            // A runaway case would hang the test: run it aside and give up on it after a bound.
            var run = Task.Run(() => Run(spectest, fuzzCase));
            if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5))) != run)
            {
                slow.Add($"seed {seed}: still running after 5 s");
                continue;
            }
            var (elapsed, kinds) = await run;
            // A property of the generator, not a speed target: a case takes milliseconds; one that takes seconds
            // means the fuel global does not bound it. The bound is wide because the test shares its cores with the
            // rest of the run (a case took 1.3 s of wall clock at load average 20).
            if (elapsed > TimeSpan.FromSeconds(3))
            {
                slow.Add($"seed {seed}: {elapsed.TotalMilliseconds:F0} ms");
            }
            foreach (var kind in kinds)
            {
                outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
            }
        }
        output.WriteLine($"{cases} cases in {clock.ElapsedMilliseconds} ms; outcomes: " +
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(slow.Count == 0, string.Join("\n", slow));
        Assert.DoesNotContain(nameof(OutcomeKind.EngineError), outcomes.Keys);
        Assert.DoesNotContain(nameof(OutcomeKind.Exhaustion), outcomes.Keys);
    }

    private static (TimeSpan Elapsed, List<string> Kinds) Run(byte[] spectest, FuzzCase fuzzCase)
    {
        var clock = Stopwatch.StartNew();
        var kinds = new List<string>();
        using var engine = EngineRegistry.Create("interpreter", new EngineOptions("fuzz", WasmFeatures.Core2, false));
        var host = engine.Instantiate(engine.Load(spectest).Handle);
        engine.Register("spectest", host.Handle);
        var module = engine.Load(fuzzCase.Wasm);
        Assert.True(module.IsOk, module.ToString());
        var instance = engine.Instantiate(module.Handle);
        kinds.Add(instance.IsOk ? "instantiated" : $"instantiation {instance.Kind} \"{instance.Message}\"");
        if (instance.IsOk)
        {
            foreach (var call in fuzzCase.Calls)
            {
                var outcome = engine.Invoke(instance.Handle, call.Export, call.Args);
                kinds.Add(outcome.Kind == OutcomeKind.Trap ? $"trap \"{outcome.Message}\"" : outcome.Kind.ToString());
            }
        }
        return (clock.Elapsed, kinds);
    }
}
