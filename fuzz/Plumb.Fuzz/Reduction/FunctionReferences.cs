using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Reduction;

/// <summary>
/// Where a module refers to functions by index (exports, start, element segments, <c>call</c> and
/// <c>ref.func</c> in code and constant expressions), so that the reducer can remove a function
/// nothing refers to and renumber the rest.
/// </summary>
internal static class FunctionReferences
{
    public static bool IsReferenced(Module module, uint index)
    {
        if (module.Start == index || module.Exports.Any(e => e.Kind == ExternKind.Func && e.Index == index))
            return true;
        if (module.Globals.Any(g => Refers(g.Init.Instructions, index)))
            return true;
        if (module.Elements.Any(e => e.Init.Any(x => Refers(x.Instructions, index))))
            return true;
        return module.Codes.Any(b => Refers(b.Code, index));
    }

    /// <summary>The module without defined function <paramref name="defined"/> (function index <paramref name="index"/>), references renumbered.</summary>
    public static Module Remove(Module module, uint index, int defined)
    {
        uint Shift(uint i) => i > index ? i - 1 : i;
        ImmutableArray<Instruction> Renumber(ImmutableArray<Instruction> code) =>
            code.Select(x => x.Opcode is Opcode.Call or Opcode.RefFunc ? x with { A = Shift(x.A) } : x).ToImmutableArray();
        ConstExpr RenumberExpr(ConstExpr e) => e with { Instructions = Renumber(e.Instructions) };

        return module with
        {
            Functions = module.Functions.RemoveAt(defined),
            Codes = module.Codes.RemoveAt(defined).Select(b => b with { Code = Renumber(b.Code) }).ToImmutableArray(),
            Exports = module.Exports.Select(e => e.Kind == ExternKind.Func ? e with { Index = Shift(e.Index) } : e).ToImmutableArray(),
            Start = module.Start is { } s ? Shift(s) : null,
            Globals = module.Globals.Select(g => g with { Init = RenumberExpr(g.Init) }).ToImmutableArray(),
            Elements = module.Elements.Select(e => e with { Init = e.Init.Select(RenumberExpr).ToImmutableArray() }).ToImmutableArray(),
            Names = null,
        };
    }

    private static bool Refers(ImmutableArray<Instruction> code, uint index) =>
        code.Any(x => x.Opcode is Opcode.Call or Opcode.RefFunc && x.A == index);
}
