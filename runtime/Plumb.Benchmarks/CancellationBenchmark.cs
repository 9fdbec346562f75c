using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Plumb.Benchmarks;

/// <summary>
/// How soon cancellation stops an infinite loop (<c>(loop (br 0))</c>, and one that also calls a function on every
/// iteration): a worker thread runs it with a token, the token is cancelled after 50 ms, and the time from
/// <see cref="CancellationTokenSource.Cancel()"/> to the trap reaching the worker is measured, many times per
/// engine. The bound is 100 ms; <c>GuardTests</c> asserts that it stops at all, with a generous bound.
/// </summary>
internal static class CancellationBenchmark
{
    /// <summary>
    /// (module (func $f (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
    ///   (func (export "spin") (loop (br 0)))
    ///   (func (export "spin_calls") (local i32) (loop (local.set 0 (call $f (local.get 0))) (br 0))))
    /// </summary>
    private static readonly byte[] Module =
    [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0x02, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x00,
        0x03, 0x04, 0x03, 0x00, 0x01, 0x01, 0x07, 0x15, 0x02, 0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x01, 0x0a, 0x73, 0x70,
        0x69, 0x6e, 0x5f, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x00, 0x02, 0x0a, 0x21, 0x03, 0x07, 0x00, 0x20, 0x00, 0x41, 0x01,
        0x6a, 0x0b, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x0b, 0x0f, 0x01, 0x01, 0x7f, 0x03, 0x40, 0x20, 0x00, 0x10,
        0x00, 0x21, 0x00, 0x0c, 0x00, 0x0b, 0x0b,
    ];

    public static int Run(Options options)
    {
        int trials = options.Int("iterations", 20);
        var module = Module;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Cancellation latency: ms from Cancel() to the Cancelled trap in the running thread, {trials} trials each.");
        text.AppendLine();
        text.AppendLine("| engine | loop | median ms | max ms |");
        text.AppendLine("| --- | --- | ---: | ---: |");
        int status = 0;
        foreach (var engine in new[] { EngineKind.Compiler, EngineKind.Interpreter })
        {
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
            var instance = runtime.Instantiate(runtime.Compile(module));
            foreach (var export in new[] { "spin", "spin_calls" })
            {
                var spin = instance.GetFunction(export)!;
                var latencies = new List<double>();
                for (int t = 0; t < trials; t++)
                {
                    using var cancellation = new CancellationTokenSource();
                    long stoppedAt = 0;
                    TrapKind? kind = null;
                    var worker = new Thread(() =>
                    {
                        try
                        {
                            spin.Call(cancellation.Token);
                        }
                        catch (WasmTrapException trap)
                        {
                            stoppedAt = Stopwatch.GetTimestamp();
                            kind = trap.Kind;
                        }
                    });
                    worker.Start();
                    Thread.Sleep(50);
                    long cancelledAt = Stopwatch.GetTimestamp();
                    cancellation.Cancel();
                    if (!worker.Join(TimeSpan.FromSeconds(10)) || kind != TrapKind.Cancelled)
                    {
                        Console.Error.WriteLine($"bench: cancellation of {export} on {engine} did not stop it with Cancelled ({kind})");
                        status = 1;
                        break;
                    }
                    latencies.Add(Stopwatch.GetElapsedTime(cancelledAt, stoppedAt).TotalMilliseconds);
                }
                if (latencies.Count > 0)
                {
                    latencies.Sort();
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {engine.ToString().ToLowerInvariant()} | {export} | {latencies[latencies.Count / 2]:F3} | {latencies[^1]:F3} |");
                }
            }
        }
        Console.Write(text);
        if (options.TryGet("out") is { } outFile)
        {
            File.WriteAllText(outFile, text.ToString());
        }
        return status;
    }
}
