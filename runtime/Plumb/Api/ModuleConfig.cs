namespace Plumb;

/// <summary>
/// How one instance is made: its name (under which other modules import from it) and the exported
/// functions to call once it is instantiated. Immutable; each <c>With…</c> method returns a changed copy.
/// </summary>
public sealed class ModuleConfig
{
    private ModuleConfig(string? name, IReadOnlyList<string> startFunctions)
    {
        Name = name;
        StartFunctions = startFunctions;
    }

    /// <summary>No name, no start functions beyond the module's own start function.</summary>
    public static ModuleConfig Default { get; } = new(null, []);

    /// <summary>The instance's name; when set, the runtime registers the instance under it for imports.</summary>
    public string? Name { get; }

    /// <summary>Exported functions without parameters called in order after instantiation (for example <c>_start</c>); missing ones are skipped.</summary>
    public IReadOnlyList<string> StartFunctions { get; }

    /// <summary>Returns a copy with the instance name <paramref name="name"/>.</summary>
    public ModuleConfig WithName(string? name) => new(name, StartFunctions);

    /// <summary>Returns a copy that calls <paramref name="names"/> after instantiation.</summary>
    public ModuleConfig WithStartFunctions(params string[] names) => new(Name, [.. names]);
}
