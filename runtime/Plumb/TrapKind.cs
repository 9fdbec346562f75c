namespace Plumb;

/// <summary>
/// Why execution trapped (https://webassembly.github.io/spec/core/exec/runtime.html#syntax-trap).
/// Each kind has one message, the spec suite's wording, in <see cref="Execution.TrapMessages"/>.
/// </summary>
public enum TrapKind
{
    /// <summary><c>unreachable</c> executed.</summary>
    Unreachable,
    /// <summary>Signed division overflow or a float-to-int truncation out of range.</summary>
    IntegerOverflow,
    /// <summary>Integer division or remainder by zero.</summary>
    IntegerDivideByZero,
    /// <summary>Truncation of a NaN to an integer.</summary>
    InvalidConversionToInteger,
    /// <summary>A load, store or bulk memory operation outside the memory.</summary>
    OutOfBoundsMemoryAccess,
    /// <summary>A table access or bulk table operation outside the table.</summary>
    OutOfBoundsTableAccess,
    /// <summary><c>call_indirect</c> with an index beyond the table.</summary>
    UndefinedElement,
    /// <summary><c>call_indirect</c> through a null table entry.</summary>
    UninitializedElement,
    /// <summary><c>call_indirect</c> to a function of another type.</summary>
    IndirectCallTypeMismatch,
    /// <summary>The call depth or value stack limit was reached (the spec's exhaustion).</summary>
    CallStackExhausted,
    /// <summary>The embedder's cancellation token fired.</summary>
    Cancelled,
    /// <summary>The fuel budget ran out.</summary>
    FuelExhausted,
    /// <summary>
    /// A host function threw a .NET exception (the trap's <see cref="Exception.InnerException"/>); the
    /// instance stays usable.
    /// </summary>
    Host,
}
