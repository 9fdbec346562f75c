using System.CommandLine;
using Plumb.Cli.CommandLine;
using Plumb.Fuzz.Differential;
using Plumb.Harness;
using Plumb.Harness.Engines;

namespace Plumb.Cli.Commands;

/// <summary>
/// The hidden worker commands: <c>plumb spec</c>/<c>wast</c> start this program again as
/// <c>__worker</c> (<see cref="Worker.HostedBy"/>) and <c>plumb fuzz</c> as <c>__fuzz-worker</c>
/// (<see cref="WorkerCaseEngine.HostedBy"/>). Their options are declared here so that a bad start is a
/// usage error like any other; the worker protocol itself lives with the worker.
/// </summary>
internal static class WorkerCommands
{
    /// <summary><c>__worker --engine E --suite S --file PATH --name NAME</c>: runs one script and writes its results.</summary>
    public static Command CreateSpecWorker()
    {
        var engine = Required("--engine", "NAME", "The engine.");
        var suite = Required("--suite", "SUITE", "The suite the script belongs to.");
        var file = Required("--file", "PATH", "The script.");
        var name = Required("--name", "NAME", "The script's name in reports.");
        var command = new Command(Worker.Command, "Worker process of plumb spec and plumb wast (internal).") { engine, suite, file, name };
        command.Hidden = true;
        command.SetAction(result => Worker.Run([Worker.Command,
            "--engine", result.GetValue(engine)!, "--suite", result.GetValue(suite)!, "--file", result.GetValue(file)!, "--name", result.GetValue(name)!]));
        return command;
    }

    /// <summary><c>__fuzz-worker --engine E --features core1|core2</c>: serves fuzz cases on standard input and output.</summary>
    public static Command CreateFuzzWorker()
    {
        var engine = Required("--engine", "NAME", "The engine.");
        engine.AcceptOnlyFromAmong([.. EngineRegistry.Factories.Keys]);
        var features = Required("--features", "core1|core2", "The feature set.");
        features.AcceptOnlyFromAmong("core1", "core2");
        var command = new Command(WorkerCaseEngine.Command, "Worker process of plumb fuzz (internal).") { engine, features };
        command.Hidden = true;
        command.SetAction(result => WorkerCaseEngine.Serve([WorkerCaseEngine.Command, "--engine", result.GetValue(engine)!, "--features", result.GetValue(features)!]));
        return command;
    }

    private static Option<string?> Required(string name, string helpName, string description)
    {
        var option = Syntax.Text(name, helpName, description);
        option.Required = true;
        return option;
    }
}
