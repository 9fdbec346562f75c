using System.Text;

namespace Plumb.Tests.Wasi;

/// <summary>What one run of a WASI program produced.</summary>
public sealed record WasiOutcome(int ExitCode, string Stdout, string Stderr, string Files);

/// <summary>Runs a program on Plumb or on Wasmtime's WASI with the same arguments, environment, stdin and preopen.</summary>
public static class WasiRun
{
    public static readonly string[] Environment = ["HOME=/home/guest", "GREETING=hello world"];

    public static WasiOutcome OnPlumb(string wasm, string[] args, string stdin = "", bool readOnly = false, EngineKind engine = EngineKind.Interpreter)
    {
        using var sandbox = new WasiSandbox();
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var config = ModuleConfig.Default
            .WithArgs([Path.GetFileNameWithoutExtension(wasm), .. args])
            .WithStdin(new MemoryStream(Encoding.UTF8.GetBytes(stdin)))
            .WithStdout(stdout)
            .WithStderr(stderr)
            .WithDirectory(sandbox.Root, ".", readOnly);
        foreach (string variable in Environment)
        {
            config = config.WithEnvironment(variable[..variable.IndexOf('=')], variable[(variable.IndexOf('=') + 1)..]);
        }
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        int exit;
        try
        {
            exit = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(wasm)), config);
        }
        catch (WasmTrapException)
        {
            stderr.Write(Encoding.UTF8.GetBytes("trap\n"));
            exit = 134;
        }
        return new WasiOutcome(exit, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), sandbox.Snapshot());
    }

    public static WasiOutcome OnWasmtime(string wasm, string[] args, string stdin = "", bool readOnly = false)
    {
        using var sandbox = new WasiSandbox();
        string io = Path.Combine(Path.GetTempPath(), "plumb-wasi-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(io);
        try
        {
            File.WriteAllText(Path.Combine(io, "stdin"), stdin);
            var config = new Wasmtime.WasiConfiguration()
                .WithArgs([Path.GetFileNameWithoutExtension(wasm), .. args])
                .WithEnvironmentVariables(Environment.Select(v => (v[..v.IndexOf('=')], v[(v.IndexOf('=') + 1)..])))
                .WithStandardInput(Path.Combine(io, "stdin"))
                .WithStandardOutput(Path.Combine(io, "stdout"))
                .WithStandardError(Path.Combine(io, "stderr"))
                .WithPreopenedDirectory(sandbox.Root, ".", !readOnly);
            int exit = 0;
            using (var engine = new Wasmtime.Engine())
            using (var module = Wasmtime.Module.FromFile(engine, wasm))
            using (var linker = new Wasmtime.Linker(engine))
            using (var store = new Wasmtime.Store(engine))
            {
                linker.DefineWasi();
                store.SetWasiConfiguration(config);
                var instance = linker.Instantiate(store, module);
                try
                {
                    instance.GetAction("_start")!();
                }
                catch (Wasmtime.WasmtimeException e) when (e.ExitCode is { } code)
                {
                    exit = code;
                }
                catch (Wasmtime.WasmtimeException)
                {
                    // A trap, or an error of a WASI function (a pointer outside memory).
                    File.AppendAllText(Path.Combine(io, "stderr"), "trap\n");
                    exit = 134;
                }
            }
            return new WasiOutcome(exit, File.ReadAllText(Path.Combine(io, "stdout")), File.ReadAllText(Path.Combine(io, "stderr")), sandbox.Snapshot());
        }
        finally
        {
            Directory.Delete(io, true);
        }
    }
}
