using System.Diagnostics;
using System.Reflection;
using Newtonsoft.Json;
using Plumb.Harness.Engines;

namespace Plumb.Harness;

/// <summary>
/// The worker side of <see cref="Coordinator"/>: the hidden command <c>__worker</c> runs one script on
/// one engine in its own process and writes each command's verdict to standard output as it goes,
/// one JSON line after <see cref="ResultPrefix"/>, then <see cref="DoneMarker"/>. A crash, native
/// abort or hang therefore costs only this script, and the verdicts before it survive (RATIONALE.md,
/// "Why a process per script?"). A program hosts workers when its <c>Main</c> hands arguments that
/// start with <see cref="Command"/> to <see cref="Run"/>: the CLI (<c>plumb __worker</c>) does.
/// </summary>
public static class Worker
{
    /// <summary>The hidden command's name.</summary>
    public const string Command = "__worker";

    /// <summary>Marks a verdict line (engines may print to standard output too).</summary>
    public const string ResultPrefix = "@@plumb ";

    /// <summary>Announces whether the engine compares messages exactly (<see cref="IEngine.ExactMessages"/>).</summary>
    public const string ExactPrefix = "@@plumb-exact ";

    /// <summary>Marks the normal end of the script.</summary>
    public const string DoneMarker = "@@plumb-done";

    /// <summary>
    /// Stack size of the thread that parses and runs the script: deep nesting in a script must not
    /// overflow the parser's stack, which .NET cannot catch.
    /// </summary>
    private const int StackSize = 256 * 1024 * 1024;

    /// <summary>
    /// How to start workers in the program <paramref name="host"/> (an executable assembly whose
    /// <c>Main</c> hands <see cref="Command"/> to <see cref="Run"/>): for each job, that program again
    /// with <c>__worker</c> and the job's arguments.
    /// </summary>
    public static Func<Job, ProcessStartInfo> HostedBy(Assembly host) =>
        job => Start(host, Command, ["--engine", job.Engine, "--suite", job.Suite, "--file", job.Full, "--name", job.Relative]);

    /// <summary>
    /// Starts <paramref name="host"/> with the hidden <paramref name="command"/>: through its apphost when
    /// this process is that apphost, else <c>dotnet exec HOST.dll</c> (under <c>dotnet HOST.dll</c> or a test host).
    /// </summary>
    public static ProcessStartInfo Start(Assembly host, string command, IEnumerable<string> args) =>
        Start(host, Environment.ProcessPath, command, args);

    /// <summary>
    /// <see cref="Start(Assembly, string, IEnumerable{string})"/> as seen from a process whose executable is
    /// <paramref name="process"/>. The apphost's name is compared whole, less a Windows <c>.exe</c>: on Linux and
    /// macOS the apphost of <c>Plumb.Cli</c> is the file <c>Plumb.Cli</c>, which has no extension to drop.
    /// </summary>
    internal static ProcessStartInfo Start(Assembly host, string? process, string command, IEnumerable<string> args)
    {
        string assembly = host.Location;
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        string processName = process is null ? "" : Path.GetFileName(process);
        if (processName.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            processName = processName[..^".exe".Length];
        if (processName.Equals(host.GetName().Name, StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = process!;
        }
        else
        {
            start.FileName = processName.Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? process!
                : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet";
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(assembly);
        }
        start.ArgumentList.Add(command);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>Runs <c>__worker --engine NAME --suite SUITE --file PATH --name RELATIVE</c>.</summary>
    public static int Run(string[] args)
    {
        string? engineName = null, suite = null, file = null, name = null;
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--engine": engineName = args[i + 1]; break;
                case "--suite": suite = args[i + 1]; break;
                case "--file": file = args[i + 1]; break;
                case "--name": name = args[i + 1]; break;
            }
        }
        if (engineName is null || suite is null || file is null)
        {
            Console.Error.WriteLine("usage: __worker --engine NAME --suite SUITE --file PATH [--name RELATIVE]");
            return 2;
        }
        var output = Console.Out;
        int exit = 0;
        var thread = new Thread(() => exit = RunScript(engineName, suite, file, name ?? Path.GetFileName(file), output), StackSize);
        thread.Start();
        thread.Join();
        return exit;
    }

    private static int RunScript(string engineName, string suite, string file, string name, TextWriter output)
    {
        void Emit(CommandResult result)
        {
            output.WriteLine(ResultPrefix + JsonConvert.SerializeObject(result));
            output.Flush();
        }

        Text.Wast.WastScript script;
        try
        {
            script = ScriptSource.Parse(file, name);
        }
        catch (Exception e) when (e is WasmException or IOException)
        {
            Emit(new CommandResult(0, "parse script", CommandStatus.Failed, "a script", $"{e.GetType().Name}: {e.Message}"));
            output.WriteLine(DoneMarker);
            return 0;
        }

        var options = Suites.Options(suite);
        using (var engine = EngineRegistry.Create(engineName, options))
        {
            output.WriteLine(ExactPrefix + (engine.ExactMessages ? "true" : "false"));
            new ScriptRunner(engine, text => ScriptSource.CompileQuote(text, options.Features), Emit).Run(script);
        }
        output.WriteLine(DoneMarker);
        output.Flush();
        return 0;
    }
}
