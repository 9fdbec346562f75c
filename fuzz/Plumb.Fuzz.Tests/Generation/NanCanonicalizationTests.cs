using Plumb.Binary;
using Plumb.Fuzz.Differential;
using Plumb.Fuzz.Generation;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>
/// <see cref="GeneratorOptions.CanonicalizeNans"/>: every instruction that may produce an arithmetic
/// NaN is followed by the canonicalization sequence, and NaN payloads no longer make false divergences.
/// </summary>
public class NanCanonicalizationTests
{
    [Theory]
    [InlineData("f32.add", true)]
    [InlineData("f64.div", true)]
    [InlineData("f32.sqrt", true)]
    [InlineData("f64.nearest", true)]
    [InlineData("f32.demote_f64", true)]
    [InlineData("f64.promote_f32", true)]
    [InlineData("f32x4.min", true)]
    [InlineData("f64x2.promote_low_f32x4", true)]
    [InlineData("f32x4.demote_f64x2_zero", true)]
    [InlineData("f32.const", false)]
    [InlineData("f32.load", false)]
    [InlineData("f64.reinterpret_i64", false)]
    [InlineData("f32.copysign", false)]
    [InlineData("f64.abs", false)]
    [InlineData("f32.neg", false)]
    [InlineData("f32.eq", false)]
    [InlineData("f32x4.eq", false)]
    [InlineData("f32x4.splat", false)]
    [InlineData("f64x2.extract_lane", false)]
    [InlineData("f32x4.replace_lane", false)]
    [InlineData("f32x4.neg", false)]
    [InlineData("i32.trunc_f32_s", false)]
    [InlineData("i8x16.sub_sat_u", false)]
    public void TheTableRowsThatMayMakeANanAreTheArithmeticOnes(string mnemonic, bool canonicalized)
    {
        var row = InstructionTable.All.Single(r => r.Mnemonic == mnemonic);
        Assert.Equal(canonicalized, Generator.NanComparison(row) is not null);
    }

    [Fact]
    public void EveryArithmeticFloatResultIsFollowedByTheCanonicalization()
    {
        int checkedCount = 0;
        for (long seed = 0; seed < 300; seed++)
        {
            var module = ModuleReader.Read(ModuleGenerator.Generate(seed, GeneratorOptions.Default).Wasm, WasmFeatures.Core2);
            foreach (var body in module.Codes)
            {
                var code = body.Code;
                for (int i = 0; i < code.Length; i++)
                {
                    if (Generator.NanComparison(code[i].Info) is not { } comparison)
                    {
                        continue;
                    }
                    Assert.True(i + 6 < code.Length, $"seed {seed}: {code[i].Info.Mnemonic} at the end of a body");
                    AssertCanonicalization(seed, code[i].Info.Mnemonic, comparison, code.AsSpan(i + 1, 6));
                    checkedCount++;
                }
            }
        }
        Assert.True(checkedCount > 1000, $"only {checkedCount} float results checked");
    }

    private static void AssertCanonicalization(long seed, string after, Opcode comparison, ReadOnlySpan<Instruction> next)
    {
        string where = $"seed {seed}, after {after}";
        Assert.True(next[0].Opcode == Opcode.LocalTee, where);
        uint scratch = next[0].A;
        switch (comparison)
        {
            case Opcode.F32Eq:
                Assert.Equal(new Instruction(Opcode.F32Const, C: 0x7FC00000), next[1] with { Offset = -1 });
                break;
            case Opcode.F64Eq:
                Assert.Equal(new Instruction(Opcode.F64Const, C: 0x7FF8000000000000), next[1] with { Offset = -1 });
                break;
            case Opcode.F32x4Eq:
                Assert.Equal(new Instruction(Opcode.V128Const, C: 0x7FC000007FC00000, D: 0x7FC000007FC00000), next[1] with { Offset = -1 });
                break;
            default:
                Assert.Equal(new Instruction(Opcode.V128Const, C: 0x7FF8000000000000, D: 0x7FF8000000000000), next[1] with { Offset = -1 });
                break;
        }
        Assert.True(next[2].Opcode == Opcode.LocalGet && next[2].A == scratch, where);
        Assert.True(next[3].Opcode == Opcode.LocalGet && next[3].A == scratch, where);
        Assert.True(next[4].Opcode == comparison, where);
        var select = comparison is Opcode.F32Eq or Opcode.F64Eq ? Opcode.Select : Opcode.V128Bitselect;
        Assert.True(next[5].Opcode == select, where);
    }

    [Fact]
    public void ScratchLocalsAreNeverTouchedByOtherCode()
    {
        for (long seed = 0; seed < 300; seed++)
        {
            var module = ModuleReader.Read(ModuleGenerator.Generate(seed, GeneratorOptions.Default).Wasm, WasmFeatures.Core2);
            for (int f = 0; f < module.Codes.Length; f++)
            {
                var body = module.Codes[f];
                if (body.Locals.IsEmpty)
                {
                    continue; // an export wrapper: it only passes its params on
                }
                var code = body.Code;
                // The scratch locals are the last three declared (f32, f64, v128).
                int total = module.Types[(int)module.Functions[f]].Params.Length + body.Locals.Sum(run => (int)run.Count);
                for (int i = 0; i < code.Length; i++)
                {
                    if (code[i].Opcode is Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee && code[i].A >= total - 3)
                    {
                        bool inSequence = (code[i].Opcode == Opcode.LocalTee && i + 1 < code.Length && code[i + 1].Opcode is Opcode.F32Const or Opcode.F64Const or Opcode.V128Const)
                            || (code[i].Opcode == Opcode.LocalGet && i >= 2 && code[i - 2].Opcode == Opcode.LocalTee && code[i - 2].A == code[i].A)
                            || (code[i].Opcode == Opcode.LocalGet && i >= 3 && code[i - 3].Opcode == Opcode.LocalTee && code[i - 3].A == code[i].A);
                        Assert.True(inSequence, $"seed {seed}: function {f} touches scratch local {code[i].A} at {i} ({code[i]}, {total} locals) outside a canonicalization");
                    }
                }
            }
        }
    }

    [Fact]
    public void TheNanPayloadCaseNoLongerDiverges()
    {
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], "wasmtime", WasmFeatures.Core2);
        var source = FuzzCaseSource.Default(WasmFeatures.Core2);
        var divergences = Enumerable.Range(20590, 21).SelectMany(seed => oracle.Check(source(seed)).Divergences).ToList();
        Assert.True(divergences.Count == 0, string.Join("\n", divergences));
    }

    [Fact]
    public void WithoutCanonicalizationTheFoundCaseDiverges()
    {
        using var oracle = DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], "wasmtime", WasmFeatures.Core2);
        var result = oracle.Check(ModuleGenerator.Generate(20598, GeneratorOptions.Default with { CanonicalizeNans = false }));
        Assert.NotEmpty(result.Divergences);
    }
}
