using System.Collections.Immutable;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Wast;
using Plumb.Validation;

namespace Plumb.Fuzz.Reduction;

/// <summary>
/// Shrinks a case while a predicate ("it still diverges") holds: drops calls, exports, the start
/// function, element and data segments and unused functions; replaces function bodies by
/// <c>unreachable</c>; deletes instructions and whole blocks, or replaces a run of instructions by one
/// constant; shrinks constants, data and arguments. It works on the decoded module
/// (<see cref="Module"/>), re-encodes each candidate and keeps only candidates that Plumb's validator
/// accepts, so every step is a valid module (fuzz/RATIONALE.md, "How does the reducer keep modules
/// valid?"). Passes repeat until none makes progress or the budget of predicate calls is spent.
/// </summary>
public sealed class Reducer
{
    private readonly Func<FuzzCase, bool> _stillDiverges;
    private readonly WasmFeatures _features;
    private long _seed;
    private Module _module = new();
    private List<FuzzCall> _calls = [];
    private int _tries;
    private bool _requireValid = true;

    /// <summary>Creates a reducer.</summary>
    /// <param name="stillDiverges">True when a candidate still shows the divergence being reduced.</param>
    /// <param name="features">The features candidates are validated with.</param>
    public Reducer(Func<FuzzCase, bool> stillDiverges, WasmFeatures features = WasmFeatures.Core2)
    {
        _stillDiverges = stillDiverges;
        _features = features;
    }

    /// <summary>The most predicate calls one reduction may make (each runs the case on the engines).</summary>
    public int Budget { get; init; } = 4000;

    /// <summary>Predicate calls made by the last <see cref="Reduce"/>.</summary>
    public int Tries => _tries;

    /// <summary>
    /// The smallest case found that still diverges; <paramref name="fuzzCase"/> itself when it cannot be
    /// decoded (a load divergence on a module Plumb finds malformed). A module that decodes but is invalid
    /// is reduced among modules that decode, so that a validation divergence can shrink too.
    /// </summary>
    public FuzzCase Reduce(FuzzCase fuzzCase)
    {
        _seed = fuzzCase.Seed;
        _tries = 0;
        _calls = [.. fuzzCase.Calls];
        try
        {
            _module = ModuleReader.Read(fuzzCase.Wasm, _features);
        }
        catch (WasmException)
        {
            return fuzzCase;
        }
        // A module Plumb decodes but rejects as invalid (a load divergence on a mutant) is reduced among
        // modules that decode: validation cannot be the filter when the divergence is about validation.
        _requireValid = IsValid(_module);
        _module = _module with { Names = null, Customs = [] };
        if (!Accept(_module, _calls))
            return fuzzCase;

        bool progress = true;
        while (progress && _tries < Budget)
        {
            progress = false;
            progress |= DropCalls();
            progress |= DropExports();
            progress |= DropStart();
            progress |= DropSegments();
            progress |= StubFunctions();
            progress |= DropUnusedFunctions();
            progress |= DropDefinitions();
            progress |= ReduceCode();
            progress |= ShrinkConstants();
            progress |= ShrinkData();
            progress |= ShrinkArguments();
        }
        return new FuzzCase(_seed, ModuleWriter.Write(_module), _calls);
    }

    /// <summary>Keeps the candidate if it is valid and still diverges.</summary>
    private bool Accept(Module module, List<FuzzCall> calls)
    {
        if (_tries >= Budget)
            return false;
        byte[] bytes;
        try
        {
            if (_requireValid)
                Validator.Validate(module, _features);
            bytes = ModuleWriter.Write(module);
            if (!_requireValid)
                ModuleReader.Read(bytes, _features);
        }
        catch (WasmException)
        {
            return false;
        }
        _tries++;
        if (!_stillDiverges(new FuzzCase(_seed, bytes, calls)))
            return false;
        _module = module;
        _calls = calls;
        return true;
    }

    private bool TryModule(Module module) => Accept(module, _calls);

    private bool IsValid(Module module)
    {
        try
        {
            Validator.Validate(module, _features);
            return true;
        }
        catch (WasmException)
        {
            return false;
        }
    }

    private bool DropCalls()
    {
        bool any = false;
        for (int size = Math.Max(1, _calls.Count / 2); size >= 1; size /= 2)
        {
            for (int start = _calls.Count - size; start >= 0; start -= size)
            {
                var fewer = new List<FuzzCall>(_calls);
                fewer.RemoveRange(start, Math.Min(size, fewer.Count - start));
                if (Accept(_module, fewer))
                    any = true;
            }
        }
        return any;
    }

    private bool DropExports()
    {
        bool any = false;
        for (int i = _module.Exports.Length - 1; i >= 0; i--)
        {
            var export = _module.Exports[i];
            var calls = _calls.Where(c => export.Kind != ExternKind.Func || c.Export != export.Name).ToList();
            if (Accept(_module with { Exports = _module.Exports.RemoveAt(i) }, calls))
                any = true;
        }
        return any;
    }

    private bool DropStart() => _module.Start is not null && TryModule(_module with { Start = null });

    private bool DropSegments()
    {
        bool any = false;
        for (int i = _module.Elements.Length - 1; i >= 0; i--)
            any |= TryModule(_module with { Elements = _module.Elements.RemoveAt(i) });
        for (int i = _module.Data.Length - 1; i >= 0; i--)
        {
            var data = _module.Data.RemoveAt(i);
            any |= TryModule(_module with { Data = data, DataCount = _module.DataCount is null ? null : (uint)data.Length });
        }
        return any;
    }

    private static readonly ImmutableArray<Instruction> UnreachableBody = [new(Opcode.Unreachable), new(Opcode.End)];

    private bool StubFunctions()
    {
        bool any = false;
        for (int i = 0; i < _module.Codes.Length; i++)
        {
            var body = _module.Codes[i];
            if (body.Code.Length <= UnreachableBody.Length)
                continue;
            var stub = new FunctionBody([], UnreachableBody, []);
            any |= TryModule(_module with { Codes = _module.Codes.SetItem(i, stub) });
        }
        return any;
    }

    /// <summary>Removes defined functions nothing refers to, renumbering the references to later ones.</summary>
    private bool DropUnusedFunctions()
    {
        bool any = false;
        int imported = _module.Imports.Count(i => i.Kind == ExternKind.Func);
        for (int i = _module.Functions.Length - 1; i >= 0; i--)
        {
            uint index = (uint)(imported + i);
            if (FunctionReferences.IsReferenced(_module, index))
                continue;
            any |= TryModule(FunctionReferences.Remove(_module, index, i));
        }
        return any;
    }

    /// <summary>
    /// Removes the last global, table and memory and unused trailing types when nothing exports them:
    /// the validator rejects the candidate if code still refers to them, and removing only the last
    /// keeps every other index unchanged.
    /// </summary>
    private bool DropDefinitions()
    {
        bool any = false;
        bool Exported(ExternKind kind, int index) => _module.Exports.Any(e => e.Kind == kind && e.Index == index);
        int imported = _module.Imports.Count(i => i.Kind == ExternKind.Global);
        while (_module.Globals.Length > 0 && !Exported(ExternKind.Global, imported + _module.Globals.Length - 1)
            && TryModule(_module with { Globals = _module.Globals.RemoveAt(_module.Globals.Length - 1) }))
        {
            any = true;
        }
        imported = _module.Imports.Count(i => i.Kind == ExternKind.Table);
        if (_module.Tables.Length > 0 && !Exported(ExternKind.Table, imported + _module.Tables.Length - 1))
            any |= TryModule(_module with { Tables = _module.Tables.RemoveAt(_module.Tables.Length - 1) });
        imported = _module.Imports.Count(i => i.Kind == ExternKind.Memory);
        if (_module.Memories.Length > 0 && !Exported(ExternKind.Memory, imported + _module.Memories.Length - 1))
            any |= TryModule(_module with { Memories = _module.Memories.RemoveAt(_module.Memories.Length - 1) });
        while (_module.Types.Length > 0 && TryModule(_module with { Types = _module.Types.RemoveAt(_module.Types.Length - 1) }))
            any = true;
        return any;
    }

    private bool ReduceCode()
    {
        bool any = false;
        for (int f = 0; f < _module.Codes.Length; f++)
        {
            for (int i = _module.Codes[f].Code.Length - 2; i >= 0; i--)
            {
                var code = _module.Codes[f].Code;
                if (i >= code.Length - 1)
                    continue;
                any |= ReduceAt(f, i, code);
            }
        }
        return any;
    }

    /// <summary>Candidates at instruction <paramref name="i"/> of function body <paramref name="f"/>, first accepted wins.</summary>
    private bool ReduceAt(int f, int i, ImmutableArray<Instruction> code)
    {
        int end = MatchingEnd(code, i);
        if (end > i)
        {
            // A whole block, loop or if: delete it, replace it by a constant, or unwrap its body.
            if (TryCode(f, code.RemoveRange(i, end - i + 1)) || TryConstants(f, code, i, end + 1))
                return true;
            int split = code[i].Opcode == Opcode.If ? ElseOf(code, i, end) : -1;
            if (code[i].Opcode != Opcode.If)
                return TryCode(f, code.RemoveAt(end).RemoveAt(i));
            // An if becomes its condition dropped and its then-branch.
            var thenOnly = split < 0 ? code.RemoveAt(end) : code.RemoveRange(split, end - split + 1);
            return TryCode(f, thenOnly.SetItem(i, new Instruction(Opcode.Drop)));
        }
        if (code[i].Opcode is Opcode.End or Opcode.Else)
            return false;
        for (int length = 1; length <= 3 && i + length < code.Length; length++)
        {
            if (Enumerable.Range(i, length).Any(k => code[k].Opcode is Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Else or Opcode.End))
                break;
            if (TryCode(f, code.RemoveRange(i, length)))
                return true;
            if (code[i + length - 1].Opcode is not (Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const) || length > 1)
            {
                if (TryConstants(f, code, i, i + length))
                    return true;
            }
        }
        return false;
    }

    private static readonly Instruction[] Zeros =
        [new(Opcode.I32Const), new(Opcode.I64Const), new(Opcode.F32Const), new(Opcode.F64Const)];

    /// <summary>Replaces instructions [start, end) by one zero constant of each number type in turn.</summary>
    private bool TryConstants(int f, ImmutableArray<Instruction> code, int start, int end)
    {
        var without = code.RemoveRange(start, end - start);
        foreach (var zero in Zeros)
        {
            if (TryCode(f, without.Insert(start, zero)))
                return true;
        }
        return false;
    }

    private bool TryCode(int f, ImmutableArray<Instruction> code)
    {
        var body = _module.Codes[f] with { Code = code };
        return TryModule(_module with { Codes = _module.Codes.SetItem(f, body) });
    }

    /// <summary>The index of the <c>end</c> closing the block that starts at <paramref name="i"/>, or -1 if it starts none.</summary>
    private static int MatchingEnd(ImmutableArray<Instruction> code, int i)
    {
        if (code[i].Opcode is not (Opcode.Block or Opcode.Loop or Opcode.If))
            return -1;
        int depth = 0;
        for (int k = i; k < code.Length; k++)
        {
            switch (code[k].Opcode)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    depth++;
                    break;
                case Opcode.End:
                    if (--depth == 0)
                        return k;
                    break;
            }
        }
        return -1;
    }

    /// <summary>The <c>else</c> of the <c>if</c> at <paramref name="i"/> (ending at <paramref name="end"/>), or -1.</summary>
    private static int ElseOf(ImmutableArray<Instruction> code, int i, int end)
    {
        int depth = 0;
        for (int k = i + 1; k < end; k++)
        {
            switch (code[k].Opcode)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    depth++;
                    break;
                case Opcode.End:
                    depth--;
                    break;
                case Opcode.Else when depth == 0:
                    return k;
            }
        }
        return -1;
    }

    private bool ShrinkConstants()
    {
        bool any = false;
        for (int g = 0; g < _module.Globals.Length; g++)
        {
            var init = _module.Globals[g].Init;
            for (int i = 0; i < init.Instructions.Length; i++)
            {
                foreach (ulong smaller in Smaller(init.Instructions[i]))
                {
                    var changed = init with { Instructions = init.Instructions.SetItem(i, init.Instructions[i] with { C = smaller }) };
                    if (TryModule(_module with { Globals = _module.Globals.SetItem(g, _module.Globals[g] with { Init = changed }) }))
                    {
                        any = true;
                        break;
                    }
                }
            }
        }
        for (int f = 0; f < _module.Codes.Length; f++)
        {
            for (int i = 0; i < _module.Codes[f].Code.Length; i++)
            {
                var instruction = _module.Codes[f].Code[i];
                foreach (ulong smaller in Smaller(instruction))
                {
                    var code = _module.Codes[f].Code.SetItem(i, instruction with { C = smaller });
                    if (TryCode(f, code))
                    {
                        any = true;
                        break;
                    }
                }
            }
        }
        return any;
    }

    /// <summary>Simpler values for a constant, simplest first; none for other instructions or when already simplest.</summary>
    private static IEnumerable<ulong> Smaller(Instruction instruction)
    {
        switch (instruction.Opcode)
        {
            case Opcode.I32Const:
                return SmallerInt(unchecked((int)(uint)instruction.C)).Select(v => (ulong)(uint)v);
            case Opcode.I64Const:
                return SmallerInt((long)instruction.C).Select(v => (ulong)v);
            case Opcode.F32Const:
                return new ulong[] { 0, BitConverter.SingleToUInt32Bits(1f) }.Where(v => v != instruction.C);
            case Opcode.F64Const:
                return new ulong[] { 0, BitConverter.DoubleToUInt64Bits(1d) }.Where(v => v != instruction.C);
            default:
                return [];
        }
    }

    private static IEnumerable<long> SmallerInt(long value)
    {
        if (value == 0)
            yield break;
        yield return 0;
        if (value is not 1)
            yield return 1;
        if (value / 2 is not (0 or 1))
            yield return value / 2;
        if (value < 0 && value != long.MinValue)
            yield return -value;
    }

    private bool ShrinkData()
    {
        bool any = false;
        for (int i = 0; i < _module.Data.Length; i++)
        {
            var bytes = _module.Data[i].Bytes;
            if (bytes.Length == 0)
                continue;
            foreach (var smaller in new[] { ImmutableArray<byte>.Empty, bytes[..(bytes.Length / 2)] })
            {
                if (smaller.Length < bytes.Length && TryModule(_module with { Data = _module.Data.SetItem(i, _module.Data[i] with { Bytes = smaller }) }))
                {
                    any = true;
                    break;
                }
            }
        }
        return any;
    }

    private bool ShrinkArguments()
    {
        bool any = false;
        for (int c = 0; c < _calls.Count; c++)
        {
            for (int a = 0; a < _calls[c].Args.Count; a++)
            {
                var arg = _calls[c].Args[a];
                if (arg.Type is not (ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64 or ValType.V128) || (arg.Low == 0 && arg.High == 0))
                    continue;
                var args = _calls[c].Args.ToArray();
                args[a] = new WastValue(arg.Type, 0);
                var calls = new List<FuzzCall>(_calls);
                calls[c] = calls[c] with { Args = args };
                any |= Accept(_module, calls);
            }
        }
        return any;
    }
}
