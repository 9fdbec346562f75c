namespace Plumb.Harness;

/// <summary>The verdict on one script command.</summary>
/// <param name="Line">1-based line of the command in the script (0: the script as a whole).</param>
/// <param name="Command">The command, short: <c>assert_return invoke "add"</c>.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Expected">What the script expects, in WAST-like text.</param>
/// <param name="Actual">What the engine did.</param>
/// <param name="LooseMatch">True when it passed only because messages (or malformed versus invalid) are compared loosely for this engine.</param>
public sealed record CommandResult(int Line, string Command, CommandStatus Status, string Expected, string Actual, bool LooseMatch = false);
