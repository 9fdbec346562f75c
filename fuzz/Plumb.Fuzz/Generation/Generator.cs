using System.Collections.Immutable;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Generation;

/// <summary>
/// One module's generation: the module shape (imports from <c>spectest</c>, types, functions,
/// tables, memory, globals, segments, exports, start) here, the function bodies in
/// <c>Generator.Code.cs</c>, constants and call arguments in <c>Generator.Values.cs</c>.
/// </summary>
internal sealed partial class Generator
{
    private readonly IChoices _c;
    private readonly GeneratorOptions _options;
    private readonly WasmFeatures _features;

    private readonly List<FuncType> _types = [];
    private readonly List<Import> _imports = [];
    /// <summary>Type index of every function, imported ones first.</summary>
    private readonly List<uint> _funcs = [];
    private int _importedFuncs;
    /// <summary>Every table, imported ones first.</summary>
    private readonly List<TableType> _tables = [];
    private int _importedTables;
    private MemoryType? _ownMemory;
    private bool _hasMemory;
    private ulong _memoryMinPages;
    /// <summary>Every global, imported ones first.</summary>
    private readonly List<GlobalType> _globals = [];
    private readonly List<Global> _ownGlobals = [];
    private int _importedGlobals;
    private int _fuelGlobal;
    private readonly List<ElementSegment> _elems = [];
    private readonly List<DataSegment> _data = [];

    public Generator(IChoices choices, GeneratorOptions options)
    {
        _c = choices;
        _options = options;
        // Nothing beyond Core 2.0 (no relaxed SIMD, no Core 3.0 proposals).
        _features = options.Features & WasmFeatures.Core2;
        // The reference-types proposal builds on bulk memory (its segment encodings and table.init),
        // and Wasmtime refuses the one without the other.
        if (!Has(WasmFeatures.BulkMemory))
        {
            _features &= ~WasmFeatures.ReferenceTypes;
        }
    }

    private bool Has(WasmFeatures feature) => (_features & feature) == feature;

    private bool Chance(int outOf) => _c.Int(0, outOf - 1) == outOf - 1;

    public FuzzCase Generate(long seed)
    {
        GenerateImports();
        int defined = _c.Int(1, Math.Max(1, _options.MaxFunctions));
        for (int i = 0; i < defined; i++)
        {
            _funcs.Add(TypeIndex(RandomFuncType()));
        }
        GenerateTables();
        GenerateMemory();
        GenerateGlobals();
        GenerateElements();
        GenerateData();

        var codes = ImmutableArray.CreateBuilder<FunctionBody>(2 * defined);
        for (int i = 0; i < defined; i++)
        {
            codes.Add(GenerateBody(_funcs[_importedFuncs + i]));
        }

        // Each defined function is exported through a wrapper that refills the fuel, so every call from
        // the host gets the whole budget rather than what earlier calls left
        // (fuzz/RATIONALE.md, "How are valid modules generated?").
        var functions = _funcs.Skip(_importedFuncs).ToList();
        var exports = ImmutableArray.CreateBuilder<Export>();
        for (int i = 0; i < _funcs.Count; i++)
        {
            uint index = (uint)i;
            if (i >= _importedFuncs)
            {
                index = (uint)(_funcs.Count + functions.Count - defined);
                functions.Add(_funcs[i]);
                codes.Add(Wrapper((uint)i));
            }
            exports.Add(new Export($"f{i}", ExternKind.Func, index));
        }
        for (int i = 0; i < _tables.Count; i++)
        {
            exports.Add(new Export($"t{i}", ExternKind.Table, (uint)i));
        }
        if (_hasMemory)
        {
            exports.Add(new Export("mem", ExternKind.Memory, 0));
        }
        for (int i = 0; i < _globals.Count; i++)
        {
            // Exporting a mutable global came with Core 2.0 (the mutable-global proposal).
            if (!_globals[i].Mutable || _features != WasmFeatures.Core1)
            {
                exports.Add(new Export($"g{i}", ExternKind.Global, (uint)i));
            }
        }

        uint? start = null;
        if (Chance(4))
        {
            var candidates = Enumerable.Range(_importedFuncs, defined)
                .Where(f => _types[(int)_funcs[f]].Params.IsEmpty && _types[(int)_funcs[f]].Results.IsEmpty).ToList();
            if (candidates.Count > 0)
            {
                start = (uint)candidates[_c.Int(0, candidates.Count - 1)];
            }
        }

        var module = new Module
        {
            Types = [.. _types],
            Imports = [.. _imports],
            Functions = [.. functions],
            Tables = [.. _tables.Skip(_importedTables)],
            Memories = _ownMemory is { } memory ? [memory] : [],
            Globals = [.. _ownGlobals],
            Exports = exports.ToImmutable(),
            Start = start,
            Elements = [.. _elems],
            // The data count section came with bulk memory; it lets memory.init and data.drop name segments.
            DataCount = Has(WasmFeatures.BulkMemory) ? (uint)_data.Count : null,
            Codes = codes.ToImmutable(),
            Data = [.. _data],
        };
        byte[] wasm = ModuleWriter.Write(module);
        return new FuzzCase(seed, wasm, GenerateCalls());
    }

    /// <summary>Sets the fuel counter to its start value, then calls <paramref name="function"/> with the same arguments.</summary>
    private FunctionBody Wrapper(uint function)
    {
        var type = _types[(int)_funcs[(int)function]];
        var code = new List<Instruction>
        {
            new(Opcode.I32Const, C: (uint)_options.Fuel),
            new(Opcode.GlobalSet, (uint)_fuelGlobal),
        };
        for (int p = 0; p < type.Params.Length; p++)
        {
            code.Add(new Instruction(Opcode.LocalGet, (uint)p));
        }
        code.Add(new Instruction(Opcode.Call, function));
        code.Add(new Instruction(Opcode.End));
        return new FunctionBody([], [.. code], []);
    }

    private uint TypeIndex(FuncType type)
    {
        int index = _types.IndexOf(type);
        if (index < 0)
        {
            index = _types.Count;
            _types.Add(type);
        }
        return (uint)index;
    }

    private FuncType RandomFuncType()
    {
        int arity = Math.Max(0, _options.MaxTypeArity);
        var parameters = RandomTypes(_c.Int(0, arity));
        var results = RandomTypes(Has(WasmFeatures.MultiValue) ? _c.Int(0, arity) : _c.Int(0, 1));
        return new FuncType(parameters, results);
    }

    private ImmutableArray<ValType> RandomTypes(int count)
    {
        var types = ImmutableArray.CreateBuilder<ValType>(count);
        for (int i = 0; i < count; i++)
        {
            types.Add(RandomValType());
        }
        return types.MoveToImmutable();
    }

    private ValType RandomValType()
    {
        int last = Has(WasmFeatures.ReferenceTypes) ? 6 : 3;
        while (true)
        {
            var type = _c.Int(0, last) switch
            {
                0 => ValType.I32,
                1 => ValType.I64,
                2 => ValType.F32,
                3 => ValType.F64,
                4 => ValType.FuncRef,
                5 => ValType.ExternRef,
                _ => ValType.V128,
            };
            if (type != ValType.V128 || Has(WasmFeatures.Simd))
            {
                return type;
            }
        }
    }

    /// <summary>
    /// Imports from the spec's <c>spectest</c> module (harness/Plumb.Harness/Spectest.cs), which every
    /// engine of the harness provides, with the types it exports them at.
    /// </summary>
    private void GenerateImports()
    {
        (string Name, ValType[] Params)[] prints =
        [
            ("print", []), ("print_i32", [ValType.I32]), ("print_i64", [ValType.I64]), ("print_f32", [ValType.F32]),
            ("print_f64", [ValType.F64]), ("print_i32_f32", [ValType.I32, ValType.F32]), ("print_f64_f64", [ValType.F64, ValType.F64]),
        ];
        foreach (var (name, parameters) in prints)
        {
            if (Chance(4))
            {
                uint type = TypeIndex(new FuncType([.. parameters], []));
                _imports.Add(new Import("spectest", name, ExternKind.Func) { FuncTypeIndex = type });
                _funcs.Add(type);
            }
        }
        _importedFuncs = _funcs.Count;

        if (Chance(4))
        {
            var table = new TableType(ValType.FuncRef, new Limits(10, 20));
            _imports.Add(new Import("spectest", "table", ExternKind.Table) { Table = table });
            _tables.Add(table);
        }
        _importedTables = _tables.Count;

        if (Chance(4))
        {
            var memory = new MemoryType(new Limits(1, 2));
            _imports.Add(new Import("spectest", "memory", ExternKind.Memory) { Memory = memory });
            _hasMemory = true;
            _memoryMinPages = 1;
        }

        (string Name, ValType Type)[] globals =
            [("global_i32", ValType.I32), ("global_i64", ValType.I64), ("global_f32", ValType.F32), ("global_f64", ValType.F64)];
        foreach (var (name, type) in globals)
        {
            if (Chance(3))
            {
                var globalType = new GlobalType(type, false);
                _imports.Add(new Import("spectest", name, ExternKind.Global) { Global = globalType });
                _globals.Add(globalType);
            }
        }
        _importedGlobals = _globals.Count;
    }

    private void GenerateTables()
    {
        int max = Has(WasmFeatures.ReferenceTypes) ? Math.Max(0, _options.MaxTables) : 1 - _tables.Count;
        int count = _c.Int(0, max);
        for (int i = 0; i < count; i++)
        {
            var type = Has(WasmFeatures.ReferenceTypes) && Chance(3) ? ValType.ExternRef : ValType.FuncRef;
            ulong min = (ulong)_c.Int(0, 8);
            // A maximum keeps table.grow cheap: it fails (-1) rather than allocating.
            _tables.Add(new TableType(type, new Limits(min, min + (ulong)_c.Int(0, 8))));
        }
    }

    private void GenerateMemory()
    {
        if (_hasMemory)
        {
            return;
        }
        // Always a memory: most rows of the table need one. A maximum keeps memory.grow cheap.
        // Mostly at least a page, else every access traps.
        _memoryMinPages = Chance(8) ? 0UL : (ulong)_c.Int(1, 2);
        _ownMemory = new MemoryType(new Limits(_memoryMinPages, _memoryMinPages + (ulong)_c.Int(0, 2)));
        _hasMemory = true;
    }

    private void GenerateGlobals()
    {
        // The fuel counter (wasm-smith's ensure_termination): never touched by generated code otherwise.
        _fuelGlobal = _globals.Count;
        AddGlobal(new GlobalType(ValType.I32, true), new ConstExpr([new Instruction(Opcode.I32Const, C: (uint)_options.Fuel)]));
        int count = _c.Int(0, Math.Max(0, _options.MaxGlobals));
        for (int i = 0; i < count; i++)
        {
            var type = RandomValType();
            AddGlobal(new GlobalType(type, _c.Int(0, 1) == 1), ConstantExpression(type));
        }
    }

    private void AddGlobal(GlobalType type, ConstExpr init)
    {
        _globals.Add(type);
        _ownGlobals.Add(new Global(type, init));
    }

    /// <summary>A constant expression of <paramref name="type"/>: a constant, an imported global, a null or a function reference.</summary>
    private ConstExpr ConstantExpression(ValType type)
    {
        var imported = Enumerable.Range(0, _importedGlobals).Where(g => _globals[g].ValType == type).ToList();
        if (imported.Count > 0 && Chance(3))
        {
            return new ConstExpr([new Instruction(Opcode.GlobalGet, (uint)imported[_c.Int(0, imported.Count - 1)])]);
        }
        return new ConstExpr([ConstantInstruction(type)]);
    }

    private void GenerateElements()
    {
        int count = _c.Int(0, Math.Max(0, _options.MaxSegments));
        bool bulk = Has(WasmFeatures.BulkMemory);
        bool references = Has(WasmFeatures.ReferenceTypes);
        for (int i = 0; i < count; i++)
        {
            // Passive segments came with bulk memory, declarative ones with reference types.
            int mode = bulk ? _c.Int(0, references ? 2 : 1) : 0;
            if (mode == 0)
            {
                // Active: in bounds of the table's minimum so that instantiation succeeds.
                var tables = Enumerable.Range(0, _tables.Count)
                    .Where(t => references || (t == 0 && _tables[t].ElementType == ValType.FuncRef)).ToList();
                if (tables.Count == 0)
                {
                    continue;
                }
                int table = tables[_c.Int(0, tables.Count - 1)];
                var tableType = _tables[table];
                int length = _c.Int(0, (int)tableType.Limits.Min);
                int offset = _c.Int(0, (int)tableType.Limits.Min - length);
                _elems.Add(new ElementSegment(SegmentMode.Active, tableType.ElementType, ElementInits(tableType.ElementType, length))
                {
                    TableIndex = (uint)table,
                    Offset = new ConstExpr([new Instruction(Opcode.I32Const, C: (uint)offset)]),
                });
            }
            else
            {
                var type = references && Chance(3) ? ValType.ExternRef : ValType.FuncRef;
                _elems.Add(new ElementSegment(mode == 1 ? SegmentMode.Passive : SegmentMode.Declarative, type,
                    ElementInits(type, _c.Int(0, 5))));
            }
        }
        if (references)
        {
            // Every function declared, so that ref.func may name any (https://webassembly.github.io/spec/core/valid/modules.html#valid-module).
            _elems.Add(new ElementSegment(SegmentMode.Declarative, ValType.FuncRef,
                [.. Enumerable.Range(0, _funcs.Count).Select(f => new ConstExpr([new Instruction(Opcode.RefFunc, (uint)f)]))]));
        }
    }

    private ImmutableArray<ConstExpr> ElementInits(ValType type, int length)
    {
        var inits = ImmutableArray.CreateBuilder<ConstExpr>(length);
        for (int i = 0; i < length; i++)
        {
            if (type == ValType.FuncRef && (!Has(WasmFeatures.ReferenceTypes) || !Chance(4)))
            {
                inits.Add(new ConstExpr([new Instruction(Opcode.RefFunc, (uint)_c.Int(0, _funcs.Count - 1))]));
            }
            else
            {
                inits.Add(new ConstExpr([new Instruction(Opcode.RefNull, (uint)(byte)type)]));
            }
        }
        return inits.MoveToImmutable();
    }

    private void GenerateData()
    {
        int count = _c.Int(0, Math.Max(0, _options.MaxSegments));
        bool bulk = Has(WasmFeatures.BulkMemory);
        for (int i = 0; i < count; i++)
        {
            bool passive = bulk && _c.Int(0, 1) == 1;
            ulong memoryBytes = _memoryMinPages * 65536;
            int length = _c.Int(0, 16);
            if (!passive && (ulong)length > memoryBytes)
            {
                length = 0;
            }
            var bytes = new byte[length];
            for (int b = 0; b < length; b++)
            {
                bytes[b] = (byte)_c.Int(0, 255);
            }
            if (passive)
            {
                _data.Add(new DataSegment(SegmentMode.Passive, [.. bytes]));
            }
            else
            {
                int offset = _c.Int(0, (int)Math.Min(1024, memoryBytes - (ulong)length));
                _data.Add(new DataSegment(SegmentMode.Active, [.. bytes])
                {
                    Offset = new ConstExpr([new Instruction(Opcode.I32Const, C: (uint)offset)]),
                });
            }
        }
    }

    private List<FuzzCall> GenerateCalls()
    {
        var calls = new List<FuzzCall>();
        for (int f = 0; f < _funcs.Count; f++)
        {
            var type = _types[(int)_funcs[f]];
            int count = _c.Int(1, Math.Max(1, _options.MaxCallsPerExport));
            for (int i = 0; i < count; i++)
            {
                var args = new WastValue[type.Params.Length];
                for (int p = 0; p < args.Length; p++)
                {
                    args[p] = Argument(type.Params[p]);
                }
                calls.Add(new FuzzCall($"f{f}", args));
            }
        }
        return calls;
    }
}
