namespace Plumb.Cli.Harness;

/// <summary>Whether one script command conformed.</summary>
internal enum CommandStatus
{
    /// <summary>The engine did what the script expects.</summary>
    Passed,
    /// <summary>It did not.</summary>
    Failed,
    /// <summary>The engine declared the command beyond what it can express (<see cref="Engines.OutcomeKind.Unsupported"/>).</summary>
    Skipped,
}

/// <summary>The verdict on one script command.</summary>
/// <param name="Line">1-based line of the command in the script (0: the script as a whole).</param>
/// <param name="Command">The command, short: <c>assert_return invoke "add"</c>.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Expected">What the script expects, in WAST-like text.</param>
/// <param name="Actual">What the engine did.</param>
/// <param name="LooseMatch">True when it passed only because messages (or malformed versus invalid) are compared loosely for this engine.</param>
internal sealed record CommandResult(int Line, string Command, CommandStatus Status, string Expected, string Actual, bool LooseMatch = false);
