namespace Plumb.Fuzz.Targets;

/// <summary>
/// One coverage-guided fuzz target: one property of Plumb, checked on one input. The property holds
/// when <see cref="Run"/> returns; a violation is an exception that escapes it (an unexpected exception
/// type from Plumb itself, or a <see cref="FuzzFindingException"/> for a broken round trip), which AFL
/// records as a crash and the replay (<c>--run</c>) reports as a finding.
/// </summary>
internal abstract class FuzzTarget
{
    /// <summary>The name the command line selects the target by.</summary>
    public abstract string Name { get; }

    /// <summary>The property, in one line, for the help text and the findings.</summary>
    public abstract string Property { get; }

    /// <summary>What the seed corpus of this target is made of.</summary>
    public abstract SeedKind Seeds { get; }

    /// <summary>Checks the property on one input; returns when it holds, throws when it does not.</summary>
    public abstract void Run(ReadOnlySpan<byte> input);
}

/// <summary>The inputs a target's seed corpus is made of, taken from the spec suites.</summary>
internal enum SeedKind
{
    /// <summary>Binary modules (every module of the suites' scripts, malformed and invalid ones included).</summary>
    BinaryModules,

    /// <summary>Text modules (the source of each text and quoted module of the scripts).</summary>
    TextModules,

    /// <summary>Whole WAST scripts, and each module's text as a one-command script.</summary>
    Scripts,

    /// <summary>The binary modules, and byte strings for the module generator (<see cref="SeedCorpus.GeneratorInputs"/>).</summary>
    ModulesAndGeneratorInputs,
}
