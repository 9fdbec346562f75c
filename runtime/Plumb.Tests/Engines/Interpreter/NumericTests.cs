using Plumb.Instructions;

namespace Plumb.Tests.Engines.Interpreter;

public class NumericTests
{
    private static Opcode Op(string mnemonic) => InstructionTable.ByMnemonic[mnemonic].Opcode;

    private static object Run(Opcode opcode, object[] args)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        var instance = runtime.Instantiate(runtime.Compile(TestModules.Operator(opcode)));
        return instance.GetFunction("f")!.Call(args)[0]!;
    }

    public static TheoryData<string, string, object[], object> Values => new()
    {
        { "i32.add wraps", "i32.add", [int.MaxValue, 1], int.MinValue },
        { "i32.div_s rounds toward zero", "i32.div_s", [-7, 2], -3 },
        { "i32.rem_s of min by -1 is 0", "i32.rem_s", [int.MinValue, -1], 0 },
        { "i32.rem_s takes the dividend's sign", "i32.rem_s", [-7, 2], -1 },
        { "i32.div_u is unsigned", "i32.div_u", [-1, 2], int.MaxValue },
        { "i32.shl masks the count", "i32.shl", [1, 33], 2 },
        { "i32.shr_s keeps the sign", "i32.shr_s", [-8, 1], -4 },
        { "i32.rotr", "i32.rotr", [1, 1], int.MinValue },
        { "i32.clz of 0", "i32.clz", [0], 32 },
        { "i64.ctz of 0", "i64.ctz", [0L], 64L },
        { "i64.popcnt", "i64.popcnt", [-1L], 64L },
        { "i32.extend8_s", "i32.extend8_s", [0x80], -128 },
        { "i64.extend32_s", "i64.extend32_s", [0x8000_0000L], -0x8000_0000L },
        { "i64.extend_i32_u", "i64.extend_i32_u", [-1], 0xFFFF_FFFFL },
        { "i32.wrap_i64", "i32.wrap_i64", [0x1_0000_0005L], 5 },
        { "f32.min prefers -0", "f32.min", [0f, -0f], -0f },
        { "f64.max prefers +0", "f64.max", [-0.0, 0.0], 0.0 },
        { "f64.nearest rounds half to even", "f64.nearest", [2.5], 2.0 },
        { "f32.nearest keeps -0", "f32.nearest", [-0.5f], -0f },
        { "f64.copysign", "f64.copysign", [1.5, -0.0], -1.5 },
        { "i32.trunc_f64_s truncates", "i32.trunc_f64_s", [-2.9], -2 },
        { "i32.trunc_f32_u just below 2^32", "i32.trunc_f32_u", [4294967040f], unchecked((int)4294967040u) },
        { "i64.trunc_sat_f64_s saturates", "i64.trunc_sat_f64_s", [1e300], long.MaxValue },
        { "i32.trunc_sat_f32_u of NaN is 0", "i32.trunc_sat_f32_u", [float.NaN], 0 },
        { "i32.trunc_sat_f64_u of negative is 0", "i32.trunc_sat_f64_u", [-5.0], 0 },
        { "f32.convert_i64_u rounds once", "f32.convert_i64_u", [unchecked((long)0x8000_0080_0000_0001UL)], 9223373136366403584f },
        { "f32.convert_i64_s rounds once", "f32.convert_i64_s", [0x0020_0000_2000_0001L], 9007200328482816f },
        { "f64.convert_i64_u of max", "f64.convert_i64_u", [-1L], 18446744073709551616.0 },
        { "i64.div_s", "i64.div_s", [long.MinValue, 2L], long.MinValue / 2 },
        { "i64.rem_u", "i64.rem_u", [-1L, 10L], (long)(ulong.MaxValue % 10) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void OperatorComputesTheSpecResult(string name, string mnemonic, object[] args, object expected)
    {
        Assert.Equal(expected, Run(Op(mnemonic), args));
    }

    public static TheoryData<string, string, object[], TrapKind> Traps => new()
    {
        { "i32.div_s by zero", "i32.div_s", [1, 0], TrapKind.IntegerDivideByZero },
        { "i32.div_s overflow", "i32.div_s", [int.MinValue, -1], TrapKind.IntegerOverflow },
        { "i64.rem_u by zero", "i64.rem_u", [1L, 0L], TrapKind.IntegerDivideByZero },
        { "i64.div_s overflow", "i64.div_s", [long.MinValue, -1L], TrapKind.IntegerOverflow },
        { "i32.trunc_f32_s of NaN", "i32.trunc_f32_s", [float.NaN], TrapKind.InvalidConversionToInteger },
        { "i32.trunc_f64_s of 2^31", "i32.trunc_f64_s", [2147483648.0], TrapKind.IntegerOverflow },
        { "i32.trunc_f64_u of -1", "i32.trunc_f64_u", [-1.0], TrapKind.IntegerOverflow },
        { "i64.trunc_f64_u of 2^64", "i64.trunc_f64_u", [18446744073709551616.0], TrapKind.IntegerOverflow },
        { "i64.trunc_f32_s of -inf", "i64.trunc_f32_s", [float.NegativeInfinity], TrapKind.IntegerOverflow },
    };

    [Theory]
    [MemberData(nameof(Traps))]
    public void OperatorTrapsWithTheSpecKindAndMessage(string name, string mnemonic, object[] args, TrapKind kind)
    {
        var trap = Assert.Throws<WasmTrapException>(() => Run(Op(mnemonic), args));
        Assert.Equal(kind, trap.Kind);
        Assert.Equal(Plumb.Execution.TrapMessages.Of(kind), trap.Message);
    }

    public static TheoryData<string, string, uint, uint> F32Bits => new()
    {
        { "neg flips only the sign of a NaN", "f32.neg", 0x7FA0_0001, 0xFFA0_0001 },
        { "abs clears only the sign of a NaN", "f32.abs", 0xFFA0_0001, 0x7FA0_0001 },
        { "reinterpret keeps a signalling NaN", "f32.reinterpret_i32", 0x7F80_0001, 0x7F80_0001 },
    };

    [Theory]
    [MemberData(nameof(F32Bits))]
    public void SignAndReinterpretKeepNaNPayloads(string name, string mnemonic, uint input, uint expected)
    {
        var opcode = Op(mnemonic);
        var info = InstructionTable.Get(opcode);
        object arg = info.Params[0] == ValType.I32 ? (object)(int)input : BitConverter.UInt32BitsToSingle(input);
        object result = Run(opcode, [arg]);
        uint bits = result is float f ? BitConverter.SingleToUInt32Bits(f) : (uint)(int)result;
        Assert.Equal(expected, bits);
    }

    [Fact]
    public void MinOfASignallingNaNIsQuiet()
    {
        float result = (float)Run(Opcode.F32Min, [BitConverter.UInt32BitsToSingle(0x7FA0_0000), 1f]);
        Assert.Equal(0x7FE0_0000u, BitConverter.SingleToUInt32Bits(result));
    }
}
