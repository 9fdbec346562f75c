using Plumb.Instructions;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// The interpreter's register forms. Operand heights are static in valid code, so every operand of
/// an op lives at a slot known when translating: a local, or the operand-stack position it was pushed
/// to. The register forms of the scalar operators read their operands straight from those slots and
/// write their result to one, so <c>local.get x; local.get y; i32.add; local.set z</c> is one op,
/// <c>fp[z] = fp[x] + fp[y]</c>. A form's code is the table's <see cref="Opcode"/> plus one of the
/// offsets below (never a table row: they start above every row), so that the forms stay derived
/// from the instruction table. See runtime/RATIONALE.md, "What code does the interpreter run?".
/// </summary>
internal static class RegisterOp
{
    /// <summary>
    /// The first code above the table rows that the interpreter's loop runs as they are (control,
    /// calls, variables, <c>memory.size</c> and <c>memory.grow</c>; RegisterOpTests checks that the
    /// translator emits no other row as a code). Every other row that works on the stack (SIMD,
    /// tables, references, bulk memory) becomes <see cref="Other"/>, which the loop hands on with its row,
    /// so the loop needs a handler only for these rows and the forms (see <see cref="LoopCode"/>).
    /// </summary>
    public const int First = (int)Opcode.I32Const + 1;

    /// <summary>An op the loop hands to <c>Machine.ExecuteOther</c>, which runs its <see cref="InterpretedOp.Row"/> on the stack.</summary>
    public const Opcode Other = (Opcode)First;

    /// <summary>
    /// Operators, loads and stores on slots. Binary: A = result slot, B = left slot, C = right slot.
    /// Unary: A = result, B = operand. Load: A = result, B = address slot, C = static offset. Store:
    /// A = address slot, B = value slot, C = static offset.
    /// </summary>
    public const ushort Slots = First + 1 - (int)Opcode.I32Load;

    /// <summary>Integer binary operators whose right operand is a constant: A = result, B = left slot, C = the constant.</summary>
    public const ushort Immediate = Slots + (int)Opcode.I64TruncSatF64U + 1 - (int)Opcode.I32Eq;

    /// <summary>
    /// Integer comparisons fused with the branch that reads them (<c>br_if</c>, or <c>if</c> with the
    /// comparison inverted): jump by D (relative to the op once translated) when fp[B] compared with fp[C] holds.
    /// </summary>
    public const ushort JumpSlots = Immediate + (int)Opcode.I64Rotr + 1 - (int)Opcode.I32Eq;

    /// <summary>As <see cref="JumpSlots"/>, the right operand the constant C.</summary>
    public const ushort JumpImmediate = JumpSlots + (int)Opcode.I64GeU + 1 - (int)Opcode.I32Eq;

    /// <summary>
    /// Loads and stores whose address is an <c>i32.add</c> of two slots, fused: the address is
    /// (fp[B] + fp[D]) mod 2^32 for a load (A = result), (fp[A] + fp[D]) mod 2^32 for a store (B = value);
    /// C = static offset.
    /// </summary>
    public const ushort AddressSlots = JumpImmediate + (int)Opcode.I64GeU + 1 - (int)Opcode.I32Load;

    /// <summary>As <see cref="AddressSlots"/>, the added constant in D.</summary>
    public const ushort AddressImmediate = AddressSlots + (int)Opcode.I64Store32 + 1 - (int)Opcode.I32Load;

    /// <summary>Stores of a constant: A = address slot, C = static offset, D = the value, H = a constant added to the address slot first (from a fused <c>i32.add</c>, wrapping at 2^32; 0 when none).</summary>
    public const ushort StoreImmediate = AddressImmediate + (int)Opcode.I64Store32 + 1 - (int)Opcode.I32Store;

    /// <summary>
    /// Binary operators whose right operand was just loaded, fused with the load (see
    /// <see cref="LoadOperandOf"/>): A = result slot, B = left slot, C = address slot, D = static
    /// offset, H = a constant added to the address slot first (from a fused <c>i32.add</c>, wrapping
    /// at 2^32; 0 when none).
    /// </summary>
    public const ushort LoadOperand = StoreImmediate + (int)Opcode.I64Store32 + 1 - (int)Opcode.I32Add;

    /// <summary>
    /// A <see cref="LoadOperand"/> op whose result is stored back where it was loaded from
    /// (<c>mem[x] = y op mem[x]</c>, as in <c>c[i] += a * b</c>): B = left slot, C = address slot,
    /// D = static offset, H = the added constant; no slot is written.
    /// </summary>
    public const ushort Update = LoadOperand + (int)Opcode.F64Div + 1 - (int)Opcode.I32Add;

    /// <summary>
    /// A loop's step and test fused (<c>x += k; br_if (x op y)</c>, i32 comparisons): fp[A] += C
    /// (mod 2^32), then jump by D when fp[A] compared with the slot B holds.
    /// </summary>
    public const ushort StepJumpSlots = Update + (int)Opcode.F64Div + 1 - (int)Opcode.I32Eq;

    /// <summary>As <see cref="StepJumpSlots"/>, compared with the constant B.</summary>
    public const ushort StepJumpImmediate = StepJumpSlots + (int)Opcode.I32GeU + 1 - (int)Opcode.I32Eq;

    /// <summary>
    /// An <see cref="Update"/> (float add) whose other operand is a product with a loaded operand, fused
    /// (<c>y[i] += a * x[i]</c>): mem[A + D high] = fp[B] * mem[(fp[C] + H) mod 2^32 + D low] + mem[A + D high],
    /// A and C address slots, the two static offsets packed in D.
    /// </summary>
    public const ushort UpdateProduct = StepJumpImmediate + (int)Opcode.I32GeU + 1 - (int)Opcode.F32Add;

    /// <summary>The first code above every form.</summary>
    public const int End = UpdateProduct + (int)Opcode.F64Add + 1;

    /// <summary>
    /// A <c>call</c> of a function defined in the same module, resolved when the module is translated
    /// (the one code above the forms): A = the first of the callee's slots to zero, B = its parameter
    /// count, C = the address of its first op, D = how many slots to zero (low 32 bits) and its frame size
    /// (high 32 bits), H = the operand height.
    /// </summary>
    public const Opcode CallDirect = (Opcode)End;

    /// <summary>The forms, in the order of their code ranges (each range: the rows the form covers, plus the form's offset).</summary>
    public enum Form
    {
        None,
        Slots,
        Immediate,
        JumpSlots,
        JumpImmediate,
        AddressSlots,
        AddressImmediate,
        StoreImmediate,
        LoadOperand,
        Update,
        StepJumpSlots,
        StepJumpImmediate,
        UpdateProduct,
    }

    /// <summary>Which form <paramref name="code"/> is, and the table row it is a form of.</summary>
    public static Form FormOf(Opcode code, out Opcode row)
    {
        int c = (int)code;
        (Form form, int offset) = c switch
        {
            >= End or <= First => (Form.None, 0),
            >= UpdateProduct + (int)Opcode.F32Add => (Form.UpdateProduct, UpdateProduct),
            >= StepJumpImmediate + (int)Opcode.I32Eq => (Form.StepJumpImmediate, StepJumpImmediate),
            >= StepJumpSlots + (int)Opcode.I32Eq => (Form.StepJumpSlots, StepJumpSlots),
            >= Update + (int)Opcode.I32Add => (Form.Update, Update),
            >= LoadOperand + (int)Opcode.I32Add => (Form.LoadOperand, LoadOperand),
            >= StoreImmediate + (int)Opcode.I32Store => (Form.StoreImmediate, StoreImmediate),
            >= AddressImmediate + (int)Opcode.I32Load => (Form.AddressImmediate, AddressImmediate),
            >= AddressSlots + (int)Opcode.I32Load => (Form.AddressSlots, AddressSlots),
            >= JumpImmediate + (int)Opcode.I32Eq => (Form.JumpImmediate, JumpImmediate),
            >= JumpSlots + (int)Opcode.I32Eq => (Form.JumpSlots, JumpSlots),
            >= Immediate + (int)Opcode.I32Eq => (Form.Immediate, Immediate),
            _ => (Form.Slots, Slots),
        };
        row = (Opcode)(c - offset);
        return form;
    }

    /// <summary>The load whose result <paramref name="op"/> may take as its right operand in the <see cref="LoadOperand"/> form, or null.</summary>
    public static Opcode? LoadOperandOf(Opcode op) => op switch
    {
        Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul or Opcode.I32And or Opcode.I32Or or Opcode.I32Xor => Opcode.I32Load,
        Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul or Opcode.I64And or Opcode.I64Or or Opcode.I64Xor => Opcode.I64Load,
        Opcode.F32Add or Opcode.F32Sub or Opcode.F32Mul or Opcode.F32Div => Opcode.F32Load,
        Opcode.F64Add or Opcode.F64Sub or Opcode.F64Mul or Opcode.F64Div => Opcode.F64Load,
        _ => null,
    };

    /// <summary>The store that writes back what <paramref name="load"/> (a <see cref="LoadOperandOf"/> load) read, for the <see cref="Update"/> form.</summary>
    public static Opcode StoreOf(Opcode load) => load switch
    {
        Opcode.I32Load => Opcode.I32Store,
        Opcode.I64Load => Opcode.I64Store,
        Opcode.F32Load => Opcode.F32Store,
        Opcode.F64Load => Opcode.F64Store,
        _ => throw new ArgumentOutOfRangeException(nameof(load)),
    };

    /// <summary>True for loads and stores.</summary>
    public static bool IsMemoryAccess(Opcode op) => op is >= Opcode.I32Load and <= Opcode.I64Store32;

    /// <summary>True for stores.</summary>
    public static bool IsStore(Opcode op) => op is >= Opcode.I32Store and <= Opcode.I64Store32;

    /// <summary>True for the ops whose jump target is in D (compare-and-branch).</summary>
    public static bool JumpsThroughD(Opcode code) => FormOf(code, out _) is Form.JumpSlots or Form.JumpImmediate or Form.StepJumpSlots or Form.StepJumpImmediate;

    /// <summary>True for the float additions with an <see cref="UpdateProduct"/> form.</summary>
    public static bool HasUpdateProduct(Opcode op) => op is Opcode.F32Add or Opcode.F64Add;

    /// <summary>True for the comparisons with <see cref="StepJumpSlots"/> and <see cref="StepJumpImmediate"/> forms.</summary>
    public static bool HasStepJump(Opcode op) => op is >= Opcode.I32Eq and <= Opcode.I32GeU;

    /// <summary>The comparison that holds exactly when <paramref name="comparison"/> does not (integer comparisons only).</summary>
    public static Opcode? Inverse(Opcode comparison) => comparison switch
    {
        Opcode.I32Eq => Opcode.I32Ne,
        Opcode.I32Ne => Opcode.I32Eq,
        Opcode.I32LtS => Opcode.I32GeS,
        Opcode.I32GeS => Opcode.I32LtS,
        Opcode.I32LtU => Opcode.I32GeU,
        Opcode.I32GeU => Opcode.I32LtU,
        Opcode.I32GtS => Opcode.I32LeS,
        Opcode.I32LeS => Opcode.I32GtS,
        Opcode.I32GtU => Opcode.I32LeU,
        Opcode.I32LeU => Opcode.I32GtU,
        Opcode.I64Eq => Opcode.I64Ne,
        Opcode.I64Ne => Opcode.I64Eq,
        Opcode.I64LtS => Opcode.I64GeS,
        Opcode.I64GeS => Opcode.I64LtS,
        Opcode.I64LtU => Opcode.I64GeU,
        Opcode.I64GeU => Opcode.I64LtU,
        Opcode.I64GtS => Opcode.I64LeS,
        Opcode.I64LeS => Opcode.I64GtS,
        Opcode.I64GtU => Opcode.I64LeU,
        Opcode.I64LeU => Opcode.I64GtU,
        _ => null,
    };

    /// <summary>The comparison with its operands swapped (<c>k &lt; x</c> is <c>x &gt; k</c>); null for non-comparisons.</summary>
    public static Opcode? Swapped(Opcode comparison) => comparison switch
    {
        Opcode.I32Eq or Opcode.I32Ne or Opcode.I64Eq or Opcode.I64Ne => comparison,
        Opcode.I32LtS => Opcode.I32GtS,
        Opcode.I32GtS => Opcode.I32LtS,
        Opcode.I32LtU => Opcode.I32GtU,
        Opcode.I32GtU => Opcode.I32LtU,
        Opcode.I32LeS => Opcode.I32GeS,
        Opcode.I32GeS => Opcode.I32LeS,
        Opcode.I32LeU => Opcode.I32GeU,
        Opcode.I32GeU => Opcode.I32LeU,
        Opcode.I64LtS => Opcode.I64GtS,
        Opcode.I64GtS => Opcode.I64LtS,
        Opcode.I64LtU => Opcode.I64GtU,
        Opcode.I64GtU => Opcode.I64LtU,
        Opcode.I64LeS => Opcode.I64GeS,
        Opcode.I64GeS => Opcode.I64LeS,
        Opcode.I64LeU => Opcode.I64GeU,
        Opcode.I64GeU => Opcode.I64LeU,
        _ => null,
    };

    /// <summary>True for the ops translated to a <see cref="Slots"/> form: scalar numeric operators (all but reinterpretations and constants), loads and stores.</summary>
    public static bool HasSlotsForm(Opcode op) =>
        op is >= Opcode.I32Load and <= Opcode.I64Store32
            or >= Opcode.I32Eqz and <= Opcode.I64Extend32S and not (Opcode.I32ReinterpretF32 or Opcode.I64ReinterpretF64 or Opcode.F32ReinterpretI32 or Opcode.F64ReinterpretI64)
            or >= Opcode.I32TruncSatF32S and <= Opcode.I64TruncSatF64U;

    /// <summary>True for the integer operators with an <see cref="Immediate"/> form.</summary>
    public static bool HasImmediate(Opcode op) =>
        Inverse(op) is not null || op is >= Opcode.I32Add and <= Opcode.I32Rotr or >= Opcode.I64Add and <= Opcode.I64Rotr;

    /// <summary>True for the binary operators whose operands can be swapped freely.</summary>
    public static bool IsCommutative(Opcode op) => op is Opcode.I32Add or Opcode.I32Mul or Opcode.I32And or Opcode.I32Or or Opcode.I32Xor
        or Opcode.I64Add or Opcode.I64Mul or Opcode.I64And or Opcode.I64Or or Opcode.I64Xor;
}
