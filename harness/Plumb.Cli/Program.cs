using Plumb.Cli.Commands;
using Plumb.Harness;

namespace Plumb.Cli;

/// <summary>The <c>plumb</c> command line: a dispatcher to one class per command.</summary>
public static class Program
{
    /// <summary>Entry point: dispatches to a command.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0)
        {
            switch (args[0])
            {
                case "spec":
                    return SpecCommand.RunSpec(args);
                case "wast":
                    return SpecCommand.RunWast(args);
                case Worker.Command:
                    // The spec and wast commands start this program again as their workers (Worker.HostedBy).
                    return Worker.Run(args);
                case Plumb.Fuzz.Differential.WorkerCaseEngine.Command:
                    // plumb fuzz starts this program again as a worker per engine (WorkerCaseEngine.HostedBy).
                    return Plumb.Fuzz.Differential.WorkerCaseEngine.Serve(args);
            }
        }
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs a front-end command with the given output streams (tests call this in-process).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args is ["--version"] or ["version"])
        {
            stdout.WriteLine(Versions.Line);
            return 0;
        }
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            var help = args.Length == 0 ? stderr : stdout;
            help.WriteLine("usage: plumb <command> [args]");
            help.WriteLine("commands: validate, wat2wasm, wasm2wat, spec, wast, invoke, run, fuzz, report; --version");
            help.WriteLine("  " + ValidateCommand.Usage);
            help.WriteLine("  " + Wat2WasmCommand.Usage);
            help.WriteLine("  " + Wasm2WatCommand.Usage);
            help.WriteLine("  " + InvokeCommand.Usage);
            help.WriteLine("  " + RunCommand.Usage);
            help.WriteLine("  " + FuzzCommand.Usage);
            help.WriteLine("  " + ReportCommand.Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        try
        {
            switch (args[0])
            {
                case "validate":
                    return ValidateCommand.Run(rest, stdout, stderr);
                case "wat2wasm":
                    return Wat2WasmCommand.Run(rest, stdout, stderr);
                case "wasm2wat":
                    return Wasm2WatCommand.Run(rest, stdout, stderr);
                case "invoke":
                    return InvokeCommand.Run(rest, stdout, stderr);
                case "run":
                    return RunCommand.Run(rest, stdout, stderr);
                case "fuzz":
                    return FuzzCommand.Run(rest, stdout, stderr);
                case "report":
                    return ReportCommand.Run(rest, stdout, stderr);
                default:
                    stderr.WriteLine($"plumb: unknown command '{args[0]}'");
                    return 2;
            }
        }
        catch (WasmResourceLimitException e)
        {
            stderr.WriteLine($"plumb {args[0]}: resource limit: {e.Message}");
            return 1;
        }
        catch (OutOfMemoryException)
        {
            // Every step allocates in proportion to its input (decode, validate, translate, print): an input
            // too large for the memory the process may use is an error of that input, not an abort.
            stderr.WriteLine($"plumb {args[0]}: out of memory: the input needs more memory than this process may use");
            return 1;
        }
    }
}
