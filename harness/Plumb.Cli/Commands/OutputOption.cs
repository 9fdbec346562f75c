namespace Plumb.Cli.Commands;

/// <summary>Splits <c>IN [-o OUT]</c> arguments shared by the conversion commands.</summary>
internal static class OutputOption
{
    /// <summary>False on anything but one input and at most one <c>-o FILE</c>.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out string input, out string? output)
    {
        input = "";
        output = null;
        string? inputFound = null;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "-o" or "--output")
            {
                if (i + 1 >= args.Count || output is not null)
                {
                    return false;
                }
                output = args[++i];
            }
            else if (args[i].StartsWith('-') || inputFound is not null)
            {
                return false;
            }
            else
            {
                inputFound = args[i];
            }
        }
        input = inputFound ?? "";
        return inputFound is not null;
    }
}
