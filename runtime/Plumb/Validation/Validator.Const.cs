using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Constant expressions (https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions).
internal sealed partial class Validator
{
    /// <summary>
    /// Checks that <paramref name="expr"/> is constant and has type [] → [<paramref name="type"/>]. As in the
    /// reference interpreter, constness is checked for every instruction first ("constant expression
    /// required", or "unknown global" while looking a global up), then the typing ("type mismatch").
    /// </summary>
    /// <param name="expr">The expression, without its final <c>end</c>.</param>
    /// <param name="type">The single result type required.</param>
    /// <param name="functionIndicesOnly">
    /// True for element segments written as function indices (the 1.0 encoding): their <c>ref.func</c>
    /// is not gated by the reference types feature.
    /// </param>
    private void CheckConst(ConstExpr expr, ValType type, bool functionIndicesOnly)
    {
        var instructions = expr.Instructions.IsDefault ? [] : expr.Instructions;
        foreach (var instruction in instructions)
        {
            switch (instruction.Opcode)
            {
                case Opcode.I32Const:
                case Opcode.I64Const:
                case Opcode.F32Const:
                case Opcode.F64Const:
                    break;
                case Opcode.V128Const:
                    RequireFeature(InstructionTable.Get(Opcode.V128Const), instruction.Offset);
                    break;
                case Opcode.RefNull:
                    RequireFeature(InstructionTable.Get(Opcode.RefNull), instruction.Offset);
                    CheckRefType((ValType)(byte)instruction.A, instruction.Offset);
                    break;
                case Opcode.RefFunc:
                    if (!functionIndicesOnly)
                    {
                        RequireFeature(InstructionTable.Get(Opcode.RefFunc), instruction.Offset);
                    }
                    if (instruction.A >= (uint)_funcs.Length)
                    {
                        Fail($"unknown function {instruction.A}", instruction.Offset);
                    }
                    break;
                case Opcode.GlobalGet:
                    // Only imported globals are in scope here (C' in the spec), and only immutable ones are constant.
                    if (instruction.A >= (uint)_importedGlobals)
                    {
                        Fail($"unknown global {instruction.A}", instruction.Offset);
                    }
                    if (_globals[instruction.A].Mutable)
                    {
                        Fail("constant expression required", instruction.Offset);
                    }
                    break;
                default:
                    Fail("constant expression required", instruction.Offset);
                    break;
            }
        }

        // Every constant instruction pushes one value and pops none, so the expression is well typed
        // exactly when it is one instruction producing the required type.
        if (instructions.Length != 1)
        {
            Fail("type mismatch: constant expression must produce exactly one value",
                instructions.IsEmpty ? -1 : instructions[^1].Offset);
        }
        var single = instructions[0];
        ValType produced = single.Opcode switch
        {
            Opcode.I32Const => ValType.I32,
            Opcode.I64Const => ValType.I64,
            Opcode.F32Const => ValType.F32,
            Opcode.F64Const => ValType.F64,
            Opcode.V128Const => ValType.V128,
            Opcode.RefNull => (ValType)(byte)single.A,
            Opcode.RefFunc => ValType.FuncRef,
            _ => _globals[single.A].ValType,
        };
        if (produced != type)
        {
            Fail($"type mismatch: constant expression has type {produced.ToText()} but {type.ToText()} is required", single.Offset);
        }
    }
}
