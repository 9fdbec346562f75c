using Plumb.Fuzz.Mutation;

namespace Plumb.Fuzz.Reduction;

/// <summary>
/// Shrinks a module Plumb cannot decode (a malformed mutant), where the <see cref="Reducer"/> has no
/// decoded module to work on: drops whole sections, then byte runs inside the custom sections,
/// while the predicate holds. Calls are dropped first (a malformed module is never instantiated).
/// </summary>
internal static class SectionReducer
{
    /// <summary>The smallest case found by dropping sections that still satisfies <paramref name="stillDiverges"/>.</summary>
    public static FuzzCase Reduce(FuzzCase fuzzCase, Func<FuzzCase, bool> stillDiverges, int budget, out int tries)
    {
        tries = 0;
        var current = fuzzCase;
        if (current.Calls.Count > 0)
        {
            tries++;
            var withoutCalls = current with { Calls = [] };
            if (stillDiverges(withoutCalls))
                current = withoutCalls;
        }
        bool progress = true;
        while (progress && tries < budget)
        {
            progress = false;
            var sections = BinaryLayout.Sections(current.Wasm);
            // From the last, so that earlier sections keep their positions while this pass runs.
            for (int i = sections.Count - 1; i >= 0 && tries < budget; i--)
            {
                var s = sections[i];
                byte[] wasm = [.. current.Wasm.AsSpan(0, s.Start), .. current.Wasm.AsSpan(s.End)];
                tries++;
                var candidate = current with { Wasm = wasm };
                if (stillDiverges(candidate))
                {
                    current = candidate;
                    progress = true;
                }
            }
        }
        return current;
    }
}
