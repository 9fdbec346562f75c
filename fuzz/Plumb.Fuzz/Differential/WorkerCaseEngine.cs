using System.Diagnostics;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plumb.Harness;
using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// A built-in engine in a worker process of its own: the hidden command <see cref="Command"/> of a
/// host program (the CLI) runs cases sent one JSON line at a time and answers each with its
/// <see cref="CaseOutcome"/> as one JSON line. A whole case is one round trip, so the isolation costs
/// little; a worker that crashes (a native abort, a stack overflow .NET cannot catch) costs its case
/// and is replaced, and one that hangs is killed (fuzz/RATIONALE.md, "Why does plumb fuzz run each
/// engine in a worker process?").
/// </summary>
public sealed class WorkerCaseEngine : ICaseEngine
{
    /// <summary>The hidden command that runs a worker: <c>__fuzz-worker --engine NAME --features core1|core2</c>.</summary>
    public const string Command = "__fuzz-worker";

    /// <summary>The stack of the worker's case thread, as in the oracle's own case threads.</summary>
    private const int StackSize = 64 * 1024 * 1024;

    private readonly Process _process;
    private string? _dead;

    /// <summary>Starts a worker with <paramref name="start"/> and reads its greeting.</summary>
    /// <exception cref="InvalidOperationException">The worker did not start or could not make its engine.</exception>
    public WorkerCaseEngine(ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = false;
        start.UseShellExecute = false;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start '{start.FileName}'");
        _process.StandardInput.AutoFlush = true;
        string? hello = _process.StandardOutput.ReadLine();
        var greeting = hello is null ? null : JObject.Parse(hello);
        if (greeting?.Value<bool?>("ok") != true)
        {
            Dispose();
            throw new InvalidOperationException($"the fuzz worker did not start: {hello ?? "it exited"}");
        }
        ExactMessages = greeting.Value<bool>("exactMessages");
    }

    /// <inheritdoc/>
    public bool ExactMessages { get; }

    /// <inheritdoc/>
    public bool InProcess => false;

    /// <summary>
    /// Makes workers hosted by <paramref name="host"/> (whose <c>Main</c> hands <see cref="Command"/> to
    /// <see cref="Serve"/>) for built-in engines; a <c>process:</c> engine is a process already and runs through <see cref="CaseEngine"/>.
    /// </summary>
    public static Func<string, ICaseEngine> HostedBy(Assembly host, WasmFeatures features) => name =>
        name.StartsWith(EngineRegistry.ProcessPrefix, StringComparison.Ordinal)
            ? new CaseEngine(() => EngineRegistry.Create(name, Options(features)))
            : new WorkerCaseEngine(Worker.Start(host, Command, ["--engine", name, "--features", features == WasmFeatures.Core1 ? "core1" : "core2"]));

    /// <inheritdoc/>
    public CaseOutcome Run(FuzzCase fuzzCase, IReadOnlyList<StateExport> state)
    {
        if (_dead is null)
        {
            try
            {
                _process.StandardInput.WriteLine(CaseJson(fuzzCase).ToString(Formatting.None));
                if (_process.StandardOutput.ReadLine() is { } line)
                    return OutcomeFromJson(JObject.Parse(line));
                _dead = _process.WaitForExit(1000) ? $"worker process exited with code {_process.ExitCode}" : "worker process closed its output";
            }
            catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or FormatException or InvalidCastException)
            {
                _dead = $"worker process failed: {e.GetType().Name}: {e.Message}";
            }
        }
        return new CaseOutcome(Outcome.Failed(OutcomeKind.EngineError, _dead), null, [], []);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    /// <summary>Runs <c>__fuzz-worker --engine NAME --features core1|core2</c> until standard input ends.</summary>
    public static int Serve(string[] args)
    {
        if (args.Length != 5 || args[1] != "--engine" || args[3] != "--features" || args[4] is not ("core1" or "core2") || !EngineRegistry.Factories.ContainsKey(args[2]))
        {
            Console.Error.WriteLine($"usage: {Command} --engine NAME --features core1|core2   (NAME: {string.Join(", ", EngineRegistry.Factories.Keys)})");
            return 2;
        }
        var features = args[4] == "core1" ? WasmFeatures.Core1 : WasmFeatures.Core2;
        int exit = 0;
        var thread = new Thread(() => exit = ServeCases(args[2], features, Console.In, Console.Out), StackSize);
        thread.Start();
        thread.Join();
        return exit;
    }

    private static int ServeCases(string name, WasmFeatures features, TextReader input, TextWriter output)
    {
        CaseEngine engine;
        try
        {
            engine = new CaseEngine(() => EngineRegistry.Create(name, Options(features)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.WriteLine(new JObject { ["ok"] = false, ["message"] = $"{e.GetType().Name}: {e.Message}" }.ToString(Formatting.None));
            return 1;
        }
        using (engine)
        {
            output.WriteLine(new JObject { ["ok"] = true, ["exactMessages"] = engine.ExactMessages }.ToString(Formatting.None));
            output.Flush();
            while (input.ReadLine() is { } line)
            {
                var fuzzCase = CaseFromJson(JObject.Parse(line));
                var outcome = engine.Run(fuzzCase, StateProbe.Exports(fuzzCase.Wasm, features));
                output.WriteLine(OutcomeJson(outcome).ToString(Formatting.None));
                output.Flush();
            }
        }
        return 0;
    }

    private static EngineOptions Options(WasmFeatures features) =>
        new(features == WasmFeatures.Core1 ? "wg-1.0" : "wg-2.0", features, BeyondCore2: false);

    private static JObject CaseJson(FuzzCase c) => new()
    {
        ["seed"] = c.Seed,
        ["wasm"] = Convert.ToBase64String(c.Wasm),
        ["calls"] = new JArray(c.Calls.Select(call => new JObject
        {
            ["export"] = call.Export,
            ["args"] = new JArray(call.Args.Select(ProcessEngine.ToJson).ToArray()),
        }).ToArray()),
    };

    private static FuzzCase CaseFromJson(JObject o) => new(
        o.Value<long>("seed"),
        Convert.FromBase64String(o.Value<string>("wasm") ?? ""),
        ((JArray?)o["calls"] ?? []).Select(c => new FuzzCall(c.Value<string>("export") ?? "", ((JArray?)c["args"] ?? []).Select(a => ProcessEngine.FromJson((JObject)a)).ToList())).ToList());

    private static JObject OutcomeJson(CaseOutcome o) => new()
    {
        ["load"] = StepJson(o.Load),
        ["instantiate"] = o.Instantiate is null ? null : StepJson(o.Instantiate),
        ["calls"] = new JArray(o.Calls.Select(StepJson).ToArray()),
        ["state"] = new JArray(o.State.Select(r => new JObject
        {
            ["export"] = r.Export.Name,
            ["kind"] = r.Export.Kind.ToString(),
            ["element"] = r.Export.Element.ToString(),
            ["probe"] = r.Probe,
            ["value"] = StepJson(r.Value),
        }).ToArray()),
    };

    private static CaseOutcome OutcomeFromJson(JObject o) => new(
        StepFromJson((JObject)o["load"]!),
        o["instantiate"] is JObject i ? StepFromJson(i) : null,
        ((JArray?)o["calls"] ?? []).Select(c => StepFromJson((JObject)c)).ToList(),
        ((JArray?)o["state"] ?? []).Select(r => new StateReading(
            new StateExport(r.Value<string>("export") ?? "", Enum.Parse<StateKind>(r.Value<string>("kind") ?? ""), Enum.Parse<ValType>(r.Value<string>("element") ?? "")),
            r.Value<string>("probe"),
            StepFromJson((JObject)r["value"]!))).ToList());

    private static JObject StepJson(Outcome o) => new()
    {
        ["kind"] = o.Kind.ToString(),
        ["handle"] = o.Handle,
        ["values"] = o.Values is null ? null : new JArray(o.Values.Select(ProcessEngine.ToJson).ToArray()),
        ["message"] = o.Message,
    };

    private static Outcome StepFromJson(JObject o) => new(
        Enum.Parse<OutcomeKind>(o.Value<string>("kind") ?? ""),
        o.Value<int?>("handle") ?? -1,
        o["values"] is JArray values ? values.Select(v => ProcessEngine.FromJson((JObject)v)).ToList() : null,
        o.Value<string>("message") ?? "");
}
