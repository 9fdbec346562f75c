using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Plumb.Cli.CommandLine;
using Plumb.Cli.Commands;
using Plumb.Fuzz.Differential;
using Plumb.Harness;

namespace Plumb.Cli;

/// <summary>
/// The <c>plumb</c> command line on System.CommandLine (harness/RATIONALE.md, "Why System.CommandLine for
/// plumb?"): one command definition per class in Commands/, usage errors answered with the usage and exit 2.
/// </summary>
public static class Program
{
    /// <summary>Exit code of a usage error (an unknown command or option, a bad or missing value).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args) => Run(args.Length > 0 ? WorkerRoot(args[0]) ?? BuildRoot() : BuildRoot(), args, Console.Out, Console.Error);

    /// <summary>
    /// A root with only the hidden worker command <paramref name="name"/>, or null when it names none: plumb spec
    /// and plumb fuzz start a worker per script or engine, and building every command's definitions for each
    /// start cost about 60 ms of each (measured at load 25: 0.09 s to 0.15 s for <c>--version</c>).
    /// </summary>
    private static RootCommand? WorkerRoot(string name) => name switch
    {
        Worker.Command => new RootCommand { WorkerCommands.CreateSpecWorker() },
        WorkerCaseEngine.Command => new RootCommand { WorkerCommands.CreateFuzzWorker() },
        _ => null,
    };

    /// <summary>Runs a command with the given output streams (tests call this in-process).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(BuildRoot(), args, stdout, stderr);

    /// <summary>Every command: the visible ones in the order <c>plumb --help</c> lists them, then the hidden workers.</summary>
    internal static RootCommand BuildRoot(Command? fuzz = null)
    {
        var root = new RootCommand("plumb: run the WebAssembly spec suites on any engine, fuzz engines against each other, validate, convert, invoke and run modules.")
        {
            ValidateCommand.Create(),
            Wat2WasmCommand.Create(),
            Wasm2WatCommand.Create(),
            SpecCommand.CreateSpec(),
            SpecCommand.CreateWast(),
            InvokeCommand.Create(),
            RunCommand.Create(),
            fuzz ?? FuzzCommand.Create(null, null),
            ReportCommand.Create(),
            VersionCommand(),
            HelpCommand(),
            WorkerCommands.CreateSpecWorker(),
            WorkerCommands.CreateFuzzWorker(),
        };
        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                // System.CommandLine prints the entry assembly's version; plumb's line also names .NET and Wasmtime.
                option.Action = new VersionAction();
            }
            else if (option is HelpOption { Action: HelpAction help })
            {
                option.Action = new ExamplesHelpAction(help);
            }
        }
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/> on <paramref name="root"/>; every usage error exits 2.</summary>
    internal static int Run(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            // As git and dotnet: no command is a usage error, answered with the help on standard error.
            WriteHelp(root, root, stderr);
            return UsageExitCode;
        }
        var configuration = new ParserConfiguration
        {
            // Arguments such as "-nan" or guest flags are never bundles of short options, nor "@file" response files.
            EnablePosixBundling = false,
            ResponseFileTokenReplacer = null,
        };
        var result = root.Parse(GuestArguments.Separate(root, args), configuration);
        if (result.Action is ParseErrorAction || (result.Action is not (HelpAction or ExamplesHelpAction or VersionAction) && UnknownOptions(result).Any()))
        {
            return UsageError(result, stderr);
        }
        string name = result.CommandResult.Command.Name;
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (WasmResourceLimitException e)
        {
            stderr.WriteLine($"plumb {name}: resource limit: {e.Message}");
            return 1;
        }
        catch (OutOfMemoryException)
        {
            // Every step allocates in proportion to its input (decode, validate, translate, print): an input
            // too large for the memory the process may use is an error of that input, not an abort.
            stderr.WriteLine($"plumb {name}: out of memory: the input needs more memory than this process may use");
            return 1;
        }
    }

    /// <summary>
    /// Tokens that System.CommandLine took as values of a positional argument but that read as options
    /// (<c>--bogus</c>): it has no notion of an unknown option, so plumb checks. Tokens after <c>--</c> are values.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult result)
    {
        var beforeDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }
            beforeDoubleDash.Add(token);
        }
        return result.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => beforeDoubleDash.Contains(t) && Syntax.LooksLikeOption(t.Value))
            .Select(t => t.Value);
    }

    /// <summary>Prints what is wrong, naming the bad argument, then the command's usage; exit 2.</summary>
    private static int UsageError(ParseResult result, TextWriter stderr)
    {
        var command = result.CommandResult.Command;
        string prefix = Syntax.CommandPath(command);
        var messages = new List<string>();
        foreach (string token in result.UnmatchedTokens.Concat(UnknownOptions(result)).Distinct())
        {
            messages.Add(Syntax.LooksLikeOption(token) ? $"unknown option '{token}'"
                : command is RootCommand ? $"unknown command '{token}'"
                : $"unexpected argument '{token}'");
        }
        // System.CommandLine's own word for an unmatched token is replaced by the more precise one above,
        // and after an unknown command, that no command was given is no news.
        messages.AddRange(result.Errors.Select(e => e.Message).Where(m => !m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)
            && !(messages.Count > 0 && m.StartsWith("Required command was not provided", StringComparison.Ordinal))));
        foreach (string message in messages.Distinct())
        {
            stderr.WriteLine($"{prefix}: {message}");
        }
        if (command is RootCommand root)
        {
            WriteHelp(root, root, stderr);
        }
        else
        {
            stderr.WriteLine("usage: " + Syntax.Synopsis(command));
            stderr.WriteLine($"(see '{prefix} --help' for the options and examples)");
        }
        return UsageExitCode;
    }

    /// <summary>Writes the help of <paramref name="command"/> as <c>plumb ... --help</c> does.</summary>
    internal static void WriteHelp(RootCommand root, Command command, TextWriter output)
    {
        var path = new List<string> { "--help" };
        for (Command? c = command; c is not null and not RootCommand; c = Syntax.Parent(c))
        {
            path.Insert(0, c.Name);
        }
        root.Parse(path).Invoke(new InvocationConfiguration { Output = output, Error = output });
    }

    private static Command VersionCommand()
    {
        var command = new PlumbCommand("version", "Print the versions of Plumb, .NET and Wasmtime (as --version).")
            .Example("plumb version", "prints e.g. plumb 0.1.0 (.NET 10.0.0, Wasmtime 50.0.1)");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Output.WriteLine(Versions.Line);
            return 0;
        });
        return command;
    }

    private static Command HelpCommand()
    {
        var topic = new Argument<string?>("COMMAND") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrOne };
        var command = new PlumbCommand("help", "Print the help of plumb or of one command (as --help).") { topic }
            .Example("plumb help run", "the options of plumb run");
        command.SetAction(result =>
        {
            var root = (RootCommand)result.RootCommandResult.Command;
            string? name = result.GetValue(topic);
            var target = name is null ? root : root.Subcommands.FirstOrDefault(c => c.Name == name && !c.Hidden);
            if (target is null)
            {
                result.InvocationConfiguration.Error.WriteLine($"plumb help: unknown command '{name}'");
                WriteHelp(root, root, result.InvocationConfiguration.Error);
                return UsageExitCode;
            }
            WriteHelp(root, target, result.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    /// <summary><c>--version</c>: one line with the versions of Plumb, .NET and Wasmtime.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Versions.Line);
            return 0;
        }
    }
}
