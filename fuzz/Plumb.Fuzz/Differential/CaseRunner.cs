using System.Globalization;
using Plumb.Binary;
using Plumb.Harness.Engines;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Runs one <see cref="FuzzCase"/> on one engine: load, instantiate, every call in order, then reads
/// every exported global. Linear memory and tables are not compared: the engine contract
/// (<see cref="IEngine"/>) reads globals only (fuzz/RATIONALE.md, "What does the oracle compare, and
/// what does it let vary?").
/// </summary>
public static class CaseRunner
{
    /// <summary>Runs the case on <paramref name="engine"/>; an exception out of the adapter becomes an engine error at that step.</summary>
    /// <param name="engine">An engine with <c>spectest</c> registered.</param>
    /// <param name="fuzzCase">The case.</param>
    /// <param name="globals">The names of the module's exported globals (<see cref="ExportedGlobals"/>).</param>
    public static CaseOutcome Run(IEngine engine, FuzzCase fuzzCase, IReadOnlyList<string> globals)
    {
        var load = Guard(() => engine.Load(fuzzCase.Wasm));
        if (!load.IsOk)
            return new CaseOutcome(load, null, [], []);
        var instantiate = Guard(() => engine.Instantiate(load.Handle));
        if (!instantiate.IsOk)
            return new CaseOutcome(load, instantiate, [], []);
        var calls = new List<Outcome>(fuzzCase.Calls.Count);
        foreach (var call in fuzzCase.Calls)
            calls.Add(Guard(() => engine.Invoke(instantiate.Handle, call.Export, call.Args)));
        var state = new List<KeyValuePair<string, Outcome>>(globals.Count);
        foreach (var name in globals)
            state.Add(new(name, Guard(() => engine.Get(instantiate.Handle, name))));
        return new CaseOutcome(load, instantiate, calls, state);
    }

    /// <summary>The export names of the module's globals, or none when Plumb cannot decode it.</summary>
    public static IReadOnlyList<string> ExportedGlobals(byte[] wasm)
    {
        try
        {
            return ModuleReader.Read(wasm).Exports.Where(e => e.Kind == ExternKind.Global).Select(e => e.Name).ToList();
        }
        catch (WasmException)
        {
            return [];
        }
    }

    /// <summary>A step's name in divergences: <c>call 2 "f" (i32.const 1)</c>.</summary>
    public static string Describe(int index, FuzzCall call) =>
        $"call {index.ToString(CultureInfo.InvariantCulture)} \"{call.Export}\"" + string.Concat(call.Args.Select(a => " " + WastText.Value(a)));

    private static Outcome Guard(Func<Outcome> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract says an engine never throws for anything a module does: an exception is the
            // adapter's or the engine's bug, which the oracle reports as a crash of this engine.
            return Outcome.Failed(OutcomeKind.EngineError, $"exception {e.GetType().Name}: {e.Message}");
        }
    }
}
