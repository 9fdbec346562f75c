using System.Text;

namespace Plumb.RealPrograms;

/// <summary>Runs a real program on one of Plumb's engines through its WASI preview1.</summary>
internal static class PlumbHost
{
    public static ProgramOutcome Run(RealProgram program, string folder, EngineKind engine)
    {
        string wasm = program.WasmIn(folder) ?? throw new FileNotFoundException($"{program.Name} is not fetched: run scripts/real-programs.sh --fetch", Path.Combine(folder, program.Wasm));
        string work = program.PrepareWorkDirectory();
        try
        {
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var config = ModuleConfig.Default
                .WithArgs(program.Args)
                .WithStdout(stdout)
                .WithStderr(stderr)
                .WithStartFunctions();
            if (program.Kind == ProgramKind.Command)
            {
                config = config.WithDirectory(work, "/");
            }
            foreach (var (host, guest) in program.ReadOnlyDirectories)
            {
                config = config.WithDirectory(Path.Combine(folder, host), guest, readOnly: true);
            }
            byte[] bytes = File.ReadAllBytes(wasm);
            var runtimeConfig = RuntimeConfig.Default.WithEngine(engine);
            if (program.CompileMemoryLimit is { } limit)
            {
                runtimeConfig = runtimeConfig.WithCompileMemoryLimit(limit);
            }
            using var runtime = WasmRuntime.Create(runtimeConfig);
            WasiPreview1.Instantiate(runtime);
            var resources = new RubyResources();
            var clock = new PhaseClock();
            var module = runtime.Compile(bytes);
            var compile = clock.Elapsed;
            if (program.Kind == ProgramKind.Ruby)
            {
                DefineRubyImports(runtime, module, resources);
            }
            int exit = 0;
            Phase start = default;
            clock.Restart();
            ModuleInstance? instance = null;
            try
            {
                instance = runtime.Instantiate(module, config);
                if (program.Kind == ProgramKind.Command)
                {
                    start = clock.Elapsed;
                    clock.Restart();
                    (instance.GetFunction("_start") ?? throw new InvalidOperationException($"{program.Name} exports no _start")).Call();
                }
                else
                {
                    var guest = new Guest(instance);
                    (instance.GetFunction("_initialize") ?? throw new InvalidOperationException("CRuby exports no _initialize")).Call();
                    RubyReactor.Initialize(guest, program.Args);
                    start = clock.Elapsed;
                    clock.Restart();
                    exit = RubyReactor.Evaluate(guest, resources, program.Script);
                }
            }
            catch (WasiExitException e)
            {
                exit = e.ExitCode;
            }
            catch (WasmTrapException e)
            {
                stderr.Write(Encoding.UTF8.GetBytes($"trap: {e.FormatWithWasmStackTrace(16)}\n"));
                exit = 134;
            }
            finally
            {
                instance?.Dispose();
            }
            var run = clock.Elapsed;
            if (start == default)
            {
                start = run;
                run = default;
            }
            return new ProgramOutcome(exit, stdout.ToArray(), stderr.ToArray(), RealProgram.Snapshot(work), compile, start, run);
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    /// <summary>CRuby's imports beyond WASI: the resource functions of its own values, and the JavaScript bridge, which fails if called.</summary>
    private static void DefineRubyImports(WasmRuntime runtime, CompiledModule module, RubyResources resources)
    {
        foreach (var group in module.Imports.Where(i => i.ModuleName != WasiPreview1.ModuleName).GroupBy(i => i.ModuleName))
        {
            var builder = runtime.NewHostModuleBuilder(group.Key);
            foreach (var import in group)
            {
                var (parameters, results) = ParseFuncType(import.Type);
                string qualified = $"{import.ModuleName}.{import.Name}";
                HostFunctionCallback callback = (group.Key, import.Name) switch
                {
                    (RubyResources.ModuleName, "resource_new_rb-abi-value") => (_, stack) => stack[0] = WasmValue.FromI32(resources.New(stack[0].I32)),
                    (RubyResources.ModuleName, "resource_get_rb-abi-value") => (_, stack) => stack[0] = WasmValue.FromI32(resources.Get(stack[0].I32)),
                    _ => (_, _) => throw new JavaScriptBridgeException(qualified),
                };
                builder.WithFunction(import.Name, parameters, results, callback);
            }
            builder.Instantiate();
        }
    }

    /// <summary>The params and results of a function type in text notation, <c>(func (param i32 i32) (result i32))</c>.</summary>
    internal static (ValType[] Parameters, ValType[] Results) ParseFuncType(string text)
    {
        var parameters = new List<ValType>();
        var results = new List<ValType>();
        List<ValType>? current = null;
        foreach (string token in text.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "param": current = parameters; break;
                case "result": current = results; break;
                case "(" or ")" or "func": break;
                default:
                    (current ?? throw new FormatException($"not a function type: {text}")).Add(token switch
                    {
                        "i32" => ValType.I32,
                        "i64" => ValType.I64,
                        "f32" => ValType.F32,
                        "f64" => ValType.F64,
                        _ => throw new FormatException($"unexpected value type {token} in {text}"),
                    });
                    break;
            }
        }
        return ([.. parameters], [.. results]);
    }

    private sealed class Guest(ModuleInstance instance) : IRubyGuest
    {
        public int Call(string name, params int[] args)
        {
            var function = instance.GetFunction(name) ?? throw new InvalidOperationException($"CRuby exports no {name}");
            object?[] results = function.Call([.. args.Select(a => (object?)a)]);
            return results.Length == 0 ? 0 : (int)results[0]!;
        }

        public void Write(int address, ReadOnlySpan<byte> bytes) => Memory.Write((uint)address, bytes);

        public int ReadInt32(int address) => Memory.ReadInt32((uint)address);

        private WasmMemory Memory => instance.Memory ?? throw new InvalidOperationException("CRuby exports no memory");
    }
}
