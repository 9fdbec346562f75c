using System.CommandLine;
using System.Globalization;
using Plumb.Cli.CommandLine;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>--fuel N</c> and <c>--timeout SECONDS</c>, shared by <c>invoke</c> and <c>run</c>: the two options,
/// how they configure a run, and how a run they ended is told apart from any other trap.
/// </summary>
internal sealed class ExecutionLimits : IDisposable
{
    private readonly CancellationTokenSource _timer;

    private ExecutionLimits(long? fuel, double? timeoutSeconds)
    {
        Fuel = fuel;
        TimeoutSeconds = timeoutSeconds;
        // The timer starts with the run: loading the file and compiling count against the limit too, as in Wasmtime.
        _timer = timeoutSeconds is { } seconds ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : new CancellationTokenSource();
    }

    /// <summary>The fuel given to each call, or null for no limit.</summary>
    public long? Fuel { get; }

    /// <summary>The wall-clock limit in seconds, or null for none.</summary>
    public double? TimeoutSeconds { get; }

    /// <summary>Cancelled when the timeout passes: hand it to every call and instantiation.</summary>
    public CancellationToken Cancellation => _timer.Token;

    /// <summary>The <c>--fuel</c> option.</summary>
    public static Option<long?> FuelOption() => Syntax.Option<long?>("--fuel", "N",
        "Stop after N units of fuel (about one per instruction executed) for each call.", Syntax.PositiveLong, "a positive integer");

    /// <summary>The <c>--timeout</c> option.</summary>
    public static Option<double?> TimeoutOption() => Syntax.Option<double?>("--timeout", "SECONDS",
        "Stop after this many seconds of wall-clock time (fractions allowed).", Syntax.PositiveSeconds, "a positive number of seconds");

    /// <summary>Starts the limits the command line asked for (the timeout's clock starts now).</summary>
    public static ExecutionLimits Start(ParseResult result, Option<long?> fuel, Option<double?> timeout) =>
        new(result.GetValue(fuel), result.GetValue(timeout));

    /// <summary>The runtime configuration with the fuel limit applied.</summary>
    public RuntimeConfig Apply(RuntimeConfig config) => config.WithFuel(Fuel);

    /// <summary>
    /// When the trap is one of these limits ending the run, what ended it (e.g. "fuel exhausted: the call used
    /// all of its 1000 units (--fuel 1000)"), else null: an ordinary trap.
    /// </summary>
    public string? Describe(WasmTrapException trap) => trap.Kind switch
    {
        TrapKind.FuelExhausted when Fuel is { } fuel =>
            $"fuel exhausted: the call used all of its {fuel.ToString(CultureInfo.InvariantCulture)} units (--fuel {fuel.ToString(CultureInfo.InvariantCulture)})",
        TrapKind.Cancelled when TimeoutSeconds is { } seconds && _timer.IsCancellationRequested =>
            $"timeout: stopped after {seconds.ToString("0.###", CultureInfo.InvariantCulture)} s (--timeout {seconds.ToString(CultureInfo.InvariantCulture)})",
        _ => null,
    };

    /// <summary>
    /// Writes a limit's message and where the run was (the Wasm stack trace without its first line,
    /// which only repeats the trap's message): <c>limit: fuel exhausted: ...</c>.
    /// </summary>
    public static void Write(TextWriter stderr, string description, WasmTrapException trap)
    {
        string trace = trap.FormatWithWasmStackTrace();
        int newline = trace.IndexOf('\n', StringComparison.Ordinal);
        stderr.WriteLine($"limit: {description}");
        if (newline >= 0)
        {
            stderr.WriteLine(trace[(newline + 1)..]);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();
}
