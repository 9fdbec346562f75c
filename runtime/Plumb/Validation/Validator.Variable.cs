using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Validation;

// Parametric, variable, reference and table instructions: the remaining rows whose typing depends on
// context (https://webassembly.github.io/spec/core/valid/instructions.html).
internal sealed partial class Validator
{
    private void CheckVariableOrReference(InstructionInfo row, in Instruction instruction)
    {
        switch (row.Opcode)
        {
            case Opcode.Drop:
                Pop();
                break;
            case Opcode.Select:
                CheckSelect();
                break;
            case Opcode.SelectT:
            {
                // https://webassembly.github.io/spec/core/valid/instructions.html#parametric-instructions
                if (instruction.B != 1)
                {
                    Fail("invalid result arity", _offset);
                }
                if (instruction.A >= (uint)_vectors.Length)
                {
                    Fail("select type lies outside the function's vectors", _offset);
                }
                var type = (ValType)_vectors[(int)instruction.A];
                CheckValType(type, _offset);
                Pop(ValType.I32);
                Pop(type);
                Pop(type);
                Push(type);
                break;
            }
            case Opcode.LocalGet:
                Push(LocalAt(instruction.A));
                break;
            case Opcode.LocalSet:
                Pop(LocalAt(instruction.A));
                break;
            case Opcode.LocalTee:
            {
                var type = LocalAt(instruction.A);
                Pop(type);
                Push(type);
                break;
            }
            case Opcode.GlobalGet:
                Push(GlobalAt(instruction.A).ValType);
                break;
            case Opcode.GlobalSet:
            {
                var global = GlobalAt(instruction.A);
                if (!global.Mutable)
                {
                    Fail("global is immutable", _offset);
                }
                Pop(global.ValType);
                break;
            }
            case Opcode.TableGet:
            {
                var table = TableAt(instruction.A, _offset);
                Pop(ValType.I32);
                Push(table.ElementType);
                break;
            }
            case Opcode.TableSet:
            {
                var table = TableAt(instruction.A, _offset);
                Pop(table.ElementType);
                Pop(ValType.I32);
                break;
            }
            case Opcode.TableGrow:
            {
                var table = TableAt(instruction.A, _offset);
                Pop(ValType.I32);
                Pop(table.ElementType);
                Push(ValType.I32);
                break;
            }
            case Opcode.TableFill:
            {
                var table = TableAt(instruction.A, _offset);
                Pop(ValType.I32);
                Pop(table.ElementType);
                Pop(ValType.I32);
                break;
            }
            case Opcode.RefNull:
            {
                var type = (ValType)(byte)instruction.A;
                CheckRefType(type, _offset);
                Push(type);
                break;
            }
            case Opcode.RefIsNull:
            {
                byte operand = Pop();
                if (operand != Unknown && !((ValType)operand).IsReference())
                {
                    Fail($"type mismatch: instruction requires a reference type but stack has {((ValType)operand).ToText()}", _offset);
                }
                Push(ValType.I32);
                break;
            }
            case Opcode.RefFunc:
                FunctionAt(instruction.A);
                if (!_declaredRefs[instruction.A])
                {
                    Fail("undeclared function reference", _offset);
                }
                Push(ValType.FuncRef);
                break;
            default:
                // A new row with a null signature needs a rule here; the completeness test walks the table to catch it.
                Fail($"no validation rule for {row.Mnemonic}", _offset);
                break;
        }
    }

    /// <summary>
    /// Untyped <c>select</c> chooses between two operands of one numeric or vector type; references need
    /// the typed form (https://webassembly.github.io/spec/core/appendix/algorithm.html#validation-of-opcode-sequences).
    /// </summary>
    private void CheckSelect()
    {
        Pop(ValType.I32);
        byte t1 = Pop();
        byte t2 = Pop();
        if ((t1 != Unknown && ((ValType)t1).IsReference()) || (t2 != Unknown && ((ValType)t2).IsReference()))
        {
            Fail("type mismatch: select without a type requires numeric or vector operands", _offset);
        }
        if (t1 != t2 && t1 != Unknown && t2 != Unknown)
        {
            Fail($"type mismatch: select operands are {((ValType)t2).ToText()} and {((ValType)t1).ToText()}", _offset);
        }
        PushRaw(t1 == Unknown ? t2 : t1);
    }

    private ValType LocalAt(uint index)
    {
        if (index >= (uint)_locals.Length)
        {
            Fail($"unknown local {index}", _offset);
        }
        return _locals[index];
    }

    private GlobalType GlobalAt(uint index)
    {
        if (index >= (uint)_globals.Length)
        {
            Fail($"unknown global {index}", _offset);
        }
        return _globals[index];
    }
}
