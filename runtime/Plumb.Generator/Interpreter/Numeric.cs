using Plumb.Engines.Interpreter;
using Plumb.Instructions;
using static Plumb.Generator.Interpreter.Field;
using Form = Plumb.Engines.Interpreter.RegisterOp.Form;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The scalar operators as tables (row, the kind its operands are read as, the result's expression over
/// <c>a</c> and <c>c</c>, the dispatch site), and the templates of their register forms. Which forms a row
/// has comes from <see cref="RegisterOp"/> (the translator emits exactly those); the forms are described there.
/// Handlers come out in the loop's layout: row by row in table order, each row's forms in a fixed order.
/// </summary>
internal static class Numeric
{
    /// <summary>A binary or unary operator: its operands' kind, its result's expression and kind, its dispatch site, and why it is written so, if that needs saying.</summary>
    public sealed record Operator(Opcode Row, Kind Operand, string Expression, Site Site, Kind? Result = null, string? Why = null)
    {
        /// <summary>The kind of the result (the operands' unless given).</summary>
        public Kind ResultKind => Result ?? Operand;
    }

    /// <summary>A comparison: its operands' kind, its C# operator, its dispatch site.</summary>
    public sealed record Comparison(Opcode Row, Kind Operand, string Op, Site Site)
    {
        /// <summary>The comparison as an operator whose result is 1 or 0.</summary>
        public Operator AsOperator => new(Row, Operand, $"a {Op} c", Site, Kind.Bool);

        /// <summary>The C# type a compare-and-branch casts both sides to: equality compares the bits.</summary>
        public string Type => Op is "==" or "!=" ? Operand.BitsType : Operand.Name;
    }

    /// <summary>The comparisons, in table order.</summary>
    public static readonly Comparison[] Comparisons =
    [
        new(Opcode.I32Eq, Kind.Int, "==", Site.I32),
        new(Opcode.I32Ne, Kind.Int, "!=", Site.I32),
        new(Opcode.I32LtS, Kind.Int, "<", Site.I32),
        new(Opcode.I32LtU, Kind.UInt, "<", Site.I32),
        new(Opcode.I32GtS, Kind.Int, ">", Site.I32),
        new(Opcode.I32GtU, Kind.UInt, ">", Site.I32),
        new(Opcode.I32LeS, Kind.Int, "<=", Site.I32),
        new(Opcode.I32LeU, Kind.UInt, "<=", Site.I32),
        new(Opcode.I32GeS, Kind.Int, ">=", Site.I32),
        new(Opcode.I32GeU, Kind.UInt, ">=", Site.I32),
        new(Opcode.I64Eq, Kind.ULong, "==", Site.I64),
        new(Opcode.I64Ne, Kind.ULong, "!=", Site.I64),
        new(Opcode.I64LtS, Kind.Long, "<", Site.I64),
        new(Opcode.I64LtU, Kind.ULong, "<", Site.I64),
        new(Opcode.I64GtS, Kind.Long, ">", Site.I64),
        new(Opcode.I64GtU, Kind.ULong, ">", Site.I64),
        new(Opcode.I64LeS, Kind.Long, "<=", Site.I64),
        new(Opcode.I64LeU, Kind.ULong, "<=", Site.I64),
        new(Opcode.I64GeS, Kind.Long, ">=", Site.I64),
        new(Opcode.I64GeU, Kind.ULong, ">=", Site.I64),
        new(Opcode.F32Eq, Kind.Float, "==", Site.Float),
        new(Opcode.F32Ne, Kind.Float, "!=", Site.Float),
        new(Opcode.F32Lt, Kind.Float, "<", Site.Float),
        new(Opcode.F32Gt, Kind.Float, ">", Site.Float),
        new(Opcode.F32Le, Kind.Float, "<=", Site.Float),
        new(Opcode.F32Ge, Kind.Float, ">=", Site.Float),
        new(Opcode.F64Eq, Kind.Double, "==", Site.Float),
        new(Opcode.F64Ne, Kind.Double, "!=", Site.Float),
        new(Opcode.F64Lt, Kind.Double, "<", Site.Float),
        new(Opcode.F64Gt, Kind.Double, ">", Site.Float),
        new(Opcode.F64Le, Kind.Double, "<=", Site.Float),
        new(Opcode.F64Ge, Kind.Double, ">=", Site.Float),
    ];

    /// <summary>The other binary operators, in table order. Integer division and remainder trap through <c>Numerics</c>, which the op's address goes to for the trap's offset.</summary>
    public static readonly Operator[] Binary =
    [
        new(Opcode.I32Add, Kind.UInt, "a + c", Site.I32Arith),
        new(Opcode.I32Sub, Kind.UInt, "a - c", Site.I32Arith),
        new(Opcode.I32Mul, Kind.UInt, "a * c", Site.I32Arith),
        new(Opcode.I32DivS, Kind.Int, "Numerics.I32DivS(a, c, (nint)ip)", Site.I32),
        new(Opcode.I32DivU, Kind.UInt, "Numerics.I32DivU(a, c, (nint)ip)", Site.I32),
        new(Opcode.I32RemS, Kind.Int, "Numerics.I32RemS(a, c, (nint)ip)", Site.I32),
        new(Opcode.I32RemU, Kind.UInt, "Numerics.I32RemU(a, c, (nint)ip)", Site.I32),
        new(Opcode.I32And, Kind.UInt, "a & c", Site.I32Bits),
        new(Opcode.I32Or, Kind.UInt, "a | c", Site.I32Bits),
        new(Opcode.I32Xor, Kind.UInt, "a ^ c", Site.I32Bits),
        new(Opcode.I32Shl, Kind.UInt, "a << (int)c", Site.I32),
        new(Opcode.I32ShrS, Kind.Int, "a >> c", Site.I32),
        new(Opcode.I32ShrU, Kind.UInt, "a >> (int)c", Site.I32),
        new(Opcode.I32Rotl, Kind.UInt, "BitOperations.RotateLeft(a, (int)c)", Site.I32),
        new(Opcode.I32Rotr, Kind.UInt, "BitOperations.RotateRight(a, (int)c)", Site.I32),
        new(Opcode.I64Add, Kind.ULong, "a + c", Site.I64),
        new(Opcode.I64Sub, Kind.ULong, "a - c", Site.I64),
        new(Opcode.I64Mul, Kind.ULong, "a * c", Site.I64),
        new(Opcode.I64DivS, Kind.Long, "Numerics.I64DivS(a, c, (nint)ip)", Site.I64),
        new(Opcode.I64DivU, Kind.ULong, "Numerics.I64DivU(a, c, (nint)ip)", Site.I64),
        new(Opcode.I64RemS, Kind.Long, "Numerics.I64RemS(a, c, (nint)ip)", Site.I64),
        new(Opcode.I64RemU, Kind.ULong, "Numerics.I64RemU(a, c, (nint)ip)", Site.I64),
        new(Opcode.I64And, Kind.ULong, "a & c", Site.I64),
        new(Opcode.I64Or, Kind.ULong, "a | c", Site.I64),
        new(Opcode.I64Xor, Kind.ULong, "a ^ c", Site.I64),
        new(Opcode.I64Shl, Kind.ULong, "a << (int)c", Site.I64),
        new(Opcode.I64ShrS, Kind.Long, "a >> (int)c", Site.I64),
        new(Opcode.I64ShrU, Kind.ULong, "a >> (int)c", Site.I64),
        new(Opcode.I64Rotl, Kind.ULong, "BitOperations.RotateLeft(a, (int)c)", Site.I64),
        new(Opcode.I64Rotr, Kind.ULong, "BitOperations.RotateRight(a, (int)c)", Site.I64),
        new(Opcode.F32Add, Kind.Float, "a + c", Site.Float),
        new(Opcode.F32Sub, Kind.Float, "a - c", Site.Float),
        new(Opcode.F32Mul, Kind.Float, "a * c", Site.Float),
        new(Opcode.F32Div, Kind.Float, "a / c", Site.Float),
        new(Opcode.F32Min, Kind.Float, "Numerics.FMin(a, c)", Site.Float),
        new(Opcode.F32Max, Kind.Float, "Numerics.FMax(a, c)", Site.Float),
        new(Opcode.F32Copysign, Kind.UInt, "Numerics.F32CopySign(a, c)", Site.Float),
        new(Opcode.F64Add, Kind.Double, "a + c", Site.Float),
        new(Opcode.F64Sub, Kind.Double, "a - c", Site.Float),
        new(Opcode.F64Mul, Kind.Double, "a * c", Site.Float),
        new(Opcode.F64Div, Kind.Double, "a / c", Site.Float),
        new(Opcode.F64Min, Kind.Double, "Numerics.FMin(a, c)", Site.Float),
        new(Opcode.F64Max, Kind.Double, "Numerics.FMax(a, c)", Site.Float),
        new(Opcode.F64Copysign, Kind.ULong, "Numerics.F64CopySign(a, c)", Site.Float),
    ];

    /// <summary>The unary operators and conversions, in table order (reinterpretations move no bits and produce no op).</summary>
    public static readonly Operator[] Unary =
    [
        new(Opcode.I32Eqz, Kind.UInt, "a == 0", Site.I32, Kind.Bool),
        new(Opcode.I64Eqz, Kind.ULong, "a == 0", Site.I64, Kind.Bool),
        new(Opcode.I32Clz, Kind.UInt, "(uint)BitOperations.LeadingZeroCount(a)", Site.I32),
        new(Opcode.I32Ctz, Kind.UInt, "(uint)BitOperations.TrailingZeroCount(a)", Site.I32),
        new(Opcode.I32Popcnt, Kind.UInt, "(uint)BitOperations.PopCount(a)", Site.I32),
        new(Opcode.I64Clz, Kind.ULong, "(ulong)BitOperations.LeadingZeroCount(a)", Site.I64),
        new(Opcode.I64Ctz, Kind.ULong, "(ulong)BitOperations.TrailingZeroCount(a)", Site.I64),
        new(Opcode.I64Popcnt, Kind.ULong, "(ulong)BitOperations.PopCount(a)", Site.I64),
        new(Opcode.F32Abs, Kind.UInt, "Numerics.F32Abs(a)", Site.Float),
        new(Opcode.F32Neg, Kind.UInt, "Numerics.F32Neg(a)", Site.Float),
        new(Opcode.F32Ceil, Kind.Float, "Numerics.Ceil(a)", Site.Float),
        new(Opcode.F32Floor, Kind.Float, "Numerics.Floor(a)", Site.Float),
        new(Opcode.F32Trunc, Kind.Float, "Numerics.Trunc(a)", Site.Float),
        new(Opcode.F32Nearest, Kind.Float, "Numerics.Nearest(a)", Site.Float),
        new(Opcode.F32Sqrt, Kind.Float, "Numerics.Sqrt(a)", Site.Float),
        new(Opcode.F64Abs, Kind.ULong, "Numerics.F64Abs(a)", Site.Float),
        new(Opcode.F64Neg, Kind.ULong, "Numerics.F64Neg(a)", Site.Float),
        new(Opcode.F64Ceil, Kind.Double, "Numerics.Ceil(a)", Site.Float),
        new(Opcode.F64Floor, Kind.Double, "Numerics.Floor(a)", Site.Float),
        new(Opcode.F64Trunc, Kind.Double, "Numerics.Trunc(a)", Site.Float),
        new(Opcode.F64Nearest, Kind.Double, "Numerics.Nearest(a)", Site.Float),
        new(Opcode.F64Sqrt, Kind.Double, "Math.Sqrt(a)", Site.Float, Why: """
            Math.Sqrt, not Numerics.Sqrt (a call): the processor returns a NaN operand quieted, or on
            Arm64 possibly the canonical NaN, and the spec allows either.
            """),
        new(Opcode.I32WrapI64, Kind.ULong, "(uint)a", Site.I32, Kind.UInt),
        new(Opcode.I32TruncF32S, Kind.Float, "Numerics.I32TruncS(a, (nint)ip)", Site.I32, Kind.Int),
        new(Opcode.I32TruncF32U, Kind.Float, "Numerics.I32TruncU(a, (nint)ip)", Site.I32, Kind.UInt),
        new(Opcode.I32TruncF64S, Kind.Double, "Numerics.I32TruncS(a, (nint)ip)", Site.I32, Kind.Int),
        new(Opcode.I32TruncF64U, Kind.Double, "Numerics.I32TruncU(a, (nint)ip)", Site.I32, Kind.UInt),
        new(Opcode.I64ExtendI32S, Kind.Int, "(long)a", Site.I64, Kind.Long),
        new(Opcode.I64ExtendI32U, Kind.UInt, "(ulong)a", Site.I64, Kind.ULong),
        new(Opcode.I64TruncF32S, Kind.Float, "Numerics.I64TruncS(a, (nint)ip)", Site.I64, Kind.Long),
        new(Opcode.I64TruncF32U, Kind.Float, "Numerics.I64TruncU(a, (nint)ip)", Site.I64, Kind.ULong),
        new(Opcode.I64TruncF64S, Kind.Double, "Numerics.I64TruncS(a, (nint)ip)", Site.I64, Kind.Long),
        new(Opcode.I64TruncF64U, Kind.Double, "Numerics.I64TruncU(a, (nint)ip)", Site.I64, Kind.ULong),
        new(Opcode.F32ConvertI32S, Kind.Int, "(float)a", Site.Float, Kind.Float),
        new(Opcode.F32ConvertI32U, Kind.UInt, "(float)a", Site.Float, Kind.Float),
        new(Opcode.F32ConvertI64S, Kind.Long, "Numerics.F32ConvertS64(a)", Site.Float, Kind.Float),
        new(Opcode.F32ConvertI64U, Kind.ULong, "Numerics.F32ConvertU64(a)", Site.Float, Kind.Float),
        new(Opcode.F32DemoteF64, Kind.Double, "Numerics.F32DemoteF64(a)", Site.Float, Kind.Float),
        new(Opcode.F64ConvertI32S, Kind.Int, "(double)a", Site.Float, Kind.Double),
        new(Opcode.F64ConvertI32U, Kind.UInt, "(double)a", Site.Float, Kind.Double),
        new(Opcode.F64ConvertI64S, Kind.Long, "(double)a", Site.Float, Kind.Double),
        new(Opcode.F64ConvertI64U, Kind.ULong, "Numerics.F64ConvertU64(a)", Site.Float, Kind.Double),
        new(Opcode.F64PromoteF32, Kind.Float, "Numerics.F64PromoteF32(a)", Site.Float, Kind.Double),
        new(Opcode.I32Extend8S, Kind.UInt, "(int)(sbyte)a", Site.I32, Kind.Int),
        new(Opcode.I32Extend16S, Kind.UInt, "(int)(short)a", Site.I32, Kind.Int),
        new(Opcode.I64Extend8S, Kind.ULong, "(long)(sbyte)a", Site.I64, Kind.Long),
        new(Opcode.I64Extend16S, Kind.ULong, "(long)(short)a", Site.I64, Kind.Long),
        new(Opcode.I64Extend32S, Kind.ULong, "(long)(int)a", Site.I64, Kind.Long),
        new(Opcode.I32TruncSatF32S, Kind.Float, "Numerics.I32TruncSatS(a)", Site.I32, Kind.Int),
        new(Opcode.I32TruncSatF32U, Kind.Float, "Numerics.I32TruncSatU(a)", Site.I32, Kind.UInt),
        new(Opcode.I32TruncSatF64S, Kind.Double, "Numerics.I32TruncSatS(a)", Site.I32, Kind.Int),
        new(Opcode.I32TruncSatF64U, Kind.Double, "Numerics.I32TruncSatU(a)", Site.I32, Kind.UInt),
        new(Opcode.I64TruncSatF32S, Kind.Float, "Numerics.I64TruncSatS(a)", Site.I64, Kind.Long),
        new(Opcode.I64TruncSatF32U, Kind.Float, "Numerics.I64TruncSatU(a)", Site.I64, Kind.ULong),
        new(Opcode.I64TruncSatF64S, Kind.Double, "Numerics.I64TruncSatS(a)", Site.I64, Kind.Long),
        new(Opcode.I64TruncSatF64U, Kind.Double, "Numerics.I64TruncSatU(a)", Site.I64, Kind.ULong),
    ];

    /// <summary>The comparisons' value forms: <see cref="Form.Slots"/>, and <see cref="Form.Immediate"/> for integers.</summary>
    public static IEnumerable<Block> ComparisonHandlers()
    {
        foreach (var comparison in Comparisons)
        {
            var op = comparison.AsOperator;
            yield return Block.Handler(op.Row, Form.Slots, w => SlotsForm(w, op, w.Slot(C) + ".Lo"));
            if (RegisterOp.HasImmediate(op.Row))
            {
                yield return Block.Handler(op.Row, Form.Immediate, w => SlotsForm(w, op, "ip->C"));
            }
        }
    }

    /// <summary>The binary operators' forms: on slots, with a loaded right operand (its result in a slot or stored back), with a constant, and the float multiply-add into memory.</summary>
    public static IEnumerable<Block> BinaryHandlers()
    {
        foreach (var op in Binary)
        {
            var load = RegisterOp.LoadOperandOf(op.Row);
            yield return Block.Handler(op.Row, Form.Slots, w => SlotsForm(w, op, w.Slot(C) + ".Lo"));
            if (load is { } operand)
            {
                yield return Block.Handler(op.Row, Form.LoadOperand, w => LoadOperandForm(w, op, operand));
                yield return Block.Handler(op.Row, Form.Update, w => UpdateForm(w, op, operand));
            }
            if (RegisterOp.HasImmediate(op.Row))
            {
                yield return Block.Handler(op.Row, Form.Immediate, w => SlotsForm(w, op, "ip->C"));
            }
            if (RegisterOp.HasUpdateProduct(op.Row))
            {
                yield return Block.Handler(op.Row, Form.UpdateProduct, w => UpdateProductForm(w, op, load ?? throw new InvalidOperationException($"{op.Row} loads no operand")));
            }
        }
    }

    /// <summary>The unary operators and conversions, on slots.</summary>
    public static IEnumerable<Block> UnaryHandlers()
    {
        foreach (var op in Unary)
        {
            yield return Block.Handler(op.Row, Form.Slots, w =>
            {
                w.Write($"var a = {op.Operand.Read(w.Slot(B) + ".Lo")};");
                if (op.Why is not null)
                {
                    w.Write(string.Join('\n', op.Why.Split('\n').Select(line => "// " + line)));
                }
                w.Write($$"""
                    {{w.Slot(A)}}.Lo = {{op.ResultKind.Store(op.Expression)}};
                    {{w.Dispatch(op.Site)}}
                    """);
            });
        }
    }

    /// <summary>
    /// The integer comparisons fused with the branch that reads them: against a slot or a constant, and for
    /// i32 also after stepping a counter (a loop's <c>x += k</c>). Taken, they go on at <see cref="Control.TakeJump"/>.
    /// </summary>
    public static IEnumerable<Block> JumpHandlers()
    {
        foreach (var comparison in Comparisons.Where(c => RegisterOp.Inverse(c.Row) is not null))
        {
            bool step = RegisterOp.HasStepJump(comparison.Row);
            yield return Block.Handler(comparison.Row, Form.JumpSlots, w => JumpForm(w, comparison, w.Slot(B) + ".Lo", w.Slot(C) + ".Lo"));
            if (step)
            {
                yield return Block.Handler(comparison.Row, Form.StepJumpSlots, w => StepJumpForm(w, comparison, w.Slot(B) + ".Lo"));
            }
            yield return Block.Handler(comparison.Row, Form.JumpImmediate, w => JumpForm(w, comparison, w.Slot(B) + ".Lo", "ip->C"));
            if (step)
            {
                yield return Block.Handler(comparison.Row, Form.StepJumpImmediate, w => StepJumpForm(w, comparison, "(uint)ip->B"));
            }
        }
    }

    // A = B op C, the right operand (a slot's Lo or a constant) given.
    private static void SlotsForm(Block w, Operator op, string right) => w.Write($$"""
        var a = {{op.Operand.Read(w.Slot(B) + ".Lo")}};
        var c = {{op.Operand.Read(right)}};
        {{w.Slot(A)}}.Lo = {{op.ResultKind.Store(op.Expression)}};
        {{w.Dispatch(op.Site)}}
        """);

    // A = B op mem[(C + H) mod 2^32 + D].
    private static void LoadOperandForm(Block w, Operator op, Opcode load) => w.Write($$"""
        ulong address = {{OperandAddress(w)}};
        {{Memory.BoundsCheck(w, Memory.Width(load), "address")}}
        var a = {{op.Operand.Read(w.Slot(B) + ".Lo")}};
        var c = {{op.Operand.Read(Memory.Read(Memory.TypeOf(load), "At(memory, address)"))}};
        {{w.Slot(A)}}.Lo = {{op.ResultKind.Store(op.Expression)}};
        {{w.Dispatch(op.Site)}}
        """);

    // mem[x] = B op mem[x], x = (C + H) mod 2^32 + D.
    private static void UpdateForm(Block w, Operator op, Opcode load) => w.Write($$"""
        ulong address = {{OperandAddress(w)}};
        {{Memory.BoundsCheck(w, Memory.Width(load), "address")}}
        ref byte at = ref At(memory, address);
        var a = {{op.Operand.Read(w.Slot(B) + ".Lo")}};
        var c = {{op.Operand.Read(Memory.Read(Memory.TypeOf(load), "at"))}};
        {{Memory.Write("at", $"({Memory.TypeOf(load)})({op.ResultKind.Store(op.Expression)})")}};
        {{w.Dispatch(op.Site)}}
        """);

    // mem[y] = B * mem[x] + mem[y], x = (C + H) mod 2^32 + D low, y = A + D high: the operator is the float add.
    private static void UpdateProductForm(Block w, Operator op, Opcode load)
    {
        string type = Memory.TypeOf(load);
        var kind = op.Operand;
        w.Write($$"""
            ulong address = {{Memory.Address(w.Slot(C), "(uint)ip->H", "(uint)ip->D")}};
            ulong updated = {{Memory.Address(w.Slot(A), null, "(ip->D >> 32)")}};
            {{Memory.BoundsCheck(w, Memory.Width(load), "address", "updated")}}
            ref byte at = ref At(memory, updated);
            var product = {{kind.Read(w.Slot(B) + ".Lo")}} * {{kind.FromBits(Memory.Read(type, "At(memory, address)"))}};
            {{Memory.Write("at", kind.Store("product + " + kind.FromBits(Memory.Read(type, "at"))))}};
            {{w.Dispatch(op.Site)}}
            """);
    }

    // The address of a fused load operand: the slot C plus the constant H (a fused i32.add), plus the static offset D.
    private static string OperandAddress(Block w) => Memory.Address(w.Slot(C), "(uint)ip->H", "ip->D");

    // Jump when B op the right operand (the slot C or the constant C) holds.
    private static void JumpForm(Block w, Comparison comparison, string left, string right) => w.Write($$"""
        if ({{Compare(comparison, left, right)}})
        {
            {{w.Continue(Control.TakeJump)}}
        }
        {{w.Dispatch(Site.Compare)}}
        """);

    // A += C (mod 2^32), then jump when A op the right operand (the slot B or the constant B) holds.
    private static void StepJumpForm(Block w, Comparison comparison, string right) => w.Write($$"""
        ref var counter = ref *{{w.SlotAddress(A)}};
        uint value = (uint)counter.Lo + (uint)ip->C;
        counter.Lo = value;
        if ({{Compare(comparison, "value", right)}})
        {
            {{w.Continue(Control.TakeJump)}}
        }
        {{w.Dispatch(Site.Compare)}}
        """);

    private static string Compare(Comparison comparison, string left, string right) =>
        $"({comparison.Type}){left} {comparison.Op} ({comparison.Type}){right}";
}
