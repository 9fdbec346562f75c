using Plumb.Text;

namespace Plumb.Tests.Engines.Interpreter;

/// <summary>
/// The translator's register forms compute what the plain stack instructions would: operands left in
/// locals are read before the local is written, results retargeted to locals never clobber a pending
/// read, and nothing is fused across a label.
/// </summary>
public class TranslatorTests
{
    private static Func<int, int> Compile(string body)
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(Wat.ToBinary($"(module (memory 1) (global (mut i32) (i32.const 42)) (func (export \"f\") (param i32) (result i32) (local i32) {body}))"));
        return instance.GetFunction<int, int>("f")!;
    }

    public static TheoryData<string, string, int, int> Programs => new()
    {
        { "local and constant folded into i32.add", "local.get 0 i32.const 5 i32.add", 10, 15 },
        { "two locals folded into i32.sub", "i32.const 3 local.set 1 local.get 0 local.get 1 i32.sub", 10, 7 },
        { "constant right operand of i32.shr_s", "local.get 0 i32.const 1 i32.sub i32.const 1 i32.shr_s", -9, -5 },
        { "local right operand of i32.lt_u", "i32.const 1 local.get 0 i32.lt_u", 0, 0 },
        { "i64 operator with constant", "local.get 0 i64.extend_i32_s i64.const -1 i64.mul i32.wrap_i64", 7, -7 },
        // The loop label sits between local.get and i32.const: the body must re-read the counter each time.
        { "no fusion across a loop label", "(local.set 1 (i32.const 0)) local.get 0 (loop (param i32) (result i32) i32.const 1 i32.sub local.tee 0 (local.set 1 (i32.add (local.get 1) (i32.const 2))) local.get 0 br_if 0) drop local.get 1", 4, 8 },
        { "compare-and-branch out of a block", "(block (br_if 0 (i32.gt_s (local.get 0) (i32.const 3))) (return (i32.const 1))) i32.const 2", 5, 2 },
        { "compare-and-branch not taken", "(block (br_if 0 (i32.gt_s (local.get 0) (i32.const 3))) (return (i32.const 1))) i32.const 2", 3, 1 },
        { "eqz fused into if", "(if (result i32) (i32.eqz (local.get 0)) (then (i32.const 10)) (else (i32.const 20)))", 0, 10 },
        { "comparison fused into if, else taken", "(if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (i32.const 10)) (else (i32.const 20)))", 2, 20 },
        // A local.get is read lazily: a later write to the local must not change the value it pushed.
        { "local.get survives local.set of the same local", "local.get 0 (local.set 0 (i32.const 5)) local.get 0 i32.sub", 12, 7 },
        { "local.get survives local.tee of the same local", "local.get 0 (local.tee 0 (i32.add (local.get 0) (i32.const 1))) i32.mul", 6, 42 },
        { "retargeted result does not clobber a pending read", "local.get 0 (local.set 0 (i32.mul (local.get 0) (i32.const 3))) local.get 0 i32.add", 5, 20 },
        { "local.get survives a write inside a block", "local.get 0 (block (local.set 0 (i32.const 9))) local.get 0 i32.sub", 20, 11 },
        { "local.get survives a conditional write", "local.get 0 (if (i32.gt_s (local.get 0) (i32.const 0)) (then (local.set 0 (i32.const 100)))) local.get 0 i32.add", 3, 103 },
        { "swap through the stack", "(local.set 1 (i32.const 7)) local.get 0 local.get 1 local.set 0 local.set 1 (i32.sub (local.get 0) (local.get 1))", 2, 5 },
        { "constant left operand of a comparison", "(if (result i32) (i32.lt_s (i32.const 3) (local.get 0)) (then (i32.const 1)) (else (i32.const 0)))", 4, 1 },
        { "constant left operand of i32.sub", "i32.const 10 local.get 0 i32.sub", 4, 6 },
        { "constant left operand of a shift", "i32.const 1 local.get 0 i32.shl", 4, 16 },
        { "br_if keeping a value read from a local", "(block (result i32) (br_if 0 (local.get 0) (local.get 0)) drop (i32.const 99))", 4, 4 },
        { "br_if keeping a value, not taken", "(block (result i32) (br_if 0 (local.get 0) (local.get 0)) drop (i32.const 99))", 0, 99 },
        { "select on locals and constants", "(select (local.get 0) (i32.const 8) (i32.lt_u (local.get 0) (i32.const 5)))", 3, 3 },
        { "select falls to the second operand", "(select (local.get 0) (i32.const 8) (i32.lt_u (local.get 0) (i32.const 5)))", 6, 8 },
        { "br_table index from a local", "(block (block (block (br_table 0 1 2 (local.get 0))) (return (i32.const 10))) (return (i32.const 20))) i32.const 30", 1, 20 },
        { "i64 compare-and-branch", "(block (br_if 0 (i64.ge_u (i64.extend_i32_u (local.get 0)) (i64.const 4000000000))) (return (i32.const 1))) i32.const 2", -1, 2 },
        { "i64.eqz fused into if", "(if (result i32) (i64.eqz (i64.extend_i32_s (local.get 0))) (then (i32.const 10)) (else (i32.const 20)))", 5, 20 },
        { "reinterpret keeps the operand in place", "(i32.reinterpret_f32 (f32.reinterpret_i32 (local.get 0)))", 123, 123 },
        { "global.get written straight to a local", "(local.set 1 (global.get 0)) (global.set 0 (local.get 0)) (i32.add (local.get 1) (global.get 0))", 5, 47 },
        // Memory accesses whose address is an i32.add fold it in; the add still wraps at 2^32.
        { "load through a fused address", "(i32.store (i32.const 8) (i32.const 77)) (i32.load (i32.add (local.get 0) (i32.const 4)))", 4, 77 },
        { "load through an address added from two locals", "(local.set 1 (i32.const 6)) (i32.store8 (i32.const 9) (i32.const 200)) (i32.load8_u (i32.add (local.get 0) (local.get 1)))", 3, 200 },
        { "store through a fused address", "(i32.store16 (i32.add (local.get 0) (i32.const 2)) (local.get 0)) (i32.load16_u (i32.const 12))", 10, 10 },
        { "store of a constant", "(i64.store offset=16 (local.get 0) (i64.const -1)) (i32.load offset=20 (local.get 0))", 0, -1 },
        { "fused address wraps before the offset", "(i32.store (i32.const 4) (i32.const 5)) (i32.load offset=4 (i32.add (local.get 0) (i32.const -4)))", 4, 5 },
        // An operator whose operand was just loaded reads memory itself.
        { "i32.sub of a loaded right operand", "(i32.store (i32.const 8) (i32.const 30)) (i32.sub (local.get 0) (i32.load (i32.const 8)))", 100, 70 },
        { "i32.sub of a loaded left operand is not swapped", "(i32.store (i32.const 8) (i32.const 30)) (i32.sub (i32.load (i32.const 8)) (local.get 0))", 100, -70 },
        { "f64.div of a loaded operand", "(f64.store (i32.const 16) (f64.const 4)) (i32.trunc_f64_s (f64.div (f64.convert_i32_s (local.get 0)) (f64.load (i32.const 16))))", 10, 2 },
        { "i64.mul of a loaded left operand", "(i64.store (i32.const 0) (i64.const 7)) (i32.wrap_i64 (i64.mul (i64.load (i32.const 0)) (i64.extend_i32_s (local.get 0))))", 6, 42 },
        { "loaded operand read before its local is overwritten", "(i32.store (i32.const 4) (i32.const 5)) (local.set 1 (i32.const 4)) (i32.add (local.get 0) (i32.load (local.get 1))) local.set 1 local.get 1", 1, 6 },
        { "load and store at constant addresses", "(i32.store offset=4 (i32.const 8) (local.get 0)) (i32.load (i32.const 12))", 77, 77 },
        { "f64 operator with a constant right operand", "(i32.trunc_f64_s (f64.sub (f64.convert_i32_s (local.get 0)) (f64.const 0.5)))", 10, 9 },
        { "f32 comparison with a constant", "(f32.lt (f32.convert_i32_s (local.get 0)) (f32.const 2.5))", 2, 1 },
        // A loaded operand whose address is an i32.add of a constant reads through the add (wrapping at 2^32).
        { "i32.sub of an operand loaded through an added constant", "(i32.store (i32.const 12) (i32.const 30)) (i32.sub (local.get 0) (i32.load (i32.add (local.get 0) (i32.const -88))))", 100, 70 },
        { "f64.mul of an operand loaded through an added constant", "(f64.store (i32.const 24) (f64.const 2.5)) (i32.trunc_f64_s (f64.mul (f64.convert_i32_s (local.get 0)) (f64.load offset=4 (i32.add (local.get 0) (i32.const 4)))))", 16, 40 },
        // A result stored back where its operand was loaded from updates memory in place.
        { "f64 update in place", "(f64.store (i32.const 8) (f64.const 1.25)) (local.set 1 (i32.const 8)) (f64.store (local.get 1) (f64.add (f64.convert_i32_s (local.get 0)) (f64.load (local.get 1)))) (i32.trunc_f64_s (f64.mul (f64.load (i32.const 8)) (f64.const 4)))", 2, 13 },
        { "i32 update in place keeps the operands' order", "(i32.store offset=4 (local.get 0) (i32.const 3)) (i32.store offset=4 (local.get 0) (i32.sub (i32.const 10) (i32.load offset=4 (local.get 0)))) (i32.load offset=4 (local.get 0))", 20, 7 },
        { "store to another offset is no update", "(i32.store offset=4 (local.get 0) (i32.const 3)) (i32.store offset=8 (local.get 0) (i32.add (i32.const 10) (i32.load offset=4 (local.get 0)))) (i32.add (i32.load offset=4 (local.get 0)) (i32.load offset=8 (local.get 0)))", 20, 16 },
        { "store of a narrower width is no update", "(i64.store (local.get 0) (i64.const -1)) (i32.store8 (local.get 0) (i32.wrap_i64 (i64.add (i64.const 2) (i64.load (local.get 0))))) (i32.load (local.get 0))", 0, -255 },
        { "update whose left operand is the address local", "(i64.store (local.get 0) (i64.const 5)) (i64.store (local.get 0) (i64.mul (i64.extend_i32_u (local.get 0)) (i64.load (local.get 0)))) (i32.wrap_i64 (i64.load (local.get 0)))", 8, 40 },
        // A store whose address was added up before its value was computed folds the add in.
        { "store through an address added before its value", "(i32.store (i32.const 40) (i32.const 9)) (i32.store (i32.add (local.get 0) (i32.const 4)) (i32.load (i32.const 40))) (i32.load (i32.const 24))", 20, 9 },
        { "store through an address of two locals added before its value", "(local.set 1 (i32.const 8)) (i64.store (i32.add (local.get 0) (local.get 1)) (i64.mul (i64.extend_i32_u (local.get 0)) (i64.const 3))) (i32.load (i32.const 12))", 4, 12 },
        { "store of a constant through an added constant", "(i32.store8 offset=2 (i32.add (local.get 0) (i32.const -4)) (i32.const 200)) (i32.load8_u (i32.const 8))", 10, 200 },
        // A loop's step and test fuse into one op, the counter compared on either side.
        { "step and test against a constant", "(loop (local.set 1 (i32.add (local.get 1) (i32.const 2))) (br_if 0 (i32.lt_u (local.tee 0 (i32.add (local.get 0) (i32.const 3))) (i32.const 20)))) local.get 1", 2, 12 },
        { "step and test against a local, counter on the right", "(local.set 1 (i32.const 30)) (loop (br_if 0 (i32.gt_s (local.get 1) (local.tee 0 (i32.add (local.get 0) (i32.const 7)))))) local.get 0", 1, 36 },
        { "step and test that wraps", "(loop (br_if 0 (i32.ne (local.tee 0 (i32.add (local.get 0) (i32.const -1))) (i32.const -3)))) local.get 0", 2, -3 },
        { "step and test by eqz in an if", "(local.set 0 (i32.add (local.get 0) (i32.const 1))) (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 5)) (else (i32.const 6)))", -1, 5 },
        // y[i] += a * x[i] in one op.
        { "f64 update by a product", "(f64.store (i32.const 8) (f64.const 1.5)) (f64.store (i32.const 16) (f64.const 4)) (local.set 1 (i32.const 8)) (f64.store (local.get 1) (f64.add (f64.mul (f64.convert_i32_s (local.get 0)) (f64.load offset=8 (local.get 1))) (f64.load (local.get 1)))) (i32.trunc_f64_s (f64.mul (f64.load (i32.const 8)) (f64.const 2)))", 3, 27 },
        { "f32 update by a product through an added constant", "(f32.store (i32.const 8) (f32.const 1.5)) (f32.store (i32.const 20) (f32.const 4)) (local.set 1 (i32.const 8)) (f32.store (local.get 1) (f32.add (f32.mul (f32.convert_i32_s (local.get 0)) (f32.load offset=4 (i32.add (local.get 1) (i32.const 8)))) (f32.load (local.get 1)))) (i32.trunc_f32_s (f32.mul (f32.load (i32.const 8)) (f32.const 2)))", 3, 27 },
        { "step and test of the counter itself", "(local.set 1 (i32.const 0)) (loop (local.set 1 (i32.add (local.get 1) (i32.const 5))) (br_if 0 (local.tee 0 (i32.add (local.get 0) (i32.const -1))))) local.get 1", 4, 20 },
        { "count down with a fused back edge", "(loop (local.set 1 (i32.add (local.get 1) (i32.const 3))) (br_if 0 (i32.ne (local.tee 0 (i32.sub (local.get 0) (i32.const 1))) (i32.const 0)))) local.get 1", 5, 15 },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void TranslatedCodeComputesThePlainResult(string name, string body, int argument, int expected)
    {
        Assert.Equal(expected, Compile(body)(argument));
    }

    [Fact]
    public void FusedAddressPlusOffsetDoesNotWrap()
    {
        // (0 + -4) mod 2^32 = 2^32 - 4; with offset 4 the effective address is 2^32, out of bounds.
        var f = Compile("(i32.load offset=4 (i32.add (local.get 0) (i32.const -4)))");
        var trap = Assert.Throws<WasmTrapException>(() => f(0));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
    }

    [Fact]
    public void FusedLoadOperandStillTrapsOutOfBounds()
    {
        var f = Compile("(i32.add (local.get 0) (i32.load (local.get 0)))");
        var trap = Assert.Throws<WasmTrapException>(() => f(65535));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
        Assert.Equal(0, f(0));
    }

    [Theory]
    [InlineData("(f64.store (local.get 0) (f64.add (local.get 1) (f64.load (local.get 0))))", "Update:F64Add")]
    [InlineData("(i32.store offset=8 (local.get 0) (i32.xor (local.get 0) (i32.load offset=8 (local.get 0))))", "Update:I32Xor")]
    [InlineData("(f64.store (local.get 0) (f64.add (local.get 1) (f64.load offset=8 (local.get 0))))", "LoadOperand:F64Add, Slots:F64Store")]
    [InlineData("(drop (f64.mul (local.get 1) (f64.load offset=4 (i32.add (local.get 0) (i32.const 12)))))", "LoadOperand:F64Mul")]
    [InlineData("(i32.store (i32.add (local.get 0) (i32.const 4)) (i32.load offset=8 (local.get 0)))", "Slots:I32Load, AddressImmediate:I32Store")]
    [InlineData("(i32.store8 (i32.add (local.get 0) (i32.const 1024)) (i32.const 1))", "StoreImmediate:I32Store8")]
    [InlineData("(loop (br_if 0 (i32.ne (local.tee 0 (i32.add (local.get 0) (i32.const 4))) (i32.const 64))))", "StepJumpImmediate:I32Ne")]
    [InlineData("(loop (br_if 0 (i32.lt_s (i32.const 64) (local.tee 0 (i32.add (local.get 0) (i32.const 4))))))", "StepJumpImmediate:I32GtS")]
    [InlineData("(f64.store (local.get 0) (f64.add (f64.mul (local.get 1) (f64.load offset=8 (local.get 0))) (f64.load (local.get 0))))", "UpdateProduct:F64Add")]
    [InlineData("(loop (br_if 0 (local.tee 0 (i32.add (local.get 0) (i32.const -1)))))", "StepJumpImmediate:I32Ne")]
    public void FusedFormsAreEmitted(string body, string expected)
    {
        var bytes = Wat.ToBinary($"(module (memory 1) (func (param i32 f64) {body}))");
        var function = Plumb.Engines.Interpreter.Translator.TranslateAll(Plumb.Validation.Validator.Validate(Plumb.Binary.ModuleReader.Read(bytes)))[0];
        var ops = Enumerable.Range(0, function.Length - 1).Select(i => function.Op(i).Code)
            .Select(code => Plumb.Engines.Interpreter.RegisterOp.FormOf(code, out var row) is var form && form == Plumb.Engines.Interpreter.RegisterOp.Form.None ? $"{code}" : $"{form}:{row}");
        Assert.Equal(expected, string.Join(", ", ops));
    }

    [Fact]
    public void StoreWhoseValueTrapsWritesNothing()
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(Wat.ToBinary("""
            (module (memory (export "memory") 1)
              (func (export "f") (param i32) (result i32)
                (i32.store (i32.add (local.get 0) (i32.const 4)) (i32.div_u (i32.const 7) (local.get 0)))
                (i32.const 0)))
            """));
        var f = instance.GetFunction<int, int>("f")!;
        var trap = Assert.Throws<WasmTrapException>(() => f(0));
        Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
        Assert.Equal(0, instance.GetMemory("memory")!.ReadInt32(4));
        f(1);
        Assert.Equal(7, instance.GetMemory("memory")!.ReadInt32(5));
    }

    [Fact]
    public void UpdateInPlaceTrapsOutOfBoundsAndLeavesMemory()
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(Wat.ToBinary("""
            (module (memory (export "memory") 1)
              (func (export "f") (param i32) (result i32)
                (i32.store offset=2 (local.get 0) (i32.add (i32.const 1) (i32.load offset=2 (local.get 0))))
                (i32.const 0)))
            """));
        var f = instance.GetFunction<int, int>("f")!;
        f(65530);
        Assert.Equal(1, instance.GetMemory("memory")!.ReadInt32(65532));
        var trap = Assert.Throws<WasmTrapException>(() => f(65531));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
        Assert.Equal(1, instance.GetMemory("memory")!.ReadInt32(65532));
    }

    [Fact]
    public void StoreOfAConstantThroughAnAddedConstantWrapsBeforeTheOffset()
    {
        var f = Compile("(i32.store offset=4 (i32.add (local.get 0) (i32.const -4)) (i32.const 1)) (i32.const 0)");
        var trap = Assert.Throws<WasmTrapException>(() => f(0));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
        Assert.Equal(0, f(4));
    }

    [Fact]
    public void UpdateByAProductTrapsOnEitherAddressAndLeavesMemory()
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(Wat.ToBinary("""
            (module (memory (export "memory") 1)
              (func (export "f") (param i32 i32) (result i32)
                (f64.store (local.get 0) (f64.add (f64.mul (f64.convert_i32_u (i32.const 2)) (f64.load (local.get 1))) (f64.load (local.get 0))))
                (i32.const 0)))
            """));
        var f = instance.GetFunction<int, int, int>("f")!;
        var memory = instance.GetMemory("memory")!;
        memory.WriteDouble(0, 1);
        memory.WriteDouble(8, 3);
        f(0, 8);
        Assert.Equal(7, memory.ReadDouble(0));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<WasmTrapException>(() => f(0, 65530)).Kind);
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, Assert.Throws<WasmTrapException>(() => f(65530, 8)).Kind);
        Assert.Equal(7, memory.ReadDouble(0));
    }

    // A call zeroes only the declared locals that may be read before they are written; the others keep
    // whatever an earlier frame left in their slots until written. $dirty leaves -1 in the slots $f reuses.
    [Theory]
    [InlineData("(block (br_if 0 (local.get 0)) (local.set 1 (i32.const 7))) (local.get 1)", 1, 0)]
    [InlineData("(if (local.get 0) (then (local.set 1 (i32.const 7))) (else (nop))) (local.get 1)", 0, 0)]
    [InlineData("(if (local.get 0) (then (nop)) (else (local.set 1 (i32.const 7)))) (local.get 1)", 1, 0)]
    [InlineData("(local.set 2 (i32.const 3)) (loop (local.set 3 (i32.add (local.get 3) (local.get 1))) (local.set 1 (i32.const 5)) (br_if 0 (local.tee 2 (i32.sub (local.get 2) (i32.const 1))))) (local.get 3)", 0, 10)]
    [InlineData("(local.set 1 (i32.const 7)) (block (local.set 2 (local.get 1))) (i32.add (local.get 1) (local.get 2))", 0, 14)]
    [InlineData("(drop (local.tee 3 (i32.const 9))) (block (loop (local.set 1 (local.get 3)) (br 1))) (i32.add (local.get 1) (local.get 2))", 0, 9)]
    public void LocalsReadBeforeWrittenAreZeroOverAStaleFrame(string body, int argument, int expected)
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(Wat.ToBinary($$"""
            (module
              (func $dirty (param i32) (local i32 i32 i32 i32 i32 i32)
                (local.set 1 (i32.const -1)) (local.set 2 (i32.const -1)) (local.set 3 (i32.const -1))
                (local.set 4 (i32.const -1)) (local.set 5 (i32.const -1)) (local.set 6 (i32.const -1)))
              (func $f (param i32) (result i32) (local i32 i32 i32) {{body}})
              (func (export "t") (param i32) (result i32) (call $dirty (local.get 0)) (call $f (local.get 0))))
            """));
        Assert.Equal(expected, instance.GetFunction<int, int>("t")!(argument));
    }

    [Fact]
    public void OnlyLocalsReadBeforeWrittenAreZeroed()
    {
        var bytes = Wat.ToBinary("""
            (module (func (param i32) (result i32) (local i32 i32 i32 i32)
              (local.set 1 (i32.const 1)) (block (local.set 4 (i32.const 2)))
              (loop (local.set 2 (local.get 1)) (br_if 0 (local.get 2)))
              (i32.add (local.get 3) (local.get 4))))
            """);
        var function = Plumb.Engines.Interpreter.Translator.TranslateAll(Plumb.Validation.Validator.Validate(Plumb.Binary.ModuleReader.Read(bytes)))[0];
        Assert.Equal((3, 2), (function.ZeroFrom, function.ZeroCount));
    }

    [Fact]
    public void ConstantAddressPlusOffsetDoesNotWrap()
    {
        // 2^32 - 4 + 8 is past the end of memory, not 4.
        var f = Compile("(i32.load offset=8 (i32.const -4))");
        var trap = Assert.Throws<WasmTrapException>(() => f(0));
        Assert.Equal(TrapKind.OutOfBoundsMemoryAccess, trap.Kind);
    }
}
