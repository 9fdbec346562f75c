using Plumb.Text;

namespace Plumb.Tests.Api;

/// <summary>The embedding example's behaviours, one at a time (README.md's snippets themselves run in <see cref="ReadmeTests"/>).</summary>
public class ExamplesTests
{
    private static readonly byte[] Add = Wat.ToBinary("""
        (module
          (func (export "add") (param i32 i32) (result i32)
            local.get 0
            local.get 1
            i32.add))
        """);

    private static readonly byte[] LogI32 = Wat.ToBinary("""
        (module
          (import "env" "log_i32" (func $log_i32 (param i32)))
          (func (export "run") (param i32)
            (call $log_i32 (i32.add (local.get 0) (i32.const 1)))))
        """);

    [Fact]
    public void AddFunctionRunsTypedAndUntyped()
    {
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(Add);
        var add = instance.GetFunction<int, int, int>("add")!;

        Assert.Equal(3, add(1, 2));
        Assert.Equal([42], instance.GetFunction("add")!.Call(40, 2));
        Assert.Throws<ArgumentException>(() => instance.GetFunction<long, long, long>("add"));
    }

    [Fact]
    public void HostFunctionLogI32ReceivesTheGuestsValue()
    {
        var logged = new List<int>();
        using var runtime = WasmRuntime.Create();
        runtime.NewHostModuleBuilder("env")
            .WithFunction("log_i32", (int value) => logged.Add(value))
            .Instantiate();

        var instance = runtime.Instantiate(LogI32);
        instance.GetFunction("run")!.Call(41);

        Assert.Equal([42], logged);
    }

    [Fact]
    public void CompiledModuleListsItsImportsAndExports()
    {
        using var runtime = WasmRuntime.Create();
        var module = runtime.Compile(LogI32);
        var import = Assert.Single(module.Imports);
        Assert.Equal(("env", "log_i32", ExternType.Func, "(func (param i32))"), (import.ModuleName, import.Name, import.Kind, import.Type));
        var export = Assert.Single(module.Exports);
        Assert.Equal(("run", ExternType.Func), (export.Name, export.Kind));
    }

    [Fact]
    public void MissingImportIsUnlinkable()
    {
        using var runtime = WasmRuntime.Create();
        var error = Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(LogI32));
        Assert.Equal("unknown import \"env\".\"log_i32\"", error.Message);
    }

    [Fact]
    public void CompilerEngineRunsAFunction()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));
        var add = runtime.Instantiate(Add).GetFunction<int, int, int>("add")!;
        Assert.Equal(EngineKind.Compiler, runtime.Config.Engine);
        Assert.Equal(5, add(2, 3));
    }
}
