using System.CommandLine;

namespace Plumb.Cli.CommandLine;

/// <summary>
/// A <c>plumb</c> command: a System.CommandLine <see cref="Command"/> that also carries the examples
/// its <c>--help</c> prints (System.CommandLine's help has no section for them).
/// </summary>
internal sealed class PlumbCommand(string name, string description) : Command(name, description)
{
    /// <summary>Example command lines, each with what it does: printed under "Examples:" by <c>--help</c>.</summary>
    public List<(string Line, string What)> Examples { get; } = [];

    /// <summary>Adds an example (fluent, for the command's definition).</summary>
    public PlumbCommand Example(string line, string what)
    {
        Examples.Add((line, what));
        return this;
    }
}
