using System.CommandLine;

namespace Plumb.Cli.CommandLine;

/// <summary>
/// <c>plumb run [OPTIONS] APP.wasm [ARGS...]</c>: everything after the program belongs to the program, even
/// <c>--help</c> or <c>--env</c> (as with Wasmtime), so a <c>--</c> is put after APP before parsing.
/// </summary>
internal static class GuestArguments
{
    /// <summary>The commands whose first positional argument is a program taking the rest of the line.</summary>
    private static readonly string[] Commands = ["run"];

    /// <summary><paramref name="args"/> with <c>--</c> inserted after the program's file, when the command takes one.</summary>
    public static string[] Separate(RootCommand root, string[] args)
    {
        if (args.Length < 2 || !Commands.Contains(args[0]) || root.Subcommands.FirstOrDefault(c => c.Name == args[0]) is not { } command)
        {
            return args;
        }
        for (int i = 1; i < args.Length; i++)
        {
            string token = args[i];
            if (token == "--")
            {
                return args;
            }
            if (token.StartsWith('-') && token.Length > 1)
            {
                bool takesValue = command.Options.Any(o => o.Arity.MaximumNumberOfValues > 0 && (o.Name == token || o.Aliases.Contains(token)));
                if (takesValue)
                {
                    i++;
                }
                continue;
            }
            return [.. args[..(i + 1)], "--", .. args[(i + 1)..]];
        }
        return args;
    }
}
