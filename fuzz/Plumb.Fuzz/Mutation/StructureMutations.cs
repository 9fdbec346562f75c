using System.Collections.Immutable;
using System.Globalization;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Mutation;

/// <summary>
/// Mutations of the decoded module (<see cref="Module"/>), encoded again with the runtime's own
/// <see cref="ModuleWriter"/>: each breaks one rule of validation (or of decoding, where the encoder
/// writes what the decoder refuses, e.g. an undefined value type byte or a data count that disagrees),
/// or changes something that stays valid. One method per kind of mutation; each returns null when the
/// module has nothing it applies to.
/// </summary>
internal sealed class StructureMutations
{
    /// <summary>Value types of Core 2.0, and bytes that are none (malformed).</summary>
    private static readonly ValType[] Types = [ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef, ValType.ExternRef];

    private static readonly byte[] UndefinedTypes = [0x7A, 0x40, 0x6E, 0x60, 0x00];

    private readonly Module _m;
    private readonly Random _r;

    private StructureMutations(Module module, Random random)
    {
        _m = module;
        _r = random;
    }

    /// <summary>Decodes <paramref name="wasm"/>, applies one applicable mutation and encodes the result; null when it does not decode or none applied.</summary>
    public static (byte[] Wasm, string Description)? Apply(byte[] wasm, Random random)
    {
        Module module;
        try
        {
            module = ModuleReader.Read(wasm);
        }
        catch (WasmException)
        {
            return null;
        }
        var mutations = new StructureMutations(module with { Names = null }, random);
        Func<(Module, string)?>[] kinds =
        [
            mutations.ReplaceOpcode, mutations.ReplaceOpcode, mutations.DropInstruction, mutations.DuplicateInstruction,
            mutations.SwapInstructions, mutations.ChangeIndex, mutations.ChangeIndex, mutations.ChangeBlockType,
            mutations.ChangeValueType, mutations.ChangeLimits, mutations.ChangeGlobalInit, mutations.ChangeExport,
            mutations.ChangeStart, mutations.ChangeDataSegment, mutations.ChangeElementSegment, mutations.ChangeDataCount,
            mutations.ChangeFunctionType, mutations.ChangeCounts, mutations.ChangeImport, mutations.AddMemory,
            mutations.ChangeMemArg, mutations.ChangeVector, mutations.ChangeLocals, mutations.DropDeclarations,
            mutations.ChangeConstant,
        ];
        for (int attempt = 0; attempt < 8; attempt++)
        {
            try
            {
                if (kinds[random.Next(kinds.Length)]() is var (mutant, description))
                    return (ModuleWriter.Write(mutant), description);
            }
            catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidOperationException or OverflowException)
            {
                // The encoder writes what a decoded module can hold; a mutant it cannot express (a vector
                // immediate pointing past the body's vectors) is simply not made, and neither is one whose
                // mutation does not fit the module (another kind is tried).
            }
        }
        return null;
    }

    private int ImportedCount(ExternKind kind) => _m.Imports.Count(i => i.Kind == kind);

    private int FuncCount => ImportedCount(ExternKind.Func) + _m.Functions.Length;

    private int TableCount => ImportedCount(ExternKind.Table) + _m.Tables.Length;

    private int MemoryCount => ImportedCount(ExternKind.Memory) + _m.Memories.Length;

    private int GlobalCount => ImportedCount(ExternKind.Global) + _m.Globals.Length;

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

    private bool Chance(int n) => _r.Next(n) == 0;

    private static string N(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An index near the edge of a space of <paramref name="count"/>: the first one past it, far past it, or one inside.</summary>
    private uint Index(int count, uint current) => _r.Next(5) switch
    {
        0 => (uint)count,
        1 => (uint)count + (uint)_r.Next(1, 100),
        2 => uint.MaxValue,
        3 => count == 0 ? 0 : (uint)_r.Next(count),
        _ => current + 1,
    };

    /// <summary>A function body with at least one instruction before its final <c>end</c>, and an instruction in it.</summary>
    private (int Body, int At)? PickInstruction(Func<Instruction, bool>? where = null)
    {
        var candidates = new List<(int, int)>();
        for (int b = 0; b < _m.Codes.Length; b++)
        {
            var code = _m.Codes[b].Code;
            for (int i = 0; i < code.Length - 1; i++)
            {
                if (where is null || where(code[i]))
                    candidates.Add((b, i));
            }
        }
        return candidates.Count == 0 ? null : Pick(candidates);
    }

    private Module WithCode(int body, ImmutableArray<Instruction> code) =>
        _m with { Codes = _m.Codes.SetItem(body, _m.Codes[body] with { Code = code }) };

    private string Where(int body, int at) =>
        $"body {N((long)body)} instruction {N((long)at)} ({_m.Codes[body].Code[at].Info.Mnemonic})";

    /// <summary>Another row of the table: usually one with the same immediate shape (so only typing can fail), sometimes any.</summary>
    private (Module, string)? ReplaceOpcode()
    {
        if (PickInstruction() is not var (body, at))
            return null;
        var old = _m.Codes[body].Code[at];
        var rows = Chance(4)
            ? InstructionTable.All
            : InstructionTable.All.Where(r => r.Immediate == old.Info.Immediate).ToArray();
        var row = Pick(rows);
        var code = _m.Codes[body].Code.SetItem(at, old with { Opcode = row.Opcode });
        return (WithCode(body, code), $"{Where(body, at)} -> {row.Mnemonic}");
    }

    private (Module, string)? DropInstruction()
    {
        if (PickInstruction() is not var (body, at))
            return null;
        return (WithCode(body, _m.Codes[body].Code.RemoveAt(at)), $"drop {Where(body, at)}");
    }

    private (Module, string)? DuplicateInstruction()
    {
        if (PickInstruction() is not var (body, at))
            return null;
        var code = _m.Codes[body].Code;
        return (WithCode(body, code.Insert(at, code[at])), $"duplicate {Where(body, at)}");
    }

    private (Module, string)? SwapInstructions()
    {
        if (PickInstruction() is not var (body, at) || at + 2 >= _m.Codes[body].Code.Length)
            return null;
        var code = _m.Codes[body].Code;
        var swapped = code.SetItem(at, code[at + 1]).SetItem(at + 1, code[at]);
        return (WithCode(body, swapped), $"swap {Where(body, at)} with the next");
    }

    /// <summary>An index immediate (local, global, function, type, table, memory, label, segment) out of range or pointing at another entity.</summary>
    private (Module, string)? ChangeIndex()
    {
        if (PickInstruction(i => i.Info.Immediate is Immediate.Label or Immediate.Func or Immediate.CallIndirect or Immediate.Local
                or Immediate.Global or Immediate.Table or Immediate.Memory or Immediate.Elem or Immediate.Data or Immediate.MemoryInit
                or Immediate.MemoryCopy or Immediate.TableInit or Immediate.TableCopy or Immediate.HeapType) is not var (body, at))
        {
            return null;
        }
        var old = _m.Codes[body].Code[at];
        var function = _m.Codes[body];
        int locals = TypeOfBody(body)?.Params.Length ?? 0;
        locals += (int)Math.Min(int.MaxValue / 2, function.Locals.Sum(l => (long)l.Count));
        bool second = Chance(2);
        Instruction changed = old.Info.Immediate switch
        {
            Immediate.Label => old with { A = Chance(2) ? old.A + 1 : Index(_r.Next(8), old.A) },
            Immediate.Func => old with { A = Index(FuncCount, old.A) },
            Immediate.CallIndirect when second => old with { B = Index(TableCount, old.B) },
            Immediate.CallIndirect => old with { A = Index(_m.Types.Length, old.A) },
            Immediate.Local => old with { A = Index(locals, old.A) },
            Immediate.Global => old with { A = Index(GlobalCount, old.A) },
            Immediate.Table => old with { A = Index(TableCount, old.A) },
            Immediate.Memory => old with { A = Index(MemoryCount, old.A) },
            Immediate.Elem => old with { A = Index(_m.Elements.Length, old.A) },
            Immediate.Data => old with { A = Index(_m.Data.Length, old.A) },
            Immediate.MemoryInit when second => old with { B = Index(MemoryCount, old.B) },
            Immediate.MemoryInit => old with { A = Index(_m.Data.Length, old.A) },
            Immediate.MemoryCopy when second => old with { B = Index(MemoryCount, old.B) },
            Immediate.MemoryCopy => old with { A = Index(MemoryCount, old.A) },
            Immediate.TableInit when second => old with { B = Index(TableCount, old.B) },
            Immediate.TableInit => old with { A = Index(_m.Elements.Length, old.A) },
            Immediate.TableCopy when second => old with { B = Index(TableCount, old.B) },
            Immediate.TableCopy => old with { A = Index(TableCount, old.A) },
            // A reference type byte: the other one, or a byte that is none.
            _ => old with { A = Chance(3) ? Pick(UndefinedTypes) : old.A == (byte)ValType.FuncRef ? (byte)ValType.ExternRef : (byte)ValType.FuncRef },
        };
        return (WithCode(body, function.Code.SetItem(at, changed)), $"{Where(body, at)} immediates A={N((ulong)old.A)} B={N((ulong)old.B)} -> A={N((ulong)changed.A)} B={N((ulong)changed.B)}");
    }

    private FuncType? TypeOfBody(int body) =>
        body < _m.Functions.Length && _m.Functions[body] < _m.Types.Length ? _m.Types[(int)_m.Functions[body]] : null;

    private (Module, string)? ChangeBlockType()
    {
        if (PickInstruction(i => i.Opcode is Opcode.Block or Opcode.Loop or Opcode.If) is not var (body, at))
            return null;
        var old = _m.Codes[body].Code[at];
        var type = _r.Next(5) switch
        {
            0 => BlockType.Empty,
            1 => BlockType.Of(Pick(Types)),
            2 => BlockType.OfTypeIndex((uint)_r.Next(Math.Max(1, _m.Types.Length))),
            3 => BlockType.OfTypeIndex(Index(_m.Types.Length, 0)),
            _ => new BlockType((long)Pick(UndefinedTypes) - 0x80),
        };
        var code = _m.Codes[body].Code.SetItem(at, old with { C = unchecked((ulong)type.Raw) });
        return (WithCode(body, code), $"{Where(body, at)} block type {N(old.BlockType.Raw)} -> {N(type.Raw)}");
    }

    private ValType OtherType(ValType old)
    {
        if (Chance(8))
            return (ValType)Pick(UndefinedTypes);
        var type = Pick(Types);
        return type == old ? Pick(Types) : type;
    }

    /// <summary>A value type in a function type, a local declaration, a global or a table.</summary>
    private (Module, string)? ChangeValueType()
    {
        switch (_r.Next(4))
        {
            case 0 when _m.Types.Length > 0:
            {
                int t = _r.Next(_m.Types.Length);
                var type = _m.Types[t];
                bool results = type.Params.Length == 0 || (type.Results.Length > 0 && Chance(2));
                var list = results ? type.Results : type.Params;
                if (list.Length == 0)
                    return null;
                int i = _r.Next(list.Length);
                var changed = list.SetItem(i, OtherType(list[i]));
                var newType = results ? new FuncType(type.Params, changed) : new FuncType(changed, type.Results);
                return (_m with { Types = _m.Types.SetItem(t, newType) }, $"type {N((long)t)}: {type} -> {newType}");
            }
            case 1 when _m.Codes.Any(c => c.Locals.Length > 0):
            {
                var bodies = Enumerable.Range(0, _m.Codes.Length).Where(b => _m.Codes[b].Locals.Length > 0).ToList();
                int b = Pick(bodies);
                var locals = _m.Codes[b].Locals;
                int i = _r.Next(locals.Length);
                var type = OtherType(locals[i].Type);
                var body = _m.Codes[b] with { Locals = locals.SetItem(i, locals[i] with { Type = type }) };
                return (_m with { Codes = _m.Codes.SetItem(b, body) }, $"body {N((long)b)} local run {N((long)i)} type -> 0x{(byte)type:x2}");
            }
            case 2 when _m.Globals.Length > 0:
            {
                int g = _r.Next(_m.Globals.Length);
                var global = _m.Globals[g];
                var type = OtherType(global.Type.ValType);
                bool flip = Chance(3);
                var changed = global with { Type = new GlobalType(type, global.Type.Mutable ^ flip) };
                return (_m with { Globals = _m.Globals.SetItem(g, changed) }, $"global {N((long)g)} type -> 0x{(byte)type:x2}{(flip ? ", mutability flipped" : "")}");
            }
            case 3 when _m.Tables.Length > 0:
            {
                int t = _r.Next(_m.Tables.Length);
                var table = _m.Tables[t];
                var type = Chance(2) ? OtherType(table.ElementType) : table.ElementType == ValType.FuncRef ? ValType.ExternRef : ValType.FuncRef;
                return (_m with { Tables = _m.Tables.SetItem(t, table with { ElementType = type }) }, $"table {N((long)t)} element type -> 0x{(byte)type:x2}");
            }
            default:
                return null;
        }
    }

    /// <summary>Limits of a defined or imported table or memory: min above max, past the page or element limit, no max, zero.</summary>
    private Limits NewLimits(Limits old, bool memory)
    {
        ulong cap = memory ? 65536UL : uint.MaxValue;
        return _r.Next(7) switch
        {
            0 => old with { Min = (old.Max ?? old.Min) + 1 },
            1 => old with { Max = null },
            2 => memory ? old with { Min = cap + 1 } : old with { Min = cap, Max = null },
            3 => old with { Max = cap + (ulong)_r.Next(2) },
            4 => new Limits(0, 0),
            5 => old with { Min = old.Max ?? old.Min },
            _ => old with { Max = old.Min + (ulong)_r.Next(3) },
        };
    }

    private (Module, string)? ChangeLimits()
    {
        var choices = new List<Func<(Module, string)>>();
        for (int i = 0; i < _m.Memories.Length; i++)
        {
            int index = i;
            choices.Add(() =>
            {
                var limits = NewLimits(_m.Memories[index].Limits, memory: true);
                return (_m with { Memories = _m.Memories.SetItem(index, new MemoryType(limits)) }, $"memory {N((long)index)} limits -> {limits}");
            });
        }
        for (int i = 0; i < _m.Tables.Length; i++)
        {
            int index = i;
            choices.Add(() =>
            {
                var limits = NewLimits(_m.Tables[index].Limits, memory: false);
                return (_m with { Tables = _m.Tables.SetItem(index, _m.Tables[index] with { Limits = limits }) }, $"table {N((long)index)} limits -> {limits}");
            });
        }
        for (int i = 0; i < _m.Imports.Length; i++)
        {
            int index = i;
            var import = _m.Imports[i];
            if (import.Kind == ExternKind.Memory)
            {
                choices.Add(() =>
                {
                    var limits = NewLimits(import.Memory.Limits, memory: true);
                    return (_m with { Imports = _m.Imports.SetItem(index, import with { Memory = new MemoryType(limits) }) }, $"imported memory limits -> {limits}");
                });
            }
            else if (import.Kind == ExternKind.Table)
            {
                choices.Add(() =>
                {
                    var limits = NewLimits(import.Table.Limits, memory: false);
                    return (_m with { Imports = _m.Imports.SetItem(index, import with { Table = import.Table with { Limits = limits } }) }, $"imported table limits -> {limits}");
                });
            }
        }
        return choices.Count == 0 ? null : Pick(choices)();
    }

    /// <summary>A constant expression that is not one, or of the wrong type, or one that is still valid.</summary>
    private ConstExpr BadConstant(ValType type)
    {
        int global = GlobalCount == 0 ? 0 : _r.Next(GlobalCount);
        ImmutableArray<Instruction> code = _r.Next(11) switch
        {
            0 => [],
            1 => [new Instruction(Opcode.LocalGet, 0)],
            2 => [new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.I32Add)],
            3 => [new Instruction(Opcode.GlobalGet, (uint)global)],
            4 => [new Instruction(Opcode.GlobalGet, (uint)GlobalCount)],
            5 => [new Instruction(type == ValType.I64 ? Opcode.I32Const : Opcode.I64Const, C: 7)],
            6 => [new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.I32Const, C: 2)],
            7 => [new Instruction(Opcode.RefFunc, Index(FuncCount, 0))],
            8 => [new Instruction(Opcode.RefNull, type == ValType.ExternRef ? (byte)ValType.FuncRef : (byte)ValType.ExternRef)],
            9 => [new Instruction(Opcode.Nop), new Instruction(Opcode.I32Const, C: 0)],
            _ => [new Instruction(Opcode.Unreachable)],
        };
        return new ConstExpr(code);
    }

    private static string Text(ConstExpr? expr) =>
        expr is null ? "(none)" : "[" + string.Join(" ", expr.Instructions.Select(i => i.Info.Mnemonic)) + "]";

    private (Module, string)? ChangeGlobalInit()
    {
        if (_m.Globals.Length == 0)
            return null;
        int g = _r.Next(_m.Globals.Length);
        var init = BadConstant(_m.Globals[g].Type.ValType);
        return (_m with { Globals = _m.Globals.SetItem(g, _m.Globals[g] with { Init = init }) }, $"global {N((long)g)} init -> {Text(init)}");
    }

    /// <summary>An export's name made a duplicate, its index out of range, or its kind changed.</summary>
    private (Module, string)? ChangeExport()
    {
        if (_m.Exports.Length == 0)
            return null;
        int e = _r.Next(_m.Exports.Length);
        var export = _m.Exports[e];
        Export changed;
        switch (_r.Next(4))
        {
            case 0 when _m.Exports.Length > 1:
                changed = export with { Name = _m.Exports[(e + 1 + _r.Next(_m.Exports.Length - 1)) % _m.Exports.Length].Name };
                break;
            case 1:
            {
                int count = export.Kind switch
                {
                    ExternKind.Func => FuncCount,
                    ExternKind.Table => TableCount,
                    ExternKind.Memory => MemoryCount,
                    _ => GlobalCount,
                };
                changed = export with { Index = Index(count, export.Index) };
                break;
            }
            case 2:
                changed = export with { Kind = (ExternKind)_r.Next(4) };
                break;
            default:
                changed = export with { Name = export.Name + "\0" + export.Name };
                break;
        }
        return (_m with { Exports = _m.Exports.SetItem(e, changed) }, $"export {N((long)e)} {export} -> {changed}");
    }

    /// <summary>A start function of the wrong type, out of range, or another one.</summary>
    private (Module, string)? ChangeStart()
    {
        uint start = _r.Next(3) switch
        {
            0 => Index(FuncCount, _m.Start ?? 0),
            _ => FuncCount == 0 ? 0 : (uint)_r.Next(FuncCount),
        };
        return (_m with { Start = start }, $"start {(_m.Start is { } s ? N((ulong)s) : "(none)")} -> {N((ulong)start)}");
    }

    private ConstExpr Offset()
    {
        int imported = ImportedCount(ExternKind.Global);
        return _r.Next(6) switch
        {
            0 => new ConstExpr([new Instruction(Opcode.I32Const, C: 0xFFFF_FF00)]),
            1 => new ConstExpr([new Instruction(Opcode.I32Const, C: 65536)]),
            2 => new ConstExpr([new Instruction(Opcode.I32Const, C: (ulong)_r.Next(64))]),
            3 when imported > 0 => new ConstExpr([new Instruction(Opcode.GlobalGet, (uint)_r.Next(imported))]),
            _ => BadConstant(ValType.I32),
        };
    }

    /// <summary>A data segment's offset, memory index or mode.</summary>
    private (Module, string)? ChangeDataSegment()
    {
        if (_m.Data.Length == 0)
            return null;
        int d = _r.Next(_m.Data.Length);
        var segment = _m.Data[d];
        DataSegment changed = _r.Next(4) switch
        {
            0 => segment with { Mode = SegmentMode.Active, Offset = Offset() },
            1 => segment with { Mode = SegmentMode.Active, MemoryIndex = Index(MemoryCount, segment.MemoryIndex), Offset = segment.Offset ?? Offset() },
            2 => segment with { Mode = SegmentMode.Passive, Offset = null },
            _ => segment with { Mode = SegmentMode.Active, Offset = null },
        };
        return (_m with { Data = _m.Data.SetItem(d, changed) }, $"data {N((long)d)} {segment.Mode} {Text(segment.Offset)} -> {changed.Mode} memory {N((ulong)changed.MemoryIndex)} {Text(changed.Offset)}");
    }

    /// <summary>An element segment's offset, table, type, mode or items.</summary>
    private (Module, string)? ChangeElementSegment()
    {
        if (_m.Elements.Length == 0)
            return null;
        int e = _r.Next(_m.Elements.Length);
        var segment = _m.Elements[e];
        ElementSegment changed;
        switch (_r.Next(6))
        {
            case 0:
                changed = segment with { Mode = SegmentMode.Active, Offset = Offset() };
                break;
            case 1:
                changed = segment with { Mode = SegmentMode.Active, TableIndex = Index(TableCount, segment.TableIndex), Offset = segment.Offset ?? Offset() };
                break;
            case 2:
                changed = segment with { Type = segment.Type == ValType.FuncRef ? ValType.ExternRef : ValType.FuncRef, UsesExpressions = true };
                break;
            case 3:
                changed = segment with { Mode = (SegmentMode)_r.Next(3), Offset = segment.Offset ?? Offset() };
                if (changed.Mode != SegmentMode.Active)
                    changed = changed with { Offset = null, TableIndex = 0 };
                break;
            case 4 when segment.Init.Length > 0:
            {
                int i = _r.Next(segment.Init.Length);
                var item = Chance(2)
                    ? new ConstExpr([new Instruction(Opcode.RefFunc, Index(FuncCount, 0))])
                    : BadConstant(segment.Type);
                changed = segment with { Init = segment.Init.SetItem(i, item), UsesExpressions = true };
                break;
            }
            default:
                changed = segment with { Mode = SegmentMode.Active, Offset = null };
                break;
        }
        return (_m with { Elements = _m.Elements.SetItem(e, changed) }, $"element {N((long)e)} {segment.Mode} {segment.Type} -> {changed.Mode} {changed.Type} table {N((ulong)changed.TableIndex)} {Text(changed.Offset)}");
    }

    /// <summary>The data count section: one off, dropped, or added.</summary>
    private (Module, string)? ChangeDataCount()
    {
        uint? count = _r.Next(3) switch
        {
            0 => null,
            1 => (uint)_m.Data.Length + 1,
            _ => _m.Data.Length == 0 ? 1u : (uint)_m.Data.Length - 1,
        };
        if (count == _m.DataCount)
            return null;
        return (_m with { DataCount = count }, $"data count {(_m.DataCount is { } c ? N((ulong)c) : "(none)")} -> {(count is { } n ? N((ulong)n) : "(none)")}");
    }

    private (Module, string)? ChangeFunctionType()
    {
        if (_m.Functions.Length == 0)
            return null;
        int f = _r.Next(_m.Functions.Length);
        uint type = Chance(3) ? Index(_m.Types.Length, _m.Functions[f]) : (uint)_r.Next(Math.Max(1, _m.Types.Length));
        return (_m with { Functions = _m.Functions.SetItem(f, type) }, $"function {N((long)f)} type {N((ulong)_m.Functions[f])} -> {N((ulong)type)}");
    }

    /// <summary>The function and code sections disagree: a body or a declaration dropped.</summary>
    private (Module, string)? ChangeCounts()
    {
        if (_m.Functions.Length == 0)
            return null;
        int f = _r.Next(_m.Functions.Length);
        return Chance(2)
            ? (_m with { Codes = _m.Codes.RemoveAt(Math.Min(f, _m.Codes.Length - 1)) }, $"drop body {N((long)f)}")
            : (_m with { Functions = _m.Functions.RemoveAt(f) }, $"drop function declaration {N((long)f)}");
    }

    /// <summary>An import's type, kind or name: invalid (type index out of range) or unlinkable.</summary>
    private (Module, string)? ChangeImport()
    {
        if (_m.Imports.Length == 0)
            return null;
        int i = _r.Next(_m.Imports.Length);
        var import = _m.Imports[i];
        Import changed = _r.Next(4) switch
        {
            0 when import.Kind == ExternKind.Func => import with { FuncTypeIndex = Chance(2) ? Index(_m.Types.Length, import.FuncTypeIndex) : (uint)_r.Next(Math.Max(1, _m.Types.Length)) },
            1 when import.Kind == ExternKind.Global => import with { Global = new GlobalType(OtherType(import.Global.ValType), import.Global.Mutable ^ Chance(2)) },
            2 => import with { Name = import.Name + "_" },
            _ => import with { Kind = (ExternKind)_r.Next(4), FuncTypeIndex = 0, Table = new TableType(ValType.FuncRef, new Limits(0, null)), Memory = new MemoryType(new Limits(0, null)), Global = new GlobalType(ValType.I32, false) },
        };
        return (_m with { Imports = _m.Imports.SetItem(i, changed) }, $"import {N((long)i)} {import.Module}.{import.Name} {import.Kind} -> {changed.Name} {changed.Kind}");
    }

    /// <summary>A second memory: multi-memory is not in Core 2.0.</summary>
    private (Module, string)? AddMemory() =>
        (_m with { Memories = _m.Memories.Add(new MemoryType(new Limits(0, 1))) }, "add a memory");

    /// <summary>A memory access's alignment above its natural one, its offset, or its memory index.</summary>
    private (Module, string)? ChangeMemArg()
    {
        if (PickInstruction(i => i.Info.Immediate is Immediate.MemArg or Immediate.MemArgLane or Immediate.Lane) is not var (body, at))
            return null;
        var old = _m.Codes[body].Code[at];
        Instruction changed;
        if (old.Info.Immediate == Immediate.Lane)
        {
            changed = old with { A = Chance(2) ? (uint)old.Info.Lanes : (uint)_r.Next(256) };
        }
        else
        {
            changed = _r.Next(4) switch
            {
                0 => old with { A = (uint)old.Info.NaturalAlignmentLog2 + 1 },
                1 => old with { A = (uint)_r.Next(64) },
                2 => old with { C = Chance(2) ? uint.MaxValue : (ulong)_r.Next(1 << 17) },
                _ => old with { B = 1 },
            };
            if (old.Info.Immediate == Immediate.MemArgLane && Chance(2))
                changed = changed with { D = (ulong)old.Info.Lanes };
        }
        return (WithCode(body, _m.Codes[body].Code.SetItem(at, changed)), $"{Where(body, at)} memarg A={N((ulong)changed.A)} B={N((ulong)changed.B)} C={N(changed.C)} D={N(changed.D)}");
    }

    /// <summary>A br_table target or a typed select's type, in the body's vectors.</summary>
    private (Module, string)? ChangeVector()
    {
        var bodies = Enumerable.Range(0, _m.Codes.Length).Where(b => _m.Codes[b].Vectors.Length > 0).ToList();
        if (bodies.Count == 0)
            return null;
        int b = Pick(bodies);
        var body = _m.Codes[b];
        int i = _r.Next(body.Vectors.Length);
        uint value = Chance(2) ? body.Vectors[i] + (uint)_r.Next(1, 4) : Chance(2) ? (uint)Pick(Types) : Pick(UndefinedTypes);
        return (_m with { Codes = _m.Codes.SetItem(b, body with { Vectors = body.Vectors.SetItem(i, value) }) }, $"body {N((long)b)} vector {N((long)i)} {N((ulong)body.Vectors[i])} -> {N((ulong)value)}");
    }

    /// <summary>Local declarations: more than the u32 index space, many (an implementation limit), or one more run.</summary>
    private (Module, string)? ChangeLocals()
    {
        if (_m.Codes.Length == 0)
            return null;
        int b = _r.Next(_m.Codes.Length);
        var body = _m.Codes[b];
        var run = _r.Next(4) switch
        {
            0 => new LocalRun(uint.MaxValue, ValType.I32),
            1 => new LocalRun((uint)_r.Next(40_000, 70_000), ValType.I64),
            2 => new LocalRun(0x8000_0000, ValType.I32),
            _ => new LocalRun((uint)_r.Next(1, 4), Pick(Types)),
        };
        return (_m with { Codes = _m.Codes.SetItem(b, body with { Locals = body.Locals.Add(run) }) }, $"body {N((long)b)} add {N((ulong)run.Count)} local(s) of 0x{(byte)run.Type:x2}");
    }

    /// <summary>Drops the declarative element segments, so that <c>ref.func</c> in code names undeclared functions.</summary>
    private (Module, string)? DropDeclarations()
    {
        var kept = _m.Elements.Where(e => e.Mode != SegmentMode.Declarative).ToImmutableArray();
        if (kept.Length == _m.Elements.Length)
            return null;
        // Later segment indices move down: that is part of the mutation.
        return (_m with { Elements = kept }, "drop the declarative element segments");
    }

    /// <summary>A constant's value: an edge value (still valid; changes what the calls compute).</summary>
    private (Module, string)? ChangeConstant()
    {
        if (PickInstruction(i => i.Opcode is Opcode.I32Const or Opcode.I64Const) is not var (body, at))
            return null;
        var old = _m.Codes[body].Code[at];
        ulong value = _r.Next(5) switch
        {
            0 => 0,
            1 => 0x8000_0000,
            2 => ulong.MaxValue,
            3 => 0x7FFF_FFFF,
            _ => (ulong)_r.NextInt64(),
        };
        if (old.Opcode == Opcode.I32Const)
            value &= 0xFFFF_FFFF;
        return (WithCode(body, _m.Codes[body].Code.SetItem(at, old with { C = value })), $"{Where(body, at)} -> {N(value)}");
    }
}
