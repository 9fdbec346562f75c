using Plumb.Instructions;
using Plumb.Tests.Interpreter;
using static Plumb.Tests.Interpreter.TestModules;

namespace Plumb.Tests.Api;

/// <summary>The README's examples, run as tests.</summary>
public class ExamplesTests
{
    private static readonly ValType[] I = [ValType.I32];

    [Fact]
    public void AddFunctionRunsTypedAndUntyped()
    {
        var module = Functions(("add", Type([ValType.I32, ValType.I32], I), [], [LocalGet(0), LocalGet(1), TestModules.I(Opcode.I32Add)]));

        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(runtime.Compile(module));
        var add = instance.GetFunction<int, int, int>("add")!;

        Assert.Equal(3, add(1, 2));
        Assert.Equal([42], instance.GetFunction("add")!.Call(40, 2));
        Assert.Throws<ArgumentException>(() => instance.GetFunction<long, long, long>("add"));
    }

    [Fact]
    public void HostFunctionLogI32ReceivesTheGuestsValue()
    {
        // (import "env" "log_i32" (func (param i32))) (func (export "run") (param i32) local.get 0 i32.const 1 i32.add call 0)
        var logged = new List<int>();
        using var runtime = WasmRuntime.Create();
        runtime.NewHostModuleBuilder("env")
            .WithFunction("log_i32", (int value) => logged.Add(value))
            .Instantiate();
        var module = Functions(("run", Type(I, []), [], [LocalGet(0), I32(1), TestModules.I(Opcode.I32Add), TestModules.I(Opcode.Call, 0)]));
        module = module with
        {
            Types = [Type(I, []), Type(I, [])],
            Functions = [1],
            Imports = [new Plumb.Structure.Import("env", "log_i32", Plumb.Structure.ExternKind.Func) { FuncTypeIndex = 0 }],
            Exports = [new Plumb.Structure.Export("run", Plumb.Structure.ExternKind.Func, 1)],
        };

        var instance = runtime.Instantiate(runtime.Compile(module));
        instance.GetFunction("run")!.Call(41);

        Assert.Equal([42], logged);
    }
}
