using Plumb.Text.Wast;

namespace Plumb.Harness.Engines;

/// <summary>A normalised engine outcome: a handle or raw-bit values on success, otherwise a category and a message.</summary>
/// <param name="Kind">The category.</param>
/// <param name="Handle">Module handle (load) or instance handle (instantiate); -1 otherwise.</param>
/// <param name="Values">Results of invoke or get, as raw bits.</param>
/// <param name="Message">The engine's message for failures.</param>
public sealed record Outcome(OutcomeKind Kind, int Handle = -1, IReadOnlyList<WastValue>? Values = null, string Message = "")
{
    /// <summary>Success with a module or instance handle.</summary>
    public static Outcome WithHandle(int handle) => new(OutcomeKind.Ok, handle);

    /// <summary>Success with result values.</summary>
    public static Outcome Returned(IReadOnlyList<WastValue> values) => new(OutcomeKind.Ok, Values: values);

    /// <summary>A failure of the given category.</summary>
    public static Outcome Failed(OutcomeKind kind, string message) => new(kind, Message: message);

    /// <summary>True for <see cref="OutcomeKind.Ok"/>.</summary>
    public bool IsOk => Kind == OutcomeKind.Ok;

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        OutcomeKind.Ok when Values is not null => Values.Count == 0 ? "(no results)" : string.Join(" ", Values.Select(ValueText.Format)),
        OutcomeKind.Ok => "ok",
        _ => Message.Length == 0 ? KindText(Kind) : $"{KindText(Kind)}: {Message}",
    };

    /// <summary>The category as a word used in reports and in the process protocol.</summary>
    public static string KindText(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Ok => "ok",
        OutcomeKind.Malformed => "malformed",
        OutcomeKind.Invalid => "invalid",
        OutcomeKind.Rejected => "rejected",
        OutcomeKind.Unlinkable => "unlinkable",
        OutcomeKind.Trap => "trap",
        OutcomeKind.Exhaustion => "exhaustion",
        OutcomeKind.Unsupported => "unsupported",
        _ => "engine error",
    };
}
