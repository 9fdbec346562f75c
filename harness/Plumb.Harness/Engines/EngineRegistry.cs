namespace Plumb.Harness.Engines;

/// <summary>
/// The engines the harness knows, by name. Adding an engine is one line in <see cref="Factories"/>
/// (README.md, "How to add an engine"); <c>process:COMMAND</c> names any external engine speaking
/// harness/PROTOCOL.md.
/// </summary>
public static class EngineRegistry
{
    /// <summary>The prefix that selects an external engine: <c>process:node harness/engines/node-engine.js</c>.</summary>
    public const string ProcessPrefix = "process:";

    /// <summary>Built-in engines: name to factory.</summary>
    public static readonly IReadOnlyDictionary<string, Func<EngineOptions, IEngine>> Factories =
        new Dictionary<string, Func<EngineOptions, IEngine>>(StringComparer.Ordinal)
        {
            ["wasmtime"] = options => new WasmtimeEngine(options),
            ["interpreter"] = options => new PlumbEngine(EngineKind.Interpreter, options),
            ["compiler"] = options => new PlumbEngine(EngineKind.Compiler, options),
        };

    /// <summary>True if <paramref name="name"/> names a built-in engine or a process engine.</summary>
    public static bool IsKnown(string name) =>
        Factories.ContainsKey(name) || (name.StartsWith(ProcessPrefix, StringComparison.Ordinal) && name.Length > ProcessPrefix.Length);

    /// <summary>Creates the engine for one script.</summary>
    public static IEngine Create(string name, EngineOptions options)
    {
        if (name.StartsWith(ProcessPrefix, StringComparison.Ordinal))
            return new ProcessEngine(name, name[ProcessPrefix.Length..], options);
        if (Factories.TryGetValue(name, out var factory))
            return factory(options);
        throw new ArgumentException($"unknown engine '{name}' (known: {string.Join(", ", Factories.Keys)}, process:COMMAND)");
    }
}
