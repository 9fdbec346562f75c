using Plumb.Interpreter;
using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// A function instance (https://webassembly.github.io/spec/core/exec/runtime.html#function-instances):
/// either a Wasm function (its translated body and the instance whose memories, tables and globals
/// it uses) or a host function.
/// </summary>
internal sealed class FunctionInstance
{
    private FunctionInstance(FuncType type, int typeId)
    {
        Type = type;
        TypeId = typeId;
    }

    public FuncType Type { get; }

    /// <summary>The store's canonical id of <see cref="Type"/>.</summary>
    public int TypeId { get; }

    /// <summary>The funcref value of this function (index in the store + 1).</summary>
    public ulong Handle { get; set; }

    /// <summary>The owning instance, for Wasm functions.</summary>
    public Instance? Instance { get; private init; }

    /// <summary>The translated body, for Wasm functions.</summary>
    public InterpretedFunction? Code { get; private init; }

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

    public static FunctionInstance Wasm(Store store, FuncType type, Instance instance, InterpretedFunction code, uint index) =>
        new(type, store.TypeId(type)) { Instance = instance, Code = code, Index = index };

    public static FunctionInstance FromHost(Store store, FuncType type, HostFunctionCallback callback, string? name) =>
        new(type, store.TypeId(type)) { Host = callback, Name = name };
}
