using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Text;

internal static partial class WatPrinter
{
    private sealed partial class Printer
    {
        private void FunctionBody(FunctionBody body, uint index, FuncType? type)
        {
            int paramCount = type?.Params.Length ?? 0;
            long localCount = body.Locals.Sum(r => (long)r.Count);
            var localIds = type is not null && _names.LocalNames.TryGetValue(index, out var localNames)
                ? Ids(localNames, (uint)Math.Min(paramCount + localCount, uint.MaxValue))
                : [];
            if (localIds.Count > 0)
            {
                _printedLocals[index] = localIds.ToImmutableDictionary();
                // Named parameters and locals one by one: (param $x i32) (param i32) (local $y f64) ...
                for (int p = 0; p < paramCount; p++)
                {
                    _out.Append(" (param");
                    IdOf(localIds, (uint)p);
                    _out.Append(' ').Append(type!.Params[p].ToText()).Append(')');
                }
                if (type!.Results.Length > 0)
                {
                    _out.Append(" (result");
                    foreach (var r in type.Results)
                    {
                        _out.Append(' ').Append(r.ToText());
                    }
                    _out.Append(')');
                }
                uint local = (uint)paramCount;
                foreach (var run in body.Locals)
                {
                    for (uint n = 0; n < run.Count; n++, local++)
                    {
                        _out.Append('\n').Append(Indent).Append(Indent).Append("(local");
                        IdOf(localIds, local);
                        _out.Append(' ').Append(run.Type.ToText()).Append(')');
                    }
                }
            }
            else if (body.Locals.Length > 0)
            {
                _out.Append('\n').Append(Indent).Append(Indent).Append("(local");
                foreach (var run in body.Locals)
                {
                    for (uint n = 0; n < run.Count; n++)
                    {
                        _out.Append(' ').Append(run.Type.ToText());
                    }
                }
                _out.Append(')');
            }
            var code = body.Code.AsSpan();
            // The final `end` closes the function itself and is implicit in the text form.
            if (!code.IsEmpty && code[^1].Opcode == Opcode.End)
            {
                code = code[..^1];
            }
            _labelIds = _names.LabelNames.TryGetValue(index, out var labelNames) ? Ids(labelNames, uint.MaxValue) : [];
            if (_labelIds.Count > 0)
            {
                _printedLabels[index] = _labelIds.ToImmutableDictionary();
            }
            _blockCount = 0;
            int depth = 2;
            foreach (var instruction in code)
            {
                if (instruction.Opcode is Opcode.End or Opcode.Else && depth > 2)
                {
                    depth--;
                }
                _out.Append('\n');
                // Indentation stops growing at MaxIndentDepth: a module of 30,000 nested blocks (30 KB) once
                // printed depth × 2 spaces per line, gigabytes, and aborted the process out of memory.
                for (int i = 0; i < Math.Min(depth, MaxIndentDepth); i++)
                {
                    _out.Append(Indent);
                }
                Instruction(instruction, body.Vectors.AsSpan());
                if (instruction.Opcode is Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Else)
                {
                    depth++;
                }
            }
            _labelIds = [];
        }

        /// <summary>
        /// A constant expression: folded plain instructions when it is a plain sequence (the usual
        /// single instruction), flat otherwise, which the text format reads the same way.
        /// </summary>
        private void ConstExpr(ConstExpr expr)
        {
            bool plain = expr.Instructions.All(i => i.Opcode is not (Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Else or Opcode.End));
            for (int i = 0; i < expr.Instructions.Length; i++)
            {
                if (i > 0)
                {
                    _out.Append(' ');
                }
                if (plain)
                {
                    _out.Append('(');
                }
                Instruction(expr.Instructions[i], expr.Vectors.AsSpan());
                if (plain)
                {
                    _out.Append(')');
                }
            }
        }

        /// <summary>
        /// One instruction in flat form: the table's mnemonic, then its immediates by shape
        /// (https://webassembly.github.io/spec/core/text/instructions.html).
        /// </summary>
        private void Instruction(Instruction instruction, ReadOnlySpan<uint> vectors)
        {
            var info = instruction.Info;
            _out.Append(info.Mnemonic);
            switch (info.Immediate)
            {
                case Immediate.None:
                    break;
                case Immediate.BlockType:
                    // Labels are numbered by their block, loop or if in the body (the extended name section's rule).
                    if (_labelIds.TryGetValue((uint)_blockCount++, out string? labelId))
                    {
                        _out.Append(" $").Append(IdText(labelId));
                    }
                    BlockType(instruction.BlockType);
                    break;
                case Immediate.Label:
                case Immediate.Func:
                case Immediate.Local:
                case Immediate.Global:
                case Immediate.Table:
                case Immediate.Elem:
                case Immediate.Data:
                case Immediate.Lane:
                    _out.Append(' ').Append(instruction.A);
                    if (info.Immediate == Immediate.Func && info.Opcode == Opcode.Call && IdComment(instruction.A) is { } id)
                    {
                        _out.Append(" (;").Append(id).Append(";)");
                    }
                    break;
                case Immediate.BrTable:
                    foreach (uint label in Slice(vectors, instruction.A, instruction.B))
                    {
                        _out.Append(' ').Append(label);
                    }
                    break;
                case Immediate.CallIndirect:
                    if (instruction.B != 0)
                    {
                        _out.Append(' ').Append(instruction.B);
                    }
                    _out.Append(" (type ").Append(instruction.A).Append(')');
                    break;
                case Immediate.SelectTypes:
                    _out.Append(" (result");
                    foreach (uint type in Slice(vectors, instruction.A, instruction.B))
                    {
                        _out.Append(' ').Append(((ValType)(byte)type).ToText());
                    }
                    _out.Append(')');
                    break;
                case Immediate.MemArg:
                    MemArg(instruction, info);
                    break;
                case Immediate.MemArgLane:
                    MemArg(instruction, info);
                    _out.Append(' ').Append(instruction.D);
                    break;
                case Immediate.Memory:
                    if (instruction.A != 0)
                    {
                        _out.Append(' ').Append(instruction.A);
                    }
                    break;
                case Immediate.I32:
                    _out.Append(' ').Append(instruction.I32);
                    break;
                case Immediate.I64:
                    _out.Append(' ').Append(instruction.I64);
                    break;
                case Immediate.F32:
                    _out.Append(' ').Append(FormatF32((uint)instruction.C));
                    break;
                case Immediate.F64:
                    _out.Append(' ').Append(FormatF64(instruction.C));
                    break;
                case Immediate.V128:
                    // i32x4 keeps every bit exact and reads the same on any parser.
                    _out.Append(" i32x4");
                    foreach (uint lane in (ReadOnlySpan<uint>)[(uint)instruction.C, (uint)(instruction.C >> 32), (uint)instruction.D, (uint)(instruction.D >> 32)])
                    {
                        _out.Append(" 0x").Append(lane.ToString("x8"));
                    }
                    break;
                case Immediate.Shuffle:
                    for (int i = 0; i < 16; i++)
                    {
                        ulong half = i < 8 ? instruction.C : instruction.D;
                        _out.Append(' ').Append((byte)(half >> (8 * (i % 8))));
                    }
                    break;
                case Immediate.HeapType:
                    _out.Append(' ').Append(instruction.A switch
                    {
                        (uint)ValType.FuncRef => "func",
                        (uint)ValType.ExternRef => "extern",
                        _ => $"(;unknown heap type 0x{instruction.A:x};)",
                    });
                    break;
                case Immediate.MemoryInit:
                    if (instruction.B != 0)
                    {
                        _out.Append(' ').Append(instruction.B);
                    }
                    _out.Append(' ').Append(instruction.A);
                    break;
                case Immediate.MemoryCopy:
                    if (instruction.A != 0 || instruction.B != 0)
                    {
                        _out.Append(' ').Append(instruction.A).Append(' ').Append(instruction.B);
                    }
                    break;
                case Immediate.TableInit:
                    _out.Append(' ').Append(instruction.B).Append(' ').Append(instruction.A);
                    break;
                case Immediate.TableCopy:
                    _out.Append(' ').Append(instruction.A).Append(' ').Append(instruction.B);
                    break;
                default:
                    throw new InvalidOperationException($"immediate shape {info.Immediate} of {info.Mnemonic} has no printer");
            }
        }

        private string? IdComment(uint funcIndex) =>
            funcIndex < (uint)_funcIds.Length && _funcIds[funcIndex] is { } id ? "$" + IdText(id) : null;

        private static ReadOnlySpan<uint> Slice(ReadOnlySpan<uint> vectors, uint start, uint count) =>
            start <= (uint)vectors.Length && count <= (uint)vectors.Length - start
                ? vectors.Slice((int)start, (int)count)
                : throw new ArgumentException($"vector slice {start}+{count} outside the body's {vectors.Length} entries");

        private void BlockType(BlockType type)
        {
            if (type.IsTypeIndex)
            {
                _out.Append(" (type ").Append(type.TypeIndex).Append(')');
            }
            else if (type.IsValueType)
            {
                _out.Append(" (result ").Append(type.ValueType.ToText()).Append(')');
            }
        }

        /// <summary>
        /// <c>offset=</c> and <c>align=</c> only when they differ from the defaults (0 and natural
        /// alignment), as the text format's abbreviation allows
        /// (https://webassembly.github.io/spec/core/text/instructions.html#memory-instructions).
        /// </summary>
        private void MemArg(Instruction instruction, InstructionInfo info)
        {
            if (instruction.B != 0)
            {
                _out.Append(' ').Append(instruction.B);
            }
            if (instruction.C != 0)
            {
                _out.Append(" offset=").Append(instruction.C);
            }
            if (instruction.A != (uint)info.NaturalAlignmentLog2)
            {
                if (instruction.A < 64)
                {
                    _out.Append(" align=").Append(1UL << (int)instruction.A);
                }
                else
                {
                    // Beyond any integer the text format reads; only an invalid module gets here.
                    _out.Append(" (;align=2**").Append(instruction.A).Append(";)");
                }
            }
        }
    }
}
