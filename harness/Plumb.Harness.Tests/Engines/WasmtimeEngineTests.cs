using Plumb.Harness.Engines;

namespace Plumb.Harness.Tests.Engines;

public class WasmtimeEngineTests
{
    [Theory]
    [InlineData("wg-1.0", "(module (func (result i32 i32) (i32.const 1) (i32.const 2)))", false)]
    [InlineData("wg-2.0", "(module (func (result i32 i32) (i32.const 1) (i32.const 2)))", true)]
    [InlineData("wg-1.0", "(module (func (result v128) (v128.const i64x2 0 0)))", false)]
    [InlineData("wg-2.0", "(module (func (result v128) (v128.const i64x2 0 0)))", true)]
    [InlineData("wg-1.0", "(module (func (drop (ref.null extern))))", false)]
    [InlineData("wg-1.0", "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))", false)]
    [InlineData("wg-2.0", "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))))", true)]
    [InlineData("wg-2.0", "(module (func $f return_call $f))", false)]
    [InlineData("wg-2.0", "(module (memory 1) (memory 1))", false)]
    [InlineData("wg-3.0", "(module (func $f return_call $f))", true)]
    public void WasmtimeIsConfiguredForExactlyTheSuitesFeatures(string suite, string wat, bool loads)
    {
        using var engine = new WasmtimeEngine(Suites.Options(suite));
        Assert.Equal(loads, engine.Load(Wasmtime.Module.ConvertText(wat)).IsOk);
    }
}
