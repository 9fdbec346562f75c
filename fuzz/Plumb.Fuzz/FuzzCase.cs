using Plumb.Text.Wast;

namespace Plumb.Fuzz;

/// <summary>
/// One generated test case: a binary module and the calls to make on its instance, in order. The
/// generator writes these; the differential oracle runs them on every engine and compares the outcomes;
/// the reducer shrinks them.
/// </summary>
/// <param name="Seed">The seed the case was generated from (or -1 when it came from raw fuzzer bytes).</param>
/// <param name="Wasm">The module, valid for the features it was generated with (unless it is a mutant).</param>
/// <param name="Calls">The exported functions to call after instantiation, with their arguments.</param>
public sealed record FuzzCase(long Seed, byte[] Wasm, IReadOnlyList<FuzzCall> Calls)
{
    /// <summary>What <see cref="Mutation.ModuleMutator"/> changed, when the module is a mutant of a generated one; else null.</summary>
    public string? Mutation { get; init; }
}

/// <summary>A call of an exported function with arguments of its parameter types.</summary>
/// <param name="Export">The export's name.</param>
/// <param name="Args">The arguments, as the harness's engines take them.</param>
public sealed record FuzzCall(string Export, IReadOnlyList<WastValue> Args);
