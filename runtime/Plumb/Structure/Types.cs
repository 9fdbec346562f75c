using System.Collections.Immutable;

namespace Plumb.Structure;

/// <summary>A function type [params] → [results] (https://webassembly.github.io/spec/core/syntax/types.html#function-types).</summary>
internal sealed class FuncType : IEquatable<FuncType>
{
    public FuncType(ImmutableArray<ValType> parameters, ImmutableArray<ValType> results)
    {
        Params = parameters;
        Results = results;
    }

    public static readonly FuncType Empty = new([], []);

    public ImmutableArray<ValType> Params { get; }

    public ImmutableArray<ValType> Results { get; }

    public bool Equals(FuncType? other) =>
        other is not null && Params.AsSpan().SequenceEqual(other.Params.AsSpan()) && Results.AsSpan().SequenceEqual(other.Results.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as FuncType);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var t in Params) hash.Add(t);
        hash.Add(-1);
        foreach (var t in Results) hash.Add(t);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        $"[{string.Join(" ", Params.Select(p => p.ToText()))}] -> [{string.Join(" ", Results.Select(p => p.ToText()))}]";
}

/// <summary>Limits of a table or memory (https://webassembly.github.io/spec/core/syntax/types.html#limits). 64-bit for memory64 later.</summary>
internal readonly record struct Limits(ulong Min, ulong? Max);

/// <summary>A table type: limits and element reference type.</summary>
internal readonly record struct TableType(ValType ElementType, Limits Limits);

/// <summary>A memory type: limits in 64 KiB pages.</summary>
internal readonly record struct MemoryType(Limits Limits);

/// <summary>A global type: value type and mutability.</summary>
internal readonly record struct GlobalType(ValType ValType, bool Mutable);

/// <summary>The kinds of import and export (https://webassembly.github.io/spec/core/binary/modules.html#import-section).</summary>
internal enum ExternKind : byte
{
    Func = 0,
    Table = 1,
    Memory = 2,
    Global = 3,
}
