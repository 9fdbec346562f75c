using System.Runtime.InteropServices;
using Plumb.Instructions;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// One operation of the interpreter's internal code, produced once per function by
/// <see cref="Translator"/> from the decoded <see cref="Structure.Instruction"/>s. The code is the
/// instruction's <see cref="Opcode"/>, or a <see cref="RegisterOp"/> form of it; "slot" means a
/// value-stack slot counted from the frame base (locals first, then operands); in a built
/// <see cref="InterpretedFunction"/> each slot field holds the slot's byte offset instead (see
/// <see cref="LoopCodes.SlotFields"/>). The fields mean, per code:
/// <list type="bullet">
/// <item><see cref="RegisterOp"/> forms and <see cref="RegisterOp.CallDirect"/>: see there (A result slot, B and C operand slots or constant, D jump or static offset, H an added address constant for some).</item>
/// <item><c>br</c>, <c>br_if</c>: A = target (an index while translating, relative to the op itself once in <see cref="InterpretedFunction"/>), B = values kept, C = stack height (from the frame base) the kept values land at; <c>br_if</c>: D = the condition's slot.</item>
/// <item><c>br_table</c>: A = number of entries, B = the index's slot; that many <c>br</c> ops follow, the last one the default.</item>
/// <item><c>else</c>: A = end (unconditional jump), relative like <c>br</c>.</item>
/// <item><c>return</c> (also the final <c>end</c>): A = number of results, on top of the stack.</item>
/// <item><c>local.get</c>: copy slot B to slot A; <c>i32.const</c>: slot A = C (and D, the high half); <c>select</c>: slot A = slot D != 0 ? slot B : slot C.</item>
/// <item><c>global.get</c>: slot A = global B; <c>global.set</c>: global A = slot B; <c>call</c>, <c>ref.func</c>: A = index.</item>
/// <item>ops on the stack (calls, memory.size and memory.grow, and as <see cref="RegisterOp.Other"/> SIMD, tables, references and bulk memory): their operands on top of the stack, below H; the instruction's own immediates, as in <see cref="Structure.Instruction"/>.</item>
/// </list>
/// <c>block</c>, <c>loop</c>, inner <c>end</c>, <c>nop</c>, <c>drop</c>, constants, <c>local.get</c>,
/// reinterpretations and (folded into the op before) <c>local.set</c> and <c>local.tee</c> usually
/// produce nothing.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct InterpretedOp
{
    [FieldOffset(0)]
    public ulong C;

    [FieldOffset(8)]
    public ulong D;

    [FieldOffset(16)]
    public int A;

    [FieldOffset(20)]
    public int B;

    /// <summary>
    /// The operand height (slots from the frame base) before the op: ops that work on the stack find its
    /// top there. Register forms that read memory through a fused <c>i32.add</c> of a constant hold that
    /// constant here instead (<see cref="RegisterOp.LoadOperand"/>, <see cref="RegisterOp.Update"/>,
    /// <see cref="RegisterOp.UpdateProduct"/>, <see cref="RegisterOp.StoreImmediate"/>).
    /// </summary>
    [FieldOffset(24)]
    public int H;

    /// <summary>
    /// While translating: the op's code, a table row or a <see cref="RegisterOp"/> form. A built
    /// <see cref="InterpretedFunction"/> holds the <see cref="Loop"/> code in its place (the two
    /// share their bytes, so that an op stays 32 bytes); <see cref="InterpretedFunction.Op"/> gives it back.
    /// </summary>
    [FieldOffset(28)]
    public Opcode Code;

    /// <summary>In a built <see cref="InterpretedFunction"/>: the code the interpreter's loop switches on, <see cref="LoopCodes.Of"/> the translator's.</summary>
    [FieldOffset(28)]
    public LoopCode Loop;

    /// <summary>For <see cref="RegisterOp.Other"/>: the table row, which <c>Machine.ExecuteOther</c> runs on the stack.</summary>
    [FieldOffset(30)]
    public Opcode Row;

    public override readonly string ToString() => $"{Code} A={A} B={B} C=0x{C:x} D=0x{D:x} H={H}";
}
