using Plumb.Structure;

namespace Plumb.Engines;

/// <summary>
/// A defined function's body as one engine compiled it: immutable, and shared by every instance of
/// the compiled module. Each engine derives its own kind; the runtime only asks which engine runs it.
/// </summary>
internal abstract class FunctionCode
{
    protected FunctionCode(FuncType type)
    {
        Type = type;
    }

    /// <summary>The function's type.</summary>
    public FuncType Type { get; }

    /// <summary>The engine that compiled this code and runs it.</summary>
    public abstract Engine Engine { get; }
}
