using System.Collections.Immutable;
using Plumb.Engines;
using Plumb.Structure;

namespace Plumb;

/// <summary>
/// A module decoded, validated and translated for the runtime's engine, ready to be instantiated
/// any number of times (<see cref="WasmRuntime.Instantiate(CompiledModule, ModuleConfig?, CancellationToken)"/>).
/// </summary>
public sealed class CompiledModule
{
    internal CompiledModule(WasmRuntime runtime, Validation.ValidatedModule validated, FunctionCode[] code)
    {
        Runtime = runtime;
        Validated = validated;
        Code = code;
        var module = validated.Module;
        Imports = [.. module.Imports.Select(i => new ImportDescription(i.Module, i.Name, (ExternType)i.Kind, Describe(module, i)))];
        Exports = [.. module.Exports.Select(e => new ExportDescription(e.Name, (ExternType)e.Kind, Describe(module, FunctionTypes, e)))];
    }

    internal WasmRuntime Runtime { get; }

    /// <summary>The module as validated: the single source of its types and index spaces.</summary>
    internal Validation.ValidatedModule Validated { get; }

    internal Module Module => Validated.Module;

    /// <summary>The engine's code of each defined function.</summary>
    internal FunctionCode[] Code { get; }

    internal ImmutableArray<FuncType> FunctionTypes => Validated.FunctionTypes;

    /// <summary>The module's name from its name section, when it has one.</summary>
    public string? Name => Module.Names?.ModuleName;

    /// <summary>What the module imports, in order.</summary>
    public IReadOnlyList<ImportDescription> Imports { get; }

    /// <summary>What the module exports, in order.</summary>
    public IReadOnlyList<ExportDescription> Exports { get; }

    internal static string DescribeFunc(FuncType type)
    {
        var text = new System.Text.StringBuilder("(func");
        if (type.Params.Length > 0)
        {
            text.Append(" (param ").AppendJoin(' ', type.Params.Select(t => t.ToText())).Append(')');
        }
        if (type.Results.Length > 0)
        {
            text.Append(" (result ").AppendJoin(' ', type.Results.Select(t => t.ToText())).Append(')');
        }
        return text.Append(')').ToString();
    }

    internal static string DescribeLimits(Limits limits) => limits.Max is { } max ? $"{limits.Min} {max}" : $"{limits.Min}";

    internal static string DescribeTable(TableType type) => $"(table {DescribeLimits(type.Limits)} {type.ElementType.ToText()})";

    internal static string DescribeMemory(MemoryType type) => $"(memory {DescribeLimits(type.Limits)})";

    internal static string DescribeGlobal(GlobalType type) => type.Mutable ? $"(global (mut {type.ValType.ToText()}))" : $"(global {type.ValType.ToText()})";

    private static string Describe(Module module, Import import) => import.Kind switch
    {
        ExternKind.Func => DescribeFunc(module.Types[(int)import.FuncTypeIndex]),
        ExternKind.Table => DescribeTable(import.Table),
        ExternKind.Memory => DescribeMemory(import.Memory),
        _ => DescribeGlobal(import.Global),
    };

    private static string Describe(Module module, ImmutableArray<FuncType> functionTypes, Export export)
    {
        int index = (int)export.Index;
        switch (export.Kind)
        {
            case ExternKind.Func:
                return DescribeFunc(functionTypes[index]);
            case ExternKind.Table:
            {
                var imported = module.Imports.Where(i => i.Kind == ExternKind.Table).Select(i => i.Table).ToList();
                return DescribeTable(index < imported.Count ? imported[index] : module.Tables[index - imported.Count]);
            }
            case ExternKind.Memory:
            {
                var imported = module.Imports.Where(i => i.Kind == ExternKind.Memory).Select(i => i.Memory).ToList();
                return DescribeMemory(index < imported.Count ? imported[index] : module.Memories[index - imported.Count]);
            }
            default:
            {
                var imported = module.Imports.Where(i => i.Kind == ExternKind.Global).Select(i => i.Global).ToList();
                return DescribeGlobal(index < imported.Count ? imported[index] : module.Globals[index - imported.Count].Type);
            }
        }
    }
}
