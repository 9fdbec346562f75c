namespace Plumb.Text.Wast;

/// <summary>A parsed WAST script: its commands in order (https://github.com/WebAssembly/spec/tree/main/interpreter#scripts).</summary>
/// <param name="FileName">The script's path or name, used in messages.</param>
/// <param name="Commands">The commands in source order.</param>
public sealed record WastScript(string FileName, IReadOnlyList<WastCommand> Commands);

/// <summary>A script command; <see cref="Line"/> is 1-based in the script.</summary>
public abstract record WastCommand(int Line);

/// <summary><c>(module ...)</c>: define and instantiate a module; it becomes the current module.</summary>
public sealed record ModuleCommand(int Line, WastModule Module) : WastCommand(Line);

/// <summary><c>(register "name" $module?)</c>: make a module instance's exports importable under a name.</summary>
public sealed record RegisterCommand(int Line, string As, string? ModuleName) : WastCommand(Line);

/// <summary>A bare <c>(invoke ...)</c> or <c>(get ...)</c>: perform it; it must not trap.</summary>
public sealed record ActionCommand(int Line, WastAction Action) : WastCommand(Line);

/// <summary><c>(assert_return action expected*)</c>, including the 1.0 forms <c>assert_return_canonical_nan</c> and <c>assert_return_arithmetic_nan</c>.</summary>
public sealed record AssertReturn(int Line, WastAction Action, IReadOnlyList<WastExpected> Expected) : WastCommand(Line);

/// <summary><c>(assert_trap action "msg")</c>: the action must trap with the message.</summary>
public sealed record AssertTrap(int Line, WastAction Action, string Message) : WastCommand(Line);

/// <summary><c>(assert_trap (module ...) "msg")</c>: instantiation (segment initialisation or start) must trap.</summary>
public sealed record AssertModuleTrap(int Line, WastModule Module, string Message) : WastCommand(Line);

/// <summary><c>(assert_exhaustion action "msg")</c>: the action must exhaust the call stack.</summary>
public sealed record AssertExhaustion(int Line, WastAction Action, string Message) : WastCommand(Line);

/// <summary><c>(assert_invalid module "msg")</c>: the module must fail validation.</summary>
public sealed record AssertInvalid(int Line, WastModule Module, string Message) : WastCommand(Line);

/// <summary><c>(assert_malformed module "msg")</c>: the module must fail to decode (binary) or parse (quote).</summary>
public sealed record AssertMalformed(int Line, WastModule Module, string Message) : WastCommand(Line);

/// <summary><c>(assert_unlinkable module "msg")</c>: the module must fail to link its imports.</summary>
public sealed record AssertUnlinkable(int Line, WastModule Module, string Message) : WastCommand(Line);

/// <summary>How a module is written in a script.</summary>
public enum WastModuleKind
{
    /// <summary><c>(module ...)</c> in the text format; already encoded to binary when the script is parsed.</summary>
    Text,
    /// <summary><c>(module binary "...")</c>: the bytes as given.</summary>
    Binary,
    /// <summary><c>(module quote "...")</c>: text parsed only when the command runs (it may be malformed).</summary>
    Quote,
}

/// <summary>A module as written in a script.</summary>
/// <param name="Kind">Text, binary or quote.</param>
/// <param name="Name">The <c>$name</c> given to the module, if any.</param>
/// <param name="Bytes">The binary (text and binary kinds); null for quote, and null for a text module that
/// failed to parse or encode (its <paramref name="Source"/> then reproduces the error through <c>Wat.ToBinary</c>).</param>
/// <param name="Source">The quoted strings concatenated (quote kind); the module's own text (text kind); null for binary.</param>
/// <param name="Line">The line where the module starts.</param>
public sealed record WastModule(WastModuleKind Kind, string? Name, byte[]? Bytes, string? Source, int Line);

/// <summary>An action: invoke an export or read an exported global.</summary>
public abstract record WastAction(int Line, string? ModuleName, string Field);

/// <summary><c>(invoke $module? "name" const*)</c>.</summary>
public sealed record InvokeAction(int Line, string? ModuleName, string Field, IReadOnlyList<WastValue> Args) : WastAction(Line, ModuleName, Field);

/// <summary><c>(get $module? "name")</c>.</summary>
public sealed record GetAction(int Line, string? ModuleName, string Field) : WastAction(Line, ModuleName, Field);

/// <summary>
/// A concrete value in a script. Numbers are raw bits (floats keep NaN payloads); v128 is two
/// little-endian halves; references are null, or a host reference number (<c>ref.extern N</c>).
/// </summary>
/// <param name="Type">The value type.</param>
/// <param name="Low">i32/f32 bits (zero-extended), i64/f64 bits, or the low 8 bytes of a v128; the number of a <c>ref.extern</c>.</param>
/// <param name="High">The high 8 bytes of a v128.</param>
/// <param name="IsNull">For reference types: true for <c>ref.null</c>.</param>
public readonly record struct WastValue(ValType Type, ulong Low, ulong High = 0, bool IsNull = false);

/// <summary>What an assertion accepts for one result.</summary>
public abstract record WastExpected;

/// <summary>Exactly this value (floats compared bit for bit).</summary>
public sealed record ExpectedValue(WastValue Value) : WastExpected;

/// <summary>Which NaNs a pattern accepts (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation).</summary>
public enum NanKind
{
    /// <summary><c>nan:canonical</c>: the canonical NaN, either sign.</summary>
    Canonical,
    /// <summary><c>nan:arithmetic</c>: any NaN with the top payload bit set, either sign.</summary>
    Arithmetic,
}

/// <summary>An f32 or f64 NaN pattern.</summary>
public sealed record ExpectedNan(ValType Type, NanKind Kind) : WastExpected;

/// <summary>
/// The 1.0 commands <c>assert_return_canonical_nan</c> and <c>assert_return_arithmetic_nan</c>: the one
/// result is such a NaN of whichever float type the function returns (the script does not say which).
/// </summary>
public sealed record ExpectedUntypedNan(NanKind Kind) : WastExpected;

/// <summary>
/// A v128 compared lane by lane: <paramref name="Shape"/> is i8x16, i16x8, i32x4, i64x2, f32x4 or
/// f64x2; each lane is an exact <see cref="ExpectedValue"/> of the lane's scalar type (i8/i16 lanes as i32)
/// or an <see cref="ExpectedNan"/>. Integer lanes hold the lane's bits zero-extended.
/// </summary>
public sealed record ExpectedV128(string Shape, IReadOnlyList<WastExpected> Lanes) : WastExpected;

/// <summary>A non-null reference of the type: <c>(ref.func)</c> or <c>(ref.extern)</c> without an index.</summary>
public sealed record ExpectedAnyRef(ValType Type) : WastExpected;
