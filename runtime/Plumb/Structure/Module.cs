using System.Collections.Immutable;

namespace Plumb.Structure;

/// <summary>
/// A decoded module (https://webassembly.github.io/spec/core/syntax/modules.html). Immutable: the
/// decoder and the text parser build it, the validator checks it, the engines read it.
/// </summary>
internal sealed record Module
{
    public ImmutableArray<FuncType> Types { get; init; } = [];
    public ImmutableArray<Import> Imports { get; init; } = [];
    /// <summary>Type index of each function defined in the module (function section).</summary>
    public ImmutableArray<uint> Functions { get; init; } = [];
    public ImmutableArray<TableType> Tables { get; init; } = [];
    public ImmutableArray<MemoryType> Memories { get; init; } = [];
    public ImmutableArray<Global> Globals { get; init; } = [];
    public ImmutableArray<Export> Exports { get; init; } = [];
    public uint? Start { get; init; }
    public ImmutableArray<ElementSegment> Elements { get; init; } = [];
    /// <summary>The data count section's value, when present.</summary>
    public uint? DataCount { get; init; }
    /// <summary>Bodies of the defined functions, parallel to <see cref="Functions"/>.</summary>
    public ImmutableArray<FunctionBody> Codes { get; init; } = [];
    public ImmutableArray<DataSegment> Data { get; init; } = [];
    public ImmutableArray<CustomSection> Customs { get; init; } = [];
    /// <summary>The parsed name section, when present and well-formed.</summary>
    public NameSection? Names { get; init; }
}

/// <summary>An import: module name, field name and description.</summary>
internal sealed record Import(string Module, string Name, ExternKind Kind)
{
    /// <summary>Type index, for function imports.</summary>
    public uint FuncTypeIndex { get; init; }
    public TableType Table { get; init; }
    public MemoryType Memory { get; init; }
    public GlobalType Global { get; init; }
}

/// <summary>An export: name, kind and index in that kind's index space.</summary>
internal sealed record Export(string Name, ExternKind Kind, uint Index);

/// <summary>A constant expression (without its final <c>end</c>).</summary>
internal sealed record ConstExpr(ImmutableArray<Instruction> Instructions)
{
    /// <summary>
    /// Variable-length immediates, as <see cref="FunctionBody.Vectors"/>: a constant expression may
    /// contain any instruction in the binary format; the validator rejects the non-constant ones.
    /// </summary>
    public ImmutableArray<uint> Vectors { get; init; } = [];

    public bool Equals(ConstExpr? other) =>
        other is not null && Instructions.AsSpan().SequenceEqual(other.Instructions.AsSpan()) &&
        Vectors.AsSpan().SequenceEqual(other.Vectors.AsSpan());
    public override int GetHashCode() => Instructions.Length;
}

/// <summary>A global definition.</summary>
internal sealed record Global(GlobalType Type, ConstExpr Init);

internal enum SegmentMode : byte
{
    Active,
    Passive,
    Declarative,
}

/// <summary>
/// An element segment (https://webassembly.github.io/spec/core/binary/modules.html#element-section).
/// <see cref="UsesExpressions"/> keeps which of the binary encodings (function indices or expressions) it came from.
/// </summary>
internal sealed record ElementSegment(SegmentMode Mode, ValType Type, ImmutableArray<ConstExpr> Init)
{
    public uint TableIndex { get; init; }
    public ConstExpr? Offset { get; init; }
    public bool UsesExpressions { get; init; }

    public bool Equals(ElementSegment? other) =>
        other is not null && Mode == other.Mode && Type == other.Type && TableIndex == other.TableIndex &&
        Equals(Offset, other.Offset) && UsesExpressions == other.UsesExpressions && Init.SequenceEqual(other.Init);

    public override int GetHashCode() => HashCode.Combine(Mode, Type, Init.Length);
}

/// <summary>A data segment.</summary>
internal sealed record DataSegment(SegmentMode Mode, ImmutableArray<byte> Bytes)
{
    public uint MemoryIndex { get; init; }
    public ConstExpr? Offset { get; init; }

    public bool Equals(DataSegment? other) =>
        other is not null && Mode == other.Mode && MemoryIndex == other.MemoryIndex && Equals(Offset, other.Offset) &&
        Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Mode, Bytes.Length);
}

/// <summary>Locals declared as a run of one type, as in the binary format.</summary>
internal readonly record struct LocalRun(uint Count, ValType Type);

/// <summary>
/// A function body: local declarations and the decoded instructions, ending with the final <c>end</c>.
/// <see cref="Vectors"/> holds the variable-length immediates (br_table targets, select types).
/// </summary>
internal sealed record FunctionBody(ImmutableArray<LocalRun> Locals, ImmutableArray<Instruction> Code, ImmutableArray<uint> Vectors)
{
    /// <summary>Byte offset of the body (its size field) in the binary, or -1.</summary>
    public int Offset { get; init; } = -1;

    public bool Equals(FunctionBody? other) =>
        other is not null && Locals.SequenceEqual(other.Locals) && Vectors.SequenceEqual(other.Vectors) &&
        Code.Select(i => i with { Offset = -1 }).SequenceEqual(other.Code.Select(i => i with { Offset = -1 }));

    public override int GetHashCode() => Code.Length;
}

/// <summary>
/// A custom section, kept with the id of the section it followed (0 = before any) so that the
/// encoder can put it back in place.
/// </summary>
internal sealed record CustomSection(string Name, ImmutableArray<byte> Content, byte After)
{
    public bool Equals(CustomSection? other) =>
        other is not null && Name == other.Name && After == other.After && Content.AsSpan().SequenceEqual(other.Content.AsSpan());

    public override int GetHashCode() => Name.GetHashCode();
}

/// <summary>
/// The name section (https://webassembly.github.io/spec/core/appendix/custom.html#name-section) with the
/// extended name section's subsections (https://github.com/WebAssembly/extended-name-section): labels,
/// types, tables, memories, globals, element and data segments.
/// </summary>
internal sealed record NameSection
{
    public string? ModuleName { get; init; }
    public ImmutableDictionary<uint, string> FunctionNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, ImmutableDictionary<uint, string>> LocalNames { get; init; } =
        ImmutableDictionary<uint, ImmutableDictionary<uint, string>>.Empty;
    /// <summary>Per function, labels numbered by the order of their block, loop or if in the body.</summary>
    public ImmutableDictionary<uint, ImmutableDictionary<uint, string>> LabelNames { get; init; } =
        ImmutableDictionary<uint, ImmutableDictionary<uint, string>>.Empty;
    public ImmutableDictionary<uint, string> TypeNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, string> TableNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, string> MemoryNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, string> GlobalNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, string> ElemNames { get; init; } = ImmutableDictionary<uint, string>.Empty;
    public ImmutableDictionary<uint, string> DataNames { get; init; } = ImmutableDictionary<uint, string>.Empty;

    /// <summary>True when no subsection has anything to say.</summary>
    public bool IsEmpty => ModuleName is null && FunctionNames.IsEmpty && LocalNames.IsEmpty && LabelNames.IsEmpty &&
        TypeNames.IsEmpty && TableNames.IsEmpty && MemoryNames.IsEmpty && GlobalNames.IsEmpty && ElemNames.IsEmpty && DataNames.IsEmpty;
}
