using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Module-level rules (https://webassembly.github.io/spec/core/valid/modules.html), checked in the
// reference interpreter's order so that a module with several faults reports the one the suite expects.
internal sealed partial class Validator
{
    /// <summary>The largest table size: 2^32 - 1 elements (https://webassembly.github.io/spec/core/valid/types.html#table-types).</summary>
    private const ulong MaxTableSize = uint.MaxValue;

    /// <summary>The largest memory size: 2^16 pages of 64 KiB (https://webassembly.github.io/spec/core/valid/types.html#memory-types).</summary>
    private const ulong MaxMemoryPages = 1 << 16;

    /// <summary>The position among the defined functions of the first whose type index is <paramref name="type"/>, or -1.</summary>
    private int FirstFunctionOfType(uint type)
    {
        int index = 0;
        foreach (uint t in _module.Functions)
        {
            if (t == type)
            {
                return index;
            }
            index++;
        }
        return -1;
    }

    private ImmutableArray<ValidatedFunction> CheckModule()
    {
        var module = _module;
        for (int i = 0; i < module.Types.Length; i++)
        {
            // A type is not inside a function, but a 1.0 "invalid result arity" (or a bad value type) is
            // found through the function that uses it: the error names the first defined one, if any, at its body.
            int user = FirstFunctionOfType((uint)i);
            _functionIndex = user < 0 ? -1 : _funcs.Length - module.Functions.Length + user;
            CheckFuncType(module.Types[i], user < 0 ? -1 : module.Codes.Length > user ? module.Codes[user].Offset : -1);
        }
        _functionIndex = -1;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Table: CheckTableType(import.Table); break;
                case ExternKind.Memory: CheckMemoryType(import.Memory); break;
                case ExternKind.Global: CheckValType(import.Global.ValType); break;
            }
        }
        foreach (var global in module.Globals)
        {
            CheckValType(global.Type.ValType);
            CheckConst(global.Init, global.Type.ValType, functionIndicesOnly: false);
        }
        foreach (var table in module.Tables)
        {
            CheckTableType(table);
        }
        foreach (var memory in module.Memories)
        {
            CheckMemoryType(memory);
        }
        foreach (var segment in module.Elements)
        {
            CheckElementSegment(segment);
        }
        foreach (var segment in module.Data)
        {
            CheckDataSegment(segment);
        }

        if (module.Codes.Length != module.Functions.Length)
        {
            throw Invalid("function and code section have inconsistent lengths");
        }
        var functions = ImmutableArray.CreateBuilder<ValidatedFunction>(module.Codes.Length);
        int importedFuncs = _funcs.Length - module.Functions.Length;
        for (int i = 0; i < module.Codes.Length; i++)
        {
            functions.Add(CheckFunction(importedFuncs + i, module.Codes[i]));
        }

        if (module.Start is uint start)
        {
            // https://webassembly.github.io/spec/core/valid/modules.html#start-function
            if (start >= (uint)_funcs.Length)
            {
                throw Invalid($"unknown function {start}");
            }
            var type = _funcs[start];
            if (type.Params.Length != 0 || type.Results.Length != 0)
            {
                throw Invalid("start function");
            }
        }

        CheckExports();

        // Multi-memory is not part of Core 2.0; multiple tables came with reference types.
        if (_memories.Length > 1)
        {
            throw Invalid("multiple memories");
        }
        if (_tables.Length > 1 && !Enabled(WasmFeatures.ReferenceTypes))
        {
            throw Invalid("multiple tables");
        }
        return functions.MoveToImmutable();
    }

    /// <summary>https://webassembly.github.io/spec/core/valid/types.html#limits</summary>
    private void CheckLimits(Limits limits, ulong range, string message)
    {
        if (limits.Min > range)
        {
            throw Invalid(message);
        }
        if (limits.Max is ulong max)
        {
            if (max > range)
            {
                throw Invalid(message);
            }
            if (limits.Min > max)
            {
                throw Invalid("size minimum must not be greater than maximum");
            }
        }
    }

    private void CheckTableType(TableType table)
    {
        CheckLimits(table.Limits, MaxTableSize, "table size must be at most 2^32-1");
        CheckRefType(table.ElementType);
    }

    private void CheckMemoryType(MemoryType memory) =>
        CheckLimits(memory.Limits, MaxMemoryPages, "memory size must be at most 65536 pages (4GiB)");

    /// <summary>https://webassembly.github.io/spec/core/valid/modules.html#element-segments</summary>
    private void CheckElementSegment(ElementSegment segment)
    {
        CheckRefType(segment.Type);
        if ((segment.Mode != SegmentMode.Active || segment.UsesExpressions) && !Enabled(WasmFeatures.BulkMemory))
        {
            throw Invalid("passive, declarative and expression element segments require the BulkMemory feature");
        }
        foreach (var init in segment.Init)
        {
            CheckConst(init, segment.Type, functionIndicesOnly: !segment.UsesExpressions);
        }
        if (segment.Mode == SegmentMode.Active)
        {
            var table = TableAt(segment.TableIndex, -1);
            if (table.ElementType != segment.Type)
            {
                throw Invalid("type mismatch: element segment type does not match the table's");
            }
            if (segment.Offset is null)
            {
                throw Invalid("type mismatch: active element segment has no offset");
            }
            CheckConst(segment.Offset, ValType.I32, functionIndicesOnly: false);
        }
    }

    /// <summary>https://webassembly.github.io/spec/core/valid/modules.html#data-segments</summary>
    private void CheckDataSegment(DataSegment segment)
    {
        if (segment.Mode == SegmentMode.Active)
        {
            MemoryAt(segment.MemoryIndex, -1);
            if (segment.Offset is null)
            {
                throw Invalid("type mismatch: active data segment has no offset");
            }
            CheckConst(segment.Offset, ValType.I32, functionIndicesOnly: false);
        }
        else if (segment.Mode == SegmentMode.Passive)
        {
            if (!Enabled(WasmFeatures.BulkMemory))
            {
                throw Invalid("passive data segments require the BulkMemory feature");
            }
        }
        else
        {
            throw Invalid("data segments are active or passive");
        }
    }

    /// <summary>https://webassembly.github.io/spec/core/valid/modules.html#exports</summary>
    private void CheckExports()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in _module.Exports)
        {
            uint index = export.Index;
            switch (export.Kind)
            {
                case ExternKind.Func:
                    if (index >= (uint)_funcs.Length) throw Invalid($"unknown function {index}");
                    break;
                case ExternKind.Table:
                    TableAt(index, -1);
                    break;
                case ExternKind.Memory:
                    MemoryAt(index, -1);
                    break;
                case ExternKind.Global:
                    if (index >= (uint)_globals.Length) throw Invalid($"unknown global {index}");
                    break;
                default:
                    throw Invalid($"unknown export kind {(byte)export.Kind}");
            }
            if (!names.Add(export.Name))
            {
                throw Invalid("duplicate export name");
            }
        }
    }

    /// <summary>
    /// C.refs: every function index a <c>ref.func</c> in a function body may name. These are the
    /// functions referenced anywhere in the module outside function bodies and the start function:
    /// element segments, global initialisers, exports (https://webassembly.github.io/spec/core/valid/modules.html#valid-module).
    /// </summary>
    private bool[] CollectDeclaredRefs()
    {
        var declared = new bool[_funcs.Length];
        void Scan(ConstExpr? expr)
        {
            if (expr is null)
            {
                return;
            }
            foreach (var instruction in expr.Instructions)
            {
                if (instruction.Opcode == Opcode.RefFunc && instruction.A < (uint)declared.Length)
                {
                    declared[instruction.A] = true;
                }
            }
        }
        foreach (var global in _module.Globals)
        {
            Scan(global.Init);
        }
        foreach (var segment in _module.Elements)
        {
            Scan(segment.Offset);
            foreach (var init in segment.Init)
            {
                Scan(init);
            }
        }
        foreach (var segment in _module.Data)
        {
            Scan(segment.Offset);
        }
        foreach (var export in _module.Exports)
        {
            if (export.Kind == ExternKind.Func && export.Index < (uint)declared.Length)
            {
                declared[export.Index] = true;
            }
        }
        return declared;
    }
}
