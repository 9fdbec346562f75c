namespace Plumb.Fuzz.Targets;

/// <summary>The targets by name: one file, one property each (STYLE.md §6).</summary>
internal static class FuzzTargets
{
    /// <summary>Every target, in the order the help lists them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new DecodeTarget(),
        new ValidateTarget(),
        new TextTarget(),
        new WastTarget(),
        new ExecuteTarget(),
    ];

    /// <summary>The target called <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
