namespace Plumb.Harness;

/// <summary>Whether one script command conformed.</summary>
public enum CommandStatus
{
    /// <summary>The engine did what the script expects.</summary>
    Passed,
    /// <summary>It did not.</summary>
    Failed,
    /// <summary>The engine declared the command beyond what it can express (<see cref="Engines.OutcomeKind.Unsupported"/>).</summary>
    Skipped,
}
