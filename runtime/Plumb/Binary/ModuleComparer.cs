using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

/// <summary>
/// Structural equality of modules, for round-trip checks: the model's arrays compare by reference
/// and byte offsets differ between encodings, so this compares contents and ignores offsets.
/// </summary>
internal static class ModuleComparer
{
    /// <summary>True when the two modules have the same contents.</summary>
    public static bool Equal(Module a, Module b) => Difference(a, b) is null;

    /// <summary>A description of the first difference, or null when the modules are equal.</summary>
    public static string? Difference(Module a, Module b) =>
        Items("types", a.Types, b.Types, FuncTypeDifference)
        ?? Items("imports", a.Imports, b.Imports, ImportDifference)
        ?? Items("functions", a.Functions, b.Functions, (x, y) => x == y ? null : $"{x} vs {y}")
        ?? Items("tables", a.Tables, b.Tables, (x, y) => x == y ? null : $"{x} vs {y}")
        ?? Items("memories", a.Memories, b.Memories, (x, y) => x == y ? null : $"{x} vs {y}")
        ?? Items("globals", a.Globals, b.Globals, (x, y) => x.Type != y.Type ? "type" : ExprDifference(x.Init, y.Init))
        ?? Items("exports", a.Exports, b.Exports, (x, y) => x == y ? null : $"{x} vs {y}")
        ?? (a.Start == b.Start ? null : $"start: {a.Start} vs {b.Start}")
        ?? Items("elements", a.Elements, b.Elements, ElementDifference)
        ?? (a.DataCount == b.DataCount ? null : $"data count: {a.DataCount} vs {b.DataCount}")
        ?? Items("codes", a.Codes, b.Codes, BodyDifference)
        ?? Items("data", a.Data, b.Data, DataDifference)
        ?? Items("customs", OtherCustoms(a), OtherCustoms(b), CustomDifference)
        ?? NamesDifference(a.Names, b.Names);

    /// <summary>
    /// The custom sections to compare as bytes: a well-formed name section is compared through <see cref="Module.Names"/>,
    /// because a module built in code (or parsed from text) has names without the section the decoder keeps.
    /// </summary>
    private static ImmutableArray<CustomSection> OtherCustoms(Module m) =>
        m.Names is null ? m.Customs : [.. m.Customs.Where(c => c.Name != ModuleReader.NameSectionName)];

    private static string? Items<T>(string what, ImmutableArray<T> a, ImmutableArray<T> b, Func<T, T, string?> difference)
    {
        if (a.Length != b.Length)
        {
            return $"{what}: {a.Length} vs {b.Length} items";
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (difference(a[i], b[i]) is { } d)
            {
                return $"{what}[{i}]: {d}";
            }
        }
        return null;
    }

    private static string? FuncTypeDifference(FuncType a, FuncType b) => a.Equals(b) ? null : $"{a} vs {b}";

    private static string? ImportDifference(Import a, Import b)
    {
        if (a.Module != b.Module || a.Name != b.Name || a.Kind != b.Kind)
        {
            return $"{a.Module}.{a.Name} ({a.Kind}) vs {b.Module}.{b.Name} ({b.Kind})";
        }
        bool same = a.Kind switch
        {
            ExternKind.Func => a.FuncTypeIndex == b.FuncTypeIndex,
            ExternKind.Table => a.Table == b.Table,
            ExternKind.Memory => a.Memory == b.Memory,
            _ => a.Global == b.Global,
        };
        return same ? null : "description";
    }

    private static string? ElementDifference(ElementSegment a, ElementSegment b)
    {
        if (a.Mode != b.Mode || a.Type != b.Type || a.UsesExpressions != b.UsesExpressions)
        {
            return $"{a.Mode} {a.Type} expressions={a.UsesExpressions} vs {b.Mode} {b.Type} expressions={b.UsesExpressions}";
        }
        if (a.Mode == SegmentMode.Active && a.TableIndex != b.TableIndex)
        {
            return $"table {a.TableIndex} vs {b.TableIndex}";
        }
        return OptionalExprDifference(a.Offset, b.Offset) ?? Items("init", a.Init, b.Init, ExprDifference);
    }

    private static string? DataDifference(DataSegment a, DataSegment b)
    {
        if (a.Mode != b.Mode || (a.Mode == SegmentMode.Active && a.MemoryIndex != b.MemoryIndex))
        {
            return $"{a.Mode} memory {a.MemoryIndex} vs {b.Mode} memory {b.MemoryIndex}";
        }
        return OptionalExprDifference(a.Offset, b.Offset)
            ?? (a.Bytes.AsSpan().SequenceEqual(b.Bytes.AsSpan()) ? null : "bytes");
    }

    private static string? CustomDifference(CustomSection a, CustomSection b) =>
        a.Name != b.Name || a.After != b.After ? $"'{a.Name}' after {a.After} vs '{b.Name}' after {b.After}"
        : a.Content.AsSpan().SequenceEqual(b.Content.AsSpan()) ? null : "content";

    private static string? BodyDifference(FunctionBody a, FunctionBody b) =>
        Items("locals", a.Locals, b.Locals, (x, y) => x == y ? null : $"{x} vs {y}")
        ?? CodeDifference(a.Code, a.Vectors, b.Code, b.Vectors);

    private static string? OptionalExprDifference(ConstExpr? a, ConstExpr? b) =>
        a is null || b is null ? (a is null && b is null ? null : "offset present vs absent") : ExprDifference(a, b);

    private static string? ExprDifference(ConstExpr a, ConstExpr b) => CodeDifference(a.Instructions, a.Vectors, b.Instructions, b.Vectors);

    /// <summary>Instructions compared without their offsets; variable-length immediates compared by content.</summary>
    private static string? CodeDifference(ImmutableArray<Instruction> a, ImmutableArray<uint> aVectors, ImmutableArray<Instruction> b, ImmutableArray<uint> bVectors)
    {
        if (a.Length != b.Length)
        {
            return $"{a.Length} vs {b.Length} instructions";
        }
        for (int i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x.Opcode != y.Opcode || x.C != y.C || x.D != y.D)
            {
                return $"instruction {i}: {x} vs {y}";
            }
            if (x.Info.Immediate is Instructions.Immediate.BrTable or Instructions.Immediate.SelectTypes)
            {
                if (x.B != y.B || !aVectors.AsSpan((int)x.A, (int)x.B).SequenceEqual(bVectors.AsSpan((int)y.A, (int)y.B)))
                {
                    return $"instruction {i}: {x} vs {y} (vector)";
                }
            }
            else if (x.A != y.A || x.B != y.B)
            {
                return $"instruction {i}: {x} vs {y}";
            }
        }
        return null;
    }

    private static string? NamesDifference(NameSection? a, NameSection? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : "names present vs absent";
        }
        if (a.ModuleName != b.ModuleName)
        {
            return $"module name {a.ModuleName} vs {b.ModuleName}";
        }
        if (!MapEqual(a.FunctionNames, b.FunctionNames))
        {
            return "function names";
        }
        if (!IndirectEqual(a.LocalNames, b.LocalNames))
        {
            return "local names";
        }
        if (!IndirectEqual(a.LabelNames, b.LabelNames))
        {
            return "label names";
        }
        (string What, ImmutableDictionary<uint, string> A, ImmutableDictionary<uint, string> B)[] maps =
        [
            ("type", a.TypeNames, b.TypeNames), ("table", a.TableNames, b.TableNames), ("memory", a.MemoryNames, b.MemoryNames),
            ("global", a.GlobalNames, b.GlobalNames), ("elem", a.ElemNames, b.ElemNames), ("data", a.DataNames, b.DataNames),
        ];
        foreach (var (what, x, y) in maps)
        {
            if (!MapEqual(x, y))
            {
                return $"{what} names";
            }
        }
        return null;
    }

    private static bool IndirectEqual(ImmutableDictionary<uint, ImmutableDictionary<uint, string>> a, ImmutableDictionary<uint, ImmutableDictionary<uint, string>> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && MapEqual(p.Value, other));

    private static bool MapEqual(ImmutableDictionary<uint, string> a, ImmutableDictionary<uint, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var name) && name == p.Value);
}
