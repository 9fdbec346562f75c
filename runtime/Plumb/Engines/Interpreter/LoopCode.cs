// Written by scripts/generate-dispatch.py from the handlers of Machine.Execute: do not edit.
using Plumb.Instructions;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// The codes the interpreter's loop switches on: one per handler of <c>Machine.Execute</c>, dense from 0,
/// so that every dispatch site's jump table has no gaps. A built <see cref="InterpretedFunction"/>
/// holds these in place of the translator's codes (see <see cref="LoopCodes"/>).
/// </summary>
internal enum LoopCode : ushort
{
    Unreachable,
    Else,
    BrIf,
    Br,
    BrTable,
    Return,
    Call,
    CallDirect,
    CallIndirect,
    Select,
    LocalGet,
    GlobalGet,
    GlobalSet,
    I32Const,
    MemorySize,
    MemoryGrow,
    I32Eq_Slots,
    I32Eq_Immediate,
    I32Ne_Slots,
    I32Ne_Immediate,
    I32LtS_Slots,
    I32LtS_Immediate,
    I32LtU_Slots,
    I32LtU_Immediate,
    I32GtS_Slots,
    I32GtS_Immediate,
    I32GtU_Slots,
    I32GtU_Immediate,
    I32LeS_Slots,
    I32LeS_Immediate,
    I32LeU_Slots,
    I32LeU_Immediate,
    I32GeS_Slots,
    I32GeS_Immediate,
    I32GeU_Slots,
    I32GeU_Immediate,
    I64Eq_Slots,
    I64Eq_Immediate,
    I64Ne_Slots,
    I64Ne_Immediate,
    I64LtS_Slots,
    I64LtS_Immediate,
    I64LtU_Slots,
    I64LtU_Immediate,
    I64GtS_Slots,
    I64GtS_Immediate,
    I64GtU_Slots,
    I64GtU_Immediate,
    I64LeS_Slots,
    I64LeS_Immediate,
    I64LeU_Slots,
    I64LeU_Immediate,
    I64GeS_Slots,
    I64GeS_Immediate,
    I64GeU_Slots,
    I64GeU_Immediate,
    F32Eq_Slots,
    F32Ne_Slots,
    F32Lt_Slots,
    F32Gt_Slots,
    F32Le_Slots,
    F32Ge_Slots,
    F64Eq_Slots,
    F64Ne_Slots,
    F64Lt_Slots,
    F64Gt_Slots,
    F64Le_Slots,
    F64Ge_Slots,
    I32Add_Slots,
    I32Add_LoadOperand,
    I32Add_Update,
    I32Add_Immediate,
    I32Sub_Slots,
    I32Sub_LoadOperand,
    I32Sub_Update,
    I32Sub_Immediate,
    I32Mul_Slots,
    I32Mul_LoadOperand,
    I32Mul_Update,
    I32Mul_Immediate,
    I32DivS_Slots,
    I32DivS_Immediate,
    I32DivU_Slots,
    I32DivU_Immediate,
    I32RemS_Slots,
    I32RemS_Immediate,
    I32RemU_Slots,
    I32RemU_Immediate,
    I32And_Slots,
    I32And_LoadOperand,
    I32And_Update,
    I32And_Immediate,
    I32Or_Slots,
    I32Or_LoadOperand,
    I32Or_Update,
    I32Or_Immediate,
    I32Xor_Slots,
    I32Xor_LoadOperand,
    I32Xor_Update,
    I32Xor_Immediate,
    I32Shl_Slots,
    I32Shl_Immediate,
    I32ShrS_Slots,
    I32ShrS_Immediate,
    I32ShrU_Slots,
    I32ShrU_Immediate,
    I32Rotl_Slots,
    I32Rotl_Immediate,
    I32Rotr_Slots,
    I32Rotr_Immediate,
    I64Add_Slots,
    I64Add_LoadOperand,
    I64Add_Update,
    I64Add_Immediate,
    I64Sub_Slots,
    I64Sub_LoadOperand,
    I64Sub_Update,
    I64Sub_Immediate,
    I64Mul_Slots,
    I64Mul_LoadOperand,
    I64Mul_Update,
    I64Mul_Immediate,
    I64DivS_Slots,
    I64DivS_Immediate,
    I64DivU_Slots,
    I64DivU_Immediate,
    I64RemS_Slots,
    I64RemS_Immediate,
    I64RemU_Slots,
    I64RemU_Immediate,
    I64And_Slots,
    I64And_LoadOperand,
    I64And_Update,
    I64And_Immediate,
    I64Or_Slots,
    I64Or_LoadOperand,
    I64Or_Update,
    I64Or_Immediate,
    I64Xor_Slots,
    I64Xor_LoadOperand,
    I64Xor_Update,
    I64Xor_Immediate,
    I64Shl_Slots,
    I64Shl_Immediate,
    I64ShrS_Slots,
    I64ShrS_Immediate,
    I64ShrU_Slots,
    I64ShrU_Immediate,
    I64Rotl_Slots,
    I64Rotl_Immediate,
    I64Rotr_Slots,
    I64Rotr_Immediate,
    F32Add_Slots,
    F32Add_LoadOperand,
    F32Add_Update,
    F32Add_UpdateProduct,
    F32Sub_Slots,
    F32Sub_LoadOperand,
    F32Sub_Update,
    F32Mul_Slots,
    F32Mul_LoadOperand,
    F32Mul_Update,
    F32Div_Slots,
    F32Div_LoadOperand,
    F32Div_Update,
    F32Min_Slots,
    F32Max_Slots,
    F32Copysign_Slots,
    F64Add_Slots,
    F64Add_LoadOperand,
    F64Add_Update,
    F64Add_UpdateProduct,
    F64Sub_Slots,
    F64Sub_LoadOperand,
    F64Sub_Update,
    F64Mul_Slots,
    F64Mul_LoadOperand,
    F64Mul_Update,
    F64Div_Slots,
    F64Div_LoadOperand,
    F64Div_Update,
    F64Min_Slots,
    F64Max_Slots,
    F64Copysign_Slots,
    I32Eqz_Slots,
    I64Eqz_Slots,
    I32Clz_Slots,
    I32Ctz_Slots,
    I32Popcnt_Slots,
    I64Clz_Slots,
    I64Ctz_Slots,
    I64Popcnt_Slots,
    F32Abs_Slots,
    F32Neg_Slots,
    F32Ceil_Slots,
    F32Floor_Slots,
    F32Trunc_Slots,
    F32Nearest_Slots,
    F32Sqrt_Slots,
    F64Abs_Slots,
    F64Neg_Slots,
    F64Ceil_Slots,
    F64Floor_Slots,
    F64Trunc_Slots,
    F64Nearest_Slots,
    F64Sqrt_Slots,
    I32WrapI64_Slots,
    I32TruncF32S_Slots,
    I32TruncF32U_Slots,
    I32TruncF64S_Slots,
    I32TruncF64U_Slots,
    I64ExtendI32S_Slots,
    I64ExtendI32U_Slots,
    I64TruncF32S_Slots,
    I64TruncF32U_Slots,
    I64TruncF64S_Slots,
    I64TruncF64U_Slots,
    F32ConvertI32S_Slots,
    F32ConvertI32U_Slots,
    F32ConvertI64S_Slots,
    F32ConvertI64U_Slots,
    F32DemoteF64_Slots,
    F64ConvertI32S_Slots,
    F64ConvertI32U_Slots,
    F64ConvertI64S_Slots,
    F64ConvertI64U_Slots,
    F64PromoteF32_Slots,
    I32Extend8S_Slots,
    I32Extend16S_Slots,
    I64Extend8S_Slots,
    I64Extend16S_Slots,
    I64Extend32S_Slots,
    I32TruncSatF32S_Slots,
    I32TruncSatF32U_Slots,
    I32TruncSatF64S_Slots,
    I32TruncSatF64U_Slots,
    I64TruncSatF32S_Slots,
    I64TruncSatF32U_Slots,
    I64TruncSatF64S_Slots,
    I64TruncSatF64U_Slots,
    I32Load_Slots,
    I32Load_AddressSlots,
    I32Load_AddressImmediate,
    I64Load_Slots,
    I64Load_AddressSlots,
    I64Load_AddressImmediate,
    F32Load_Slots,
    F32Load_AddressSlots,
    F32Load_AddressImmediate,
    F64Load_Slots,
    F64Load_AddressSlots,
    F64Load_AddressImmediate,
    I32Load8S_Slots,
    I32Load8S_AddressSlots,
    I32Load8S_AddressImmediate,
    I32Load8U_Slots,
    I32Load8U_AddressSlots,
    I32Load8U_AddressImmediate,
    I32Load16S_Slots,
    I32Load16S_AddressSlots,
    I32Load16S_AddressImmediate,
    I32Load16U_Slots,
    I32Load16U_AddressSlots,
    I32Load16U_AddressImmediate,
    I64Load8S_Slots,
    I64Load8S_AddressSlots,
    I64Load8S_AddressImmediate,
    I64Load8U_Slots,
    I64Load8U_AddressSlots,
    I64Load8U_AddressImmediate,
    I64Load16S_Slots,
    I64Load16S_AddressSlots,
    I64Load16S_AddressImmediate,
    I64Load16U_Slots,
    I64Load16U_AddressSlots,
    I64Load16U_AddressImmediate,
    I64Load32S_Slots,
    I64Load32S_AddressSlots,
    I64Load32S_AddressImmediate,
    I64Load32U_Slots,
    I64Load32U_AddressSlots,
    I64Load32U_AddressImmediate,
    I32Store_Slots,
    I32Store_AddressSlots,
    I32Store_AddressImmediate,
    I32Store_StoreImmediate,
    I64Store_Slots,
    I64Store_AddressSlots,
    I64Store_AddressImmediate,
    I64Store_StoreImmediate,
    F32Store_Slots,
    F32Store_AddressSlots,
    F32Store_AddressImmediate,
    F32Store_StoreImmediate,
    F64Store_Slots,
    F64Store_AddressSlots,
    F64Store_AddressImmediate,
    F64Store_StoreImmediate,
    I32Store8_Slots,
    I32Store8_AddressSlots,
    I32Store8_AddressImmediate,
    I32Store8_StoreImmediate,
    I32Store16_Slots,
    I32Store16_AddressSlots,
    I32Store16_AddressImmediate,
    I32Store16_StoreImmediate,
    I64Store8_Slots,
    I64Store8_AddressSlots,
    I64Store8_AddressImmediate,
    I64Store8_StoreImmediate,
    I64Store16_Slots,
    I64Store16_AddressSlots,
    I64Store16_AddressImmediate,
    I64Store16_StoreImmediate,
    I64Store32_Slots,
    I64Store32_AddressSlots,
    I64Store32_AddressImmediate,
    I64Store32_StoreImmediate,
    I32Eq_JumpSlots,
    I32Eq_StepJumpSlots,
    I32Eq_JumpImmediate,
    I32Eq_StepJumpImmediate,
    I32Ne_JumpSlots,
    I32Ne_StepJumpSlots,
    I32Ne_JumpImmediate,
    I32Ne_StepJumpImmediate,
    I32LtS_JumpSlots,
    I32LtS_StepJumpSlots,
    I32LtS_JumpImmediate,
    I32LtS_StepJumpImmediate,
    I32LtU_JumpSlots,
    I32LtU_StepJumpSlots,
    I32LtU_JumpImmediate,
    I32LtU_StepJumpImmediate,
    I32GtS_JumpSlots,
    I32GtS_StepJumpSlots,
    I32GtS_JumpImmediate,
    I32GtS_StepJumpImmediate,
    I32GtU_JumpSlots,
    I32GtU_StepJumpSlots,
    I32GtU_JumpImmediate,
    I32GtU_StepJumpImmediate,
    I32LeS_JumpSlots,
    I32LeS_StepJumpSlots,
    I32LeS_JumpImmediate,
    I32LeS_StepJumpImmediate,
    I32LeU_JumpSlots,
    I32LeU_StepJumpSlots,
    I32LeU_JumpImmediate,
    I32LeU_StepJumpImmediate,
    I32GeS_JumpSlots,
    I32GeS_StepJumpSlots,
    I32GeS_JumpImmediate,
    I32GeS_StepJumpImmediate,
    I32GeU_JumpSlots,
    I32GeU_StepJumpSlots,
    I32GeU_JumpImmediate,
    I32GeU_StepJumpImmediate,
    I64Eq_JumpSlots,
    I64Eq_JumpImmediate,
    I64Ne_JumpSlots,
    I64Ne_JumpImmediate,
    I64LtS_JumpSlots,
    I64LtS_JumpImmediate,
    I64LtU_JumpSlots,
    I64LtU_JumpImmediate,
    I64GtS_JumpSlots,
    I64GtS_JumpImmediate,
    I64GtU_JumpSlots,
    I64GtU_JumpImmediate,
    I64LeS_JumpSlots,
    I64LeS_JumpImmediate,
    I64LeU_JumpSlots,
    I64LeU_JumpImmediate,
    I64GeS_JumpSlots,
    I64GeS_JumpImmediate,
    I64GeU_JumpSlots,
    I64GeU_JumpImmediate,
    Other,
}

/// <summary>The mapping between the translator's codes (table rows and register forms) and <see cref="LoopCode"/>.</summary>
internal static class LoopCodes
{
    /// <summary>The loop code of a translated op's code; codes without a handler of their own are <see cref="LoopCode.Other"/>.</summary>
    public static LoopCode Of(Opcode code) => code switch
    {
        Opcode.Unreachable => LoopCode.Unreachable,
        Opcode.Else => LoopCode.Else,
        Opcode.BrIf => LoopCode.BrIf,
        Opcode.Br => LoopCode.Br,
        Opcode.BrTable => LoopCode.BrTable,
        Opcode.Return => LoopCode.Return,
        Opcode.Call => LoopCode.Call,
        RegisterOp.CallDirect => LoopCode.CallDirect,
        Opcode.CallIndirect => LoopCode.CallIndirect,
        Opcode.Select => LoopCode.Select,
        Opcode.LocalGet => LoopCode.LocalGet,
        Opcode.GlobalGet => LoopCode.GlobalGet,
        Opcode.GlobalSet => LoopCode.GlobalSet,
        Opcode.I32Const => LoopCode.I32Const,
        Opcode.MemorySize => LoopCode.MemorySize,
        Opcode.MemoryGrow => LoopCode.MemoryGrow,
        Opcode.I32Eq + RegisterOp.Slots => LoopCode.I32Eq_Slots,
        Opcode.I32Eq + RegisterOp.Immediate => LoopCode.I32Eq_Immediate,
        Opcode.I32Ne + RegisterOp.Slots => LoopCode.I32Ne_Slots,
        Opcode.I32Ne + RegisterOp.Immediate => LoopCode.I32Ne_Immediate,
        Opcode.I32LtS + RegisterOp.Slots => LoopCode.I32LtS_Slots,
        Opcode.I32LtS + RegisterOp.Immediate => LoopCode.I32LtS_Immediate,
        Opcode.I32LtU + RegisterOp.Slots => LoopCode.I32LtU_Slots,
        Opcode.I32LtU + RegisterOp.Immediate => LoopCode.I32LtU_Immediate,
        Opcode.I32GtS + RegisterOp.Slots => LoopCode.I32GtS_Slots,
        Opcode.I32GtS + RegisterOp.Immediate => LoopCode.I32GtS_Immediate,
        Opcode.I32GtU + RegisterOp.Slots => LoopCode.I32GtU_Slots,
        Opcode.I32GtU + RegisterOp.Immediate => LoopCode.I32GtU_Immediate,
        Opcode.I32LeS + RegisterOp.Slots => LoopCode.I32LeS_Slots,
        Opcode.I32LeS + RegisterOp.Immediate => LoopCode.I32LeS_Immediate,
        Opcode.I32LeU + RegisterOp.Slots => LoopCode.I32LeU_Slots,
        Opcode.I32LeU + RegisterOp.Immediate => LoopCode.I32LeU_Immediate,
        Opcode.I32GeS + RegisterOp.Slots => LoopCode.I32GeS_Slots,
        Opcode.I32GeS + RegisterOp.Immediate => LoopCode.I32GeS_Immediate,
        Opcode.I32GeU + RegisterOp.Slots => LoopCode.I32GeU_Slots,
        Opcode.I32GeU + RegisterOp.Immediate => LoopCode.I32GeU_Immediate,
        Opcode.I64Eq + RegisterOp.Slots => LoopCode.I64Eq_Slots,
        Opcode.I64Eq + RegisterOp.Immediate => LoopCode.I64Eq_Immediate,
        Opcode.I64Ne + RegisterOp.Slots => LoopCode.I64Ne_Slots,
        Opcode.I64Ne + RegisterOp.Immediate => LoopCode.I64Ne_Immediate,
        Opcode.I64LtS + RegisterOp.Slots => LoopCode.I64LtS_Slots,
        Opcode.I64LtS + RegisterOp.Immediate => LoopCode.I64LtS_Immediate,
        Opcode.I64LtU + RegisterOp.Slots => LoopCode.I64LtU_Slots,
        Opcode.I64LtU + RegisterOp.Immediate => LoopCode.I64LtU_Immediate,
        Opcode.I64GtS + RegisterOp.Slots => LoopCode.I64GtS_Slots,
        Opcode.I64GtS + RegisterOp.Immediate => LoopCode.I64GtS_Immediate,
        Opcode.I64GtU + RegisterOp.Slots => LoopCode.I64GtU_Slots,
        Opcode.I64GtU + RegisterOp.Immediate => LoopCode.I64GtU_Immediate,
        Opcode.I64LeS + RegisterOp.Slots => LoopCode.I64LeS_Slots,
        Opcode.I64LeS + RegisterOp.Immediate => LoopCode.I64LeS_Immediate,
        Opcode.I64LeU + RegisterOp.Slots => LoopCode.I64LeU_Slots,
        Opcode.I64LeU + RegisterOp.Immediate => LoopCode.I64LeU_Immediate,
        Opcode.I64GeS + RegisterOp.Slots => LoopCode.I64GeS_Slots,
        Opcode.I64GeS + RegisterOp.Immediate => LoopCode.I64GeS_Immediate,
        Opcode.I64GeU + RegisterOp.Slots => LoopCode.I64GeU_Slots,
        Opcode.I64GeU + RegisterOp.Immediate => LoopCode.I64GeU_Immediate,
        Opcode.F32Eq + RegisterOp.Slots => LoopCode.F32Eq_Slots,
        Opcode.F32Ne + RegisterOp.Slots => LoopCode.F32Ne_Slots,
        Opcode.F32Lt + RegisterOp.Slots => LoopCode.F32Lt_Slots,
        Opcode.F32Gt + RegisterOp.Slots => LoopCode.F32Gt_Slots,
        Opcode.F32Le + RegisterOp.Slots => LoopCode.F32Le_Slots,
        Opcode.F32Ge + RegisterOp.Slots => LoopCode.F32Ge_Slots,
        Opcode.F64Eq + RegisterOp.Slots => LoopCode.F64Eq_Slots,
        Opcode.F64Ne + RegisterOp.Slots => LoopCode.F64Ne_Slots,
        Opcode.F64Lt + RegisterOp.Slots => LoopCode.F64Lt_Slots,
        Opcode.F64Gt + RegisterOp.Slots => LoopCode.F64Gt_Slots,
        Opcode.F64Le + RegisterOp.Slots => LoopCode.F64Le_Slots,
        Opcode.F64Ge + RegisterOp.Slots => LoopCode.F64Ge_Slots,
        Opcode.I32Add + RegisterOp.Slots => LoopCode.I32Add_Slots,
        Opcode.I32Add + RegisterOp.LoadOperand => LoopCode.I32Add_LoadOperand,
        Opcode.I32Add + RegisterOp.Update => LoopCode.I32Add_Update,
        Opcode.I32Add + RegisterOp.Immediate => LoopCode.I32Add_Immediate,
        Opcode.I32Sub + RegisterOp.Slots => LoopCode.I32Sub_Slots,
        Opcode.I32Sub + RegisterOp.LoadOperand => LoopCode.I32Sub_LoadOperand,
        Opcode.I32Sub + RegisterOp.Update => LoopCode.I32Sub_Update,
        Opcode.I32Sub + RegisterOp.Immediate => LoopCode.I32Sub_Immediate,
        Opcode.I32Mul + RegisterOp.Slots => LoopCode.I32Mul_Slots,
        Opcode.I32Mul + RegisterOp.LoadOperand => LoopCode.I32Mul_LoadOperand,
        Opcode.I32Mul + RegisterOp.Update => LoopCode.I32Mul_Update,
        Opcode.I32Mul + RegisterOp.Immediate => LoopCode.I32Mul_Immediate,
        Opcode.I32DivS + RegisterOp.Slots => LoopCode.I32DivS_Slots,
        Opcode.I32DivS + RegisterOp.Immediate => LoopCode.I32DivS_Immediate,
        Opcode.I32DivU + RegisterOp.Slots => LoopCode.I32DivU_Slots,
        Opcode.I32DivU + RegisterOp.Immediate => LoopCode.I32DivU_Immediate,
        Opcode.I32RemS + RegisterOp.Slots => LoopCode.I32RemS_Slots,
        Opcode.I32RemS + RegisterOp.Immediate => LoopCode.I32RemS_Immediate,
        Opcode.I32RemU + RegisterOp.Slots => LoopCode.I32RemU_Slots,
        Opcode.I32RemU + RegisterOp.Immediate => LoopCode.I32RemU_Immediate,
        Opcode.I32And + RegisterOp.Slots => LoopCode.I32And_Slots,
        Opcode.I32And + RegisterOp.LoadOperand => LoopCode.I32And_LoadOperand,
        Opcode.I32And + RegisterOp.Update => LoopCode.I32And_Update,
        Opcode.I32And + RegisterOp.Immediate => LoopCode.I32And_Immediate,
        Opcode.I32Or + RegisterOp.Slots => LoopCode.I32Or_Slots,
        Opcode.I32Or + RegisterOp.LoadOperand => LoopCode.I32Or_LoadOperand,
        Opcode.I32Or + RegisterOp.Update => LoopCode.I32Or_Update,
        Opcode.I32Or + RegisterOp.Immediate => LoopCode.I32Or_Immediate,
        Opcode.I32Xor + RegisterOp.Slots => LoopCode.I32Xor_Slots,
        Opcode.I32Xor + RegisterOp.LoadOperand => LoopCode.I32Xor_LoadOperand,
        Opcode.I32Xor + RegisterOp.Update => LoopCode.I32Xor_Update,
        Opcode.I32Xor + RegisterOp.Immediate => LoopCode.I32Xor_Immediate,
        Opcode.I32Shl + RegisterOp.Slots => LoopCode.I32Shl_Slots,
        Opcode.I32Shl + RegisterOp.Immediate => LoopCode.I32Shl_Immediate,
        Opcode.I32ShrS + RegisterOp.Slots => LoopCode.I32ShrS_Slots,
        Opcode.I32ShrS + RegisterOp.Immediate => LoopCode.I32ShrS_Immediate,
        Opcode.I32ShrU + RegisterOp.Slots => LoopCode.I32ShrU_Slots,
        Opcode.I32ShrU + RegisterOp.Immediate => LoopCode.I32ShrU_Immediate,
        Opcode.I32Rotl + RegisterOp.Slots => LoopCode.I32Rotl_Slots,
        Opcode.I32Rotl + RegisterOp.Immediate => LoopCode.I32Rotl_Immediate,
        Opcode.I32Rotr + RegisterOp.Slots => LoopCode.I32Rotr_Slots,
        Opcode.I32Rotr + RegisterOp.Immediate => LoopCode.I32Rotr_Immediate,
        Opcode.I64Add + RegisterOp.Slots => LoopCode.I64Add_Slots,
        Opcode.I64Add + RegisterOp.LoadOperand => LoopCode.I64Add_LoadOperand,
        Opcode.I64Add + RegisterOp.Update => LoopCode.I64Add_Update,
        Opcode.I64Add + RegisterOp.Immediate => LoopCode.I64Add_Immediate,
        Opcode.I64Sub + RegisterOp.Slots => LoopCode.I64Sub_Slots,
        Opcode.I64Sub + RegisterOp.LoadOperand => LoopCode.I64Sub_LoadOperand,
        Opcode.I64Sub + RegisterOp.Update => LoopCode.I64Sub_Update,
        Opcode.I64Sub + RegisterOp.Immediate => LoopCode.I64Sub_Immediate,
        Opcode.I64Mul + RegisterOp.Slots => LoopCode.I64Mul_Slots,
        Opcode.I64Mul + RegisterOp.LoadOperand => LoopCode.I64Mul_LoadOperand,
        Opcode.I64Mul + RegisterOp.Update => LoopCode.I64Mul_Update,
        Opcode.I64Mul + RegisterOp.Immediate => LoopCode.I64Mul_Immediate,
        Opcode.I64DivS + RegisterOp.Slots => LoopCode.I64DivS_Slots,
        Opcode.I64DivS + RegisterOp.Immediate => LoopCode.I64DivS_Immediate,
        Opcode.I64DivU + RegisterOp.Slots => LoopCode.I64DivU_Slots,
        Opcode.I64DivU + RegisterOp.Immediate => LoopCode.I64DivU_Immediate,
        Opcode.I64RemS + RegisterOp.Slots => LoopCode.I64RemS_Slots,
        Opcode.I64RemS + RegisterOp.Immediate => LoopCode.I64RemS_Immediate,
        Opcode.I64RemU + RegisterOp.Slots => LoopCode.I64RemU_Slots,
        Opcode.I64RemU + RegisterOp.Immediate => LoopCode.I64RemU_Immediate,
        Opcode.I64And + RegisterOp.Slots => LoopCode.I64And_Slots,
        Opcode.I64And + RegisterOp.LoadOperand => LoopCode.I64And_LoadOperand,
        Opcode.I64And + RegisterOp.Update => LoopCode.I64And_Update,
        Opcode.I64And + RegisterOp.Immediate => LoopCode.I64And_Immediate,
        Opcode.I64Or + RegisterOp.Slots => LoopCode.I64Or_Slots,
        Opcode.I64Or + RegisterOp.LoadOperand => LoopCode.I64Or_LoadOperand,
        Opcode.I64Or + RegisterOp.Update => LoopCode.I64Or_Update,
        Opcode.I64Or + RegisterOp.Immediate => LoopCode.I64Or_Immediate,
        Opcode.I64Xor + RegisterOp.Slots => LoopCode.I64Xor_Slots,
        Opcode.I64Xor + RegisterOp.LoadOperand => LoopCode.I64Xor_LoadOperand,
        Opcode.I64Xor + RegisterOp.Update => LoopCode.I64Xor_Update,
        Opcode.I64Xor + RegisterOp.Immediate => LoopCode.I64Xor_Immediate,
        Opcode.I64Shl + RegisterOp.Slots => LoopCode.I64Shl_Slots,
        Opcode.I64Shl + RegisterOp.Immediate => LoopCode.I64Shl_Immediate,
        Opcode.I64ShrS + RegisterOp.Slots => LoopCode.I64ShrS_Slots,
        Opcode.I64ShrS + RegisterOp.Immediate => LoopCode.I64ShrS_Immediate,
        Opcode.I64ShrU + RegisterOp.Slots => LoopCode.I64ShrU_Slots,
        Opcode.I64ShrU + RegisterOp.Immediate => LoopCode.I64ShrU_Immediate,
        Opcode.I64Rotl + RegisterOp.Slots => LoopCode.I64Rotl_Slots,
        Opcode.I64Rotl + RegisterOp.Immediate => LoopCode.I64Rotl_Immediate,
        Opcode.I64Rotr + RegisterOp.Slots => LoopCode.I64Rotr_Slots,
        Opcode.I64Rotr + RegisterOp.Immediate => LoopCode.I64Rotr_Immediate,
        Opcode.F32Add + RegisterOp.Slots => LoopCode.F32Add_Slots,
        Opcode.F32Add + RegisterOp.LoadOperand => LoopCode.F32Add_LoadOperand,
        Opcode.F32Add + RegisterOp.Update => LoopCode.F32Add_Update,
        Opcode.F32Add + RegisterOp.UpdateProduct => LoopCode.F32Add_UpdateProduct,
        Opcode.F32Sub + RegisterOp.Slots => LoopCode.F32Sub_Slots,
        Opcode.F32Sub + RegisterOp.LoadOperand => LoopCode.F32Sub_LoadOperand,
        Opcode.F32Sub + RegisterOp.Update => LoopCode.F32Sub_Update,
        Opcode.F32Mul + RegisterOp.Slots => LoopCode.F32Mul_Slots,
        Opcode.F32Mul + RegisterOp.LoadOperand => LoopCode.F32Mul_LoadOperand,
        Opcode.F32Mul + RegisterOp.Update => LoopCode.F32Mul_Update,
        Opcode.F32Div + RegisterOp.Slots => LoopCode.F32Div_Slots,
        Opcode.F32Div + RegisterOp.LoadOperand => LoopCode.F32Div_LoadOperand,
        Opcode.F32Div + RegisterOp.Update => LoopCode.F32Div_Update,
        Opcode.F32Min + RegisterOp.Slots => LoopCode.F32Min_Slots,
        Opcode.F32Max + RegisterOp.Slots => LoopCode.F32Max_Slots,
        Opcode.F32Copysign + RegisterOp.Slots => LoopCode.F32Copysign_Slots,
        Opcode.F64Add + RegisterOp.Slots => LoopCode.F64Add_Slots,
        Opcode.F64Add + RegisterOp.LoadOperand => LoopCode.F64Add_LoadOperand,
        Opcode.F64Add + RegisterOp.Update => LoopCode.F64Add_Update,
        Opcode.F64Add + RegisterOp.UpdateProduct => LoopCode.F64Add_UpdateProduct,
        Opcode.F64Sub + RegisterOp.Slots => LoopCode.F64Sub_Slots,
        Opcode.F64Sub + RegisterOp.LoadOperand => LoopCode.F64Sub_LoadOperand,
        Opcode.F64Sub + RegisterOp.Update => LoopCode.F64Sub_Update,
        Opcode.F64Mul + RegisterOp.Slots => LoopCode.F64Mul_Slots,
        Opcode.F64Mul + RegisterOp.LoadOperand => LoopCode.F64Mul_LoadOperand,
        Opcode.F64Mul + RegisterOp.Update => LoopCode.F64Mul_Update,
        Opcode.F64Div + RegisterOp.Slots => LoopCode.F64Div_Slots,
        Opcode.F64Div + RegisterOp.LoadOperand => LoopCode.F64Div_LoadOperand,
        Opcode.F64Div + RegisterOp.Update => LoopCode.F64Div_Update,
        Opcode.F64Min + RegisterOp.Slots => LoopCode.F64Min_Slots,
        Opcode.F64Max + RegisterOp.Slots => LoopCode.F64Max_Slots,
        Opcode.F64Copysign + RegisterOp.Slots => LoopCode.F64Copysign_Slots,
        Opcode.I32Eqz + RegisterOp.Slots => LoopCode.I32Eqz_Slots,
        Opcode.I64Eqz + RegisterOp.Slots => LoopCode.I64Eqz_Slots,
        Opcode.I32Clz + RegisterOp.Slots => LoopCode.I32Clz_Slots,
        Opcode.I32Ctz + RegisterOp.Slots => LoopCode.I32Ctz_Slots,
        Opcode.I32Popcnt + RegisterOp.Slots => LoopCode.I32Popcnt_Slots,
        Opcode.I64Clz + RegisterOp.Slots => LoopCode.I64Clz_Slots,
        Opcode.I64Ctz + RegisterOp.Slots => LoopCode.I64Ctz_Slots,
        Opcode.I64Popcnt + RegisterOp.Slots => LoopCode.I64Popcnt_Slots,
        Opcode.F32Abs + RegisterOp.Slots => LoopCode.F32Abs_Slots,
        Opcode.F32Neg + RegisterOp.Slots => LoopCode.F32Neg_Slots,
        Opcode.F32Ceil + RegisterOp.Slots => LoopCode.F32Ceil_Slots,
        Opcode.F32Floor + RegisterOp.Slots => LoopCode.F32Floor_Slots,
        Opcode.F32Trunc + RegisterOp.Slots => LoopCode.F32Trunc_Slots,
        Opcode.F32Nearest + RegisterOp.Slots => LoopCode.F32Nearest_Slots,
        Opcode.F32Sqrt + RegisterOp.Slots => LoopCode.F32Sqrt_Slots,
        Opcode.F64Abs + RegisterOp.Slots => LoopCode.F64Abs_Slots,
        Opcode.F64Neg + RegisterOp.Slots => LoopCode.F64Neg_Slots,
        Opcode.F64Ceil + RegisterOp.Slots => LoopCode.F64Ceil_Slots,
        Opcode.F64Floor + RegisterOp.Slots => LoopCode.F64Floor_Slots,
        Opcode.F64Trunc + RegisterOp.Slots => LoopCode.F64Trunc_Slots,
        Opcode.F64Nearest + RegisterOp.Slots => LoopCode.F64Nearest_Slots,
        Opcode.F64Sqrt + RegisterOp.Slots => LoopCode.F64Sqrt_Slots,
        Opcode.I32WrapI64 + RegisterOp.Slots => LoopCode.I32WrapI64_Slots,
        Opcode.I32TruncF32S + RegisterOp.Slots => LoopCode.I32TruncF32S_Slots,
        Opcode.I32TruncF32U + RegisterOp.Slots => LoopCode.I32TruncF32U_Slots,
        Opcode.I32TruncF64S + RegisterOp.Slots => LoopCode.I32TruncF64S_Slots,
        Opcode.I32TruncF64U + RegisterOp.Slots => LoopCode.I32TruncF64U_Slots,
        Opcode.I64ExtendI32S + RegisterOp.Slots => LoopCode.I64ExtendI32S_Slots,
        Opcode.I64ExtendI32U + RegisterOp.Slots => LoopCode.I64ExtendI32U_Slots,
        Opcode.I64TruncF32S + RegisterOp.Slots => LoopCode.I64TruncF32S_Slots,
        Opcode.I64TruncF32U + RegisterOp.Slots => LoopCode.I64TruncF32U_Slots,
        Opcode.I64TruncF64S + RegisterOp.Slots => LoopCode.I64TruncF64S_Slots,
        Opcode.I64TruncF64U + RegisterOp.Slots => LoopCode.I64TruncF64U_Slots,
        Opcode.F32ConvertI32S + RegisterOp.Slots => LoopCode.F32ConvertI32S_Slots,
        Opcode.F32ConvertI32U + RegisterOp.Slots => LoopCode.F32ConvertI32U_Slots,
        Opcode.F32ConvertI64S + RegisterOp.Slots => LoopCode.F32ConvertI64S_Slots,
        Opcode.F32ConvertI64U + RegisterOp.Slots => LoopCode.F32ConvertI64U_Slots,
        Opcode.F32DemoteF64 + RegisterOp.Slots => LoopCode.F32DemoteF64_Slots,
        Opcode.F64ConvertI32S + RegisterOp.Slots => LoopCode.F64ConvertI32S_Slots,
        Opcode.F64ConvertI32U + RegisterOp.Slots => LoopCode.F64ConvertI32U_Slots,
        Opcode.F64ConvertI64S + RegisterOp.Slots => LoopCode.F64ConvertI64S_Slots,
        Opcode.F64ConvertI64U + RegisterOp.Slots => LoopCode.F64ConvertI64U_Slots,
        Opcode.F64PromoteF32 + RegisterOp.Slots => LoopCode.F64PromoteF32_Slots,
        Opcode.I32Extend8S + RegisterOp.Slots => LoopCode.I32Extend8S_Slots,
        Opcode.I32Extend16S + RegisterOp.Slots => LoopCode.I32Extend16S_Slots,
        Opcode.I64Extend8S + RegisterOp.Slots => LoopCode.I64Extend8S_Slots,
        Opcode.I64Extend16S + RegisterOp.Slots => LoopCode.I64Extend16S_Slots,
        Opcode.I64Extend32S + RegisterOp.Slots => LoopCode.I64Extend32S_Slots,
        Opcode.I32TruncSatF32S + RegisterOp.Slots => LoopCode.I32TruncSatF32S_Slots,
        Opcode.I32TruncSatF32U + RegisterOp.Slots => LoopCode.I32TruncSatF32U_Slots,
        Opcode.I32TruncSatF64S + RegisterOp.Slots => LoopCode.I32TruncSatF64S_Slots,
        Opcode.I32TruncSatF64U + RegisterOp.Slots => LoopCode.I32TruncSatF64U_Slots,
        Opcode.I64TruncSatF32S + RegisterOp.Slots => LoopCode.I64TruncSatF32S_Slots,
        Opcode.I64TruncSatF32U + RegisterOp.Slots => LoopCode.I64TruncSatF32U_Slots,
        Opcode.I64TruncSatF64S + RegisterOp.Slots => LoopCode.I64TruncSatF64S_Slots,
        Opcode.I64TruncSatF64U + RegisterOp.Slots => LoopCode.I64TruncSatF64U_Slots,
        Opcode.I32Load + RegisterOp.Slots => LoopCode.I32Load_Slots,
        Opcode.I32Load + RegisterOp.AddressSlots => LoopCode.I32Load_AddressSlots,
        Opcode.I32Load + RegisterOp.AddressImmediate => LoopCode.I32Load_AddressImmediate,
        Opcode.I64Load + RegisterOp.Slots => LoopCode.I64Load_Slots,
        Opcode.I64Load + RegisterOp.AddressSlots => LoopCode.I64Load_AddressSlots,
        Opcode.I64Load + RegisterOp.AddressImmediate => LoopCode.I64Load_AddressImmediate,
        Opcode.F32Load + RegisterOp.Slots => LoopCode.F32Load_Slots,
        Opcode.F32Load + RegisterOp.AddressSlots => LoopCode.F32Load_AddressSlots,
        Opcode.F32Load + RegisterOp.AddressImmediate => LoopCode.F32Load_AddressImmediate,
        Opcode.F64Load + RegisterOp.Slots => LoopCode.F64Load_Slots,
        Opcode.F64Load + RegisterOp.AddressSlots => LoopCode.F64Load_AddressSlots,
        Opcode.F64Load + RegisterOp.AddressImmediate => LoopCode.F64Load_AddressImmediate,
        Opcode.I32Load8S + RegisterOp.Slots => LoopCode.I32Load8S_Slots,
        Opcode.I32Load8S + RegisterOp.AddressSlots => LoopCode.I32Load8S_AddressSlots,
        Opcode.I32Load8S + RegisterOp.AddressImmediate => LoopCode.I32Load8S_AddressImmediate,
        Opcode.I32Load8U + RegisterOp.Slots => LoopCode.I32Load8U_Slots,
        Opcode.I32Load8U + RegisterOp.AddressSlots => LoopCode.I32Load8U_AddressSlots,
        Opcode.I32Load8U + RegisterOp.AddressImmediate => LoopCode.I32Load8U_AddressImmediate,
        Opcode.I32Load16S + RegisterOp.Slots => LoopCode.I32Load16S_Slots,
        Opcode.I32Load16S + RegisterOp.AddressSlots => LoopCode.I32Load16S_AddressSlots,
        Opcode.I32Load16S + RegisterOp.AddressImmediate => LoopCode.I32Load16S_AddressImmediate,
        Opcode.I32Load16U + RegisterOp.Slots => LoopCode.I32Load16U_Slots,
        Opcode.I32Load16U + RegisterOp.AddressSlots => LoopCode.I32Load16U_AddressSlots,
        Opcode.I32Load16U + RegisterOp.AddressImmediate => LoopCode.I32Load16U_AddressImmediate,
        Opcode.I64Load8S + RegisterOp.Slots => LoopCode.I64Load8S_Slots,
        Opcode.I64Load8S + RegisterOp.AddressSlots => LoopCode.I64Load8S_AddressSlots,
        Opcode.I64Load8S + RegisterOp.AddressImmediate => LoopCode.I64Load8S_AddressImmediate,
        Opcode.I64Load8U + RegisterOp.Slots => LoopCode.I64Load8U_Slots,
        Opcode.I64Load8U + RegisterOp.AddressSlots => LoopCode.I64Load8U_AddressSlots,
        Opcode.I64Load8U + RegisterOp.AddressImmediate => LoopCode.I64Load8U_AddressImmediate,
        Opcode.I64Load16S + RegisterOp.Slots => LoopCode.I64Load16S_Slots,
        Opcode.I64Load16S + RegisterOp.AddressSlots => LoopCode.I64Load16S_AddressSlots,
        Opcode.I64Load16S + RegisterOp.AddressImmediate => LoopCode.I64Load16S_AddressImmediate,
        Opcode.I64Load16U + RegisterOp.Slots => LoopCode.I64Load16U_Slots,
        Opcode.I64Load16U + RegisterOp.AddressSlots => LoopCode.I64Load16U_AddressSlots,
        Opcode.I64Load16U + RegisterOp.AddressImmediate => LoopCode.I64Load16U_AddressImmediate,
        Opcode.I64Load32S + RegisterOp.Slots => LoopCode.I64Load32S_Slots,
        Opcode.I64Load32S + RegisterOp.AddressSlots => LoopCode.I64Load32S_AddressSlots,
        Opcode.I64Load32S + RegisterOp.AddressImmediate => LoopCode.I64Load32S_AddressImmediate,
        Opcode.I64Load32U + RegisterOp.Slots => LoopCode.I64Load32U_Slots,
        Opcode.I64Load32U + RegisterOp.AddressSlots => LoopCode.I64Load32U_AddressSlots,
        Opcode.I64Load32U + RegisterOp.AddressImmediate => LoopCode.I64Load32U_AddressImmediate,
        Opcode.I32Store + RegisterOp.Slots => LoopCode.I32Store_Slots,
        Opcode.I32Store + RegisterOp.AddressSlots => LoopCode.I32Store_AddressSlots,
        Opcode.I32Store + RegisterOp.AddressImmediate => LoopCode.I32Store_AddressImmediate,
        Opcode.I32Store + RegisterOp.StoreImmediate => LoopCode.I32Store_StoreImmediate,
        Opcode.I64Store + RegisterOp.Slots => LoopCode.I64Store_Slots,
        Opcode.I64Store + RegisterOp.AddressSlots => LoopCode.I64Store_AddressSlots,
        Opcode.I64Store + RegisterOp.AddressImmediate => LoopCode.I64Store_AddressImmediate,
        Opcode.I64Store + RegisterOp.StoreImmediate => LoopCode.I64Store_StoreImmediate,
        Opcode.F32Store + RegisterOp.Slots => LoopCode.F32Store_Slots,
        Opcode.F32Store + RegisterOp.AddressSlots => LoopCode.F32Store_AddressSlots,
        Opcode.F32Store + RegisterOp.AddressImmediate => LoopCode.F32Store_AddressImmediate,
        Opcode.F32Store + RegisterOp.StoreImmediate => LoopCode.F32Store_StoreImmediate,
        Opcode.F64Store + RegisterOp.Slots => LoopCode.F64Store_Slots,
        Opcode.F64Store + RegisterOp.AddressSlots => LoopCode.F64Store_AddressSlots,
        Opcode.F64Store + RegisterOp.AddressImmediate => LoopCode.F64Store_AddressImmediate,
        Opcode.F64Store + RegisterOp.StoreImmediate => LoopCode.F64Store_StoreImmediate,
        Opcode.I32Store8 + RegisterOp.Slots => LoopCode.I32Store8_Slots,
        Opcode.I32Store8 + RegisterOp.AddressSlots => LoopCode.I32Store8_AddressSlots,
        Opcode.I32Store8 + RegisterOp.AddressImmediate => LoopCode.I32Store8_AddressImmediate,
        Opcode.I32Store8 + RegisterOp.StoreImmediate => LoopCode.I32Store8_StoreImmediate,
        Opcode.I32Store16 + RegisterOp.Slots => LoopCode.I32Store16_Slots,
        Opcode.I32Store16 + RegisterOp.AddressSlots => LoopCode.I32Store16_AddressSlots,
        Opcode.I32Store16 + RegisterOp.AddressImmediate => LoopCode.I32Store16_AddressImmediate,
        Opcode.I32Store16 + RegisterOp.StoreImmediate => LoopCode.I32Store16_StoreImmediate,
        Opcode.I64Store8 + RegisterOp.Slots => LoopCode.I64Store8_Slots,
        Opcode.I64Store8 + RegisterOp.AddressSlots => LoopCode.I64Store8_AddressSlots,
        Opcode.I64Store8 + RegisterOp.AddressImmediate => LoopCode.I64Store8_AddressImmediate,
        Opcode.I64Store8 + RegisterOp.StoreImmediate => LoopCode.I64Store8_StoreImmediate,
        Opcode.I64Store16 + RegisterOp.Slots => LoopCode.I64Store16_Slots,
        Opcode.I64Store16 + RegisterOp.AddressSlots => LoopCode.I64Store16_AddressSlots,
        Opcode.I64Store16 + RegisterOp.AddressImmediate => LoopCode.I64Store16_AddressImmediate,
        Opcode.I64Store16 + RegisterOp.StoreImmediate => LoopCode.I64Store16_StoreImmediate,
        Opcode.I64Store32 + RegisterOp.Slots => LoopCode.I64Store32_Slots,
        Opcode.I64Store32 + RegisterOp.AddressSlots => LoopCode.I64Store32_AddressSlots,
        Opcode.I64Store32 + RegisterOp.AddressImmediate => LoopCode.I64Store32_AddressImmediate,
        Opcode.I64Store32 + RegisterOp.StoreImmediate => LoopCode.I64Store32_StoreImmediate,
        Opcode.I32Eq + RegisterOp.JumpSlots => LoopCode.I32Eq_JumpSlots,
        Opcode.I32Eq + RegisterOp.StepJumpSlots => LoopCode.I32Eq_StepJumpSlots,
        Opcode.I32Eq + RegisterOp.JumpImmediate => LoopCode.I32Eq_JumpImmediate,
        Opcode.I32Eq + RegisterOp.StepJumpImmediate => LoopCode.I32Eq_StepJumpImmediate,
        Opcode.I32Ne + RegisterOp.JumpSlots => LoopCode.I32Ne_JumpSlots,
        Opcode.I32Ne + RegisterOp.StepJumpSlots => LoopCode.I32Ne_StepJumpSlots,
        Opcode.I32Ne + RegisterOp.JumpImmediate => LoopCode.I32Ne_JumpImmediate,
        Opcode.I32Ne + RegisterOp.StepJumpImmediate => LoopCode.I32Ne_StepJumpImmediate,
        Opcode.I32LtS + RegisterOp.JumpSlots => LoopCode.I32LtS_JumpSlots,
        Opcode.I32LtS + RegisterOp.StepJumpSlots => LoopCode.I32LtS_StepJumpSlots,
        Opcode.I32LtS + RegisterOp.JumpImmediate => LoopCode.I32LtS_JumpImmediate,
        Opcode.I32LtS + RegisterOp.StepJumpImmediate => LoopCode.I32LtS_StepJumpImmediate,
        Opcode.I32LtU + RegisterOp.JumpSlots => LoopCode.I32LtU_JumpSlots,
        Opcode.I32LtU + RegisterOp.StepJumpSlots => LoopCode.I32LtU_StepJumpSlots,
        Opcode.I32LtU + RegisterOp.JumpImmediate => LoopCode.I32LtU_JumpImmediate,
        Opcode.I32LtU + RegisterOp.StepJumpImmediate => LoopCode.I32LtU_StepJumpImmediate,
        Opcode.I32GtS + RegisterOp.JumpSlots => LoopCode.I32GtS_JumpSlots,
        Opcode.I32GtS + RegisterOp.StepJumpSlots => LoopCode.I32GtS_StepJumpSlots,
        Opcode.I32GtS + RegisterOp.JumpImmediate => LoopCode.I32GtS_JumpImmediate,
        Opcode.I32GtS + RegisterOp.StepJumpImmediate => LoopCode.I32GtS_StepJumpImmediate,
        Opcode.I32GtU + RegisterOp.JumpSlots => LoopCode.I32GtU_JumpSlots,
        Opcode.I32GtU + RegisterOp.StepJumpSlots => LoopCode.I32GtU_StepJumpSlots,
        Opcode.I32GtU + RegisterOp.JumpImmediate => LoopCode.I32GtU_JumpImmediate,
        Opcode.I32GtU + RegisterOp.StepJumpImmediate => LoopCode.I32GtU_StepJumpImmediate,
        Opcode.I32LeS + RegisterOp.JumpSlots => LoopCode.I32LeS_JumpSlots,
        Opcode.I32LeS + RegisterOp.StepJumpSlots => LoopCode.I32LeS_StepJumpSlots,
        Opcode.I32LeS + RegisterOp.JumpImmediate => LoopCode.I32LeS_JumpImmediate,
        Opcode.I32LeS + RegisterOp.StepJumpImmediate => LoopCode.I32LeS_StepJumpImmediate,
        Opcode.I32LeU + RegisterOp.JumpSlots => LoopCode.I32LeU_JumpSlots,
        Opcode.I32LeU + RegisterOp.StepJumpSlots => LoopCode.I32LeU_StepJumpSlots,
        Opcode.I32LeU + RegisterOp.JumpImmediate => LoopCode.I32LeU_JumpImmediate,
        Opcode.I32LeU + RegisterOp.StepJumpImmediate => LoopCode.I32LeU_StepJumpImmediate,
        Opcode.I32GeS + RegisterOp.JumpSlots => LoopCode.I32GeS_JumpSlots,
        Opcode.I32GeS + RegisterOp.StepJumpSlots => LoopCode.I32GeS_StepJumpSlots,
        Opcode.I32GeS + RegisterOp.JumpImmediate => LoopCode.I32GeS_JumpImmediate,
        Opcode.I32GeS + RegisterOp.StepJumpImmediate => LoopCode.I32GeS_StepJumpImmediate,
        Opcode.I32GeU + RegisterOp.JumpSlots => LoopCode.I32GeU_JumpSlots,
        Opcode.I32GeU + RegisterOp.StepJumpSlots => LoopCode.I32GeU_StepJumpSlots,
        Opcode.I32GeU + RegisterOp.JumpImmediate => LoopCode.I32GeU_JumpImmediate,
        Opcode.I32GeU + RegisterOp.StepJumpImmediate => LoopCode.I32GeU_StepJumpImmediate,
        Opcode.I64Eq + RegisterOp.JumpSlots => LoopCode.I64Eq_JumpSlots,
        Opcode.I64Eq + RegisterOp.JumpImmediate => LoopCode.I64Eq_JumpImmediate,
        Opcode.I64Ne + RegisterOp.JumpSlots => LoopCode.I64Ne_JumpSlots,
        Opcode.I64Ne + RegisterOp.JumpImmediate => LoopCode.I64Ne_JumpImmediate,
        Opcode.I64LtS + RegisterOp.JumpSlots => LoopCode.I64LtS_JumpSlots,
        Opcode.I64LtS + RegisterOp.JumpImmediate => LoopCode.I64LtS_JumpImmediate,
        Opcode.I64LtU + RegisterOp.JumpSlots => LoopCode.I64LtU_JumpSlots,
        Opcode.I64LtU + RegisterOp.JumpImmediate => LoopCode.I64LtU_JumpImmediate,
        Opcode.I64GtS + RegisterOp.JumpSlots => LoopCode.I64GtS_JumpSlots,
        Opcode.I64GtS + RegisterOp.JumpImmediate => LoopCode.I64GtS_JumpImmediate,
        Opcode.I64GtU + RegisterOp.JumpSlots => LoopCode.I64GtU_JumpSlots,
        Opcode.I64GtU + RegisterOp.JumpImmediate => LoopCode.I64GtU_JumpImmediate,
        Opcode.I64LeS + RegisterOp.JumpSlots => LoopCode.I64LeS_JumpSlots,
        Opcode.I64LeS + RegisterOp.JumpImmediate => LoopCode.I64LeS_JumpImmediate,
        Opcode.I64LeU + RegisterOp.JumpSlots => LoopCode.I64LeU_JumpSlots,
        Opcode.I64LeU + RegisterOp.JumpImmediate => LoopCode.I64LeU_JumpImmediate,
        Opcode.I64GeS + RegisterOp.JumpSlots => LoopCode.I64GeS_JumpSlots,
        Opcode.I64GeS + RegisterOp.JumpImmediate => LoopCode.I64GeS_JumpImmediate,
        Opcode.I64GeU + RegisterOp.JumpSlots => LoopCode.I64GeU_JumpSlots,
        Opcode.I64GeU + RegisterOp.JumpImmediate => LoopCode.I64GeU_JumpImmediate,
        _ => LoopCode.Other,
    };

    /// <summary>
    /// Which fields of an op hold slots, per loop code (bits: 1 A, 2 B, 4 C, 8 D, 16 H): a built
    /// <see cref="InterpretedFunction"/> holds them as byte offsets from the frame base, which the loop
    /// adds to its frame pointer without scaling. Read off the handlers' uses of <c>(byte*)fp + ip->X</c>.
    /// </summary>
    public static ReadOnlySpan<byte> SlotFields =>
    [
        0, // Unreachable
        0, // Else
        28, // BrIf
        20, // Br
        2, // BrTable
        16, // Return
        16, // Call
        17, // CallDirect
        16, // CallIndirect
        15, // Select
        3, // LocalGet
        1, // GlobalGet
        2, // GlobalSet
        1, // I32Const
        16, // MemorySize
        16, // MemoryGrow
        7, // I32Eq_Slots
        3, // I32Eq_Immediate
        7, // I32Ne_Slots
        3, // I32Ne_Immediate
        7, // I32LtS_Slots
        3, // I32LtS_Immediate
        7, // I32LtU_Slots
        3, // I32LtU_Immediate
        7, // I32GtS_Slots
        3, // I32GtS_Immediate
        7, // I32GtU_Slots
        3, // I32GtU_Immediate
        7, // I32LeS_Slots
        3, // I32LeS_Immediate
        7, // I32LeU_Slots
        3, // I32LeU_Immediate
        7, // I32GeS_Slots
        3, // I32GeS_Immediate
        7, // I32GeU_Slots
        3, // I32GeU_Immediate
        7, // I64Eq_Slots
        3, // I64Eq_Immediate
        7, // I64Ne_Slots
        3, // I64Ne_Immediate
        7, // I64LtS_Slots
        3, // I64LtS_Immediate
        7, // I64LtU_Slots
        3, // I64LtU_Immediate
        7, // I64GtS_Slots
        3, // I64GtS_Immediate
        7, // I64GtU_Slots
        3, // I64GtU_Immediate
        7, // I64LeS_Slots
        3, // I64LeS_Immediate
        7, // I64LeU_Slots
        3, // I64LeU_Immediate
        7, // I64GeS_Slots
        3, // I64GeS_Immediate
        7, // I64GeU_Slots
        3, // I64GeU_Immediate
        7, // F32Eq_Slots
        7, // F32Ne_Slots
        7, // F32Lt_Slots
        7, // F32Gt_Slots
        7, // F32Le_Slots
        7, // F32Ge_Slots
        7, // F64Eq_Slots
        7, // F64Ne_Slots
        7, // F64Lt_Slots
        7, // F64Gt_Slots
        7, // F64Le_Slots
        7, // F64Ge_Slots
        7, // I32Add_Slots
        7, // I32Add_LoadOperand
        6, // I32Add_Update
        3, // I32Add_Immediate
        7, // I32Sub_Slots
        7, // I32Sub_LoadOperand
        6, // I32Sub_Update
        3, // I32Sub_Immediate
        7, // I32Mul_Slots
        7, // I32Mul_LoadOperand
        6, // I32Mul_Update
        3, // I32Mul_Immediate
        7, // I32DivS_Slots
        3, // I32DivS_Immediate
        7, // I32DivU_Slots
        3, // I32DivU_Immediate
        7, // I32RemS_Slots
        3, // I32RemS_Immediate
        7, // I32RemU_Slots
        3, // I32RemU_Immediate
        7, // I32And_Slots
        7, // I32And_LoadOperand
        6, // I32And_Update
        3, // I32And_Immediate
        7, // I32Or_Slots
        7, // I32Or_LoadOperand
        6, // I32Or_Update
        3, // I32Or_Immediate
        7, // I32Xor_Slots
        7, // I32Xor_LoadOperand
        6, // I32Xor_Update
        3, // I32Xor_Immediate
        7, // I32Shl_Slots
        3, // I32Shl_Immediate
        7, // I32ShrS_Slots
        3, // I32ShrS_Immediate
        7, // I32ShrU_Slots
        3, // I32ShrU_Immediate
        7, // I32Rotl_Slots
        3, // I32Rotl_Immediate
        7, // I32Rotr_Slots
        3, // I32Rotr_Immediate
        7, // I64Add_Slots
        7, // I64Add_LoadOperand
        6, // I64Add_Update
        3, // I64Add_Immediate
        7, // I64Sub_Slots
        7, // I64Sub_LoadOperand
        6, // I64Sub_Update
        3, // I64Sub_Immediate
        7, // I64Mul_Slots
        7, // I64Mul_LoadOperand
        6, // I64Mul_Update
        3, // I64Mul_Immediate
        7, // I64DivS_Slots
        3, // I64DivS_Immediate
        7, // I64DivU_Slots
        3, // I64DivU_Immediate
        7, // I64RemS_Slots
        3, // I64RemS_Immediate
        7, // I64RemU_Slots
        3, // I64RemU_Immediate
        7, // I64And_Slots
        7, // I64And_LoadOperand
        6, // I64And_Update
        3, // I64And_Immediate
        7, // I64Or_Slots
        7, // I64Or_LoadOperand
        6, // I64Or_Update
        3, // I64Or_Immediate
        7, // I64Xor_Slots
        7, // I64Xor_LoadOperand
        6, // I64Xor_Update
        3, // I64Xor_Immediate
        7, // I64Shl_Slots
        3, // I64Shl_Immediate
        7, // I64ShrS_Slots
        3, // I64ShrS_Immediate
        7, // I64ShrU_Slots
        3, // I64ShrU_Immediate
        7, // I64Rotl_Slots
        3, // I64Rotl_Immediate
        7, // I64Rotr_Slots
        3, // I64Rotr_Immediate
        7, // F32Add_Slots
        7, // F32Add_LoadOperand
        6, // F32Add_Update
        7, // F32Add_UpdateProduct
        7, // F32Sub_Slots
        7, // F32Sub_LoadOperand
        6, // F32Sub_Update
        7, // F32Mul_Slots
        7, // F32Mul_LoadOperand
        6, // F32Mul_Update
        7, // F32Div_Slots
        7, // F32Div_LoadOperand
        6, // F32Div_Update
        7, // F32Min_Slots
        7, // F32Max_Slots
        7, // F32Copysign_Slots
        7, // F64Add_Slots
        7, // F64Add_LoadOperand
        6, // F64Add_Update
        7, // F64Add_UpdateProduct
        7, // F64Sub_Slots
        7, // F64Sub_LoadOperand
        6, // F64Sub_Update
        7, // F64Mul_Slots
        7, // F64Mul_LoadOperand
        6, // F64Mul_Update
        7, // F64Div_Slots
        7, // F64Div_LoadOperand
        6, // F64Div_Update
        7, // F64Min_Slots
        7, // F64Max_Slots
        7, // F64Copysign_Slots
        3, // I32Eqz_Slots
        3, // I64Eqz_Slots
        3, // I32Clz_Slots
        3, // I32Ctz_Slots
        3, // I32Popcnt_Slots
        3, // I64Clz_Slots
        3, // I64Ctz_Slots
        3, // I64Popcnt_Slots
        3, // F32Abs_Slots
        3, // F32Neg_Slots
        3, // F32Ceil_Slots
        3, // F32Floor_Slots
        3, // F32Trunc_Slots
        3, // F32Nearest_Slots
        3, // F32Sqrt_Slots
        3, // F64Abs_Slots
        3, // F64Neg_Slots
        3, // F64Ceil_Slots
        3, // F64Floor_Slots
        3, // F64Trunc_Slots
        3, // F64Nearest_Slots
        3, // F64Sqrt_Slots
        3, // I32WrapI64_Slots
        3, // I32TruncF32S_Slots
        3, // I32TruncF32U_Slots
        3, // I32TruncF64S_Slots
        3, // I32TruncF64U_Slots
        3, // I64ExtendI32S_Slots
        3, // I64ExtendI32U_Slots
        3, // I64TruncF32S_Slots
        3, // I64TruncF32U_Slots
        3, // I64TruncF64S_Slots
        3, // I64TruncF64U_Slots
        3, // F32ConvertI32S_Slots
        3, // F32ConvertI32U_Slots
        3, // F32ConvertI64S_Slots
        3, // F32ConvertI64U_Slots
        3, // F32DemoteF64_Slots
        3, // F64ConvertI32S_Slots
        3, // F64ConvertI32U_Slots
        3, // F64ConvertI64S_Slots
        3, // F64ConvertI64U_Slots
        3, // F64PromoteF32_Slots
        3, // I32Extend8S_Slots
        3, // I32Extend16S_Slots
        3, // I64Extend8S_Slots
        3, // I64Extend16S_Slots
        3, // I64Extend32S_Slots
        3, // I32TruncSatF32S_Slots
        3, // I32TruncSatF32U_Slots
        3, // I32TruncSatF64S_Slots
        3, // I32TruncSatF64U_Slots
        3, // I64TruncSatF32S_Slots
        3, // I64TruncSatF32U_Slots
        3, // I64TruncSatF64S_Slots
        3, // I64TruncSatF64U_Slots
        3, // I32Load_Slots
        11, // I32Load_AddressSlots
        3, // I32Load_AddressImmediate
        3, // I64Load_Slots
        11, // I64Load_AddressSlots
        3, // I64Load_AddressImmediate
        3, // F32Load_Slots
        11, // F32Load_AddressSlots
        3, // F32Load_AddressImmediate
        3, // F64Load_Slots
        11, // F64Load_AddressSlots
        3, // F64Load_AddressImmediate
        3, // I32Load8S_Slots
        11, // I32Load8S_AddressSlots
        3, // I32Load8S_AddressImmediate
        3, // I32Load8U_Slots
        11, // I32Load8U_AddressSlots
        3, // I32Load8U_AddressImmediate
        3, // I32Load16S_Slots
        11, // I32Load16S_AddressSlots
        3, // I32Load16S_AddressImmediate
        3, // I32Load16U_Slots
        11, // I32Load16U_AddressSlots
        3, // I32Load16U_AddressImmediate
        3, // I64Load8S_Slots
        11, // I64Load8S_AddressSlots
        3, // I64Load8S_AddressImmediate
        3, // I64Load8U_Slots
        11, // I64Load8U_AddressSlots
        3, // I64Load8U_AddressImmediate
        3, // I64Load16S_Slots
        11, // I64Load16S_AddressSlots
        3, // I64Load16S_AddressImmediate
        3, // I64Load16U_Slots
        11, // I64Load16U_AddressSlots
        3, // I64Load16U_AddressImmediate
        3, // I64Load32S_Slots
        11, // I64Load32S_AddressSlots
        3, // I64Load32S_AddressImmediate
        3, // I64Load32U_Slots
        11, // I64Load32U_AddressSlots
        3, // I64Load32U_AddressImmediate
        3, // I32Store_Slots
        11, // I32Store_AddressSlots
        3, // I32Store_AddressImmediate
        1, // I32Store_StoreImmediate
        3, // I64Store_Slots
        11, // I64Store_AddressSlots
        3, // I64Store_AddressImmediate
        1, // I64Store_StoreImmediate
        3, // F32Store_Slots
        11, // F32Store_AddressSlots
        3, // F32Store_AddressImmediate
        1, // F32Store_StoreImmediate
        3, // F64Store_Slots
        11, // F64Store_AddressSlots
        3, // F64Store_AddressImmediate
        1, // F64Store_StoreImmediate
        3, // I32Store8_Slots
        11, // I32Store8_AddressSlots
        3, // I32Store8_AddressImmediate
        1, // I32Store8_StoreImmediate
        3, // I32Store16_Slots
        11, // I32Store16_AddressSlots
        3, // I32Store16_AddressImmediate
        1, // I32Store16_StoreImmediate
        3, // I64Store8_Slots
        11, // I64Store8_AddressSlots
        3, // I64Store8_AddressImmediate
        1, // I64Store8_StoreImmediate
        3, // I64Store16_Slots
        11, // I64Store16_AddressSlots
        3, // I64Store16_AddressImmediate
        1, // I64Store16_StoreImmediate
        3, // I64Store32_Slots
        11, // I64Store32_AddressSlots
        3, // I64Store32_AddressImmediate
        1, // I64Store32_StoreImmediate
        6, // I32Eq_JumpSlots
        3, // I32Eq_StepJumpSlots
        2, // I32Eq_JumpImmediate
        1, // I32Eq_StepJumpImmediate
        6, // I32Ne_JumpSlots
        3, // I32Ne_StepJumpSlots
        2, // I32Ne_JumpImmediate
        1, // I32Ne_StepJumpImmediate
        6, // I32LtS_JumpSlots
        3, // I32LtS_StepJumpSlots
        2, // I32LtS_JumpImmediate
        1, // I32LtS_StepJumpImmediate
        6, // I32LtU_JumpSlots
        3, // I32LtU_StepJumpSlots
        2, // I32LtU_JumpImmediate
        1, // I32LtU_StepJumpImmediate
        6, // I32GtS_JumpSlots
        3, // I32GtS_StepJumpSlots
        2, // I32GtS_JumpImmediate
        1, // I32GtS_StepJumpImmediate
        6, // I32GtU_JumpSlots
        3, // I32GtU_StepJumpSlots
        2, // I32GtU_JumpImmediate
        1, // I32GtU_StepJumpImmediate
        6, // I32LeS_JumpSlots
        3, // I32LeS_StepJumpSlots
        2, // I32LeS_JumpImmediate
        1, // I32LeS_StepJumpImmediate
        6, // I32LeU_JumpSlots
        3, // I32LeU_StepJumpSlots
        2, // I32LeU_JumpImmediate
        1, // I32LeU_StepJumpImmediate
        6, // I32GeS_JumpSlots
        3, // I32GeS_StepJumpSlots
        2, // I32GeS_JumpImmediate
        1, // I32GeS_StepJumpImmediate
        6, // I32GeU_JumpSlots
        3, // I32GeU_StepJumpSlots
        2, // I32GeU_JumpImmediate
        1, // I32GeU_StepJumpImmediate
        6, // I64Eq_JumpSlots
        2, // I64Eq_JumpImmediate
        6, // I64Ne_JumpSlots
        2, // I64Ne_JumpImmediate
        6, // I64LtS_JumpSlots
        2, // I64LtS_JumpImmediate
        6, // I64LtU_JumpSlots
        2, // I64LtU_JumpImmediate
        6, // I64GtS_JumpSlots
        2, // I64GtS_JumpImmediate
        6, // I64GtU_JumpSlots
        2, // I64GtU_JumpImmediate
        6, // I64LeS_JumpSlots
        2, // I64LeS_JumpImmediate
        6, // I64LeU_JumpSlots
        2, // I64LeU_JumpImmediate
        6, // I64GeS_JumpSlots
        2, // I64GeS_JumpImmediate
        6, // I64GeU_JumpSlots
        2, // I64GeU_JumpImmediate
        16, // Other
    ];

    /// <summary>The translator's code that <paramref name="loop"/> stands for.</summary>
    public static Opcode CodeOf(LoopCode loop) => loop switch
    {
        LoopCode.Unreachable => Opcode.Unreachable,
        LoopCode.Else => Opcode.Else,
        LoopCode.BrIf => Opcode.BrIf,
        LoopCode.Br => Opcode.Br,
        LoopCode.BrTable => Opcode.BrTable,
        LoopCode.Return => Opcode.Return,
        LoopCode.Call => Opcode.Call,
        LoopCode.CallDirect => RegisterOp.CallDirect,
        LoopCode.CallIndirect => Opcode.CallIndirect,
        LoopCode.Select => Opcode.Select,
        LoopCode.LocalGet => Opcode.LocalGet,
        LoopCode.GlobalGet => Opcode.GlobalGet,
        LoopCode.GlobalSet => Opcode.GlobalSet,
        LoopCode.I32Const => Opcode.I32Const,
        LoopCode.MemorySize => Opcode.MemorySize,
        LoopCode.MemoryGrow => Opcode.MemoryGrow,
        LoopCode.I32Eq_Slots => Opcode.I32Eq + RegisterOp.Slots,
        LoopCode.I32Eq_Immediate => Opcode.I32Eq + RegisterOp.Immediate,
        LoopCode.I32Ne_Slots => Opcode.I32Ne + RegisterOp.Slots,
        LoopCode.I32Ne_Immediate => Opcode.I32Ne + RegisterOp.Immediate,
        LoopCode.I32LtS_Slots => Opcode.I32LtS + RegisterOp.Slots,
        LoopCode.I32LtS_Immediate => Opcode.I32LtS + RegisterOp.Immediate,
        LoopCode.I32LtU_Slots => Opcode.I32LtU + RegisterOp.Slots,
        LoopCode.I32LtU_Immediate => Opcode.I32LtU + RegisterOp.Immediate,
        LoopCode.I32GtS_Slots => Opcode.I32GtS + RegisterOp.Slots,
        LoopCode.I32GtS_Immediate => Opcode.I32GtS + RegisterOp.Immediate,
        LoopCode.I32GtU_Slots => Opcode.I32GtU + RegisterOp.Slots,
        LoopCode.I32GtU_Immediate => Opcode.I32GtU + RegisterOp.Immediate,
        LoopCode.I32LeS_Slots => Opcode.I32LeS + RegisterOp.Slots,
        LoopCode.I32LeS_Immediate => Opcode.I32LeS + RegisterOp.Immediate,
        LoopCode.I32LeU_Slots => Opcode.I32LeU + RegisterOp.Slots,
        LoopCode.I32LeU_Immediate => Opcode.I32LeU + RegisterOp.Immediate,
        LoopCode.I32GeS_Slots => Opcode.I32GeS + RegisterOp.Slots,
        LoopCode.I32GeS_Immediate => Opcode.I32GeS + RegisterOp.Immediate,
        LoopCode.I32GeU_Slots => Opcode.I32GeU + RegisterOp.Slots,
        LoopCode.I32GeU_Immediate => Opcode.I32GeU + RegisterOp.Immediate,
        LoopCode.I64Eq_Slots => Opcode.I64Eq + RegisterOp.Slots,
        LoopCode.I64Eq_Immediate => Opcode.I64Eq + RegisterOp.Immediate,
        LoopCode.I64Ne_Slots => Opcode.I64Ne + RegisterOp.Slots,
        LoopCode.I64Ne_Immediate => Opcode.I64Ne + RegisterOp.Immediate,
        LoopCode.I64LtS_Slots => Opcode.I64LtS + RegisterOp.Slots,
        LoopCode.I64LtS_Immediate => Opcode.I64LtS + RegisterOp.Immediate,
        LoopCode.I64LtU_Slots => Opcode.I64LtU + RegisterOp.Slots,
        LoopCode.I64LtU_Immediate => Opcode.I64LtU + RegisterOp.Immediate,
        LoopCode.I64GtS_Slots => Opcode.I64GtS + RegisterOp.Slots,
        LoopCode.I64GtS_Immediate => Opcode.I64GtS + RegisterOp.Immediate,
        LoopCode.I64GtU_Slots => Opcode.I64GtU + RegisterOp.Slots,
        LoopCode.I64GtU_Immediate => Opcode.I64GtU + RegisterOp.Immediate,
        LoopCode.I64LeS_Slots => Opcode.I64LeS + RegisterOp.Slots,
        LoopCode.I64LeS_Immediate => Opcode.I64LeS + RegisterOp.Immediate,
        LoopCode.I64LeU_Slots => Opcode.I64LeU + RegisterOp.Slots,
        LoopCode.I64LeU_Immediate => Opcode.I64LeU + RegisterOp.Immediate,
        LoopCode.I64GeS_Slots => Opcode.I64GeS + RegisterOp.Slots,
        LoopCode.I64GeS_Immediate => Opcode.I64GeS + RegisterOp.Immediate,
        LoopCode.I64GeU_Slots => Opcode.I64GeU + RegisterOp.Slots,
        LoopCode.I64GeU_Immediate => Opcode.I64GeU + RegisterOp.Immediate,
        LoopCode.F32Eq_Slots => Opcode.F32Eq + RegisterOp.Slots,
        LoopCode.F32Ne_Slots => Opcode.F32Ne + RegisterOp.Slots,
        LoopCode.F32Lt_Slots => Opcode.F32Lt + RegisterOp.Slots,
        LoopCode.F32Gt_Slots => Opcode.F32Gt + RegisterOp.Slots,
        LoopCode.F32Le_Slots => Opcode.F32Le + RegisterOp.Slots,
        LoopCode.F32Ge_Slots => Opcode.F32Ge + RegisterOp.Slots,
        LoopCode.F64Eq_Slots => Opcode.F64Eq + RegisterOp.Slots,
        LoopCode.F64Ne_Slots => Opcode.F64Ne + RegisterOp.Slots,
        LoopCode.F64Lt_Slots => Opcode.F64Lt + RegisterOp.Slots,
        LoopCode.F64Gt_Slots => Opcode.F64Gt + RegisterOp.Slots,
        LoopCode.F64Le_Slots => Opcode.F64Le + RegisterOp.Slots,
        LoopCode.F64Ge_Slots => Opcode.F64Ge + RegisterOp.Slots,
        LoopCode.I32Add_Slots => Opcode.I32Add + RegisterOp.Slots,
        LoopCode.I32Add_LoadOperand => Opcode.I32Add + RegisterOp.LoadOperand,
        LoopCode.I32Add_Update => Opcode.I32Add + RegisterOp.Update,
        LoopCode.I32Add_Immediate => Opcode.I32Add + RegisterOp.Immediate,
        LoopCode.I32Sub_Slots => Opcode.I32Sub + RegisterOp.Slots,
        LoopCode.I32Sub_LoadOperand => Opcode.I32Sub + RegisterOp.LoadOperand,
        LoopCode.I32Sub_Update => Opcode.I32Sub + RegisterOp.Update,
        LoopCode.I32Sub_Immediate => Opcode.I32Sub + RegisterOp.Immediate,
        LoopCode.I32Mul_Slots => Opcode.I32Mul + RegisterOp.Slots,
        LoopCode.I32Mul_LoadOperand => Opcode.I32Mul + RegisterOp.LoadOperand,
        LoopCode.I32Mul_Update => Opcode.I32Mul + RegisterOp.Update,
        LoopCode.I32Mul_Immediate => Opcode.I32Mul + RegisterOp.Immediate,
        LoopCode.I32DivS_Slots => Opcode.I32DivS + RegisterOp.Slots,
        LoopCode.I32DivS_Immediate => Opcode.I32DivS + RegisterOp.Immediate,
        LoopCode.I32DivU_Slots => Opcode.I32DivU + RegisterOp.Slots,
        LoopCode.I32DivU_Immediate => Opcode.I32DivU + RegisterOp.Immediate,
        LoopCode.I32RemS_Slots => Opcode.I32RemS + RegisterOp.Slots,
        LoopCode.I32RemS_Immediate => Opcode.I32RemS + RegisterOp.Immediate,
        LoopCode.I32RemU_Slots => Opcode.I32RemU + RegisterOp.Slots,
        LoopCode.I32RemU_Immediate => Opcode.I32RemU + RegisterOp.Immediate,
        LoopCode.I32And_Slots => Opcode.I32And + RegisterOp.Slots,
        LoopCode.I32And_LoadOperand => Opcode.I32And + RegisterOp.LoadOperand,
        LoopCode.I32And_Update => Opcode.I32And + RegisterOp.Update,
        LoopCode.I32And_Immediate => Opcode.I32And + RegisterOp.Immediate,
        LoopCode.I32Or_Slots => Opcode.I32Or + RegisterOp.Slots,
        LoopCode.I32Or_LoadOperand => Opcode.I32Or + RegisterOp.LoadOperand,
        LoopCode.I32Or_Update => Opcode.I32Or + RegisterOp.Update,
        LoopCode.I32Or_Immediate => Opcode.I32Or + RegisterOp.Immediate,
        LoopCode.I32Xor_Slots => Opcode.I32Xor + RegisterOp.Slots,
        LoopCode.I32Xor_LoadOperand => Opcode.I32Xor + RegisterOp.LoadOperand,
        LoopCode.I32Xor_Update => Opcode.I32Xor + RegisterOp.Update,
        LoopCode.I32Xor_Immediate => Opcode.I32Xor + RegisterOp.Immediate,
        LoopCode.I32Shl_Slots => Opcode.I32Shl + RegisterOp.Slots,
        LoopCode.I32Shl_Immediate => Opcode.I32Shl + RegisterOp.Immediate,
        LoopCode.I32ShrS_Slots => Opcode.I32ShrS + RegisterOp.Slots,
        LoopCode.I32ShrS_Immediate => Opcode.I32ShrS + RegisterOp.Immediate,
        LoopCode.I32ShrU_Slots => Opcode.I32ShrU + RegisterOp.Slots,
        LoopCode.I32ShrU_Immediate => Opcode.I32ShrU + RegisterOp.Immediate,
        LoopCode.I32Rotl_Slots => Opcode.I32Rotl + RegisterOp.Slots,
        LoopCode.I32Rotl_Immediate => Opcode.I32Rotl + RegisterOp.Immediate,
        LoopCode.I32Rotr_Slots => Opcode.I32Rotr + RegisterOp.Slots,
        LoopCode.I32Rotr_Immediate => Opcode.I32Rotr + RegisterOp.Immediate,
        LoopCode.I64Add_Slots => Opcode.I64Add + RegisterOp.Slots,
        LoopCode.I64Add_LoadOperand => Opcode.I64Add + RegisterOp.LoadOperand,
        LoopCode.I64Add_Update => Opcode.I64Add + RegisterOp.Update,
        LoopCode.I64Add_Immediate => Opcode.I64Add + RegisterOp.Immediate,
        LoopCode.I64Sub_Slots => Opcode.I64Sub + RegisterOp.Slots,
        LoopCode.I64Sub_LoadOperand => Opcode.I64Sub + RegisterOp.LoadOperand,
        LoopCode.I64Sub_Update => Opcode.I64Sub + RegisterOp.Update,
        LoopCode.I64Sub_Immediate => Opcode.I64Sub + RegisterOp.Immediate,
        LoopCode.I64Mul_Slots => Opcode.I64Mul + RegisterOp.Slots,
        LoopCode.I64Mul_LoadOperand => Opcode.I64Mul + RegisterOp.LoadOperand,
        LoopCode.I64Mul_Update => Opcode.I64Mul + RegisterOp.Update,
        LoopCode.I64Mul_Immediate => Opcode.I64Mul + RegisterOp.Immediate,
        LoopCode.I64DivS_Slots => Opcode.I64DivS + RegisterOp.Slots,
        LoopCode.I64DivS_Immediate => Opcode.I64DivS + RegisterOp.Immediate,
        LoopCode.I64DivU_Slots => Opcode.I64DivU + RegisterOp.Slots,
        LoopCode.I64DivU_Immediate => Opcode.I64DivU + RegisterOp.Immediate,
        LoopCode.I64RemS_Slots => Opcode.I64RemS + RegisterOp.Slots,
        LoopCode.I64RemS_Immediate => Opcode.I64RemS + RegisterOp.Immediate,
        LoopCode.I64RemU_Slots => Opcode.I64RemU + RegisterOp.Slots,
        LoopCode.I64RemU_Immediate => Opcode.I64RemU + RegisterOp.Immediate,
        LoopCode.I64And_Slots => Opcode.I64And + RegisterOp.Slots,
        LoopCode.I64And_LoadOperand => Opcode.I64And + RegisterOp.LoadOperand,
        LoopCode.I64And_Update => Opcode.I64And + RegisterOp.Update,
        LoopCode.I64And_Immediate => Opcode.I64And + RegisterOp.Immediate,
        LoopCode.I64Or_Slots => Opcode.I64Or + RegisterOp.Slots,
        LoopCode.I64Or_LoadOperand => Opcode.I64Or + RegisterOp.LoadOperand,
        LoopCode.I64Or_Update => Opcode.I64Or + RegisterOp.Update,
        LoopCode.I64Or_Immediate => Opcode.I64Or + RegisterOp.Immediate,
        LoopCode.I64Xor_Slots => Opcode.I64Xor + RegisterOp.Slots,
        LoopCode.I64Xor_LoadOperand => Opcode.I64Xor + RegisterOp.LoadOperand,
        LoopCode.I64Xor_Update => Opcode.I64Xor + RegisterOp.Update,
        LoopCode.I64Xor_Immediate => Opcode.I64Xor + RegisterOp.Immediate,
        LoopCode.I64Shl_Slots => Opcode.I64Shl + RegisterOp.Slots,
        LoopCode.I64Shl_Immediate => Opcode.I64Shl + RegisterOp.Immediate,
        LoopCode.I64ShrS_Slots => Opcode.I64ShrS + RegisterOp.Slots,
        LoopCode.I64ShrS_Immediate => Opcode.I64ShrS + RegisterOp.Immediate,
        LoopCode.I64ShrU_Slots => Opcode.I64ShrU + RegisterOp.Slots,
        LoopCode.I64ShrU_Immediate => Opcode.I64ShrU + RegisterOp.Immediate,
        LoopCode.I64Rotl_Slots => Opcode.I64Rotl + RegisterOp.Slots,
        LoopCode.I64Rotl_Immediate => Opcode.I64Rotl + RegisterOp.Immediate,
        LoopCode.I64Rotr_Slots => Opcode.I64Rotr + RegisterOp.Slots,
        LoopCode.I64Rotr_Immediate => Opcode.I64Rotr + RegisterOp.Immediate,
        LoopCode.F32Add_Slots => Opcode.F32Add + RegisterOp.Slots,
        LoopCode.F32Add_LoadOperand => Opcode.F32Add + RegisterOp.LoadOperand,
        LoopCode.F32Add_Update => Opcode.F32Add + RegisterOp.Update,
        LoopCode.F32Add_UpdateProduct => Opcode.F32Add + RegisterOp.UpdateProduct,
        LoopCode.F32Sub_Slots => Opcode.F32Sub + RegisterOp.Slots,
        LoopCode.F32Sub_LoadOperand => Opcode.F32Sub + RegisterOp.LoadOperand,
        LoopCode.F32Sub_Update => Opcode.F32Sub + RegisterOp.Update,
        LoopCode.F32Mul_Slots => Opcode.F32Mul + RegisterOp.Slots,
        LoopCode.F32Mul_LoadOperand => Opcode.F32Mul + RegisterOp.LoadOperand,
        LoopCode.F32Mul_Update => Opcode.F32Mul + RegisterOp.Update,
        LoopCode.F32Div_Slots => Opcode.F32Div + RegisterOp.Slots,
        LoopCode.F32Div_LoadOperand => Opcode.F32Div + RegisterOp.LoadOperand,
        LoopCode.F32Div_Update => Opcode.F32Div + RegisterOp.Update,
        LoopCode.F32Min_Slots => Opcode.F32Min + RegisterOp.Slots,
        LoopCode.F32Max_Slots => Opcode.F32Max + RegisterOp.Slots,
        LoopCode.F32Copysign_Slots => Opcode.F32Copysign + RegisterOp.Slots,
        LoopCode.F64Add_Slots => Opcode.F64Add + RegisterOp.Slots,
        LoopCode.F64Add_LoadOperand => Opcode.F64Add + RegisterOp.LoadOperand,
        LoopCode.F64Add_Update => Opcode.F64Add + RegisterOp.Update,
        LoopCode.F64Add_UpdateProduct => Opcode.F64Add + RegisterOp.UpdateProduct,
        LoopCode.F64Sub_Slots => Opcode.F64Sub + RegisterOp.Slots,
        LoopCode.F64Sub_LoadOperand => Opcode.F64Sub + RegisterOp.LoadOperand,
        LoopCode.F64Sub_Update => Opcode.F64Sub + RegisterOp.Update,
        LoopCode.F64Mul_Slots => Opcode.F64Mul + RegisterOp.Slots,
        LoopCode.F64Mul_LoadOperand => Opcode.F64Mul + RegisterOp.LoadOperand,
        LoopCode.F64Mul_Update => Opcode.F64Mul + RegisterOp.Update,
        LoopCode.F64Div_Slots => Opcode.F64Div + RegisterOp.Slots,
        LoopCode.F64Div_LoadOperand => Opcode.F64Div + RegisterOp.LoadOperand,
        LoopCode.F64Div_Update => Opcode.F64Div + RegisterOp.Update,
        LoopCode.F64Min_Slots => Opcode.F64Min + RegisterOp.Slots,
        LoopCode.F64Max_Slots => Opcode.F64Max + RegisterOp.Slots,
        LoopCode.F64Copysign_Slots => Opcode.F64Copysign + RegisterOp.Slots,
        LoopCode.I32Eqz_Slots => Opcode.I32Eqz + RegisterOp.Slots,
        LoopCode.I64Eqz_Slots => Opcode.I64Eqz + RegisterOp.Slots,
        LoopCode.I32Clz_Slots => Opcode.I32Clz + RegisterOp.Slots,
        LoopCode.I32Ctz_Slots => Opcode.I32Ctz + RegisterOp.Slots,
        LoopCode.I32Popcnt_Slots => Opcode.I32Popcnt + RegisterOp.Slots,
        LoopCode.I64Clz_Slots => Opcode.I64Clz + RegisterOp.Slots,
        LoopCode.I64Ctz_Slots => Opcode.I64Ctz + RegisterOp.Slots,
        LoopCode.I64Popcnt_Slots => Opcode.I64Popcnt + RegisterOp.Slots,
        LoopCode.F32Abs_Slots => Opcode.F32Abs + RegisterOp.Slots,
        LoopCode.F32Neg_Slots => Opcode.F32Neg + RegisterOp.Slots,
        LoopCode.F32Ceil_Slots => Opcode.F32Ceil + RegisterOp.Slots,
        LoopCode.F32Floor_Slots => Opcode.F32Floor + RegisterOp.Slots,
        LoopCode.F32Trunc_Slots => Opcode.F32Trunc + RegisterOp.Slots,
        LoopCode.F32Nearest_Slots => Opcode.F32Nearest + RegisterOp.Slots,
        LoopCode.F32Sqrt_Slots => Opcode.F32Sqrt + RegisterOp.Slots,
        LoopCode.F64Abs_Slots => Opcode.F64Abs + RegisterOp.Slots,
        LoopCode.F64Neg_Slots => Opcode.F64Neg + RegisterOp.Slots,
        LoopCode.F64Ceil_Slots => Opcode.F64Ceil + RegisterOp.Slots,
        LoopCode.F64Floor_Slots => Opcode.F64Floor + RegisterOp.Slots,
        LoopCode.F64Trunc_Slots => Opcode.F64Trunc + RegisterOp.Slots,
        LoopCode.F64Nearest_Slots => Opcode.F64Nearest + RegisterOp.Slots,
        LoopCode.F64Sqrt_Slots => Opcode.F64Sqrt + RegisterOp.Slots,
        LoopCode.I32WrapI64_Slots => Opcode.I32WrapI64 + RegisterOp.Slots,
        LoopCode.I32TruncF32S_Slots => Opcode.I32TruncF32S + RegisterOp.Slots,
        LoopCode.I32TruncF32U_Slots => Opcode.I32TruncF32U + RegisterOp.Slots,
        LoopCode.I32TruncF64S_Slots => Opcode.I32TruncF64S + RegisterOp.Slots,
        LoopCode.I32TruncF64U_Slots => Opcode.I32TruncF64U + RegisterOp.Slots,
        LoopCode.I64ExtendI32S_Slots => Opcode.I64ExtendI32S + RegisterOp.Slots,
        LoopCode.I64ExtendI32U_Slots => Opcode.I64ExtendI32U + RegisterOp.Slots,
        LoopCode.I64TruncF32S_Slots => Opcode.I64TruncF32S + RegisterOp.Slots,
        LoopCode.I64TruncF32U_Slots => Opcode.I64TruncF32U + RegisterOp.Slots,
        LoopCode.I64TruncF64S_Slots => Opcode.I64TruncF64S + RegisterOp.Slots,
        LoopCode.I64TruncF64U_Slots => Opcode.I64TruncF64U + RegisterOp.Slots,
        LoopCode.F32ConvertI32S_Slots => Opcode.F32ConvertI32S + RegisterOp.Slots,
        LoopCode.F32ConvertI32U_Slots => Opcode.F32ConvertI32U + RegisterOp.Slots,
        LoopCode.F32ConvertI64S_Slots => Opcode.F32ConvertI64S + RegisterOp.Slots,
        LoopCode.F32ConvertI64U_Slots => Opcode.F32ConvertI64U + RegisterOp.Slots,
        LoopCode.F32DemoteF64_Slots => Opcode.F32DemoteF64 + RegisterOp.Slots,
        LoopCode.F64ConvertI32S_Slots => Opcode.F64ConvertI32S + RegisterOp.Slots,
        LoopCode.F64ConvertI32U_Slots => Opcode.F64ConvertI32U + RegisterOp.Slots,
        LoopCode.F64ConvertI64S_Slots => Opcode.F64ConvertI64S + RegisterOp.Slots,
        LoopCode.F64ConvertI64U_Slots => Opcode.F64ConvertI64U + RegisterOp.Slots,
        LoopCode.F64PromoteF32_Slots => Opcode.F64PromoteF32 + RegisterOp.Slots,
        LoopCode.I32Extend8S_Slots => Opcode.I32Extend8S + RegisterOp.Slots,
        LoopCode.I32Extend16S_Slots => Opcode.I32Extend16S + RegisterOp.Slots,
        LoopCode.I64Extend8S_Slots => Opcode.I64Extend8S + RegisterOp.Slots,
        LoopCode.I64Extend16S_Slots => Opcode.I64Extend16S + RegisterOp.Slots,
        LoopCode.I64Extend32S_Slots => Opcode.I64Extend32S + RegisterOp.Slots,
        LoopCode.I32TruncSatF32S_Slots => Opcode.I32TruncSatF32S + RegisterOp.Slots,
        LoopCode.I32TruncSatF32U_Slots => Opcode.I32TruncSatF32U + RegisterOp.Slots,
        LoopCode.I32TruncSatF64S_Slots => Opcode.I32TruncSatF64S + RegisterOp.Slots,
        LoopCode.I32TruncSatF64U_Slots => Opcode.I32TruncSatF64U + RegisterOp.Slots,
        LoopCode.I64TruncSatF32S_Slots => Opcode.I64TruncSatF32S + RegisterOp.Slots,
        LoopCode.I64TruncSatF32U_Slots => Opcode.I64TruncSatF32U + RegisterOp.Slots,
        LoopCode.I64TruncSatF64S_Slots => Opcode.I64TruncSatF64S + RegisterOp.Slots,
        LoopCode.I64TruncSatF64U_Slots => Opcode.I64TruncSatF64U + RegisterOp.Slots,
        LoopCode.I32Load_Slots => Opcode.I32Load + RegisterOp.Slots,
        LoopCode.I32Load_AddressSlots => Opcode.I32Load + RegisterOp.AddressSlots,
        LoopCode.I32Load_AddressImmediate => Opcode.I32Load + RegisterOp.AddressImmediate,
        LoopCode.I64Load_Slots => Opcode.I64Load + RegisterOp.Slots,
        LoopCode.I64Load_AddressSlots => Opcode.I64Load + RegisterOp.AddressSlots,
        LoopCode.I64Load_AddressImmediate => Opcode.I64Load + RegisterOp.AddressImmediate,
        LoopCode.F32Load_Slots => Opcode.F32Load + RegisterOp.Slots,
        LoopCode.F32Load_AddressSlots => Opcode.F32Load + RegisterOp.AddressSlots,
        LoopCode.F32Load_AddressImmediate => Opcode.F32Load + RegisterOp.AddressImmediate,
        LoopCode.F64Load_Slots => Opcode.F64Load + RegisterOp.Slots,
        LoopCode.F64Load_AddressSlots => Opcode.F64Load + RegisterOp.AddressSlots,
        LoopCode.F64Load_AddressImmediate => Opcode.F64Load + RegisterOp.AddressImmediate,
        LoopCode.I32Load8S_Slots => Opcode.I32Load8S + RegisterOp.Slots,
        LoopCode.I32Load8S_AddressSlots => Opcode.I32Load8S + RegisterOp.AddressSlots,
        LoopCode.I32Load8S_AddressImmediate => Opcode.I32Load8S + RegisterOp.AddressImmediate,
        LoopCode.I32Load8U_Slots => Opcode.I32Load8U + RegisterOp.Slots,
        LoopCode.I32Load8U_AddressSlots => Opcode.I32Load8U + RegisterOp.AddressSlots,
        LoopCode.I32Load8U_AddressImmediate => Opcode.I32Load8U + RegisterOp.AddressImmediate,
        LoopCode.I32Load16S_Slots => Opcode.I32Load16S + RegisterOp.Slots,
        LoopCode.I32Load16S_AddressSlots => Opcode.I32Load16S + RegisterOp.AddressSlots,
        LoopCode.I32Load16S_AddressImmediate => Opcode.I32Load16S + RegisterOp.AddressImmediate,
        LoopCode.I32Load16U_Slots => Opcode.I32Load16U + RegisterOp.Slots,
        LoopCode.I32Load16U_AddressSlots => Opcode.I32Load16U + RegisterOp.AddressSlots,
        LoopCode.I32Load16U_AddressImmediate => Opcode.I32Load16U + RegisterOp.AddressImmediate,
        LoopCode.I64Load8S_Slots => Opcode.I64Load8S + RegisterOp.Slots,
        LoopCode.I64Load8S_AddressSlots => Opcode.I64Load8S + RegisterOp.AddressSlots,
        LoopCode.I64Load8S_AddressImmediate => Opcode.I64Load8S + RegisterOp.AddressImmediate,
        LoopCode.I64Load8U_Slots => Opcode.I64Load8U + RegisterOp.Slots,
        LoopCode.I64Load8U_AddressSlots => Opcode.I64Load8U + RegisterOp.AddressSlots,
        LoopCode.I64Load8U_AddressImmediate => Opcode.I64Load8U + RegisterOp.AddressImmediate,
        LoopCode.I64Load16S_Slots => Opcode.I64Load16S + RegisterOp.Slots,
        LoopCode.I64Load16S_AddressSlots => Opcode.I64Load16S + RegisterOp.AddressSlots,
        LoopCode.I64Load16S_AddressImmediate => Opcode.I64Load16S + RegisterOp.AddressImmediate,
        LoopCode.I64Load16U_Slots => Opcode.I64Load16U + RegisterOp.Slots,
        LoopCode.I64Load16U_AddressSlots => Opcode.I64Load16U + RegisterOp.AddressSlots,
        LoopCode.I64Load16U_AddressImmediate => Opcode.I64Load16U + RegisterOp.AddressImmediate,
        LoopCode.I64Load32S_Slots => Opcode.I64Load32S + RegisterOp.Slots,
        LoopCode.I64Load32S_AddressSlots => Opcode.I64Load32S + RegisterOp.AddressSlots,
        LoopCode.I64Load32S_AddressImmediate => Opcode.I64Load32S + RegisterOp.AddressImmediate,
        LoopCode.I64Load32U_Slots => Opcode.I64Load32U + RegisterOp.Slots,
        LoopCode.I64Load32U_AddressSlots => Opcode.I64Load32U + RegisterOp.AddressSlots,
        LoopCode.I64Load32U_AddressImmediate => Opcode.I64Load32U + RegisterOp.AddressImmediate,
        LoopCode.I32Store_Slots => Opcode.I32Store + RegisterOp.Slots,
        LoopCode.I32Store_AddressSlots => Opcode.I32Store + RegisterOp.AddressSlots,
        LoopCode.I32Store_AddressImmediate => Opcode.I32Store + RegisterOp.AddressImmediate,
        LoopCode.I32Store_StoreImmediate => Opcode.I32Store + RegisterOp.StoreImmediate,
        LoopCode.I64Store_Slots => Opcode.I64Store + RegisterOp.Slots,
        LoopCode.I64Store_AddressSlots => Opcode.I64Store + RegisterOp.AddressSlots,
        LoopCode.I64Store_AddressImmediate => Opcode.I64Store + RegisterOp.AddressImmediate,
        LoopCode.I64Store_StoreImmediate => Opcode.I64Store + RegisterOp.StoreImmediate,
        LoopCode.F32Store_Slots => Opcode.F32Store + RegisterOp.Slots,
        LoopCode.F32Store_AddressSlots => Opcode.F32Store + RegisterOp.AddressSlots,
        LoopCode.F32Store_AddressImmediate => Opcode.F32Store + RegisterOp.AddressImmediate,
        LoopCode.F32Store_StoreImmediate => Opcode.F32Store + RegisterOp.StoreImmediate,
        LoopCode.F64Store_Slots => Opcode.F64Store + RegisterOp.Slots,
        LoopCode.F64Store_AddressSlots => Opcode.F64Store + RegisterOp.AddressSlots,
        LoopCode.F64Store_AddressImmediate => Opcode.F64Store + RegisterOp.AddressImmediate,
        LoopCode.F64Store_StoreImmediate => Opcode.F64Store + RegisterOp.StoreImmediate,
        LoopCode.I32Store8_Slots => Opcode.I32Store8 + RegisterOp.Slots,
        LoopCode.I32Store8_AddressSlots => Opcode.I32Store8 + RegisterOp.AddressSlots,
        LoopCode.I32Store8_AddressImmediate => Opcode.I32Store8 + RegisterOp.AddressImmediate,
        LoopCode.I32Store8_StoreImmediate => Opcode.I32Store8 + RegisterOp.StoreImmediate,
        LoopCode.I32Store16_Slots => Opcode.I32Store16 + RegisterOp.Slots,
        LoopCode.I32Store16_AddressSlots => Opcode.I32Store16 + RegisterOp.AddressSlots,
        LoopCode.I32Store16_AddressImmediate => Opcode.I32Store16 + RegisterOp.AddressImmediate,
        LoopCode.I32Store16_StoreImmediate => Opcode.I32Store16 + RegisterOp.StoreImmediate,
        LoopCode.I64Store8_Slots => Opcode.I64Store8 + RegisterOp.Slots,
        LoopCode.I64Store8_AddressSlots => Opcode.I64Store8 + RegisterOp.AddressSlots,
        LoopCode.I64Store8_AddressImmediate => Opcode.I64Store8 + RegisterOp.AddressImmediate,
        LoopCode.I64Store8_StoreImmediate => Opcode.I64Store8 + RegisterOp.StoreImmediate,
        LoopCode.I64Store16_Slots => Opcode.I64Store16 + RegisterOp.Slots,
        LoopCode.I64Store16_AddressSlots => Opcode.I64Store16 + RegisterOp.AddressSlots,
        LoopCode.I64Store16_AddressImmediate => Opcode.I64Store16 + RegisterOp.AddressImmediate,
        LoopCode.I64Store16_StoreImmediate => Opcode.I64Store16 + RegisterOp.StoreImmediate,
        LoopCode.I64Store32_Slots => Opcode.I64Store32 + RegisterOp.Slots,
        LoopCode.I64Store32_AddressSlots => Opcode.I64Store32 + RegisterOp.AddressSlots,
        LoopCode.I64Store32_AddressImmediate => Opcode.I64Store32 + RegisterOp.AddressImmediate,
        LoopCode.I64Store32_StoreImmediate => Opcode.I64Store32 + RegisterOp.StoreImmediate,
        LoopCode.I32Eq_JumpSlots => Opcode.I32Eq + RegisterOp.JumpSlots,
        LoopCode.I32Eq_StepJumpSlots => Opcode.I32Eq + RegisterOp.StepJumpSlots,
        LoopCode.I32Eq_JumpImmediate => Opcode.I32Eq + RegisterOp.JumpImmediate,
        LoopCode.I32Eq_StepJumpImmediate => Opcode.I32Eq + RegisterOp.StepJumpImmediate,
        LoopCode.I32Ne_JumpSlots => Opcode.I32Ne + RegisterOp.JumpSlots,
        LoopCode.I32Ne_StepJumpSlots => Opcode.I32Ne + RegisterOp.StepJumpSlots,
        LoopCode.I32Ne_JumpImmediate => Opcode.I32Ne + RegisterOp.JumpImmediate,
        LoopCode.I32Ne_StepJumpImmediate => Opcode.I32Ne + RegisterOp.StepJumpImmediate,
        LoopCode.I32LtS_JumpSlots => Opcode.I32LtS + RegisterOp.JumpSlots,
        LoopCode.I32LtS_StepJumpSlots => Opcode.I32LtS + RegisterOp.StepJumpSlots,
        LoopCode.I32LtS_JumpImmediate => Opcode.I32LtS + RegisterOp.JumpImmediate,
        LoopCode.I32LtS_StepJumpImmediate => Opcode.I32LtS + RegisterOp.StepJumpImmediate,
        LoopCode.I32LtU_JumpSlots => Opcode.I32LtU + RegisterOp.JumpSlots,
        LoopCode.I32LtU_StepJumpSlots => Opcode.I32LtU + RegisterOp.StepJumpSlots,
        LoopCode.I32LtU_JumpImmediate => Opcode.I32LtU + RegisterOp.JumpImmediate,
        LoopCode.I32LtU_StepJumpImmediate => Opcode.I32LtU + RegisterOp.StepJumpImmediate,
        LoopCode.I32GtS_JumpSlots => Opcode.I32GtS + RegisterOp.JumpSlots,
        LoopCode.I32GtS_StepJumpSlots => Opcode.I32GtS + RegisterOp.StepJumpSlots,
        LoopCode.I32GtS_JumpImmediate => Opcode.I32GtS + RegisterOp.JumpImmediate,
        LoopCode.I32GtS_StepJumpImmediate => Opcode.I32GtS + RegisterOp.StepJumpImmediate,
        LoopCode.I32GtU_JumpSlots => Opcode.I32GtU + RegisterOp.JumpSlots,
        LoopCode.I32GtU_StepJumpSlots => Opcode.I32GtU + RegisterOp.StepJumpSlots,
        LoopCode.I32GtU_JumpImmediate => Opcode.I32GtU + RegisterOp.JumpImmediate,
        LoopCode.I32GtU_StepJumpImmediate => Opcode.I32GtU + RegisterOp.StepJumpImmediate,
        LoopCode.I32LeS_JumpSlots => Opcode.I32LeS + RegisterOp.JumpSlots,
        LoopCode.I32LeS_StepJumpSlots => Opcode.I32LeS + RegisterOp.StepJumpSlots,
        LoopCode.I32LeS_JumpImmediate => Opcode.I32LeS + RegisterOp.JumpImmediate,
        LoopCode.I32LeS_StepJumpImmediate => Opcode.I32LeS + RegisterOp.StepJumpImmediate,
        LoopCode.I32LeU_JumpSlots => Opcode.I32LeU + RegisterOp.JumpSlots,
        LoopCode.I32LeU_StepJumpSlots => Opcode.I32LeU + RegisterOp.StepJumpSlots,
        LoopCode.I32LeU_JumpImmediate => Opcode.I32LeU + RegisterOp.JumpImmediate,
        LoopCode.I32LeU_StepJumpImmediate => Opcode.I32LeU + RegisterOp.StepJumpImmediate,
        LoopCode.I32GeS_JumpSlots => Opcode.I32GeS + RegisterOp.JumpSlots,
        LoopCode.I32GeS_StepJumpSlots => Opcode.I32GeS + RegisterOp.StepJumpSlots,
        LoopCode.I32GeS_JumpImmediate => Opcode.I32GeS + RegisterOp.JumpImmediate,
        LoopCode.I32GeS_StepJumpImmediate => Opcode.I32GeS + RegisterOp.StepJumpImmediate,
        LoopCode.I32GeU_JumpSlots => Opcode.I32GeU + RegisterOp.JumpSlots,
        LoopCode.I32GeU_StepJumpSlots => Opcode.I32GeU + RegisterOp.StepJumpSlots,
        LoopCode.I32GeU_JumpImmediate => Opcode.I32GeU + RegisterOp.JumpImmediate,
        LoopCode.I32GeU_StepJumpImmediate => Opcode.I32GeU + RegisterOp.StepJumpImmediate,
        LoopCode.I64Eq_JumpSlots => Opcode.I64Eq + RegisterOp.JumpSlots,
        LoopCode.I64Eq_JumpImmediate => Opcode.I64Eq + RegisterOp.JumpImmediate,
        LoopCode.I64Ne_JumpSlots => Opcode.I64Ne + RegisterOp.JumpSlots,
        LoopCode.I64Ne_JumpImmediate => Opcode.I64Ne + RegisterOp.JumpImmediate,
        LoopCode.I64LtS_JumpSlots => Opcode.I64LtS + RegisterOp.JumpSlots,
        LoopCode.I64LtS_JumpImmediate => Opcode.I64LtS + RegisterOp.JumpImmediate,
        LoopCode.I64LtU_JumpSlots => Opcode.I64LtU + RegisterOp.JumpSlots,
        LoopCode.I64LtU_JumpImmediate => Opcode.I64LtU + RegisterOp.JumpImmediate,
        LoopCode.I64GtS_JumpSlots => Opcode.I64GtS + RegisterOp.JumpSlots,
        LoopCode.I64GtS_JumpImmediate => Opcode.I64GtS + RegisterOp.JumpImmediate,
        LoopCode.I64GtU_JumpSlots => Opcode.I64GtU + RegisterOp.JumpSlots,
        LoopCode.I64GtU_JumpImmediate => Opcode.I64GtU + RegisterOp.JumpImmediate,
        LoopCode.I64LeS_JumpSlots => Opcode.I64LeS + RegisterOp.JumpSlots,
        LoopCode.I64LeS_JumpImmediate => Opcode.I64LeS + RegisterOp.JumpImmediate,
        LoopCode.I64LeU_JumpSlots => Opcode.I64LeU + RegisterOp.JumpSlots,
        LoopCode.I64LeU_JumpImmediate => Opcode.I64LeU + RegisterOp.JumpImmediate,
        LoopCode.I64GeS_JumpSlots => Opcode.I64GeS + RegisterOp.JumpSlots,
        LoopCode.I64GeS_JumpImmediate => Opcode.I64GeS + RegisterOp.JumpImmediate,
        LoopCode.I64GeU_JumpSlots => Opcode.I64GeU + RegisterOp.JumpSlots,
        LoopCode.I64GeU_JumpImmediate => Opcode.I64GeU + RegisterOp.JumpImmediate,
        _ => RegisterOp.Other,
    };
}
