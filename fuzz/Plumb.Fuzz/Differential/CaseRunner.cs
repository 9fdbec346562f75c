using System.Globalization;
using Plumb.Harness;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Runs one <see cref="FuzzCase"/> on one engine (<see cref="CaseEngine"/>): a fresh <c>spectest</c>
/// instance, then load, instantiate, every call in order, then the state of every export that holds
/// some (<see cref="StateProbe"/>). Each case starts from the same state on every engine, whatever
/// ran before it, so a case is a self-contained experiment that the reducer can repeat.
/// </summary>
public static class CaseRunner
{
    /// <summary>Runs the case; an exception out of the adapter becomes an engine error at that step.</summary>
    /// <param name="engine">The engine with what it loaded once.</param>
    /// <param name="fuzzCase">The case.</param>
    /// <param name="state">The exports to read afterwards (<see cref="StateProbe.Exports"/>).</param>
    public static CaseOutcome Run(CaseEngine engine, FuzzCase fuzzCase, IReadOnlyList<StateExport> state)
    {
        var e = engine.Engine;
        var spectest = Guard(() => engine.FreshSpectest());
        if (!spectest.IsOk)
            return new CaseOutcome(Outcome.Failed(OutcomeKind.EngineError, $"spectest: {spectest}"), null, [], []);
        var load = Guard(() => e.Load(fuzzCase.Wasm));
        if (!load.IsOk)
            return new CaseOutcome(load, null, [], []);
        var instantiate = Guard(() => e.Instantiate(load.Handle));
        if (!instantiate.IsOk)
            return new CaseOutcome(load, instantiate, [], []);
        var calls = new List<Outcome>(fuzzCase.Calls.Count);
        foreach (var call in fuzzCase.Calls)
            calls.Add(Guard(() => e.Invoke(instantiate.Handle, call.Export, call.Args)));
        return new CaseOutcome(load, instantiate, calls, ReadState(engine, instantiate.Handle, state));
    }

    private static List<StateReading> ReadState(CaseEngine engine, int instance, IReadOnlyList<StateExport> state)
    {
        var e = engine.Engine;
        var readings = new List<StateReading>(state.Count * 2);
        bool registered = false;
        foreach (var export in state)
        {
            if (export.Kind == StateKind.Global)
            {
                readings.Add(new StateReading(export, null, Guard(() => e.Get(instance, export.Name))));
                continue;
            }
            if (!registered)
            {
                var register = Guard(() => e.Register(StateProbe.ModuleName, instance));
                if (!register.IsOk)
                {
                    readings.Add(new StateReading(export, "register", register));
                    return readings;
                }
                registered = true;
            }
            var probe = Guard(() => engine.Probe(export));
            if (probe.IsOk)
                probe = Guard(() => e.Instantiate(probe.Handle));
            if (!probe.IsOk)
            {
                readings.Add(new StateReading(export, "instantiate", probe));
                continue;
            }
            foreach (var function in StateProbe.Functions)
                readings.Add(new StateReading(export, function, Guard(() => e.Invoke(probe.Handle, function, []))));
        }
        return readings;
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

/// <summary>
/// An engine as the oracle uses it: something that runs whole cases. <see cref="CaseEngine"/> runs them
/// in this process; <see cref="WorkerCaseEngine"/> in a worker process of its own.
/// </summary>
public interface ICaseEngine : IDisposable
{
    /// <summary>True when the engine reports the spec's categories and messages exactly (<see cref="IEngine.ExactMessages"/>).</summary>
    bool ExactMessages { get; }

    /// <summary>True when the engine runs in this process: a hung case cannot be stopped, only abandoned with its engine.</summary>
    bool InProcess { get; }

    /// <summary>Runs one case (<see cref="CaseRunner.Run"/>).</summary>
    CaseOutcome Run(FuzzCase fuzzCase, IReadOnlyList<StateExport> state);
}

/// <summary>
/// An engine in this process as the oracle uses it for many cases: it loads the <c>spectest</c> host
/// module and the state probes once, instantiates them afresh for every case, and replaces its
/// engine every <see cref="CasesPerEngine"/> cases so that modules and instances do not pile up.
/// </summary>
public sealed class CaseEngine : ICaseEngine
{
    /// <summary>Cases an engine runs before it is replaced.</summary>
    public const int CasesPerEngine = 200;

    private readonly Func<IEngine> _factory;
    private readonly Dictionary<StateExport, Outcome> _probes = [];
    private Outcome _spectest;
    private int _cases;

    /// <summary>Makes an engine with <paramref name="factory"/> and loads <c>spectest</c> into it.</summary>
    /// <exception cref="InvalidOperationException">The engine cannot load or instantiate <c>spectest</c>.</exception>
    public CaseEngine(Func<IEngine> factory)
    {
        _factory = factory;
        Engine = factory();
        _spectest = Start(Engine);
    }

    /// <summary>The engine now in use.</summary>
    public IEngine Engine { get; private set; }

    /// <inheritdoc/>
    public bool ExactMessages => Engine.ExactMessages;

    /// <inheritdoc/>
    public bool InProcess => Engine is not ProcessEngine;

    /// <summary>Makes in-process case engines from an engine factory by name.</summary>
    public static Func<string, ICaseEngine> From(Func<string, IEngine> factory) => name => new CaseEngine(() => factory(name));

    /// <inheritdoc/>
    public CaseOutcome Run(FuzzCase fuzzCase, IReadOnlyList<StateExport> state)
    {
        if (++_cases > CasesPerEngine)
        {
            Engine.Dispose();
            _probes.Clear();
            Engine = _factory();
            _spectest = Start(Engine);
            _cases = 1;
        }
        return CaseRunner.Run(this, fuzzCase, state);
    }

    /// <summary>Instantiates <c>spectest</c> and registers it, replacing the previous case's instance.</summary>
    public Outcome FreshSpectest()
    {
        if (!_spectest.IsOk)
            return _spectest;
        var instance = Engine.Instantiate(_spectest.Handle);
        return instance.IsOk ? Engine.Register(Spectest.Name, instance.Handle) : instance;
    }

    /// <summary>The probe module for <paramref name="export"/>, loaded on first use: its load outcome.</summary>
    public Outcome Probe(StateExport export)
    {
        if (!_probes.TryGetValue(export, out var loaded))
            _probes[export] = loaded = Engine.Load(StateProbe.Binary(export));
        return loaded;
    }

    /// <inheritdoc/>
    public void Dispose() => Engine.Dispose();

    private static Outcome Start(IEngine engine)
    {
        var spectest = engine.Load(Spectest.Binary);
        var instance = spectest.IsOk ? engine.Instantiate(spectest.Handle) : spectest;
        if (!instance.IsOk)
        {
            engine.Dispose();
            throw new InvalidOperationException($"the spectest host module failed on {engine.Name}: {instance}");
        }
        return spectest;
    }
}
