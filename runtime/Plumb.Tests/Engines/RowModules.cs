using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
using Plumb.Instructions;
using Plumb.Text;

namespace Plumb.Tests.Engines;

/// <summary>
/// A module per row of <see cref="InstructionTable"/>. Fixed-signature rows are generated from the
/// row (params, results, immediate shape, access width, lane count); the rest are hand-written in
/// <see cref="Custom"/> (RowModules.Custom.cs), keyed by the row's <see cref="Key"/>.
/// </summary>
internal static partial class RowModules
{
    private static readonly ConcurrentDictionary<string, RowCase> Cases = new();

    /// <summary>Every row's key, in table order.</summary>
    public static IEnumerable<string> Keys => InstructionTable.All.Select(Key);

    /// <summary>
    /// The row's name in test cases: its mnemonic, or for a row sharing the mnemonic of an earlier
    /// row (the typed <c>select</c>) the mnemonic and the opcode.
    /// </summary>
    public static string Key(InstructionInfo row) =>
        InstructionTable.ByMnemonic[row.Mnemonic] == row ? row.Mnemonic : $"{row.Mnemonic} ({row.Opcode})";

    /// <summary>The row with <paramref name="key"/>.</summary>
    public static InstructionInfo Row(string key) => InstructionTable.All.Single(row => Key(row) == key);

    /// <summary>The case of <paramref name="key"/>: its hand-written module, or else the generated one.</summary>
    /// <exception cref="NotSupportedException">The row has neither (a new row, or a new immediate shape).</exception>
    public static RowCase For(string key) => Cases.GetOrAdd(key, static key =>
    {
        var row = Row(key);
        bool handWritten = Custom.TryGetValue(key, out string? custom);
        string wat = custom ?? Generate(row);
        return new RowCase(key, row, wat, Wat.ToBinary(wat), handWritten ? NanLanes.None : NanLanesOf(row), handWritten);
    });

    /// <summary>
    /// Rows whose NaN results are the spec's "arithmetic" NaNs: any payload with the quiet bit, so two
    /// correct engines may return different bits (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation).
    /// Every other float result (abs, neg, copysign, pmin and pmax, loads, constants, lane moves,
    /// reinterpretations) is exact, payload included.
    /// </summary>
    public static NanLanes NanLanesOf(InstructionInfo row)
    {
        string[] parts = row.Mnemonic.Split('.');
        string[] arithmetic =
        [
            "add", "sub", "mul", "div", "sqrt", "min", "max", "ceil", "floor", "trunc", "nearest",
            "demote_f64", "promote_f32", "demote_f64x2_zero", "promote_low_f32x4",
        ];
        if (parts.Length != 2 || !arithmetic.Contains(parts[1]))
        {
            return NanLanes.None;
        }
        return parts[0] switch
        {
            "f32" or "f32x4" => NanLanes.F32,
            "f64" or "f64x2" => NanLanes.F64,
            _ => NanLanes.None,
        };
    }

    /// <summary>
    /// The module of a fixed-signature row: for each choice of immediates, a function that applies the
    /// instruction to its parameters and returns its results; for the first choice also functions whose
    /// last operand is a constant (engines treat constant operands specially), and where the row yields
    /// one i32, functions that branch on it (engines fuse comparisons with branches). Memory rows get a
    /// memory of one page (at most eight) with known contents at both ends and a passive data segment.
    /// </summary>
    private static string Generate(InstructionInfo row)
    {
        if (!row.HasFixedSignature)
        {
            throw new NotSupportedException($"{Key(row)} has a custom signature and no hand-written case in RowModules.Custom.cs");
        }
        var text = new StringBuilder("(module\n");
        if (row.Immediate is Immediate.MemArg or Immediate.MemArgLane or Immediate.Memory or Immediate.MemoryCopy or Immediate.MemoryInit)
        {
            text.Append(MemoryFields);
        }
        var fromParams = Enumerable.Range(0, row.Params.Length).Select(i => $"local.get {i}").ToArray();
        var operands = new List<(string Label, ValType[] Params, string[] Push)> { ("", [.. row.Params], fromParams) };
        if (row.Params.Length > 0)
        {
            var last = row.Params[^1];
            operands.AddRange(RowInputs.Constants(last).Select(constant => Const(last, constant)).Select(push =>
                ($", last operand {push}", row.Params[..^1].ToArray(), (string[])[.. fromParams[..^1], push])));
        }
        bool branches = row.Results is [ValType.I32];
        var variants = Immediates(row);
        for (int v = 0; v < variants.Count; v++)
        {
            string instruction = variants[v].Length == 0 ? row.Mnemonic : $"{row.Mnemonic} {variants[v]}";
            foreach (var (label, parameters, push) in v == 0 ? operands : operands.Take(1))
            {
                string name = instruction + label;
                string body = string.Concat(push.Select(p => $"    {p}\n")) + $"    {instruction}\n";
                Function(text, name, parameters, row.Results, body);
                if (branches)
                {
                    string nested = body.Replace("\n    ", "\n      ", StringComparison.Ordinal);
                    Function(text, $"{name}, as a br_if condition", parameters, row.Results,
                        $"    block (result i32)\n      i32.const 1\n  {nested}      br_if 0\n      drop\n      i32.const 0\n    end\n");
                    Function(text, $"{name}, as an if condition", parameters, row.Results,
                        $"{body}    if (result i32)\n      i32.const 1\n    else\n      i32.const 0\n    end\n");
                }
            }
        }
        return text.Append(')').ToString();
    }

    private static void Function(StringBuilder text, string export, IEnumerable<ValType> parameters, IEnumerable<ValType> results, string body) =>
        text.Append(CultureInfo.InvariantCulture, $"  (func (export \"{export}\"){Types("param", parameters)}{Types("result", results)}\n{body}  )\n");

    /// <summary>Memory for generated memory rows: known bytes at both ends of the first page, a passive segment.</summary>
    private static readonly string MemoryFields =
        "  (memory (export \"mem\") 1 8)\n" +
        $"  (data (i32.const 0) \"{Pattern(256, 0)}\")\n" +
        $"  (data (i32.const 65280) \"{Pattern(256, 1)}\")\n" +
        $"  (data $d \"{Pattern(40, 2)}\")\n";

    /// <summary>The choices of immediates for a row, by its immediate shape: every shape yields valid ones.</summary>
    private static List<string> Immediates(InstructionInfo row)
    {
        int natural = row.MemoryBytes;
        int lanes = row.Lanes;
        switch (row.Immediate)
        {
            case Immediate.None:
            case Immediate.Memory:
            case Immediate.MemoryCopy:
                return [""];
            case Immediate.MemoryInit:
                // The passive segment, and an active one (dropped when instantiated: only empty copies succeed).
                return ["$d", "0"];
            case Immediate.MemArg:
                return [$"offset=0 align={natural}", "offset=1 align=1", $"offset=32 align={natural}", $"offset=65535 align={natural}", $"offset=4294967295 align={natural}"];
            case Immediate.MemArgLane:
                return [$"offset=0 align={natural} 0", $"offset=1 align=1 {lanes - 1}", $"offset=32 align={natural} 1", $"offset=4294967295 align={natural} 0"];
            case Immediate.Lane:
                return lanes > 2 ? ["0", "1", $"{lanes - 1}"] : ["0", "1"];
            case Immediate.Shuffle:
                var random = new Random(RowInputs.Seed(row.Mnemonic));
                return
                [
                    string.Join(' ', Enumerable.Range(0, 16)),
                    string.Join(' ', Enumerable.Range(16, 16).Reverse()),
                    string.Join(' ', Enumerable.Range(0, 16).Select(i => i / 2 + (i % 2 == 0 ? 0 : 16))),
                    string.Join(' ', Enumerable.Range(0, 16).Select(_ => random.Next(32))),
                    string.Join(' ', Enumerable.Repeat(31, 16)),
                ];
            case Immediate.I32:
                return [.. RowInputs.I32.Select(v => v.ToString(CultureInfo.InvariantCulture))];
            case Immediate.I64:
                return [.. RowInputs.I64.Select(v => v.ToString(CultureInfo.InvariantCulture))];
            case Immediate.F32:
                return [.. RowInputs.F32.Select(WatPrinter.FormatF32)];
            case Immediate.F64:
                return [.. RowInputs.F64.Select(WatPrinter.FormatF64)];
            case Immediate.V128:
                return [.. RowInputs.V128.Select(v => V128Literal(WasmValue.FromV128(v))[11..])];
            default:
                throw new NotSupportedException($"{Key(row)}: no generated immediates of shape {row.Immediate}; give it a hand-written case in RowModules.Custom.cs");
        }
    }

    /// <summary>The instruction that pushes <paramref name="value"/>.</summary>
    private static string Const(ValType type, WasmValue value) => type switch
    {
        ValType.I32 => $"i32.const {value.I32.ToString(CultureInfo.InvariantCulture)}",
        ValType.I64 => $"i64.const {value.I64.ToString(CultureInfo.InvariantCulture)}",
        ValType.F32 => $"f32.const {WatPrinter.FormatF32((uint)value.Bits)}",
        ValType.F64 => $"f64.const {WatPrinter.FormatF64(value.Bits)}",
        ValType.V128 => V128Literal(value),
        _ => throw new NotSupportedException($"no constant of type {type}"),
    };

    private static string V128Literal(WasmValue value)
    {
        var lanes = value.V128.AsUInt32();
        return FormattableString.Invariant($"v128.const i32x4 0x{lanes[0]:x8} 0x{lanes[1]:x8} 0x{lanes[2]:x8} 0x{lanes[3]:x8}");
    }

    private static string Types(string keyword, IEnumerable<ValType> types) =>
        types.Any() ? $" ({keyword} {string.Join(' ', types.Select(ValTypes.ToText))})" : "";

    /// <summary><paramref name="length"/> bytes of a pattern as a text-format string: every byte value turns up, NaN and sign bits included.</summary>
    internal static string Pattern(int length, int salt)
    {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\\{(byte)(i * 167 + salt * 59 + 13):x2}");
        }
        return text.ToString();
    }
}
