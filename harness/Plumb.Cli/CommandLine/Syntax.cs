using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;

namespace Plumb.Cli.CommandLine;

/// <summary>
/// Option and argument definitions shared by the commands: each value is parsed by one function that
/// either accepts the text or says what the option takes, naming the option and the bad value.
/// </summary>
internal static class Syntax
{
    /// <summary>Parses an option's or argument's text, or gives null when the text is not acceptable.</summary>
    public delegate bool TryParse<T>(string text, out T value);

    /// <summary>
    /// An option with one value per occurrence, parsed by <paramref name="parse"/>; a value it refuses
    /// is a usage error "NAME takes EXPECTED, not 'TEXT'".
    /// </summary>
    public static Option<T> Option<T>(string name, string helpName, string description, TryParse<T> parse, string expected, T defaultValue = default!)
    {
        var option = new Option<T>(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.ExactlyOne,
            CustomParser = result => Parse(result, name, parse, expected),
        };
        if (!EqualityComparer<T>.Default.Equals(defaultValue, default!))
        {
            option.DefaultValueFactory = _ => defaultValue;
        }
        return option;
    }

    /// <summary>A string option that may be given several times (<c>--dir A --dir B</c>), one value each time.</summary>
    public static Option<string[]> Repeated(string name, string helpName, string description) => new(name)
    {
        HelpName = helpName,
        Description = description,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>A string option with one value.</summary>
    public static Option<string?> Text(string name, string helpName, string description, params string[] aliases) => new(name, aliases)
    {
        HelpName = helpName,
        Description = description,
        Arity = ArgumentArity.ExactlyOne,
    };

    /// <summary><c>--engine interpreter|compiler</c>: Plumb's own engines, the ones <c>invoke</c> and <c>run</c> can use.</summary>
    public static Option<EngineKind> Engine()
    {
        var option = Option("--engine", "interpreter|compiler", "The engine that runs the module (default: interpreter).", TryEngine, "interpreter or compiler", EngineKind.Interpreter);
        option.CompletionSources.Add("interpreter", "compiler");
        return option;
    }

    private static bool TryEngine(string text, out EngineKind engine)
    {
        engine = text == "compiler" ? EngineKind.Compiler : EngineKind.Interpreter;
        return text is "interpreter" or "compiler";
    }

    /// <summary>A flag (no value).</summary>
    public static Option<bool> Flag(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.Zero,
    };

    private static T Parse<T>(ArgumentResult result, string name, TryParse<T> parse, string expected)
    {
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{name} takes {expected}");
            return default!;
        }
        string text = result.Tokens[^1].Value;
        if (parse(text, out T value))
        {
            return value;
        }
        result.AddError($"{name} takes {expected}, not '{text}'");
        return default!;
    }

    /// <summary>A positive 32-bit integer (decimal).</summary>
    public static bool PositiveInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>A positive 64-bit integer (decimal), as a nullable so that "not given" stays distinct.</summary>
    public static bool PositiveLong(string text, out long? value)
    {
        value = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : null;
        return value is not null;
    }

    /// <summary>A 64-bit integer (decimal, signed), as a nullable so that "not given" stays distinct.</summary>
    public static bool Long(string text, out long? value)
    {
        value = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? n : null;
        return value is not null;
    }

    /// <summary>A positive number of seconds (decimal fractions allowed), as a nullable so that "not given" stays distinct.</summary>
    public static bool PositiveSeconds(string text, out double? value)
    {
        value = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double s) && s > 0 && double.IsFinite(s) ? s : null;
        return value is not null;
    }

    /// <summary>
    /// True when <paramref name="token"/> reads as an option (<c>-x</c>, <c>--name</c>) rather than a value:
    /// a negative number (<c>-5</c>, <c>-inf</c>, <c>-nan:0x1</c>) and <c>-</c> alone are values.
    /// </summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-'
        && !(char.IsAsciiDigit(token[1]) || token[1] == '.' || token.AsSpan(1).StartsWith("inf", StringComparison.Ordinal) || token.AsSpan(1).StartsWith("nan", StringComparison.Ordinal));

    /// <summary>
    /// One line of usage built from the command's own definition, e.g.
    /// <c>plumb validate [--core1] FILE...</c>, so that it can never disagree with the parser.
    /// </summary>
    public static string Synopsis(Command command)
    {
        var text = new StringBuilder(CommandPath(command));
        foreach (var option in command.Options)
        {
            if (option.Hidden || option is System.CommandLine.Help.HelpOption or VersionOption)
            {
                continue;
            }
            string value = option.Arity.MaximumNumberOfValues == 0 ? option.Name : $"{option.Name} {option.HelpName ?? "VALUE"}";
            bool repeated = option.ValueType.IsArray;
            text.Append(' ').Append(option.Required ? value : $"[{value}]").Append(repeated ? "..." : "");
        }
        foreach (var argument in command.Arguments)
        {
            if (argument.Hidden)
            {
                continue;
            }
            string name = argument.HelpName ?? argument.Name;
            string many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : "";
            text.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}{many}]" : name + many);
        }
        if (command.Subcommands.Any(s => !s.Hidden) && command is not RootCommand)
        {
            text.Append(' ').Append(string.Join('|', command.Subcommands.Where(s => !s.Hidden).Select(s => s.Name))).Append(" ...");
        }
        return text.ToString();
    }

    /// <summary>The words that run the command: <c>plumb report merge</c>.</summary>
    public static string CommandPath(Command command)
    {
        var path = new List<string>();
        for (Command? c = command; c is not null; c = Parent(c))
        {
            path.Insert(0, c is RootCommand ? "plumb" : c.Name);
        }
        return string.Join(' ', path);
    }

    /// <summary>The command a command was added to (System.CommandLine keeps parents; the first is the one that matters here).</summary>
    public static Command? Parent(Command command) => command.Parents.OfType<Command>().FirstOrDefault();

    /// <summary>
    /// A usage error found by a command's action (a value that is well-formed but names nothing, such as a
    /// missing suite): the message with the command's name, then its usage. Returns the usage exit code.
    /// </summary>
    public static int UsageError(ParseResult result, string message)
    {
        var command = result.CommandResult.Command;
        var error = result.InvocationConfiguration.Error;
        error.WriteLine($"{CommandPath(command)}: {message}");
        error.WriteLine("usage: " + Synopsis(command));
        error.WriteLine($"(see '{CommandPath(command)} --help' for the options and examples)");
        return Program.UsageExitCode;
    }
}
