using Plumb.Instructions;
using Plumb.Engines.Interpreter;

namespace Plumb.Tests.Engines.Interpreter;

public class RegisterOpTests
{
    // Each form, its offset, and the rows that have it (the translator emits a form only for these rows).
    internal static readonly (RegisterOp.Form Form, ushort Offset, Func<Opcode, bool> Has)[] Forms =
    [
        (RegisterOp.Form.Slots, RegisterOp.Slots, RegisterOp.HasSlotsForm),
        (RegisterOp.Form.Immediate, RegisterOp.Immediate, RegisterOp.HasImmediate),
        (RegisterOp.Form.JumpSlots, RegisterOp.JumpSlots, op => RegisterOp.Inverse(op) is not null),
        (RegisterOp.Form.JumpImmediate, RegisterOp.JumpImmediate, op => RegisterOp.Inverse(op) is not null),
        (RegisterOp.Form.AddressSlots, RegisterOp.AddressSlots, RegisterOp.IsMemoryAccess),
        (RegisterOp.Form.AddressImmediate, RegisterOp.AddressImmediate, RegisterOp.IsMemoryAccess),
        (RegisterOp.Form.StoreImmediate, RegisterOp.StoreImmediate, RegisterOp.IsStore),
        (RegisterOp.Form.LoadOperand, RegisterOp.LoadOperand, op => RegisterOp.LoadOperandOf(op) is not null),
        (RegisterOp.Form.Update, RegisterOp.Update, op => RegisterOp.LoadOperandOf(op) is not null),
        (RegisterOp.Form.UpdateProduct, RegisterOp.UpdateProduct, RegisterOp.HasUpdateProduct),
        (RegisterOp.Form.StepJumpSlots, RegisterOp.StepJumpSlots, RegisterOp.HasStepJump),
        (RegisterOp.Form.StepJumpImmediate, RegisterOp.StepJumpImmediate, RegisterOp.HasStepJump),
    ];

    [Fact]
    public void FormsFollowTheLoopsRowsOneAfterAnother()
    {
        Assert.Equal(RegisterOp.Form.None, RegisterOp.FormOf(RegisterOp.Other, out _));
        Assert.Equal(Enum.GetValues<RegisterOp.Form>().Length - 1, Forms.Length);
        var codes = new List<int>();
        foreach (var info in InstructionTable.All)
        {
            var op = info.Opcode;
            foreach (var (form, offset, has) in Forms)
            {
                if (has(op))
                {
                    codes.Add(Check(op + offset, form, op));
                }
            }
            if ((int)op < RegisterOp.First)
            {
                Assert.Equal(RegisterOp.Form.None, RegisterOp.FormOf(op, out _));
            }
        }
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(RegisterOp.First + 1, codes.Min());
        Assert.Equal(RegisterOp.End - 1, codes.Max());

        static int Check(Opcode code, RegisterOp.Form form, Opcode row)
        {
            Assert.Equal(form, RegisterOp.FormOf(code, out var back));
            Assert.Equal(row, back);
            return (int)code;
        }
    }

    // The rows the interpreter's loop has a case for; every other row must reach it as RegisterOp.Other.
    internal static readonly Opcode[] LoopRows =
    [
        Opcode.Unreachable, Opcode.Else, Opcode.Br, Opcode.BrIf, Opcode.BrTable, Opcode.Return, Opcode.Call,
        Opcode.CallIndirect, Opcode.Select, Opcode.LocalGet, Opcode.GlobalGet, Opcode.GlobalSet, Opcode.I32Const,
        Opcode.MemorySize, Opcode.MemoryGrow,
    ];

    private const string OtherOps = """
        (module (memory 1) (table 2 funcref) (elem declare func 0) (data "x")
          (func (param i32) (result i32)
            (drop (table.get 0 (local.get 0))) (table.set 0 (local.get 0) (ref.func 0))
            (drop (ref.is_null (ref.null extern))) (drop (table.grow 0 (ref.null func) (i32.const 1)))
            (table.fill 0 (i32.const 0) (ref.null func) (i32.const 1)) (elem.drop 0) (data.drop 0)
            (memory.fill (i32.const 0) (i32.const 1) (i32.const 2)) (memory.copy (i32.const 0) (i32.const 1) (i32.const 2))
            (v128.store (i32.const 0) (i32x4.add (v128.load (i32.const 16)) (v128.const i32x4 1 2 3 4)))
            (i32x4.extract_lane 1 (v128.load (local.get 0)))))
        """;

    [Fact]
    public void TranslatedCodeUsesOnlyTheLoopsRowsOtherAndForms()
    {
        Assert.All(LoopRows, row => Assert.True((int)row < RegisterOp.First));
        var modules = Directory.GetFiles(Path.Combine(Spec.SpecCorpus.RepoRoot, "corpora", "bench"), "*.wasm", SearchOption.AllDirectories)
            .Select(File.ReadAllBytes).Append(Text.Wat.ToBinary(OtherOps)).ToList();
        Assert.True(modules.Count > 1);
        foreach (var bytes in modules)
        {
            var validated = Plumb.Validation.Validator.Validate(Plumb.Binary.ModuleReader.Read(bytes));
            foreach (var function in Translator.TranslateAll(validated))
            {
                for (int i = 0; i < function.Length; i++)
                {
                    var op = function.Op(i);
                    if (op.Code == RegisterOp.Other)
                    {
                        Assert.True(RegisterOp.FormOf(op.Row, out _) == RegisterOp.Form.None || (int)op.Row >= RegisterOp.First, op.ToString());
                        Assert.DoesNotContain(op.Row, LoopRows);
                    }
                    else if (op.Code == RegisterOp.CallDirect)
                    {
                        Assert.Equal(RegisterOp.Form.None, RegisterOp.FormOf(op.Code, out _));
                    }
                    else if ((int)op.Code < RegisterOp.First)
                    {
                        Assert.Contains(op.Code, LoopRows);
                    }
                    else
                    {
                        Assert.NotEqual(RegisterOp.Form.None, RegisterOp.FormOf(op.Code, out _));
                    }
                }
            }
        }
    }

    [Fact]
    public void SlotsFormsAreTheScalarNumericRowsLoadsAndStores()
    {
        foreach (var info in InstructionTable.All)
        {
            bool scalar = info.HasFixedSignature
                && info.Params.Length > 0 && (info.Prefix == Prefix.None || info.Mnemonic.Contains("trunc_sat"))
                && info.Params.All(t => t is ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64)
                && info.Results.All(t => t is ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64)
                && !info.Mnemonic.Contains("reinterpret") && !info.Mnemonic.EndsWith(".const")
                && info.Mnemonic is not ("memory.size" or "memory.grow");
            Assert.True(scalar == RegisterOp.HasSlotsForm(info.Opcode), info.Mnemonic);
        }
    }

    [Fact]
    public void InverseAndSwappedComparisonsAgreeOnEveryPair()
    {
        long[] samples = [long.MinValue, int.MinValue, -1, 0, 1, 2, int.MaxValue, uint.MaxValue, long.MaxValue];
        foreach (var info in InstructionTable.All)
        {
            if (RegisterOp.Inverse(info.Opcode) is not { } inverse)
            {
                continue;
            }
            Assert.Equal(info.Opcode, RegisterOp.Inverse(inverse));
            var swapped = RegisterOp.Swapped(info.Opcode)!.Value;
            foreach (long x in samples)
            {
                foreach (long y in samples)
                {
                    bool holds = Compare(info.Opcode, x, y);
                    Assert.Equal(!holds, Compare(inverse, x, y));
                    Assert.Equal(holds, Compare(swapped, y, x));
                }
            }
        }
    }

    // The comparisons as the spec defines them, on i32 (low bits) or i64 operands.
    private static bool Compare(Opcode op, long x, long y)
    {
        string name = InstructionTable.Get(op).Mnemonic;
        bool wide = name.StartsWith("i64");
        long sx = wide ? x : (int)x, sy = wide ? y : (int)y;
        ulong ux = wide ? (ulong)x : (uint)x, uy = wide ? (ulong)y : (uint)y;
        return name[4..] switch
        {
            "eq" => ux == uy,
            "ne" => ux != uy,
            "lt_s" => sx < sy,
            "lt_u" => ux < uy,
            "gt_s" => sx > sy,
            "gt_u" => ux > uy,
            "le_s" => sx <= sy,
            "le_u" => ux <= uy,
            "ge_s" => sx >= sy,
            "ge_u" => ux >= uy,
            _ => throw new ArgumentException(name),
        };
    }
}
