using Newtonsoft.Json;
using Plumb.Cli.Harness.Engines;

namespace Plumb.Cli.Harness;

/// <summary>
/// The hidden <c>plumb __worker</c> command: runs one script on one engine in its own process and
/// writes each command's verdict to standard output as it goes, one JSON line after
/// <see cref="ResultPrefix"/>, then <see cref="DoneMarker"/>. A crash, native abort or hang
/// therefore costs only this script, and the verdicts before it survive (RATIONALE.md, "Why a
/// process per script?").
/// </summary>
internal static class Worker
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
            Console.Error.WriteLine("usage: plumb __worker --engine NAME --suite SUITE --file PATH [--name RELATIVE]");
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
