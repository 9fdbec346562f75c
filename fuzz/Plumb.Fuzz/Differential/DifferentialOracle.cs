using Plumb.Harness;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// The differential oracle: runs each <see cref="FuzzCase"/> on every engine and compares each
/// engine's <see cref="CaseOutcome"/> with the reference engine's, step by step
/// (<see cref="OutcomeComparer"/>). Engines run in this process, each case on a fresh thread with a
/// time limit: an exception is a crash divergence, a case over the limit is a hang divergence, and the
/// engine is replaced either way, so neither ends the run (fuzz/RATIONALE.md, "Why does the oracle run
/// engines in process, with a time limit, rather than in worker processes?"). Engines started as
/// worker processes (<see cref="ProcessEngine"/>, as <c>plumb fuzz</c> does by default) are killed
/// when they hang, and a crash of one costs only its process.
/// </summary>
public sealed class DifferentialOracle : IDisposable
{
    /// <summary>The stack of the threads cases run on: deep recursion must exhaust the engine's own limit first.</summary>
    private const int StackSize = 64 * 1024 * 1024;

    private readonly Func<string, ICaseEngine> _factory;
    private readonly Dictionary<string, ICaseEngine> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseThread> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _namesTrapKinds = new(StringComparer.Ordinal);

    /// <summary>Creates an oracle over engines made by <paramref name="factory"/>.</summary>
    /// <param name="engines">The engine names, at least two.</param>
    /// <param name="reference">The reference engine; null: <see cref="DefaultReference"/>.</param>
    /// <param name="factory">Makes an engine by name (e.g. <see cref="EngineRegistry.Create"/>); it runs in this process (<see cref="CaseEngine"/>).</param>
    public DifferentialOracle(IReadOnlyList<string> engines, string? reference, Func<string, IEngine> factory)
        : this(engines, reference, CaseEngine.From(factory))
    {
    }

    /// <summary>Creates an oracle over engines made by <paramref name="factory"/>, in this process or in workers.</summary>
    /// <param name="engines">The engine names, at least two.</param>
    /// <param name="reference">The reference engine; null: <see cref="DefaultReference"/>.</param>
    /// <param name="factory">Makes an engine by name (<see cref="CaseEngine"/>, <see cref="WorkerCaseEngine"/>).</param>
    public DifferentialOracle(IReadOnlyList<string> engines, string? reference, Func<string, ICaseEngine> factory)
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
        new(engines, reference, name => EngineRegistry.Create(name, new EngineOptions(features == WasmFeatures.Core1 ? "wg-1.0" : "wg-2.0", features, BeyondCore2: false)))
        {
            Features = features,
        };

    /// <summary>Wasmtime when it is among <paramref name="engines"/>, else the first one.</summary>
    public static string DefaultReference(IReadOnlyList<string> engines) =>
        engines.Contains("wasmtime") ? "wasmtime" : engines[0];

    /// <summary>The engines, in the order given.</summary>
    public IReadOnlyList<string> Engines { get; }

    /// <summary>The engine every other is compared with.</summary>
    public string Reference { get; }

    /// <summary>How long one engine may take for one case before it counts as hung.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The features the engines run with: they decide which state can be read (<see cref="StateProbe.Exports"/>).</summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Core2;

    /// <summary>Differences that are not bugs (<see cref="Differential.KnownDifferences"/>): their divergences become exclusions.</summary>
    public IReadOnlyList<KnownDifference> KnownDifferences { get; init; } = Differential.KnownDifferences.All;

    /// <summary>Runs the case on every engine and compares.</summary>
    public OracleResult Check(FuzzCase fuzzCase)
    {
        var state = StateProbe.Exports(fuzzCase.Wasm, Features);
        var outcomes = new Dictionary<string, CaseOutcome?>(StringComparer.Ordinal);
        var divergences = new List<Divergence>();
        int executions = 0;
        // The engines run the case at the same time, each on its own thread: the case takes as long as the
        // slowest engine rather than the sum (the time limit counts from here for all of them).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var running = Engines.Select(name => (Name: name, Run: Start(name, fuzzCase, state))).ToList();
        foreach (var (name, run) in running)
        {
            var outcome = Finish(name, run, TimeLimit - clock.Elapsed);
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
            var divergence = Compare(fuzzCase, name, reference, outcomes[name], exclusions);
            if (divergence is not null)
                divergences.Add(divergence);
        }
        // No state carries over to the next case, whatever this one did: each case gets a fresh spectest (CaseRunner).
        return Differential.KnownDifferences.Apply(new OracleResult(fuzzCase, outcomes, divergences, executions, exclusions), KnownDifferences);
    }

    /// <summary>
    /// The first step where <paramref name="other"/> departs from <paramref name="reference"/> (later
    /// steps usually only repeat its consequences), or null when they agree. A null outcome is a hang.
    /// </summary>
    private Divergence? Compare(FuzzCase c, string engine, CaseOutcome? reference, CaseOutcome? other, List<string> exclusions)
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
        for (int i = 0; i < Math.Min(reference.State.Count, other.State.Count); i++)
        {
            var (a, b) = (reference.State[i], other.State[i]);
            if (Step(a.Value, b.Value, DivergenceKind.State, a.ToString()) is { } state)
                return Make(state.Kind, state.Step, a.Value.ToString(), b.Value.ToString());
        }
        if (reference.State.Count != other.State.Count)
            return Make(DivergenceKind.State, "state", $"{reference.State.Count} readings", $"{other.State.Count} readings");
        return null;
    }

    private static (DivergenceKind Kind, string Step)? StepOf(Outcome reference, Outcome other, DivergenceKind kind, string step, bool trapKinds)
    {
        if (reference.Kind == OutcomeKind.EngineError || other.Kind == OutcomeKind.EngineError)
            return (DivergenceKind.Crash, step);
        return OutcomeComparer.Agree(reference, other, trapKinds) ? null : (kind, step);
    }

    /// <summary>Starts the case on one engine, on the engine's own thread; or the outcome when the engine could not start.</summary>
    private Running Start(string name, FuzzCase fuzzCase, IReadOnlyList<StateExport> state)
    {
        ICaseEngine engine;
        try
        {
            engine = Acquire(name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failed = Outcome.Failed(OutcomeKind.EngineError, $"engine could not start: {e.GetType().Name}: {e.Message}");
            return new Running(null, null, new CaseOutcome(failed, null, [], []));
        }
        // One long-lived thread per engine runs its cases: a thread per case made hundreds of threads a
        // second, and each left a small mapping behind, until the process ran out of mappings after about
        // 30,000 cases ("Out of memory").
        if (!_threads.TryGetValue(name, out var caseThread))
        {
            _threads[name] = caseThread = new CaseThread("fuzz " + name);
        }
        return new Running(caseThread, caseThread.Submit(() => engine.Run(fuzzCase, state)), null);
    }

    /// <summary>Waits for a started case at most <paramref name="limit"/>; null when it did not finish in time.</summary>
    private CaseOutcome? Finish(string name, Running run, TimeSpan limit)
    {
        if (run.Thread is not { } caseThread || run.Task is not { } task)
            return run.Failed;
        if (!task.Wait(limit > TimeSpan.Zero ? limit : TimeSpan.Zero))
        {
            // The thread is abandoned with its case; the next case of this engine gets a new one.
            _threads.Remove(name);
            caseThread.Abandon();
            // The thread cannot be stopped; it is abandoned with its engine, which is never used again. An
            // external engine is closed (its process killed), which also frees the thread; an in-process
            // one is not, since disposing a store under running code could crash this process.
            if (_live.Remove(name, out var hung) && !hung.InProcess)
                ThreadPool.QueueUserWorkItem(_ => Close(hung));
            return null;
        }
        var outcome = task.IsFaulted
            ? new CaseOutcome(Outcome.Failed(OutcomeKind.EngineError, $"exception {task.Exception!.InnerException?.GetType().Name}: {task.Exception.InnerException?.Message}"), null, [], [])
            : task.Result;
        if (HasEngineError(outcome))
            Retire(name);
        return outcome;
    }

    /// <summary>A case started on one engine: its thread and task, or the outcome of an engine that could not start.</summary>
    private sealed record Running(CaseThread? Thread, Task<CaseOutcome>? Task, CaseOutcome? Failed);

    private static bool HasEngineError(CaseOutcome o) =>
        o.Load.Kind == OutcomeKind.EngineError || o.Instantiate?.Kind == OutcomeKind.EngineError ||
        o.Calls.Any(c => c.Kind == OutcomeKind.EngineError) || o.State.Any(g => g.Value.Kind == OutcomeKind.EngineError);

    private ICaseEngine Acquire(string name)
    {
        if (_live.TryGetValue(name, out var live))
            return live;
        var engine = _factory(name);
        _live[name] = engine;
        _namesTrapKinds[name] = OutcomeComparer.NamesTrapKinds(name, engine.ExactMessages);
        return engine;
    }

    private void Retire(string name)
    {
        if (_live.Remove(name, out var live))
            Close(live);
    }

    private static void Close(ICaseEngine engine)
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

        /// <summary>Queues <paramref name="work"/> on the thread; the task ends with its outcome.</summary>
        public Task<CaseOutcome> Submit(Func<CaseOutcome> work)
        {
            var done = new TaskCompletionSource<CaseOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            _work.Add((work, done));
            return done.Task;
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
