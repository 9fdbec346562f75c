using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Validation;

/// <summary>
/// A module that passed validation (https://webassembly.github.io/spec/core/valid/modules.html), with
/// the index spaces resolved and, per defined function, what the engines need so that they never
/// re-derive types or search for a matching <c>end</c> at run time. Immutable; built only by
/// <see cref="Validator.Validate"/>.
/// </summary>
internal sealed class ValidatedModule
{
    internal ValidatedModule(Module module, WasmFeatures features, ImmutableArray<FuncType> functionTypes,
        ImmutableArray<TableType> tables, ImmutableArray<MemoryType> memories, ImmutableArray<GlobalType> globals,
        ImmutableArray<ValidatedFunction> functions)
    {
        Module = module;
        Features = features;
        FunctionTypes = functionTypes;
        Tables = tables;
        Memories = memories;
        Globals = globals;
        Functions = functions;
    }

    /// <summary>The module as decoded or parsed.</summary>
    public Module Module { get; }

    /// <summary>The features the module was validated against.</summary>
    public WasmFeatures Features { get; }

    /// <summary>The type of every function in the function index space: imported functions first.</summary>
    public ImmutableArray<FuncType> FunctionTypes { get; }

    /// <summary>The table index space: imported tables first.</summary>
    public ImmutableArray<TableType> Tables { get; }

    /// <summary>The memory index space: imported memories first.</summary>
    public ImmutableArray<MemoryType> Memories { get; }

    /// <summary>The global index space: imported globals first.</summary>
    public ImmutableArray<GlobalType> Globals { get; }

    /// <summary>Number of imported functions: defined function <c>i</c> has function index <c>ImportedFunctionCount + i</c>.</summary>
    public int ImportedFunctionCount => FunctionTypes.Length - Functions.Length;

    /// <summary>The defined functions, parallel to <see cref="Structure.Module.Codes"/>.</summary>
    public ImmutableArray<ValidatedFunction> Functions { get; }
}
