using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Mutation;

/// <summary>
/// Which of the original case's calls a mutant keeps. A call must still fit: its export a function
/// taking the arguments' types (a call to a missing export, or with the wrong arguments, is an error
/// of the adapter on every engine, which the oracle would report as a crash). And a mutant keeps its
/// calls only while it still terminates by the generator's construction
/// (<see cref="Terminates"/>): a valid mutant that loops forever would cost the oracle's time limit on
/// every engine and be reported as a hang. Nor does a mutant whose tables could grow past
/// <see cref="TableEntryLimit"/> keep its calls (a <c>table.grow</c> by a mutated constant would allocate it).
/// </summary>
internal static class MutantCalls
{
    /// <summary>The calls of <paramref name="original"/> to keep on <paramref name="mutant"/> (decoded by Plumb; null when it does not decode).</summary>
    public static IReadOnlyList<FuzzCall> Keep(FuzzCase original, Module? mutant, Module? originalModule)
    {
        // A module Plumb cannot decode is never instantiated by Plumb: the oracle stops at the load step
        // (agreeing, or diverging there), so the calls do not matter.
        if (mutant is null)
            return original.Calls;
        if (originalModule is null || !Terminates(originalModule, mutant) || MayGrowHugeTable(mutant))
            return [];
        return original.Calls.Where(c => Fits(mutant, c)).ToList();
    }

    /// <summary>
    /// Entries a defined table may hold before a mutant counts as too large for an in-process run: Plumb
    /// allocates a table's elements eagerly (8 bytes each; the harness lifts the runtime's limit to
    /// int.MaxValue), so a mutated minimum of 2^30 entries is 8 GiB, and the kernel ended a run that made one.
    /// This is the runtime's own default limit (RuntimeConfig.TotalTableElementLimit).
    /// </summary>
    public const ulong TableEntryLimit = 10_000_000;

    /// <summary>True if instantiating the mutant would make Plumb allocate a table of over <see cref="TableEntryLimit"/> entries (minimums over int.MaxValue Plumb refuses without allocating).</summary>
    public static bool AllocatesHugeTable(Module module) =>
        module.Tables.Any(t => t.Limits.Min > TableEntryLimit && t.Limits.Min <= int.MaxValue);

    /// <summary>True if a defined table could grow past <see cref="TableEntryLimit"/> entries (no maximum, or a larger one): calls could allocate it.</summary>
    public static bool MayGrowHugeTable(Module module) =>
        module.Tables.Any(t => t.Limits.Max is not { } max || max > TableEntryLimit);

    /// <summary>True if <paramref name="call"/> names a function export of <paramref name="module"/> whose params are the arguments' types.</summary>
    public static bool Fits(Module module, FuzzCall call)
    {
        var export = module.Exports.FirstOrDefault(e => e.Name == call.Export);
        if (export is null || export.Kind != ExternKind.Func)
            return false;
        var funcImports = module.Imports.Where(i => i.Kind == ExternKind.Func).ToList();
        uint typeIndex;
        if (export.Index < funcImports.Count)
        {
            typeIndex = funcImports[(int)export.Index].FuncTypeIndex;
        }
        else if (export.Index - (uint)funcImports.Count < (uint)module.Functions.Length)
        {
            typeIndex = module.Functions[(int)(export.Index - (uint)funcImports.Count)];
        }
        else
        {
            return false;
        }
        if (typeIndex >= module.Types.Length)
            return false;
        var parameters = module.Types[(int)typeIndex].Params;
        return parameters.Length == call.Args.Count && parameters.Select((p, i) => SameType(p, call.Args[i])).All(x => x);
    }

    private static bool SameType(ValType type, WastValue arg) => arg.Type == type;

    /// <summary>
    /// True if the mutant still terminates by the generator's construction (fuzz/RATIONALE.md, "How are
    /// valid modules generated?"): the fuel global is untouched; every function but the wrappers opens
    /// with the exact fuel check, and so does every loop; the fuel is only written by a decrement or by
    /// a wrapper's refill (at most the original fuel, with no loop in the wrapper); and nothing but an
    /// export names a wrapper, so no loop can refill the fuel it runs on.
    /// </summary>
    public static bool Terminates(Module original, Module mutant)
    {
        if (original.Codes.Length == 0)
            return mutant.Codes.Length == 0 && mutant.Start is null;
        // The generator's wrappers are the last defined functions: i32.const fuel; global.set g; ...; call; end.
        var wrapper = original.Codes[^1].Code;
        if (wrapper.Length < 2 || wrapper[0].Opcode != Opcode.I32Const || wrapper[1].Opcode != Opcode.GlobalSet)
            return false;
        uint fuelGlobal = wrapper[1].A;
        ulong fuel = wrapper[0].C;
        int importedGlobals = original.Imports.Count(i => i.Kind == ExternKind.Global);
        int importedFuncs = original.Imports.Count(i => i.Kind == ExternKind.Func);
        int defined = original.Codes.Count(c => c.Code.Length >= 2 && c.Code[0].Opcode == Opcode.I32Const && c.Code[1] is { Opcode: Opcode.GlobalSet } set && set.A == fuelGlobal);
        int firstWrapper = original.Codes.Length - defined;
        if (fuelGlobal < importedGlobals || fuelGlobal - importedGlobals >= mutant.Globals.Length || fuelGlobal - importedGlobals >= original.Globals.Length)
            return false;
        if (mutant.Imports.Count(i => i.Kind == ExternKind.Global) != importedGlobals || mutant.Imports.Count(i => i.Kind == ExternKind.Func) != importedFuncs)
            return false;
        Global before = original.Globals[(int)(fuelGlobal - importedGlobals)], after = mutant.Globals[(int)(fuelGlobal - importedGlobals)];
        if (before.Type != after.Type || !before.Init.Instructions.Select(i => i with { Offset = -1 }).SequenceEqual(after.Init.Instructions.Select(i => i with { Offset = -1 })))
            return false;
        if (mutant.Codes.Length != original.Codes.Length)
            return false;

        bool IsWrapper(ulong function) => function >= (ulong)(importedFuncs + firstWrapper) && function < (ulong)(importedFuncs + original.Codes.Length);
        foreach (var segment in mutant.Elements)
        {
            if (segment.Init.Any(e => e.Instructions.Any(i => i.Opcode == Opcode.RefFunc && IsWrapper(i.A))))
                return false;
        }
        for (int b = 0; b < mutant.Codes.Length; b++)
        {
            var code = mutant.Codes[b].Code;
            if (code.Any(i => i.Opcode is Opcode.Call or Opcode.RefFunc && IsWrapper(i.A)) && b < firstWrapper)
                return false;
            bool ok = b >= firstWrapper ? WrapperTerminates(code, fuelGlobal, fuel) : BodyTerminates(code, fuelGlobal);
            if (!ok)
                return false;
        }
        return true;
    }

    private static bool WrapperTerminates(System.Collections.Immutable.ImmutableArray<Instruction> code, uint g, ulong fuel) =>
        code.Length >= 2 && code[0].Opcode == Opcode.I32Const && code[0].C <= fuel && code[1] is { Opcode: Opcode.GlobalSet } set && set.A == g &&
        !code.Skip(2).Any(i => i.Opcode == Opcode.Loop || (i.Opcode == Opcode.GlobalSet && i.A == g));

    private static bool BodyTerminates(System.Collections.Immutable.ImmutableArray<Instruction> code, uint g)
    {
        if (!FuelCheckAt(code, 0, g))
            return false;
        for (int i = 0; i < code.Length; i++)
        {
            if (code[i].Opcode == Opcode.Loop && !FuelCheckAt(code, i + 1, g))
                return false;
            if (code[i].Opcode == Opcode.GlobalSet && code[i].A == g && !(i >= 8 && FuelCheckAt(code, i - 8, g)))
                return false;
        }
        return true;
    }

    /// <summary>The generator's fuel check at <paramref name="at"/>: trap at zero, else decrement.</summary>
    private static bool FuelCheckAt(System.Collections.Immutable.ImmutableArray<Instruction> code, int at, uint g) =>
        at + 9 <= code.Length &&
        code[at] is { Opcode: Opcode.GlobalGet } get && get.A == g &&
        code[at + 1].Opcode == Opcode.I32Eqz &&
        code[at + 2] is { Opcode: Opcode.If } check && check.BlockType.IsEmpty &&
        code[at + 3].Opcode == Opcode.Unreachable &&
        code[at + 4].Opcode == Opcode.End &&
        code[at + 5] is { Opcode: Opcode.GlobalGet } again && again.A == g &&
        code[at + 6] is { Opcode: Opcode.I32Const, C: 1 } &&
        code[at + 7].Opcode == Opcode.I32Sub &&
        code[at + 8] is { Opcode: Opcode.GlobalSet } set && set.A == g;
}
