using Plumb.Text;

namespace Plumb.Tests.Interpreter;

/// <summary>The translator's super-instructions compute what the plain instructions would, and never fuse across a label.</summary>
public class TranslatorTests
{
    private static Func<int, int> Compile(string body)
    {
        var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Wat.ToBinary($"(module (func (export \"f\") (param i32) (result i32) (local i32) {body}))"));
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
        { "count down with a fused back edge", "(loop (local.set 1 (i32.add (local.get 1) (i32.const 3))) (br_if 0 (i32.ne (local.tee 0 (i32.sub (local.get 0) (i32.const 1))) (i32.const 0)))) local.get 1", 5, 15 },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void FusedCodeComputesThePlainResult(string name, string body, int argument, int expected)
    {
        Assert.Equal(expected, Compile(body)(argument));
    }
}
