using System.Collections.Frozen;
using Plumb.Instructions;

namespace Plumb.Text.Lexing;

/// <summary>
/// The keywords the text format and scripts know besides instruction mnemonics (which come from
/// <see cref="InstructionTable.ByMnemonic"/> only). An unknown keyword is reported as "unknown operator"
/// and a known one in the wrong place as "unexpected token", as the reference interpreter does.
/// </summary>
internal static class Keywords
{
    private static readonly FrozenSet<string> Structural = new[]
    {
        "module", "type", "func", "param", "result", "local", "global", "table", "memory", "elem", "data",
        "offset", "import", "export", "start", "mut", "funcref", "externref", "extern", "then", "item",
        "declare", "binary", "quote", "i32", "i64", "f32", "f64", "v128", "i8x16", "i16x8", "i32x4",
        "i64x2", "f32x4", "f64x2", "register", "invoke", "get", "script", "input", "output",
        "assert_return", "assert_trap", "assert_exhaustion", "assert_invalid", "assert_malformed",
        "assert_unlinkable", "assert_return_canonical_nan", "assert_return_arithmetic_nan",
        "nan:canonical", "nan:arithmetic", "ref.extern",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for any keyword the lexer of the reference interpreter accepts.</summary>
    public static bool IsKnown(string keyword) =>
        Structural.Contains(keyword) || InstructionTable.ByMnemonic.ContainsKey(keyword) || IsMemArg(keyword, out _, out _);

    /// <summary>Splits <c>offset=N</c> / <c>align=N</c> (N a well-formed unsigned integer).</summary>
    public static bool IsMemArg(string keyword, out string name, out string value)
    {
        name = value = "";
        int eq = keyword.IndexOf('=');
        if (eq < 0) return false;
        name = keyword[..eq];
        value = keyword[(eq + 1)..];
        return name is "offset" or "align" && NumberSyntax.IsNumber(value) && NumberLiterals.IsNat(value);
    }
}
