using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>Typed delegates for exported and host functions: up to eight parameters, several results as value tuples, and none.</summary>
public class TypedFunctionTests
{
    public static TheoryData<EngineKind> AllEngines() => [.. global::Plumb.Tests.Engines.PlumbEngines.All];

    private static readonly byte[] Exports = Wat.ToBinary("""
        (module
          (global $last (export "last") (mut i64) (i64.const 0))
          (func (export "sum8") (param i32 i64 f32 f64 i32 i64 f32 f64) (result f64)
            (f64.add
              (f64.add
                (f64.add (f64.convert_i32_s (local.get 0)) (f64.convert_i64_s (local.get 1)))
                (f64.add (f64.promote_f32 (local.get 2)) (local.get 3)))
              (f64.add
                (f64.add (f64.convert_i32_s (local.get 4)) (f64.convert_i64_s (local.get 5)))
                (f64.add (f64.promote_f32 (local.get 6)) (local.get 7)))))
          (func (export "divmod") (param i32 i32) (result i32 i32)
            (i32.div_u (local.get 0) (local.get 1))
            (i32.rem_u (local.get 0) (local.get 1)))
          (func (export "spread") (param i64) (result i32 i64 f32 f64 i32 i64 f64)
            (i32.wrap_i64 (local.get 0)) (local.get 0) (f32.convert_i64_s (local.get 0)) (f64.convert_i64_s (local.get 0))
            (i32.const -1) (i64.mul (local.get 0) (i64.const 2)) (f64.const 0.5))
          (func (export "store8") (param i32 i32 i32 i32 i32 i32 i32 i64)
            (global.set $last
              (i64.add (local.get 7)
                (i64.extend_i32_u
                  (i32.add (i32.add (i32.add (local.get 0) (local.get 1)) (i32.add (local.get 2) (local.get 3)))
                           (i32.add (i32.add (local.get 4) (local.get 5)) (local.get 6)))))))
          (func (export "tick") (global.set $last (i64.add (global.get $last) (i64.const 1))))
          (func (export "answer") (result i32 i32) (i32.const 4) (i32.const 2)))
        """);

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void EightParametersOfEveryNumberType(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        var instance = runtime.Instantiate(Exports);
        var sum8 = instance.GetFunction<int, long, float, double, int, long, float, double, double>("sum8")!;
        Assert.Equal(1 + 2 + 3.5 + 4.25 + 5 + 6 + 7.5 + 8.125, sum8(1, 2, 3.5f, 4.25, 5, 6, 7.5f, 8.125));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void SeveralResultsComeBackAsAValueTuple(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        var instance = runtime.Instantiate(Exports);
        var divmod = instance.GetFunction<int, int, (int, int)>("divmod")!;
        Assert.Equal((3, 2), divmod(17, 5));
        var (quotient, remainder) = instance.GetFunction<uint, uint, (uint, uint)>("divmod")!(uint.MaxValue, 10);
        Assert.Equal((uint.MaxValue / 10, uint.MaxValue % 10), (quotient, remainder));
        Assert.Equal((4, 2), instance.GetFunction<(int, int)>("answer")!());
        var spread = instance.GetFunction<long, (int, long, float, double, int, long, double)>("spread")!;
        Assert.Equal((7, 7L, 7f, 7d, -1, 14L, 0.5), spread(7));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void FunctionsWithoutResultsAreActions(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        var instance = runtime.Instantiate(Exports);
        var store8 = instance.GetAction<int, int, int, int, int, int, int, long>("store8")!;
        store8(1, 2, 3, 4, 5, 6, 7, 1L << 40);
        Assert.Equal((1L << 40) + 28, instance.GetGlobal("last")!.Value);
        var tick = instance.GetAction("tick")!;
        tick();
        tick();
        Assert.Equal((1L << 40) + 30, instance.GetGlobal("last")!.Value);
    }

    [Fact]
    public void AMismatchedTypeIsRefusedWithTheFunctionsType()
    {
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Exports);
        var error = Assert.Throws<ArgumentException>(() => instance.GetFunction<int, int, (int, long)>("divmod"));
        Assert.Contains("(func (param i32 i32) (result i32 i32))", error.Message);
        Assert.Throws<ArgumentException>(() => instance.GetAction<int, int>("divmod"));
        Assert.Throws<ArgumentException>(() => instance.GetFunction<int, int, int>("divmod"));
        Assert.Throws<NotSupportedException>(() => instance.GetFunction<int, int, (int, string)>("divmod"));
        Assert.Throws<NotSupportedException>(() => instance.GetFunction<int, int, (int, int, int, int, int, int, int, int)>("divmod"));
        Assert.Null(instance.GetAction<int>("absent"));
    }

    private static readonly byte[] Imports = Wat.ToBinary("""
        (module
          (import "env" "sum8" (func $sum8 (param i32 i32 i32 i32 i32 i32 i32 i64) (result i64)))
          (import "env" "pair" (func $pair (param i32) (result i32 i64)))
          (import "env" "record" (func $record (param i32 i64 f32 f64 i32 i64 f32 f64)))
          (import "env" "triple" (func $triple (result f64 f32 i32)))
          (func (export "run") (param i32) (result i64)
            (call $record (local.get 0) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 5) (i64.const 6) (f32.const 7) (f64.const 8))
            (call $sum8 (local.get 0) (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (i32.const 1) (i64.const 100)))
          (func (export "pair") (param i32) (result i32 i64) (call $pair (local.get 0)))
          (func (export "triple") (result f64 f32 i32) (call $triple)))
        """);

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void HostFunctionsFromTypedDelegates(EngineKind engine)
    {
        var recorded = new List<string>();
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        runtime.NewHostModuleBuilder("env")
            .WithFunction("sum8", (int a, int b, int c, int d, int e, int f, int g, long h) => a + b + c + d + e + f + g + h)
            .WithFunction("pair", (int a) => (a * 2, (long)a << 33))
            .WithFunction("record", (int a, long b, float c, double d, int e, long f, float g, double h) => recorded.Add($"{a} {b} {c} {d} {e} {f} {g} {h}"))
            .WithFunction("triple", () => (1.5, 2.5f, 3))
            .Instantiate();
        var instance = runtime.Instantiate(Imports);
        Assert.Equal(116L, instance.GetFunction<int, long>("run")!(10));
        Assert.Equal(["10 2 3 4 5 6 7 8"], recorded);
        Assert.Equal((42, 21L << 33), instance.GetFunction<int, (int, long)>("pair")!(21));
        Assert.Equal((1.5, 2.5f, 3), instance.GetFunction<(double, float, int)>("triple")!());
        var types = runtime.GetModule("env")!.GetFunction("sum8")!;
        Assert.Equal([ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64], types.ParamTypes.ToArray());
        Assert.Equal([ValType.I64], types.ResultTypes.ToArray());
    }

    [Fact]
    public void TypedHostFunctionsStillTakeTheCallerAndReferences()
    {
        using var runtime = WasmRuntime.Create();
        runtime.NewHostModuleBuilder("env")
            .WithFunction("sum8", (ModuleInstance caller, int a, int b, int c, int d, int e, int f, int g) => (long)(a + b + c + d + e + f + g))
            .WithFunction("id", (object? value) => value)
            .Instantiate();
        var env = runtime.GetModule("env")!;
        Assert.Equal([ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], env.GetFunction("sum8")!.ParamTypes.ToArray());
        Assert.Equal([ValType.ExternRef], env.GetFunction("id")!.ResultTypes.ToArray());
        Assert.Throws<ArgumentException>(() => runtime.NewHostModuleBuilder("bad").WithFunction("f", (int a, string b) => a));
    }

    private static readonly byte[] References = Wat.ToBinary("""
        (module
          (import "env" "wrap" (func $wrap (param externref i32) (result externref)))
          (import "env" "pick" (func $pick (param funcref funcref i32) (result funcref)))
          (import "env" "both" (func $both (param externref) (result funcref externref)))
          (table $t 2 funcref)
          (func $seven (export "seven") (result i32) (i32.const 7))
          (func $eight (export "eight") (result i32) (i32.const 8))
          (elem declare func $seven $eight)
          (func (export "same") (param externref) (result externref) (local.get 0))
          (func (export "is_null") (param funcref) (result i32) (ref.is_null (local.get 0)))
          (func (export "choose") (param i32) (result funcref)
            (select (result funcref) (ref.func $seven) (ref.func $eight) (local.get 0)))
          (func (export "call_ref") (param funcref) (result i32)
            (table.set $t (i32.const 0) (local.get 0))
            (call_indirect (result i32) (i32.const 0)))
          (func (export "pair") (param externref funcref) (result funcref externref i32)
            (local.get 1) (local.get 0) (i32.const 3))
          (func (export "wrap") (param externref i32) (result externref) (call $wrap (local.get 0) (local.get 1)))
          (func (export "pick") (param i32) (result funcref) (call $pick (ref.func $seven) (ref.func $eight) (local.get 0)))
          (func (export "both") (param externref) (result funcref externref) (call $both (local.get 0))))
        """);

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void ExportedFunctionsTakeAndReturnReferences(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        RegisterReferenceHosts(runtime);
        var instance = runtime.Instantiate(References);
        var token = new List<int> { 1, 2 };
        Assert.Same(token, instance.GetFunction<object, object>("same")!(token));
        Assert.Null(instance.GetFunction<object?, object?>("same")!(null));
        var seven = instance.GetFunction("seven")!;
        var isNull = instance.GetFunction<WasmFunction?, int>("is_null")!;
        Assert.Equal(1, isNull(null));
        Assert.Equal(0, isNull(seven));
        var choose = instance.GetFunction<int, WasmFunction?>("choose")!;
        Assert.Same(seven, choose(1));
        Assert.Same(instance.GetFunction("eight"), choose(0));
        Assert.Equal(8, instance.GetFunction<WasmFunction, int>("call_ref")!(choose(0)!));
        var (f, e, n) = instance.GetFunction<object, WasmFunction, (WasmFunction, object, int)>("pair")!("x", seven);
        Assert.Equal((seven, (object)"x", 3), (f, e, n));
    }

    [Theory]
    [MemberData(nameof(AllEngines))]
    public void TypedHostFunctionsTakeAndReturnReferences(EngineKind engine)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        RegisterReferenceHosts(runtime);
        var instance = runtime.Instantiate(References);
        Assert.Equal("ab:3", instance.GetFunction<object, int, object>("wrap")!("ab", 3));
        Assert.Same(instance.GetFunction("seven"), instance.GetFunction<int, WasmFunction>("pick")!(0));
        Assert.Same(instance.GetFunction("eight"), instance.GetFunction<int, WasmFunction>("pick")!(1));
        var (function, value) = instance.GetFunction<object, (WasmFunction?, object?)>("both")!(42);
        Assert.Null(function);
        Assert.Equal(43, value);
        var env = runtime.GetModule("env")!;
        Assert.Equal([ValType.FuncRef, ValType.FuncRef, ValType.I32], env.GetFunction("pick")!.ParamTypes.ToArray());
        Assert.Equal([ValType.FuncRef, ValType.ExternRef], env.GetFunction("both")!.ResultTypes.ToArray());
    }

    private static void RegisterReferenceHosts(WasmRuntime runtime) =>
        runtime.NewHostModuleBuilder("env")
            .WithFunction("wrap", (object? value, int n) => (object?)$"{value}:{n}")
            .WithFunction("pick", (WasmFunction? a, WasmFunction? b, int which) => which == 0 ? a : b)
            .WithFunction("both", (object? value) => ((WasmFunction?)null, (object?)((int)value! + 1)))
            .Instantiate();

    [Fact]
    public void AFunctionOfAnotherStoreIsRefusedAsAFuncref()
    {
        using var first = WasmRuntime.Create();
        using var second = WasmRuntime.Create();
        RegisterReferenceHosts(first);
        RegisterReferenceHosts(second);
        var foreign = second.Instantiate(References).GetFunction("seven")!;
        var isNull = first.Instantiate(References).GetFunction<WasmFunction?, int>("is_null")!;
        Assert.Throws<ArgumentException>(() => isNull(foreign));
        Assert.Throws<ArgumentException>(() => first.Instantiate(References).GetFunction<object, int>("is_null"));
    }
}
