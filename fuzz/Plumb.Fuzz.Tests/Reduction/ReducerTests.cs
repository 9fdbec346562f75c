using Plumb.Binary;
using Plumb.Fuzz.Differential;
using Plumb.Fuzz.Reduction;
using Plumb.Fuzz.Tests.Differential;
using Plumb.Harness;
using Plumb.Harness.Engines;
using Plumb.Text.Wast;
using Plumb.Validation;
using Xunit.Abstractions;

namespace Plumb.Fuzz.Tests.Reduction;

public class ReducerTests(ITestOutputHelper output)
{
    private static readonly EngineOptions Options = new("fuzz", WasmFeatures.Core2, false);

    private static IEngine Make(string name, PlantedFault fault) =>
        name == "faulty" ? PlantedFaultEngine.Create(fault) : EngineRegistry.Create(name, Options);

    [Theory]
    [InlineData(PlantedFault.WrongOperator)]
    [InlineData(PlantedFault.WrongTrapKind)]
    [InlineData(PlantedFault.CorruptState)]
    [InlineData(PlantedFault.CorruptMemory)]
    public void APlantedFaultReducesToASmallScriptThatFailsOnlyOnTheFaultyEngine(PlantedFault fault)
    {
        using var oracle = new DifferentialOracle(["interpreter", "faulty"], "interpreter", name => Make(name, fault));
        var found = Enumerable.Range(0, 400).Select(seed => oracle.Check(HandWrittenCases.Get(seed))).First(r => r.Divergences.Count > 0);

        var reduced = DivergenceReduction.Reduce(oracle, found.Case, found.Divergences[0], WasmFeatures.Core2);

        var module = ModuleReader.Read(reduced.Case.Wasm);
        Validator.Validate(module);
        int instructions = module.Codes.Sum(b => b.Code.Length);
        output.WriteLine($"seed {found.Case.Seed}: {instructions} instructions after {reduced.Tries} tries\n{reduced.Script}");
        Assert.True(instructions <= 20, $"{instructions} instructions left:\n{reduced.Script}");
        Assert.True(reduced.Case.Calls.Count <= 3, reduced.Script);
        Assert.Equal(found.Divergences[0].Kind, reduced.Divergence.Kind);

        Assert.NotEmpty(RunScript(reduced.Script, Make("faulty", fault)));
        Assert.Empty(RunScript(reduced.Script, Make("interpreter", fault)));
        Assert.Empty(RunScript(reduced.Script, Make("wasmtime", fault)));
    }

    [Fact]
    public void ReductionKeepsTheDivergenceAndNeverGrowsTheCase()
    {
        var original = HandWrittenCases.Get(0);
        // A predicate that needs one call of "i32.mul" with its first argument kept.
        bool Keeps(FuzzCase c) => c.Calls.Any(x => x.Export == "i32.mul") &&
            ModuleReader.Read(c.Wasm).Exports.Any(e => e.Name == "i32.mul");
        var withMul = original with { Calls = [.. original.Calls, new FuzzCall("i32.mul", [new WastValue(ValType.I32, 6), new WastValue(ValType.I32, 7)])] };
        var reducer = new Reducer(Keeps);
        var reduced = reducer.Reduce(withMul);
        Assert.True(Keeps(reduced));
        Assert.Single(reduced.Calls);
        Assert.True(reduced.Wasm.Length < withMul.Wasm.Length);
        Assert.Single(ModuleReader.Read(reduced.Wasm).Exports);
    }

    [Fact]
    public void BlocksLoopsAndIfsAroundTheInterestingInstructionAreRemoved()
    {
        var original = new FuzzCase(1, Text.Wat.ToBinary("""
            (module
              (memory 1)
              (global $g (mut i32) (i32.const 5))
              (func (export "f") (param i32) (result i32) (local i32)
                (block $out
                  (loop $again
                    (br_if $out (i32.eqz (local.get 0)))
                    (if (i32.gt_u (local.get 0) (i32.const 100))
                      (then (global.set $g (i32.div_s (global.get $g) (local.get 0))))
                      (else (i32.store (i32.const 8) (local.get 0))))
                    (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                    (br $again)))
                (i32.add (global.get $g) (i32.load (i32.const 8)))))
            """), [new FuzzCall("f", [new WastValue(ValType.I32, 300)])]);
        static bool Divides(FuzzCase c) => ModuleReader.Read(c.Wasm).Codes.Any(b => b.Code.Any(i => i.Opcode == Instructions.Opcode.I32DivS));

        var reduced = new Reducer(Divides).Reduce(original);

        var module = ModuleReader.Read(reduced.Wasm);
        Assert.True(module.Codes.Sum(b => b.Code.Length) <= 4, Text.Wat.FromBinary(reduced.Wasm));
        Assert.DoesNotContain(module.Codes.SelectMany(b => b.Code), i => i.Opcode is Instructions.Opcode.Block or Instructions.Opcode.Loop or Instructions.Opcode.If);
    }

    [Fact]
    public void ACaseThatDoesNotDivergeComesBackUnchanged()
    {
        var original = HandWrittenCases.Get(5);
        Assert.Same(original, new Reducer(_ => false).Reduce(original));
    }

    [Fact]
    public void TheScriptHoldsTheReferenceOutcomesOfEveryKindOfStep()
    {
        var fuzzCase = new FuzzCase(9, Text.Wat.ToBinary("""
            (module
              (global (export "g") (mut i32) (i32.const 7))
              (func (export "f") (param f32) (result f32 f64) (f32.div (local.get 0) (local.get 0)) (f64.const -0x1.8p-1030))
              (func (export "t") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
              (func $r (export "r") (call $r)))
            """), [
                new FuzzCall("f", [new WastValue(ValType.F32, 0)]),
                new FuzzCall("t", [new WastValue(ValType.I32, 0)]),
                new FuzzCall("r", []),
            ]);
        using var engine = new CaseEngine(() => EngineRegistry.Create("wasmtime", Options));
        var outcome = CaseRunner.Run(engine, fuzzCase, StateProbe.Exports(fuzzCase.Wasm, WasmFeatures.Core2));
        string script = ReducedScript.Write(fuzzCase, outcome, null);
        Assert.Contains("(assert_return (invoke \"f\" (f32.const 0x0p+0)) (f32.const nan:arithmetic) (f64.const -0x0.018p-1022))", script, StringComparison.Ordinal);
        Assert.Contains("(assert_trap (invoke \"t\" (i32.const 0)) \"integer divide by zero\")", script, StringComparison.Ordinal);
        Assert.Contains("(assert_exhaustion (invoke \"r\") \"call stack exhausted\")", script, StringComparison.Ordinal);
        Assert.Contains("(assert_return (get \"g\") (i32.const 7))", script, StringComparison.Ordinal);
        Assert.Empty(RunScript(script, EngineRegistry.Create("interpreter", Options)));
    }

    /// <summary>Runs a script as <c>plumb wast</c>'s workers do (<see cref="ScriptRunner"/>); the failed commands.</summary>
    internal static List<CommandResult> RunScript(string script, IEngine engine)
    {
        var results = new List<CommandResult>();
        using (engine)
        {
            var parsed = WastParser.Parse(script, "reduced.wast");
            new ScriptRunner(engine, text => ScriptSource.CompileQuote(text, WasmFeatures.Core2), results.Add).Run(parsed);
        }
        return results.Where(r => r.Status != CommandStatus.Passed).ToList();
    }
}
