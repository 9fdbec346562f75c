using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Engines;
using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// Module instantiation in the order of the 2.0 spec
/// (https://webassembly.github.io/spec/core/exec/modules.html#exec-instantiation): imports resolved
/// and matched, then allocation (globals and element segments evaluated), then active element
/// segments and data segments initialised in order (a trap stops there, keeping the writes already
/// made to imported tables and memories), then the start function.
/// </summary>
internal static class Instantiator
{
    public static Instance Instantiate(Store store, Validation.ValidatedModule validated, FunctionCode[] code,
        WasmFeatures features, string? name, Func<string, string, ExternValue?> resolve, Action<Instance> beforeStart,
        CancellationToken cancellation = default, long? fuel = null)
    {
        var module = validated.Module;
        var functionTypes = validated.FunctionTypes;
        var instance = new Instance(store, name, module);
        store.AddInstance();
        var functions = new List<FunctionInstance>();
        var tables = new List<TableInstance>();
        var memories = new List<MemoryInstance>();
        var globals = new List<GlobalInstance>();

        // Until the instance escapes (its functions written into an imported table, or the instance handed to the
        // runtime before the start function runs), nothing can reach what it allocated: a failure gives it all back.
        bool escaped = false;
        try
        {
            // Imports (https://webassembly.github.io/spec/core/exec/modules.html#import-matching).
            foreach (var import in module.Imports)
            {
                var value = resolve(import.Module, import.Name) ?? throw new WasmUnlinkableException(
                    $"unknown import {WasmUnlinkableException.Quote(import.Module)}.{WasmUnlinkableException.Quote(import.Name)}",
                    import.Module, import.Name);
                if (!ImportMatches(module, import, value))
                {
                    throw new WasmUnlinkableException(
                        $"incompatible import type for {WasmUnlinkableException.Quote(import.Module)}.{WasmUnlinkableException.Quote(import.Name)}: " +
                        $"expected {Expected(module, import)}, got {Actual(value)}",
                        import.Module, import.Name);
                }
                switch (import.Kind)
                {
                    case ExternKind.Func:
                        functions.Add(value.Function);
                        break;
                    case ExternKind.Table:
                        tables.Add(value.Table);
                        break;
                    case ExternKind.Memory:
                        memories.Add(value.Memory);
                        break;
                    case ExternKind.Global:
                        globals.Add(value.Global);
                        break;
                }
            }

            // Allocation (https://webassembly.github.io/spec/core/exec/modules.html#alloc-module).
            instance.TypeIds = [.. module.Types.Select(store.TypeId)];
            int importedFunctions = functions.Count;
            for (int i = 0; i < code.Length; i++)
            {
                uint index = (uint)(importedFunctions + i);
                var function = FunctionInstance.Wasm(store, functionTypes[(int)index], instance, code[i], index);
                function.Name = module.Names?.FunctionNames.GetValueOrDefault(index)
                    ?? module.Exports.FirstOrDefault(e => e.Kind == ExternKind.Func && e.Index == index)?.Name;
                store.Add(function);
                functions.Add(function);
            }
            instance.Functions = [.. functions];
            // The runtime's limits on tables and memories: a module beyond them is refused before anything is allocated.
            store.CheckFits(module.Tables, module.Memories);
            foreach (var type in module.Tables)
            {
                tables.Add(store.NewTable(type));
            }
            instance.Tables = [.. tables];
            foreach (var type in module.Memories)
            {
                memories.Add(store.NewMemory(type));
            }
            instance.Memories = [.. memories];
            instance.Memory0 = memories.Count > 0 ? memories[0] : null;
            // Global initialisers see the imported globals and every function (for ref.func).
            instance.Globals = [.. globals];
            foreach (var global in module.Globals)
            {
                globals.Add(new GlobalInstance(global.Type, Evaluate(instance, global.Init)));
                instance.Globals = [.. globals];
            }
            instance.Elements = [.. module.Elements.Select(e => e.Init.Select(init => Evaluate(instance, init).Lo).ToArray())];
            instance.Data = [.. module.Data.Select(d => d.Bytes)];
            foreach (var export in module.Exports)
            {
                int index = (int)export.Index;
                object value = export.Kind switch
                {
                    ExternKind.Func => instance.Functions[index],
                    ExternKind.Table => instance.Tables[index],
                    ExternKind.Memory => instance.Memories[index],
                    _ => instance.Globals[index],
                };
                instance.Exports[export.Name] = new ExternValue(export.Kind, value);
            }

            if (!features.HasFlag(WasmFeatures.BulkMemory))
            {
                CheckSegmentsFit(instance, module);
            }

            // Segment initialisation (https://webassembly.github.io/spec/core/exec/modules.html#instantiation, steps 14-15).
            for (int i = 0; i < module.Elements.Length; i++)
            {
                var segment = module.Elements[i];
                if (segment.Mode == SegmentMode.Active)
                {
                    uint offset = (uint)Evaluate(instance, segment.Offset!).Lo;
                    var source = instance.Elements[i];
                    var table = instance.Tables[(int)segment.TableIndex];
                    if ((ulong)offset + (ulong)source.Length > table.Size)
                    {
                        throw new WasmTrapException(TrapKind.OutOfBoundsTableAccess);
                    }
                    escaped |= segment.TableIndex < instance.ImportedTables && source.Length > 0;
                    source.CopyTo(table.Entries[(int)offset..]);
                }
                if (segment.Mode != SegmentMode.Passive)
                {
                    instance.Elements[i] = [];
                }
            }
            for (int i = 0; i < module.Data.Length; i++)
            {
                var segment = module.Data[i];
                if (segment.Mode == SegmentMode.Active)
                {
                    uint offset = (uint)Evaluate(instance, segment.Offset!).Lo;
                    var memory = instance.Memories[(int)segment.MemoryIndex];
                    memory.Write(offset, segment.Bytes.AsSpan());
                    instance.Data[i] = [];
                }
            }
            beforeStart(instance);
            escaped = true;
            if (module.Start is { } start)
            {
                // The start function is guest code like any other: it runs under the caller's fuel and cancellation.
                instance.Functions[(int)start].Invoke([], [], cancellation, fuel);
            }
        }
        catch
        {
            if (!escaped)
            {
                instance.Tables = [.. tables];
                instance.Memories = [.. memories];
                instance.Release();
            }
            throw;
        }
        return instance;
    }

    /// <summary>Import matching (https://webassembly.github.io/spec/core/valid/types.html#import-subtyping).</summary>
    private static bool ImportMatches(Module module, Import import, ExternValue value)
    {
        if (value.Kind != import.Kind)
        {
            return false;
        }
        return import.Kind switch
        {
            ExternKind.Func => value.Function.Type.Equals(module.Types[(int)import.FuncTypeIndex]),
            ExternKind.Table => value.Table.ElementType == import.Table.ElementType && Matches(value.Table.Size, value.Table.Max, import.Table.Limits),
            ExternKind.Memory => Matches(value.Memory.Pages, value.Memory.Max, import.Memory.Limits),
            _ => value.Global.Type == import.Global,
        };
    }

    /// <summary>The type an import asks for, in the text format's words: <c>memory 1..2</c>, <c>func (param i32)</c>.</summary>
    private static string Expected(Module module, Import import) => import.Kind switch
    {
        ExternKind.Func => "func" + Signature(module.Types[(int)import.FuncTypeIndex]),
        ExternKind.Table => $"table {Limits(import.Table.Limits.Min, import.Table.Limits.Max)} {import.Table.ElementType.ToText()}",
        ExternKind.Memory => $"memory {Limits(import.Memory.Limits.Min, import.Memory.Limits.Max)}",
        _ => "global " + GlobalText(import.Global),
    };

    /// <summary>The type of what the import resolved to; tables and memories with their current size.</summary>
    private static string Actual(ExternValue value) => value.Kind switch
    {
        ExternKind.Func => "func" + Signature(value.Function.Type),
        ExternKind.Table => $"table {Limits(value.Table.Size, value.Table.Max)} {value.Table.ElementType.ToText()}",
        ExternKind.Memory => $"memory {Limits(value.Memory.Pages, value.Memory.Max)}",
        _ => "global " + GlobalText(value.Global.Type),
    };

    private static string Limits(ulong min, ulong? max) => max is { } m ? $"{min}..{m}" : $"{min}";

    private static string GlobalText(GlobalType type) => type.Mutable ? $"(mut {type.ValType.ToText()})" : type.ValType.ToText();

    private static string Signature(FuncType type)
    {
        var sb = new System.Text.StringBuilder();
        if (type.Params.Length > 0)
        {
            sb.Append(" (param ").AppendJoin(' ', type.Params.Select(t => t.ToText())).Append(')');
        }
        if (type.Results.Length > 0)
        {
            sb.Append(" (result ").AppendJoin(' ', type.Results.Select(t => t.ToText())).Append(')');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Core 1.0 instantiation (https://www.w3.org/TR/wasm-core-1/#instantiation%E2%91%A1, steps 9-10):
    /// every active segment must fit before anything is written, else the module is unlinkable.
    /// Core 2.0 (bulk memory) instead writes segment by segment and traps at the first that does not fit.
    /// </summary>
    private static void CheckSegmentsFit(Instance instance, Module module)
    {
        for (int i = 0; i < module.Elements.Length; i++)
        {
            var segment = module.Elements[i];
            if (segment.Mode == SegmentMode.Active &&
                (ulong)(uint)Evaluate(instance, segment.Offset!).Lo + (ulong)segment.Init.Length > instance.Tables[(int)segment.TableIndex].Size)
            {
                throw new WasmUnlinkableException("elements segment does not fit");
            }
        }
        for (int i = 0; i < module.Data.Length; i++)
        {
            var segment = module.Data[i];
            if (segment.Mode == SegmentMode.Active &&
                (ulong)(uint)Evaluate(instance, segment.Offset!).Lo + (ulong)segment.Bytes.Length > instance.Memories[(int)segment.MemoryIndex].Length)
            {
                throw new WasmUnlinkableException("data segment does not fit");
            }
        }
    }

    /// <summary>Limits subtyping (https://webassembly.github.io/spec/core/valid/types.html#match-limits).</summary>
    private static bool Matches(ulong actualMin, ulong? actualMax, Limits expected) =>
        actualMin >= expected.Min && (expected.Max is not { } max || (actualMax is { } actual && actual <= max));

    /// <summary>Evaluates a constant expression (https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions).</summary>
    public static WasmValue Evaluate(Instance instance, ConstExpr expression)
    {
        Span<WasmValue> stack = stackalloc WasmValue[8];
        int sp = 0;
        foreach (var instruction in expression.Instructions)
        {
            if (sp == stack.Length && instruction.Opcode is not (Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul or Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul or Opcode.End))
            {
                throw new WasmInvalidException("constant expression required");
            }
            switch (instruction.Opcode)
            {
                case Opcode.I32Const:
                case Opcode.F32Const:
                    stack[sp++] = new WasmValue(instruction.C & 0xFFFF_FFFF);
                    break;
                case Opcode.I64Const:
                case Opcode.F64Const:
                    stack[sp++] = new WasmValue(instruction.C);
                    break;
                case Opcode.V128Const:
                    stack[sp++] = new WasmValue(instruction.C, instruction.D);
                    break;
                case Opcode.RefNull:
                    stack[sp++] = default;
                    break;
                case Opcode.RefFunc:
                    stack[sp++] = new WasmValue(instance.Functions[(int)instruction.A].Handle);
                    break;
                case Opcode.GlobalGet:
                    stack[sp++] = instance.Globals[(int)instruction.A].Value;
                    break;
                case Opcode.I32Add:
                    sp--;
                    stack[sp - 1] = new WasmValue((uint)(stack[sp - 1].I32 + stack[sp].I32));
                    break;
                case Opcode.I32Sub:
                    sp--;
                    stack[sp - 1] = new WasmValue((uint)(stack[sp - 1].I32 - stack[sp].I32));
                    break;
                case Opcode.I32Mul:
                    sp--;
                    stack[sp - 1] = new WasmValue((uint)(stack[sp - 1].I32 * stack[sp].I32));
                    break;
                case Opcode.I64Add:
                    sp--;
                    stack[sp - 1] = new WasmValue((ulong)(stack[sp - 1].I64 + stack[sp].I64));
                    break;
                case Opcode.I64Sub:
                    sp--;
                    stack[sp - 1] = new WasmValue((ulong)(stack[sp - 1].I64 - stack[sp].I64));
                    break;
                case Opcode.I64Mul:
                    sp--;
                    stack[sp - 1] = new WasmValue((ulong)(stack[sp - 1].I64 * stack[sp].I64));
                    break;
                case Opcode.End:
                    break;
                default:
                    throw new WasmInvalidException("constant expression required");
            }
        }
        return sp == 1 ? stack[0] : throw new WasmInvalidException("type mismatch");
    }
}
