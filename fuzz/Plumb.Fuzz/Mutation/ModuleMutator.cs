using Plumb.Binary;
using Plumb.Structure;

namespace Plumb.Fuzz.Mutation;

/// <summary>
/// Mutates a valid generated module into one that is usually invalid or malformed, sometimes still
/// valid, so that the differential oracle compares the engines' accept/reject verdicts, not only what
/// valid modules compute. Half the mutations work on the bytes (<see cref="ByteMutations"/>: bit flips,
/// interesting bytes, inserted, deleted and duplicated runs, LEB128s rewritten in place), half on the
/// decoded module (<see cref="StructureMutations"/>: opcodes, indices, block types, value types, limits,
/// constant expressions, exports, start, segments, counts); sometimes two are stacked. Everything
/// follows from the seed (fuzz/RATIONALE.md, "Why mutate valid modules, and how?").
/// </summary>
public static class ModuleMutator
{
    /// <summary>The mutant of <paramref name="original"/> that <paramref name="seed"/> determines, with the calls that still fit it.</summary>
    /// <param name="original">A valid case (from the generator).</param>
    /// <param name="seed">Any number; the same seed and case always give the same mutant.</param>
    public static FuzzCase Mutate(FuzzCase original, long seed)
    {
        ArgumentNullException.ThrowIfNull(original);
        var random = new Random(unchecked((int)Mix(seed ^ 0x6D75_7461_7465)));
        var originalModule = TryRead(original.Wasm);
        for (int attempt = 0; ; attempt++)
        {
            var (wasm, description) = MutateBytes(original.Wasm, random);
            // Some mutations can leave the bytes as they were (an index replaced by itself): try again.
            if (attempt < 8 && wasm.AsSpan().SequenceEqual(original.Wasm))
                continue;
            var mutant = TryRead(wasm);
            // A table Plumb would allocate eagerly at gigabytes is not worth a mutant (MutantCalls.TableEntryLimit).
            if (mutant is not null && MutantCalls.AllocatesHugeTable(mutant))
            {
                if (attempt < 12)
                    continue;
                return original;
            }
            var calls = MutantCalls.Keep(original, mutant, originalModule);
            // A mutant that may not terminate keeps no calls, but a start function would still run at
            // instantiation: such a mutant is replaced by another (the original, after a few tries).
            if (mutant is { Start: not null } && calls.Count == 0 && original.Calls.Count > 0 && originalModule is not null &&
                (!MutantCalls.Terminates(originalModule, mutant) || MutantCalls.MayGrowHugeTable(mutant)))
            {
                if (attempt < 12)
                    continue;
                return original;
            }
            return new FuzzCase(original.Seed, wasm, calls) { Mutation = description };
        }
    }

    /// <summary>True for the share <paramref name="rate"/> (0 to 1) of seeds that <see cref="Differential.FuzzCaseSource.Mutating"/> mutates.</summary>
    public static bool Chooses(long seed, double rate) => (Mix(seed) >> 11) * (1.0 / (1UL << 53)) < rate;

    /// <summary>One mutation, or two stacked (one in eight); the description lists them.</summary>
    internal static (byte[] Wasm, string Description) MutateBytes(byte[] wasm, Random random)
    {
        int count = random.Next(8) == 0 ? 2 : 1;
        var descriptions = new List<string>();
        for (int i = 0; i < count; i++)
        {
            (byte[] Wasm, string Description)? step = random.Next(2) == 0 ? StructureMutations.Apply(wasm, random) : null;
            if (step is { } structural)
            {
                descriptions.Add("structure: " + structural.Description);
            }
            else
            {
                step = ByteMutations.Apply(wasm, random);
                descriptions.Add("bytes: " + step.Value.Description);
            }
            wasm = step.Value.Wasm;
        }
        return (wasm, string.Join("; ", descriptions));
    }

    private static Module? TryRead(byte[] wasm)
    {
        try
        {
            return ModuleReader.Read(wasm);
        }
        catch (WasmException)
        {
            return null;
        }
    }

    /// <summary>SplitMix64's finaliser: neighbouring seeds give unrelated numbers.</summary>
    internal static ulong Mix(long seed)
    {
        ulong z = unchecked((ulong)seed + 0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
        return z ^ (z >> 31);
    }
}
