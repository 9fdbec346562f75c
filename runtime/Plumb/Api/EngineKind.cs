namespace Plumb;

/// <summary>Which engine runs a runtime's functions. See runtime/RATIONALE.md, "How is the engine chosen?".</summary>
public enum EngineKind
{
    /// <summary>The interpreter: translates each function once into compact internal code.</summary>
    Interpreter,
    /// <summary>The IL compiler: compiles each function to a CIL method, which the JIT compiles to machine code.</summary>
    Compiler,
}
