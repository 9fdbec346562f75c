using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Plumb.Cli.CommandLine;

/// <summary>
/// <c>--help</c>: System.CommandLine's help (usage, arguments, options), then the command's examples;
/// the top-level help also gives the usage of every command and the exit codes.
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    /// <summary>Set while System.CommandLine's own help is rendered into a string (it is this action's inner part).</summary>
    [ThreadStatic]
    private static bool t_rendering;

    private readonly HelpAction _inner;

    /// <summary>Wraps System.CommandLine's help action.</summary>
    public ExamplesHelpAction(HelpAction inner)
    {
        _inner = inner;
    }

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        if (t_rendering)
        {
            return _inner.Invoke(parseResult);
        }
        var output = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command;
        output.Write(Render(parseResult.RootCommandResult.Command, command));
        if (command is RootCommand)
        {
            output.WriteLine("Usage of each command:");
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
            {
                if (!sub.Subcommands.Any(c => !c.Hidden))
                {
                    output.WriteLine("  " + Syntax.Synopsis(sub));
                }
                foreach (var nested in sub.Subcommands.Where(c => !c.Hidden))
                {
                    output.WriteLine("  " + Syntax.Synopsis(nested));
                }
            }
            output.WriteLine();
            output.WriteLine("Exit codes: 0 success; 1 the thing checked failed (invalid module, trap, failing test, divergence);");
            output.WriteLine("2 usage error; invoke: 3 when --fuel or --timeout ended the call; run: the program's own exit code,");
            output.WriteLine("134 on a trap (also when --fuel or --timeout ended it). 'plumb COMMAND --help' describes a command.");
            output.WriteLine();
        }
        if (command is PlumbCommand { Examples.Count: > 0 } plumb)
        {
            output.WriteLine("Examples:");
            foreach (var (line, what) in plumb.Examples)
            {
                output.WriteLine($"  {line}");
                output.WriteLine($"      {what}");
            }
            output.WriteLine();
        }
        return 0;
    }

    /// <summary>
    /// System.CommandLine's help of <paramref name="command"/> with plumb's synopsis as the usage line
    /// (it would name the program after its assembly, Plumb.Cli, and list the options as a bare [options]).
    /// </summary>
    private static string Render(Command root, Command command)
    {
        var path = new List<string> { "--help" };
        for (Command? c = command; c is not null && c != root; c = Syntax.Parent(c))
        {
            path.Insert(0, c.Name);
        }
        var text = new StringWriter { NewLine = "\n" };
        t_rendering = true;
        try
        {
            root.Parse(path).Invoke(new InvocationConfiguration { Output = text, Error = text });
        }
        finally
        {
            t_rendering = false;
        }
        string help = text.ToString();
        int usage = help.IndexOf("Usage:\n  ", StringComparison.Ordinal);
        if (usage >= 0)
        {
            int start = usage + "Usage:\n  ".Length;
            int end = help.IndexOf('\n', start);
            help = help[..start] + Syntax.Synopsis(command) + help[end..];
        }
        return help.Replace("\n", Environment.NewLine, StringComparison.Ordinal);
    }
}
