using Plumb.Binary;
using Plumb.Harness.Engines;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// A difference between Plumb and another engine that is not a bug of either: an implementation limit
/// the spec allows, or a feature the other engine cannot switch off. The oracle applies each to every
/// divergence and moves the matching ones to <see cref="OracleResult.Exclusions"/>, where runs count and
/// report them (fuzz/RATIONALE.md, "What is a known difference?").
/// </summary>
/// <param name="Name">A short name, used in reports and exclusion texts.</param>
/// <param name="Reason">Why it is not a bug, with the spec rule or the engine's setting.</param>
/// <param name="Kind">The step it occurs at.</param>
/// <param name="Applies">True when it explains the divergence: the case, Wasmtime's outcome, Plumb's outcome.</param>
public sealed record KnownDifference(string Name, string Reason, DivergenceKind Kind, Func<FuzzCase, CaseOutcome, CaseOutcome, bool> Applies);

/// <summary>The known differences between Plumb's engines and Wasmtime, and how the oracle applies them.</summary>
public static class KnownDifferences
{
    /// <summary>The prefix of an exclusion text that a known difference made.</summary>
    public const string ExclusionPrefix = "known difference ";

    /// <summary>Wasmtime accepts extended constant expressions, and its .NET configuration cannot turn them off.</summary>
    public static KnownDifference ExtendedConst { get; } = new(
        "extended-const",
        "Wasmtime enables the extended-const proposal (i32/i64 add, sub and mul in constant expressions) by default and " +
        "Wasmtime.Config (NuGet Wasmtime 50) has no switch for it; Core 2.0 allows only const, global.get, ref.null and " +
        "ref.func (https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions)",
        DivergenceKind.Load,
        (c, wasmtime, plumb) => wasmtime.Load.IsOk && plumb.Load is { Kind: OutcomeKind.Invalid, Message: "constant expression required" } && UsesExtendedConst(c.Wasm));

    /// <summary>Plumb cannot hold a table of more than 2^31 - 1 entries; the spec lets instantiation fail on resources.</summary>
    public static KnownDifference TableSizeLimit { get; } = new(
        "table-size-limit",
        "Plumb holds a table in one .NET array, so a table whose minimum is over 2^31 - 1 entries fails to instantiate " +
        "(\"table size exceeds the runtime's limit\", RuntimeConfig.TotalTableElementLimit at most int.MaxValue, checked " +
        "before anything is allocated) where Wasmtime allocates lazily (and may then trap initialising a segment); the spec lets an implementation limit table sizes " +
        "(https://webassembly.github.io/spec/core/appendix/implementation.html#execution)",
        DivergenceKind.Instantiate,
        // Plumb fails before it allocates anything, so Wasmtime may get as far as a trap in a segment's initialisation.
        (_, wasmtime, plumb) => wasmtime.Instantiate is { Kind: OutcomeKind.Ok or OutcomeKind.Trap } &&
            plumb.Instantiate is { Kind: OutcomeKind.Unlinkable, Message: "table size exceeds the runtime's limit" });

    /// <summary>Every known difference.</summary>
    public static IReadOnlyList<KnownDifference> All { get; } = [ExtendedConst, TableSizeLimit];

    /// <summary>
    /// <paramref name="result"/> without the divergences a known difference explains (Wasmtime against
    /// one of Plumb's engines, at the difference's step); each becomes an exclusion naming it.
    /// </summary>
    public static OracleResult Apply(OracleResult result, IReadOnlyList<KnownDifference> known)
    {
        if (result.Divergences.Count == 0 || known.Count == 0)
            return result;
        var divergences = new List<Divergence>();
        var exclusions = new List<string>(result.Exclusions);
        foreach (var divergence in result.Divergences)
        {
            var difference = Explaining(result, divergence, known);
            if (difference is null)
            {
                divergences.Add(divergence);
            }
            else
            {
                exclusions.Add($"{ExclusionPrefix}{difference.Name}: {divergence}");
            }
        }
        return divergences.Count == result.Divergences.Count ? result : result with { Divergences = divergences, Exclusions = exclusions };
    }

    /// <summary>What an exclusion text is counted under: a known difference's name, or <c>stack exhaustion</c>.</summary>
    public static string Category(string exclusion)
    {
        if (!exclusion.StartsWith(ExclusionPrefix, StringComparison.Ordinal))
            return "stack exhaustion";
        int colon = exclusion.IndexOf(':', ExclusionPrefix.Length);
        return colon < 0 ? exclusion[ExclusionPrefix.Length..] : exclusion[ExclusionPrefix.Length..colon];
    }

    private static KnownDifference? Explaining(OracleResult result, Divergence divergence, IReadOnlyList<KnownDifference> known)
    {
        string? plumb = divergence.Reference == "wasmtime" ? divergence.Engine : divergence.Engine == "wasmtime" ? divergence.Reference : null;
        if (plumb is not ("interpreter" or "compiler"))
            return null;
        if (result.Outcomes.GetValueOrDefault("wasmtime") is not { } wasmtime || result.Outcomes.GetValueOrDefault(plumb) is not { } ours)
            return null;
        return known.FirstOrDefault(k => k.Kind == divergence.Kind && k.Applies(result.Case, wasmtime, ours));
    }

    /// <summary>
    /// True if the module decodes, some constant expression uses an extended-const operator, and every
    /// constant expression is made of Core 2.0 constant instructions and those operators only.
    /// </summary>
    internal static bool UsesExtendedConst(byte[] wasm)
    {
        Module module;
        try
        {
            module = ModuleReader.Read(wasm);
        }
        catch (WasmException)
        {
            return false;
        }
        var expressions = module.Globals.Select(g => g.Init)
            .Concat(module.Elements.SelectMany(e => e.Init.Append(e.Offset)))
            .Concat(module.Data.Select(d => d.Offset))
            .OfType<ConstExpr>()
            .ToList();
        bool extended = false;
        foreach (var instruction in expressions.SelectMany(e => e.Instructions))
        {
            switch (instruction.Opcode)
            {
                case Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul or Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul:
                    extended = true;
                    break;
                case Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const or Opcode.V128Const
                    or Opcode.GlobalGet or Opcode.RefNull or Opcode.RefFunc:
                    break;
                default:
                    return false;
            }
        }
        return extended;
    }
}
