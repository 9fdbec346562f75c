namespace Plumb.Execution;

/// <summary>
/// The one catalogue of trap messages, in the spec suite's wording (the reference interpreter's
/// texts that assert_trap and assert_exhaustion compare by prefix). Every engine traps through
/// <see cref="WasmTrapException"/>, whose message comes from here.
/// </summary>
internal static class TrapMessages
{
    public static string Of(TrapKind kind) => kind switch
    {
        TrapKind.Unreachable => "unreachable",
        TrapKind.IntegerOverflow => "integer overflow",
        TrapKind.IntegerDivideByZero => "integer divide by zero",
        TrapKind.InvalidConversionToInteger => "invalid conversion to integer",
        TrapKind.OutOfBoundsMemoryAccess => "out of bounds memory access",
        TrapKind.OutOfBoundsTableAccess => "out of bounds table access",
        TrapKind.UndefinedElement => "undefined element",
        TrapKind.UninitializedElement => "uninitialized element",
        TrapKind.IndirectCallTypeMismatch => "indirect call type mismatch",
        TrapKind.CallStackExhausted => "call stack exhausted",
        TrapKind.Cancelled => "execution cancelled",
        TrapKind.FuelExhausted => "fuel exhausted",
        TrapKind.Host => "host function failed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
