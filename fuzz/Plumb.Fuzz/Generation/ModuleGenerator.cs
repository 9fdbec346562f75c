namespace Plumb.Fuzz.Generation;

/// <summary>
/// Generates valid WebAssembly modules, with the calls to make on them, from the runtime's
/// instruction table (as wasm-smith does): every fixed-signature row whose feature is on can be
/// picked once its operands are on the stack, and control, calls, variables, references and tables
/// follow hand-written rules. Every call terminates: a fuel counter in a global bounds loops and
/// recursion. See fuzz/RATIONALE.md, "How are valid modules generated?".
/// </summary>
public static class ModuleGenerator
{
    /// <summary>The module and calls the seed determines (the same seed always gives the same bytes).</summary>
    /// <param name="seed">Any number.</param>
    /// <param name="options">Features and sizes.</param>
    public static FuzzCase Generate(long seed, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Generator(new RandomChoices(seed), options).Generate(seed);
    }

    /// <summary>
    /// The module and calls that raw bytes determine, each choice read from the input (for
    /// coverage-guided fuzzers). Any input, empty included, gives a valid module.
    /// </summary>
    /// <param name="input">The fuzzer's bytes.</param>
    /// <param name="options">Features and sizes.</param>
    public static FuzzCase Generate(ReadOnlySpan<byte> input, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Generator(new ByteChoices(input.ToArray()), options).Generate(-1);
    }
}
