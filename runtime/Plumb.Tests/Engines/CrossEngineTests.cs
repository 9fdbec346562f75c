using Plumb.Engines;
using Plumb.Execution;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text;
using Plumb.Validation;

namespace Plumb.Tests.Engines;

/// <summary>
/// Instances compiled by two different engines behind the one engine contract link and call each
/// other both ways, with values and traps crossing intact: the interpreter, and
/// <see cref="StackEngine"/>, a small evaluator of a few instructions that exists only here.
/// </summary>
public class CrossEngineTests
{
    // Compiled by the interpreter: the functions the other engine imports.
    private const string Inner = """
        (module
          (func (export "twice") (param i32) (result i32) (i32.add (local.get 0) (local.get 0)))
          (func (export "fail") (param i32) (result i32) unreachable))
        """;

    // Compiled by StackEngine: calls into the interpreter's instance.
    private const string Middle = """
        (module
          (import "inner" "twice" (func $twice (param i32) (result i32)))
          (import "inner" "fail" (func $fail (param i32) (result i32)))
          (func (export "add_twice") (param i32 i32) (result i32)
            local.get 0 call $twice local.get 1 i32.add)
          (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
          (func (export "call_fail") (param i32) (result i32) local.get 0 call $fail))
        """;

    // Compiled by the interpreter again: calls into StackEngine's instance, which calls back in.
    private const string Outer = """
        (module
          (import "middle" "add_twice" (func $add_twice (param i32 i32) (result i32)))
          (import "middle" "div" (func $div (param i32 i32) (result i32)))
          (import "middle" "call_fail" (func $call_fail (param i32) (result i32)))
          (func (export "use") (param i32 i32) (result i32)
            (i32.add (call $add_twice (local.get 0) (local.get 1)) (i32.const 1000)))
          (func (export "use_div") (param i32 i32) (result i32) (call $div (local.get 0) (local.get 1)))
          (func (export "use_fail") (result i32) (call $call_fail (i32.const 1))))
        """;

    private static (WasmRuntime Runtime, ModuleInstance Middle, ModuleInstance Outer) Link()
    {
        var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        runtime.Instantiate(Wat.ToBinary(Inner), ModuleConfig.Default.WithName("inner"));
        var middle = runtime.Instantiate(
            runtime.Compile(Plumb.Binary.ModuleReader.Read(Wat.ToBinary(Middle), runtime.Config.Features), new StackEngine()),
            ModuleConfig.Default.WithName("middle"));
        var outer = runtime.Instantiate(Wat.ToBinary(Outer));
        return (runtime, middle, outer);
    }

    [Fact]
    public void TheOtherEngineCallsTheInterpreter()
    {
        var (runtime, middle, _) = Link();
        using (runtime)
        {
            Assert.Equal(2 * 20 + 3, middle.GetFunction<int, int, int>("add_twice")!(20, 3));
            Assert.IsType<StackEngine.Code>(middle.State.Functions[2].Code);
        }
    }

    [Fact]
    public void TheInterpreterCallsTheOtherEngineWhichCallsBack()
    {
        var (runtime, _, outer) = Link();
        using (runtime)
        {
            Assert.Equal(2 * 7 + 5 + 1000, outer.GetFunction<int, int, int>("use")!(7, 5));
            Assert.Equal(-4, outer.GetFunction<int, int, int>("use_div")!(-9, 2));
        }
    }

    [Fact]
    public void ATrapInTheOtherEngineCrossesTheInterpreter()
    {
        var (runtime, _, outer) = Link();
        using (runtime)
        {
            var trap = Assert.Throws<WasmTrapException>(() => outer.GetFunction<int, int, int>("use_div")!(1, 0));
            Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
            // The interpreter's state survived the trap: the same instance runs on.
            Assert.Equal(2 * 7 + 5 + 1000, outer.GetFunction<int, int, int>("use")!(7, 5));
        }
    }

    [Fact]
    public void ATrapInTheInterpreterCrossesTheOtherEngineBothWays()
    {
        var (runtime, middle, outer) = Link();
        using (runtime)
        {
            Assert.Equal(TrapKind.Unreachable, Assert.Throws<WasmTrapException>(() => middle.GetFunction<int, int>("call_fail")!(1)).Kind);
            Assert.Equal(TrapKind.Unreachable, Assert.Throws<WasmTrapException>(() => outer.GetFunction<int>("use_fail")!()).Kind);
            Assert.Equal(43, middle.GetFunction<int, int, int>("add_twice")!(20, 3));
        }
    }

    [Fact]
    public void AnEngineRefusesWhatItCannotCompile()
    {
        using var runtime = WasmRuntime.Create();
        var module = Plumb.Binary.ModuleReader.Read(Wat.ToBinary("(module (func (result i64) (i64.const 1)))"), runtime.Config.Features);
        Assert.Throws<NotSupportedException>(() => { runtime.Compile(module, new StackEngine()); });
    }

    /// <summary>
    /// An engine that evaluates validated instructions directly on a list (local.get, i32.const,
    /// i32.add, i32.div_s, call, unreachable, end): enough to prove the contract, nothing more.
    /// </summary>
    private sealed class StackEngine : Engine
    {
        public override EngineKind Kind => (EngineKind)(-1);

        // It meters nothing: a budget given to it is left whole.
        public override long FuelLeft
        {
            get => long.MaxValue;
            set { }
        }

        public override FunctionCode[] Compile(ValidatedModule module, CompileBudget budget)
        {
            var supported = new[] { Opcode.LocalGet, Opcode.I32Const, Opcode.I32Add, Opcode.I32DivS, Opcode.Call, Opcode.Unreachable, Opcode.End };
            return [.. module.Functions.Select(f => f.Code.All(i => supported.Contains(i.Opcode))
                ? new Code(this, f)
                : throw new NotSupportedException("StackEngine runs a few i32 instructions only"))];
        }

        public override void Invoke(FunctionInstance function, ReadOnlySpan<WasmValue> args, Span<WasmValue> results,
            CancellationToken cancellation, long? fuel)
        {
            var code = (Code)function.Code!;
            var locals = args.ToArray();
            var stack = new Stack<WasmValue>();
            foreach (var instruction in code.Function.Code)
            {
                switch (instruction.Opcode)
                {
                    case Opcode.LocalGet:
                        stack.Push(locals[instruction.A]);
                        break;
                    case Opcode.I32Const:
                        stack.Push(new WasmValue((uint)instruction.I32));
                        break;
                    case Opcode.I32Add:
                    {
                        uint right = (uint)stack.Pop().Lo, left = (uint)stack.Pop().Lo;
                        stack.Push(new WasmValue(left + right));
                        break;
                    }
                    case Opcode.I32DivS:
                    {
                        int right = (int)stack.Pop().Lo, left = (int)stack.Pop().Lo;
                        if (right == 0)
                        {
                            throw new WasmTrapException(TrapKind.IntegerDivideByZero);
                        }
                        stack.Push(new WasmValue((uint)(left / right)));
                        break;
                    }
                    case Opcode.Call:
                    {
                        var callee = function.Instance!.Functions[instruction.A];
                        var calleeArgs = new WasmValue[callee.Type.Params.Length];
                        for (int i = calleeArgs.Length - 1; i >= 0; i--)
                        {
                            calleeArgs[i] = stack.Pop();
                        }
                        var calleeResults = new WasmValue[callee.Type.Results.Length];
                        callee.Invoke(calleeArgs, calleeResults, cancellation, null);
                        foreach (var value in calleeResults)
                        {
                            stack.Push(value);
                        }
                        break;
                    }
                    case Opcode.Unreachable:
                        throw new WasmTrapException(TrapKind.Unreachable);
                }
            }
            for (int i = results.Length - 1; i >= 0; i--)
            {
                results[i] = stack.Pop();
            }
        }

        public sealed class Code(StackEngine engine, ValidatedFunction function) : FunctionCode(function.Type)
        {
            public ValidatedFunction Function { get; } = function;

            public override Engine Engine => engine;
        }
    }
}
