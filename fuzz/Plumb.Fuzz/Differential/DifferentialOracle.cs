using Plumb.Harness;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// The differential oracle: runs each <see cref="FuzzCase"/> on every engine and compares each
/// engine's <see cref="CaseOutcome"/> with the reference engine's, step by step
/// (<see cref="OutcomeComparer"/>). Engines run in this process, each case on a fresh thread with a
/// time limit: an exception is a crash divergence, a case over the limit is a hang divergence, and the
/// engine is replaced either way, so neither ends the run (fuzz/RATIONALE.md, "Why does the oracle run
/// engines in process, with a time limit, rather than in worker processes?").
/// </summary>
public sealed class DifferentialOracle : IDisposable
{
    /// <summary>The stack of the threads cases run on: deep recursion must exhaust the engine's own limit first.</summary>
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>An engine is replaced after this many cases, so that modules and instances do not pile up in its store.</summary>
    private const int CasesPerEngine = 200;

    private readonly Func<string, IEngine> _factory;
    private readonly Dictionary<string, (IEngine Engine, int Cases)> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseThread> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _namesTrapKinds = new(StringComparer.Ordinal);

    /// <summary>Creates an oracle over engines made by <paramref name="factory"/>.</summary>
    /// <param name="engines">The engine names, at least two.</param>
    /// <param name="reference">The reference engine; null: <see cref="DefaultReference"/>.</param>
    /// <param name="factory">Makes an engine by name (e.g. <see cref="EngineRegistry.Create"/>); the oracle registers <c>spectest</c> in it.</param>
    public DifferentialOracle(IReadOnlyList<string> engines, string? reference, Func<string, IEngine> factory)
    {
        if (engines.Count < 2)
            throw new ArgumentException("the oracle needs at least two engines", nameof(engines));
        if (engines.Distinct(StringComparer.Ordinal).Count() != engines.Count)
            throw new ArgumentException("an engine is named twice", nameof(engines));
        reference ??= DefaultReference(engines);
        if (!engines.Contains(reference))
            throw new ArgumentException($"the reference '{reference}' is not among the engines", nameof(reference));
        Engines = engines;
        Reference = reference;
        _factory = factory;
    }

    /// <summary>Creates an oracle over registered engines (<see cref="EngineRegistry"/>) with the given features.</summary>
    public static DifferentialOracle ForRegistry(IReadOnlyList<string> engines, string? reference, WasmFeatures features) =>
        new(engines, reference, name => EngineRegistry.Create(name, new EngineOptions(features == WasmFeatures.Core1 ? "wg-1.0" : "wg-2.0", features, BeyondCore2: false)));

    /// <summary>Wasmtime when it is among <paramref name="engines"/>, else the first one.</summary>
    public static string DefaultReference(IReadOnlyList<string> engines) =>
        engines.Contains("wasmtime") ? "wasmtime" : engines[0];

    /// <summary>The engines, in the order given.</summary>
    public IReadOnlyList<string> Engines { get; }

    /// <summary>The engine every other is compared with.</summary>
    public string Reference { get; }

    /// <summary>How long one engine may take for one case before it counts as hung.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Differences that are not bugs (<see cref="Differential.KnownDifferences"/>): their divergences become exclusions.</summary>
    public IReadOnlyList<KnownDifference> KnownDifferences { get; init; } = Differential.KnownDifferences.All;

    /// <summary>Runs the case on every engine and compares.</summary>
    public OracleResult Check(FuzzCase fuzzCase)
    {
        var globals = CaseRunner.ExportedGlobals(fuzzCase.Wasm);
        var outcomes = new Dictionary<string, CaseOutcome?>(StringComparer.Ordinal);
        var divergences = new List<Divergence>();
        int executions = 0;
        foreach (var name in Engines)
        {
            var outcome = RunOnEngine(name, fuzzCase, globals);
            outcomes[name] = outcome;
            if (outcome is not null)
                executions += outcome.Executions;
        }

        var reference = outcomes[Reference];
        var exclusions = new List<string>();
        foreach (var name in Engines)
        {
            if (name == Reference)
                continue;
            var divergence = Compare(fuzzCase, globals, name, reference, outcomes[name], exclusions);
            if (divergence is not null)
                divergences.Add(divergence);
        }
        var result = Differential.KnownDifferences.Apply(new OracleResult(fuzzCase, outcomes, divergences, executions, exclusions), KnownDifferences);
        // After an excluded step the engines' shared state (the spectest memory and table) may differ: one
        // engine instantiated a module the other rejected, or a call ran further on one. Later cases start afresh.
        if (result.Exclusions.Count > 0)
        {
            foreach (var name in Engines)
                Retire(name);
        }
        return result;
    }

    /// <summary>
    /// The first step where <paramref name="other"/> departs from <paramref name="reference"/> (later
    /// steps usually only repeat its consequences), or null when they agree. A null outcome is a hang.
    /// </summary>
    private Divergence? Compare(FuzzCase c, IReadOnlyList<string> globals, string engine, CaseOutcome? reference, CaseOutcome? other, List<string> exclusions)
    {
        Divergence Make(DivergenceKind kind, string step, string expected, string actual) =>
            new(c.Seed, kind, Reference, engine, step, expected, actual);
        bool trapKinds = _namesTrapKinds.GetValueOrDefault(Reference) && _namesTrapKinds.GetValueOrDefault(engine);
        (DivergenceKind Kind, string Step)? Step(Outcome a, Outcome b, DivergenceKind kind, string step) => StepOf(a, b, kind, step, trapKinds);

        if (reference is null || other is null)
        {
            return reference is null && other is null ? Make(DivergenceKind.Hang, "case", "hang", "hang")
                : Make(DivergenceKind.Hang, "case", reference is null ? "hang" : "finished", other is null ? "hang" : "finished");
        }
        if (Step(reference.Load, other.Load, DivergenceKind.Load, "load") is { } load)
            return Make(load.Kind, load.Step, reference.Load.ToString(), other.Load.ToString());
        if (reference.Instantiate is null || other.Instantiate is null)
            return null;
        if (Step(reference.Instantiate, other.Instantiate, DivergenceKind.Instantiate, "instantiate") is { } inst)
            return Make(inst.Kind, inst.Step, reference.Instantiate.ToString(), other.Instantiate.ToString());
        for (int i = 0; i < Math.Min(reference.Calls.Count, other.Calls.Count); i++)
        {
            if (reference.Calls[i].Kind == OutcomeKind.Exhaustion || other.Calls[i].Kind == OutcomeKind.Exhaustion)
            {
                // The depth at which the call stack runs out is the engine's choice (the spec lets any call
                // exhaust it), and so is the state a half-run call leaves behind: the rest is not compared.
                exclusions.Add($"seed {c.Seed}: {CaseRunner.Describe(i, c.Calls[i])} exhausted the stack on {(reference.Calls[i].Kind == OutcomeKind.Exhaustion ? Reference : engine)}; later steps not compared with {engine}");
                return null;
            }
            if (Step(reference.Calls[i], other.Calls[i], DivergenceKind.Call, CaseRunner.Describe(i, c.Calls[i])) is { } call)
                return Make(call.Kind, call.Step, reference.Calls[i].ToString(), other.Calls[i].ToString());
        }
        for (int i = 0; i < Math.Min(reference.Globals.Count, other.Globals.Count); i++)
        {
            var (a, b) = (reference.Globals[i].Value, other.Globals[i].Value);
            if (Step(a, b, DivergenceKind.State, $"global \"{globals[i]}\"") is { } state)
                return Make(state.Kind, state.Step, a.ToString(), b.ToString());
        }
        return null;
    }

    private static (DivergenceKind Kind, string Step)? StepOf(Outcome reference, Outcome other, DivergenceKind kind, string step, bool trapKinds)
    {
        if (reference.Kind == OutcomeKind.EngineError || other.Kind == OutcomeKind.EngineError)
            return (DivergenceKind.Crash, step);
        return OutcomeComparer.Agree(reference, other, trapKinds) ? null : (kind, step);
    }

    /// <summary>Runs the case on one engine on its own thread; null when it did not finish in time.</summary>
    private CaseOutcome? RunOnEngine(string name, FuzzCase fuzzCase, IReadOnlyList<string> globals)
    {
        IEngine engine;
        try
        {
            engine = Acquire(name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = Outcome.Failed(OutcomeKind.EngineError, $"engine could not start: {e.GetType().Name}: {e.Message}");
            return new CaseOutcome(failed, null, [], []);
        }
        // One long-lived thread per engine runs its cases: a thread per case made hundreds of threads a
        // second, and each left a small mapping behind, until the process ran out of mappings after about
        // 30,000 cases ("Out of memory").
        if (!_threads.TryGetValue(name, out var caseThread))
        {
            _threads[name] = caseThread = new CaseThread("fuzz " + name);
        }
        var outcome = caseThread.Run(() => CaseRunner.Run(engine, fuzzCase, globals), TimeLimit, out bool finished);
        if (!finished)
        {
            // The thread is abandoned with its case; the next case of this engine gets a new one.
            _threads.Remove(name);
            caseThread.Abandon();
            // The thread cannot be stopped; it is abandoned with its engine, which is never used again. An
            // external engine is closed (its process killed), which also frees the thread; an in-process
            // one is not, since disposing a store under running code could crash this process.
            if (_live.Remove(name, out var hung) && name.StartsWith(EngineRegistry.ProcessPrefix, StringComparison.Ordinal))
                ThreadPool.QueueUserWorkItem(_ => Close(hung.Engine));
            return null;
        }
        if (outcome is null || HasEngineError(outcome))
            Retire(name);
        return outcome;
    }

    private static bool HasEngineError(CaseOutcome o) =>
        o.Load.Kind == OutcomeKind.EngineError || o.Instantiate?.Kind == OutcomeKind.EngineError ||
        o.Calls.Any(c => c.Kind == OutcomeKind.EngineError) || o.Globals.Any(g => g.Value.Kind == OutcomeKind.EngineError);

    private IEngine Acquire(string name)
    {
        if (_live.TryGetValue(name, out var live) && live.Cases < CasesPerEngine)
        {
            _live[name] = (live.Engine, live.Cases + 1);
            return live.Engine;
        }
        Retire(name);
        var engine = _factory(name);
        var spectest = engine.Load(Spectest.Binary);
        if (spectest.IsOk)
            spectest = engine.Instantiate(spectest.Handle);
        if (spectest.IsOk)
            spectest = engine.Register(Spectest.Name, spectest.Handle);
        if (!spectest.IsOk)
        {
            engine.Dispose();
            throw new InvalidOperationException($"the spectest host module failed on {name}: {spectest}");
        }
        _live[name] = (engine, 1);
        _namesTrapKinds[name] = OutcomeComparer.NamesTrapKinds(name, engine.ExactMessages);
        return engine;
    }

    private void Retire(string name)
    {
        if (_live.Remove(name, out var live))
            Close(live.Engine);
    }

    private static void Close(IEngine engine)
    {
        try
        {
            engine.Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A broken engine may fail to close too; it is dropped either way.
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var thread in _threads.Values)
        {
            thread.Abandon();
        }
        _threads.Clear();
        foreach (var name in _live.Keys.ToList())
            Retire(name);
    }

    /// <summary>A thread with the large stack the engines' deep recursion needs, that runs one case at a time.</summary>
    private sealed class CaseThread
    {
        private readonly System.Collections.Concurrent.BlockingCollection<(Func<CaseOutcome> Work, TaskCompletionSource<CaseOutcome> Done)> _work = new();

        public CaseThread(string name)
        {
            new Thread(Loop, StackSize) { IsBackground = true, Name = name }.Start();
        }

        /// <summary>Runs <paramref name="work"/> on the thread; <paramref name="finished"/> is false when it took longer than <paramref name="limit"/>.</summary>
        public CaseOutcome? Run(Func<CaseOutcome> work, TimeSpan limit, out bool finished)
        {
            var done = new TaskCompletionSource<CaseOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            _work.Add((work, done));
            finished = done.Task.Wait(limit);
            return finished ? done.Task.Result : null;
        }

        /// <summary>Lets the thread end once the case it is running (if any) returns.</summary>
        public void Abandon() => _work.CompleteAdding();

        private void Loop()
        {
            foreach (var (work, done) in _work.GetConsumingEnumerable())
            {
                try
                {
                    done.SetResult(work());
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            }
        }
    }
}

/// <summary>What the oracle found for one case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Outcomes">Each engine's outcome by name; null for an engine that hung.</param>
/// <param name="Divergences">At most one divergence per non-reference engine: its first departing step.</param>
/// <param name="Executions">Engine operations performed, over all engines.</param>
/// <param name="Exclusions">Steps left uncompared because the spec lets their outcome vary (a call that exhausted the stack and what follows it).</param>
public sealed record OracleResult(FuzzCase Case, IReadOnlyDictionary<string, CaseOutcome?> Outcomes, IReadOnlyList<Divergence> Divergences, int Executions, IReadOnlyList<string> Exclusions);
