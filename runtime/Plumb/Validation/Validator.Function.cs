using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Function bodies (https://webassembly.github.io/spec/core/valid/modules.html#functions) and the one
// generic typing rule for every fixed-signature row of the instruction table.
internal sealed partial class Validator
{
    // Per-function state read by the instruction rules.
    private ValType[] _locals = [];
    private ImmutableArray<uint> _vectors;
    private int[] _ends = [];
    private int[] _elses = [];
    private CompileBudget _budget = CompileBudget.Unlimited;

    private ValidatedFunction CheckFunction(int functionIndex, FunctionBody body)
    {
        _functionIndex = functionIndex;
        var type = _funcs[functionIndex];
        _locals = BuildLocals(type, body);
        _vectors = body.Vectors.IsDefault ? [] : body.Vectors;

        var code = body.Code.IsDefault ? [] : body.Code;
        if (code.IsEmpty)
        {
            Fail("function body must end with end", body.Offset);
        }
        // The side tables of a function: where each block ends and each if's else is.
        _budget.Charge(2L * sizeof(int) * code.Length);
        _ends = new int[code.Length];
        _elses = new int[code.Length];
        Array.Fill(_ends, -1);
        Array.Fill(_elses, -1);

        _valueCount = 0;
        _maxValueCount = 0;
        _controlCount = 0;
        _maxControlCount = 0;
        // The function body is a block whose label is the function's results
        // (https://webassembly.github.io/spec/core/valid/modules.html#functions).
        PushControl(Opcode.Block, [], type.Results, start: -1);

        var instructions = code.AsSpan();
        var rows = InstructionTable.All;
        for (int pc = 0; pc < instructions.Length; pc++)
        {
            ref readonly var instruction = ref instructions[pc];
            _offset = instruction.Offset;
            if (_controlCount == 0)
            {
                Fail("instructions after the function's final end", _offset);
            }
            if ((uint)instruction.Opcode >= (uint)rows.Length)
            {
                Fail($"unknown instruction {(int)instruction.Opcode}", _offset);
            }
            var row = rows[(int)instruction.Opcode];
            RequireFeature(row, _offset);
            if (row.HasFixedSignature)
            {
                CheckImmediates(row, instruction);
                ApplySignature(row);
            }
            else
            {
                CheckCustom(row, instruction, pc);
            }
        }
        if (_controlCount != 0)
        {
            Fail("function body must end with end", instructions[^1].Offset);
        }

        var result = new ValidatedFunction(functionIndex, _funcTypeIndices[functionIndex], type, body,
            ImmutableCollectionsMarshal.AsImmutableArray(_locals), _maxValueCount, _maxControlCount,
            ImmutableCollectionsMarshal.AsImmutableArray(_ends), ImmutableCollectionsMarshal.AsImmutableArray(_elses));
        _functionIndex = -1;
        _offset = -1;
        return result;
    }

    /// <summary>Parameters then declared locals, each of a value type whose feature is enabled.</summary>
    private ValType[] BuildLocals(FuncType type, FunctionBody body)
    {
        ulong count = (ulong)type.Params.Length;
        var runs = body.Locals.IsDefault ? [] : body.Locals;
        foreach (var run in runs)
        {
            count += run.Count;
        }
        if (count > MaxLocals)
        {
            Fail("too many locals", body.Offset);
        }
        var locals = new ValType[count];
        int next = 0;
        foreach (var p in type.Params)
        {
            locals[next++] = p;
        }
        foreach (var run in runs)
        {
            CheckValType(run.Type, body.Offset);
            locals.AsSpan(next, (int)run.Count).Fill(run.Type);
            next += (int)run.Count;
        }
        return locals;
    }

    /// <summary>An instruction is valid only if the proposal that introduced it is enabled.</summary>
    private void RequireFeature(InstructionInfo row, long offset)
    {
        if ((_features & row.Feature) != row.Feature)
        {
            Fail($"{row.Mnemonic} requires the {row.Feature} feature", offset);
        }
    }

    /// <summary>
    /// The generic rule for every row with a fixed signature: pop the row's params (last first),
    /// push its results. The table's signature is the whole typing rule; the immediates were
    /// checked by <see cref="CheckImmediates"/>.
    /// </summary>
    private void ApplySignature(InstructionInfo row)
    {
        var parameters = row.Params;
        ref var frame = ref _controls[_controlCount - 1];
        int available = _valueCount - frame.Height;
        if (available >= parameters.Length)
        {
            // Fast path: every operand is present, compare in place.
            int bottom = _valueCount - parameters.Length;
            for (int i = 0; i < parameters.Length; i++)
            {
                byte actual = _values[bottom + i];
                if (actual != (byte)parameters[i] && actual != Unknown)
                {
                    // Report the first mismatch from the top, as popping would.
                    PopAll(parameters);
                }
            }
            _valueCount = bottom;
        }
        else
        {
            PopAll(parameters);
        }
        PushAll(row.Results);
    }
}
