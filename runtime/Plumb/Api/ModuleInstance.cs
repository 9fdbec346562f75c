using Plumb.Execution;
using Plumb.Structure;

namespace Plumb;

/// <summary>
/// An instantiated module (or a host module): its exported functions, memories, globals and
/// tables. Dispose frees the memories it defines; calls afterwards fail.
/// </summary>
public sealed partial class ModuleInstance : IDisposable
{
    internal ModuleInstance(WasmRuntime runtime, Instance state)
    {
        Runtime = runtime;
        State = state;
        state.Public = this;
    }

    internal WasmRuntime Runtime { get; }

    internal Instance State { get; }

    /// <summary>The configuration the instance was made with (what its WASI imports see).</summary>
    internal ModuleConfig Config { get; init; } = ModuleConfig.Default;

    /// <summary>The instance's WASI state, made from <see cref="Config"/> on its first WASI call.</summary>
    internal Wasi.WasiContext WasiContext => _wasi ??= new Wasi.WasiContext(Config);

    private Wasi.WasiContext? _wasi;

    /// <summary>The name the instance was created with, if any.</summary>
    public string? Name => State.Name;

    /// <summary>The names of the exports, in no particular order.</summary>
    public IEnumerable<string> ExportNames => State.Exports.Keys;

    /// <summary>
    /// The instance's first memory, exported or not: what a host function reads and writes when
    /// this instance calls it. Null when the module has no memory.
    /// </summary>
    public WasmMemory? Memory => State.Memory0 is { } memory ? new WasmMemory(memory) : null;

    /// <summary>The exported function <paramref name="name"/>, or null.</summary>
    public WasmFunction? GetFunction(string name) =>
        Export(name, ExternKind.Func) is { } value ? WasmFunction.Of(value.Function) : null;

    /// <summary>
    /// The exported function <paramref name="name"/> as a typed delegate [] → [TResult], or null. TResult is one
    /// value type, or a value tuple of them for several results. The overloads up to eight parameters, and
    /// <c>GetAction</c> for functions without results, are in ModuleInstance.Typed.g.cs.
    /// </summary>
    /// <exception cref="ArgumentException">The function's type differs.</exception>
    /// <exception cref="NotSupportedException">A type argument has no Wasm value type.</exception>
    public Func<TResult>? GetFunction<TResult>(string name) => GetFunction(name)?.AsFunc<TResult>();

    /// <summary>The exported memory <paramref name="name"/>, or null.</summary>
    public WasmMemory? GetMemory(string name) => Export(name, ExternKind.Memory) is { } value ? new WasmMemory(value.Memory) : null;

    /// <summary>The exported global <paramref name="name"/>, or null.</summary>
    public WasmGlobal? GetGlobal(string name) => Export(name, ExternKind.Global) is { } value ? new WasmGlobal(State.Store, value.Global) : null;

    /// <summary>The exported table <paramref name="name"/>, or null.</summary>
    public WasmTable? GetTable(string name) => Export(name, ExternKind.Table) is { } value ? new WasmTable(State.Store, value.Table) : null;

    private ExternValue? Export(string name, ExternKind kind)
    {
        ObjectDisposedException.ThrowIf(State.Disposed, this);
        return State.Exports.TryGetValue(name, out var value) && value.Kind == kind ? value : null;
    }

    /// <summary>
    /// Frees the memories and tables this instance defines and gives them back to the runtime's limits
    /// (<see cref="RuntimeConfig.TotalMemoryPageLimit"/> and the others). Idempotent.
    /// </summary>
    public void Dispose()
    {
        // Files the guest left open through WASI.
        _wasi?.Dispose();
        State.Release();
    }
}
