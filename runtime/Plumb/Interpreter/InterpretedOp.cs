using System.Runtime.InteropServices;
using Plumb.Instructions;

namespace Plumb.Interpreter;

/// <summary>
/// One operation of the interpreter's internal code, produced once per function by
/// <see cref="Translator"/> from the decoded <see cref="Structure.Instruction"/>s. The code is the
/// instruction's <see cref="Opcode"/>; the slots mean, per opcode:
/// <list type="bullet">
/// <item><c>br</c>, <c>br_if</c>: A = target (an index while translating, relative to the op itself once in <see cref="InterpretedFunction"/>), B = values kept, C = stack height (from the frame base) the kept values land at.</item>
/// <item><c>br_table</c>: A = number of entries; that many <c>br</c> ops follow, the last one the default.</item>
/// <item><c>if</c>: A = where the else-part (or the end) starts, taken when the condition is zero; <c>else</c>: A = end (unconditional jump); relative like <c>br</c>.</item>
/// <item><c>return</c> (also the final <c>end</c>): A = number of results.</item>
/// <item><c>local.*</c>: A = slot from the frame base; <c>global.*</c>, <c>call</c>, <c>ref.func</c>: A = index.</item>
/// <item>memory access: C = static offset, A = memory index, B = lane; constants: C (and D for v128) = bits.</item>
/// <item>others: the instruction's own immediates, as in <see cref="Structure.Instruction"/>.</item>
/// </list>
/// <c>block</c>, <c>loop</c>, inner <c>end</c> and <c>nop</c> produce nothing.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct InterpretedOp
{
    public ulong C;
    public ulong D;
    public int A;
    public int B;
    public Opcode Code;

    public override readonly string ToString() => $"{Code} A={A} B={B} C=0x{C:x}";
}
