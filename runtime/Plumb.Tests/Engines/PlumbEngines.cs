namespace Plumb.Tests.Engines;

/// <summary>The Plumb engines that engine tests run on: every implemented <see cref="EngineKind"/>.</summary>
internal static class PlumbEngines
{
    /// <summary>The implemented engines: the interpreter and the IL compiler.</summary>
    public static readonly EngineKind[] All = [EngineKind.Interpreter, EngineKind.Compiler];

    /// <summary>A runtime on <paramref name="engine"/> with the default (Core 2.0) configuration.</summary>
    public static WasmRuntime Create(EngineKind engine) => WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
}
