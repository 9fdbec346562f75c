namespace Plumb.Text;

/// <summary>Identifies the text-format assembly (used by tests and tooling to locate it).</summary>
public static class TextAssemblyMarker
{
    /// <summary>The runtime's value types, referenced so the dependency is real.</summary>
    public static ValType DefaultValType => ValType.I32;
}
