using System.Text;
using Wasmtime;

namespace Plumb.RealPrograms;

/// <summary>Runs a real program on Wasmtime's WASI (the NuGet package), the oracle of the comparison.</summary>
internal static class WasmtimeHost
{
    public static ProgramOutcome Run(RealProgram program, string folder)
    {
        string wasm = program.WasmIn(folder) ?? throw new FileNotFoundException($"{program.Name} is not fetched: run scripts/real-programs.sh --fetch", Path.Combine(folder, program.Wasm));
        string work = program.PrepareWorkDirectory();
        string io = Path.Combine(Path.GetTempPath(), "plumb-real-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(io);
        try
        {
            string stdout = Path.Combine(io, "stdout");
            string stderr = Path.Combine(io, "stderr");
            var config = new WasiConfiguration()
                .WithArgs(program.Args)
                .WithStandardOutput(stdout)
                .WithStandardError(stderr);
            if (program.Kind == ProgramKind.Command)
            {
                config = config.WithPreopenedDirectory(work, "/", true);
            }
            foreach (var (host, guest) in program.ReadOnlyDirectories)
            {
                config = config.WithPreopenedDirectory(Path.Combine(folder, host), guest, false);
            }
            byte[] bytes = File.ReadAllBytes(wasm);
            int exit = 0;
            Phase compile, start = default, run;
            string trap = "";
            using (var engine = new Engine())
            {
                var clock = new PhaseClock();
                using var module = Module.FromBytes(engine, program.Name, bytes);
                compile = clock.Elapsed;
                using var linker = new Linker(engine);
                using var store = new Store(engine);
                linker.DefineWasi();
                store.SetWasiConfiguration(config);
                var resources = new RubyResources();
                if (program.Kind == ProgramKind.Ruby)
                {
                    DefineRubyImports(linker, module, resources);
                }
                clock.Restart();
                try
                {
                    var instance = linker.Instantiate(store, module);
                    if (program.Kind == ProgramKind.Command)
                    {
                        start = clock.Elapsed;
                        clock.Restart();
                        instance.GetAction("_start")!();
                    }
                    else
                    {
                        var guest = new Guest(instance);
                        instance.GetAction("_initialize")!();
                        RubyReactor.Initialize(guest, program.Args);
                        start = clock.Elapsed;
                        clock.Restart();
                        exit = RubyReactor.Evaluate(guest, resources, program.Script);
                    }
                }
                catch (WasmtimeException e) when (e.ExitCode is { } code)
                {
                    exit = code;
                }
                catch (WasmtimeException e)
                {
                    trap = $"trap: {e.Message}\n";
                    exit = 134;
                }
                run = clock.Elapsed;
                if (start == default)
                {
                    start = run;
                    run = default;
                }
            }
            byte[] errors = [.. ReadOrEmpty(stderr), .. Encoding.UTF8.GetBytes(trap)];
            return new ProgramOutcome(exit, ReadOrEmpty(stdout), errors, RealProgram.Snapshot(work), compile, start, run);
        }
        finally
        {
            Directory.Delete(work, true);
            Directory.Delete(io, true);
        }
    }

    private static byte[] ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];

    private static void DefineRubyImports(Linker linker, Module module, RubyResources resources)
    {
        foreach (var import in module.Imports.OfType<FunctionImport>().Where(i => i.ModuleName != "wasi_snapshot_preview1"))
        {
            string qualified = $"{import.ModuleName}.{import.Name}";
            Function.UntypedCallbackDelegate callback = (import.ModuleName, import.Name) switch
            {
                (RubyResources.ModuleName, "resource_new_rb-abi-value") => (_, args, results) => results[0] = resources.New(args[0].AsInt32()),
                (RubyResources.ModuleName, "resource_get_rb-abi-value") => (_, args, results) => results[0] = resources.Get(args[0].AsInt32()),
                _ => (_, _, _) => throw new JavaScriptBridgeException(qualified),
            };
            linker.DefineFunction(import.ModuleName, import.Name, callback, import.Parameters, import.Results);
        }
    }

    private sealed class Guest(Instance instance) : IRubyGuest
    {
        private readonly Memory _memory = instance.GetMemory("memory") ?? throw new InvalidOperationException("CRuby exports no memory");

        public int Call(string name, params int[] args)
        {
            var function = instance.GetFunction(name) ?? throw new InvalidOperationException($"CRuby exports no {name}");
            object? result = function.Invoke([.. args.Select(a => (ValueBox)a)]);
            return result is int value ? value : 0;
        }

        public void Write(int address, ReadOnlySpan<byte> bytes) => bytes.CopyTo(_memory.GetSpan(address, bytes.Length));

        public int ReadInt32(int address) => _memory.ReadInt32(address);
    }
}
