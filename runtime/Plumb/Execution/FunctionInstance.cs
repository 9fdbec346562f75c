using Plumb.Engines;
using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// A function instance (https://webassembly.github.io/spec/core/exec/runtime.html#function-instances):
/// either a Wasm function (its translated body and the instance whose memories, tables and globals
/// it uses) or a host function.
/// </summary>
internal sealed class FunctionInstance
{
    private FunctionInstance(Store store, FuncType type)
    {
        Store = store;
        Type = type;
        TypeId = store.TypeId(type);
    }

    /// <summary>The store the function belongs to.</summary>
    public Store Store { get; }

    public FuncType Type { get; }

    /// <summary>The store's canonical id of <see cref="Type"/>.</summary>
    public int TypeId { get; }

    /// <summary>The funcref value of this function (index in the store + 1).</summary>
    public ulong Handle { get; set; }

    /// <summary>The owning instance, for Wasm functions.</summary>
    public Instance? Instance { get; private init; }

    /// <summary>The compiled body, for Wasm functions: its engine runs it.</summary>
    public FunctionCode? Code { get; private init; }

    /// <summary>Index in the defining module's function index space.</summary>
    public uint Index { get; private init; }

    /// <summary>The host callback, for host functions.</summary>
    public HostFunctionCallback? Host { get; private init; }

    /// <summary>The host module that defined a host function.</summary>
    public ModuleInstance? HostModule { get; set; }

    /// <summary>Name for stack traces: the name section's, else an export name.</summary>
    public string? Name { get; set; }

    public bool IsHost => Host is not null;

    public WasmFunction? Public { get; set; }

    public static FunctionInstance Wasm(Store store, FuncType type, Instance instance, FunctionCode code, uint index) =>
        new(store, type) { Instance = instance, Code = code, Index = index };

    public static FunctionInstance FromHost(Store store, FuncType type, HostFunctionCallback callback, string? name) =>
        new(store, type) { Host = callback, Name = name };

    /// <summary>
    /// Calls this function through the engine that runs it: its code's engine, or for a host function the
    /// store's. This is how a call crosses from one engine to another (see <see cref="Engines.Engine"/>).
    /// </summary>
    public void Invoke(ReadOnlySpan<WasmValue> args, Span<WasmValue> results, CancellationToken cancellation, long? fuel) =>
        Engine.Invoke(this, args, results, cancellation, fuel);

    /// <summary>The engine that runs this function: its code's, or for a host function the store's.</summary>
    public Engine Engine => Code?.Engine ?? Store.Engine;
}
