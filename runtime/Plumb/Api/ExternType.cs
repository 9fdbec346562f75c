namespace Plumb;

/// <summary>The kind of an import or export (https://webassembly.github.io/spec/core/syntax/types.html#external-types).</summary>
public enum ExternType
{
    /// <summary>A function.</summary>
    Func,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A memory.</summary>
    Memory,
    /// <summary>A global.</summary>
    Global,
}

/// <summary>One import of a compiled module.</summary>
public sealed class ImportDescription
{
    internal ImportDescription(string moduleName, string name, ExternType kind, string type)
    {
        ModuleName = moduleName;
        Name = name;
        Kind = kind;
        Type = type;
    }

    /// <summary>The module name the import is resolved in.</summary>
    public string ModuleName { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>What is imported.</summary>
    public ExternType Kind { get; }

    /// <summary>The expected type in text-format notation, e.g. <c>(func (param i32))</c>.</summary>
    public string Type { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ModuleName}.{Name}: {Type}";
}

/// <summary>One export of a compiled module.</summary>
public sealed class ExportDescription
{
    internal ExportDescription(string name, ExternType kind, string type)
    {
        Name = name;
        Kind = kind;
        Type = type;
    }

    /// <summary>The export name.</summary>
    public string Name { get; }

    /// <summary>What is exported.</summary>
    public ExternType Kind { get; }

    /// <summary>The type in text-format notation, e.g. <c>(func (param i32 i32) (result i32))</c>.</summary>
    public string Type { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
