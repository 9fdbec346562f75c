using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Control instructions (https://webassembly.github.io/spec/core/valid/instructions.html#control-instructions)
// and the dispatch of every row whose signature the table leaves to context (signature null).
internal sealed partial class Validator
{
    /// <summary>The hand-written rules: one case per row without a fixed signature.</summary>
    private void CheckCustom(InstructionInfo row, in Instruction instruction, int pc)
    {
        switch (row.Opcode)
        {
            case Opcode.Unreachable:
                SetUnreachable();
                break;
            case Opcode.Block:
            case Opcode.Loop:
            {
                var (start, end) = ResolveBlockType(instruction.BlockType);
                PopAll(start);
                PushControl(row.Opcode, start, end, pc);
                break;
            }
            case Opcode.If:
            {
                var (start, end) = ResolveBlockType(instruction.BlockType);
                Pop(ValType.I32);
                PopAll(start);
                PushControl(Opcode.If, start, end, pc);
                break;
            }
            case Opcode.Else:
            {
                if (_controls[_controlCount - 1].Opcode != Opcode.If)
                {
                    Fail("else does not follow an if", _offset);
                }
                var frame = PopControl();
                _elses[frame.Start] = pc;
                PushControl(Opcode.Else, frame.StartTypes, frame.EndTypes, frame.Start, elseIndex: pc);
                break;
            }
            case Opcode.End:
                CheckEnd(pc);
                break;
            case Opcode.Br:
                PopAll(LabelTypes(LabelAt(instruction.A)));
                SetUnreachable();
                break;
            case Opcode.BrIf:
            {
                var types = LabelTypes(LabelAt(instruction.A));
                Pop(ValType.I32);
                PopAll(types);
                PushAll(types);
                break;
            }
            case Opcode.BrTable:
                CheckBrTable(instruction);
                break;
            case Opcode.Return:
                PopAll(_controls[0].EndTypes);
                SetUnreachable();
                break;
            case Opcode.Call:
            {
                var callee = FunctionAt(instruction.A);
                PopAll(callee.Params);
                PushAll(callee.Results);
                break;
            }
            case Opcode.CallIndirect:
            {
                var table = TableAt(instruction.B, _offset);
                var callee = TypeAt(instruction.A, _offset);
                if (table.ElementType != ValType.FuncRef)
                {
                    Fail("type mismatch: call_indirect requires a table of funcref", _offset);
                }
                Pop(ValType.I32);
                PopAll(callee.Params);
                PushAll(callee.Results);
                break;
            }
            default:
                CheckVariableOrReference(row, instruction);
                break;
        }
    }

    /// <summary>
    /// The matching <c>end</c>: closes the innermost frame and records the side table. An <c>if</c>
    /// without <c>else</c> has an implicit empty else, so its params must equal its results.
    /// </summary>
    private void CheckEnd(int pc)
    {
        var frame = PopControl();
        if (frame.Opcode == Opcode.If && !frame.StartTypes.AsSpan().SequenceEqual(frame.EndTypes.AsSpan()))
        {
            Fail("type mismatch: if without else must leave its params as its results", _offset);
        }
        if (frame.Start >= 0)
        {
            _ends[frame.Start] = pc;
        }
        if (frame.Else >= 0)
        {
            _ends[frame.Else] = pc;
        }
        PushAll(frame.EndTypes);
    }

    /// <summary>
    /// br_table: every target's label must have the default's arity and accept the operands; then the
    /// default's types are popped (https://webassembly.github.io/spec/core/appendix/algorithm.html).
    /// The targets are <c>Vectors[A .. A+B)</c>, the default last.
    /// </summary>
    private void CheckBrTable(in Instruction instruction)
    {
        uint first = instruction.A, count = instruction.B;
        if (count == 0 || first > (uint)_vectors.Length || count > (uint)_vectors.Length - first)
        {
            Fail("br_table targets lie outside the function's vectors", _offset);
        }
        Pop(ValType.I32);
        var targets = _vectors.AsSpan((int)first, (int)count);
        var defaultTypes = LabelTypes(LabelAt(targets[^1]));
        int arity = defaultTypes.Length;
        // The operands do not change between targets, so a label type list already checked (the same
        // array: labels of one block type share it) needs no second look. This keeps a long br_table
        // over labels with many values linear instead of targets × arity.
        var lastChecked = defaultTypes;
        for (int i = 0; i < targets.Length - 1; i++)
        {
            var types = LabelTypes(LabelAt(targets[i]));
            if (types == lastChecked)
            {
                continue;
            }
            if (types.Length != arity)
            {
                Fail("type mismatch: br_table targets have different arities", _offset);
            }
            // Core 1.0 required every target to have exactly the default's label types; the reference
            // types proposal relaxed this to "each target accepts the operands", which only differs when
            // the operands are Unknown (wg-1.0 unreached-invalid.wast vs wg-2.0 unreached-valid.wast).
            if (!Enabled(WasmFeatures.ReferenceTypes) && !types.AsSpan().SequenceEqual(defaultTypes.AsSpan()))
            {
                Fail("type mismatch: br_table targets have different label types", _offset);
            }
            CheckTop(types);
            lastChecked = types;
        }
        PopAll(defaultTypes);
        SetUnreachable();
    }

    /// <summary>The control frame a label index names, counting outward from the innermost block.</summary>
    private ref ControlFrame LabelAt(uint label)
    {
        if (label >= (uint)_controlCount)
        {
            Fail($"unknown label {label}", _offset);
        }
        return ref _controls[_controlCount - 1 - (int)label];
    }

    /// <summary>
    /// A block type as [params] → [results] (https://webassembly.github.io/spec/core/valid/types.html#block-types).
    /// Without multi-value only [] → [] and [] → [t] exist.
    /// </summary>
    private (ImmutableArray<ValType> Start, ImmutableArray<ValType> End) ResolveBlockType(BlockType blockType)
    {
        if (blockType.IsEmpty)
        {
            return ([], []);
        }
        if (blockType.IsValueType)
        {
            if (blockType.Raw < -0x40)
            {
                Fail($"unknown block type {blockType.Raw}", _offset);
            }
            CheckValType(blockType.ValueType, _offset);
            return ([], One(blockType.ValueType));
        }
        if (blockType.Raw > uint.MaxValue)
        {
            Fail($"unknown type {blockType.Raw}", _offset);
        }
        var type = TypeAt(blockType.TypeIndex, _offset);
        if (!Enabled(WasmFeatures.MultiValue) && (type.Params.Length != 0 || type.Results.Length > 1))
        {
            Fail("invalid result arity", _offset);
        }
        return (type.Params, type.Results);
    }

    private FuncType FunctionAt(uint index)
    {
        if (index >= (uint)_funcs.Length)
        {
            Fail($"unknown function {index}", _offset);
        }
        return _funcs[index];
    }

    private FuncType TypeAt(uint index, long offset)
    {
        if (index >= (uint)_module.Types.Length)
        {
            Fail($"unknown type {index}", offset);
        }
        return _module.Types[(int)index];
    }
}
