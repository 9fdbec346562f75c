using System.Text;
using Plumb.Wasi;

namespace Plumb.Tests.Wasi;

/// <summary>The embedding side of WASI: the module's functions and signatures, the config's defaults and options, commands and reactors.</summary>
public sealed class WasiApiTests(WasiPrograms programs) : IClassFixture<WasiPrograms>
{
    /// <summary>Every function of the witx with its core signature (params → results).</summary>
    private static readonly (string Name, string Type)[] Signatures =
    [
        ("args_get", "(param i32 i32) (result i32)"), ("args_sizes_get", "(param i32 i32) (result i32)"),
        ("environ_get", "(param i32 i32) (result i32)"), ("environ_sizes_get", "(param i32 i32) (result i32)"),
        ("clock_res_get", "(param i32 i32) (result i32)"), ("clock_time_get", "(param i32 i64 i32) (result i32)"),
        ("fd_advise", "(param i32 i64 i64 i32) (result i32)"), ("fd_allocate", "(param i32 i64 i64) (result i32)"),
        ("fd_close", "(param i32) (result i32)"), ("fd_datasync", "(param i32) (result i32)"),
        ("fd_fdstat_get", "(param i32 i32) (result i32)"), ("fd_fdstat_set_flags", "(param i32 i32) (result i32)"),
        ("fd_fdstat_set_rights", "(param i32 i64 i64) (result i32)"), ("fd_filestat_get", "(param i32 i32) (result i32)"),
        ("fd_filestat_set_size", "(param i32 i64) (result i32)"), ("fd_filestat_set_times", "(param i32 i64 i64 i32) (result i32)"),
        ("fd_pread", "(param i32 i32 i32 i64 i32) (result i32)"), ("fd_prestat_get", "(param i32 i32) (result i32)"),
        ("fd_prestat_dir_name", "(param i32 i32 i32) (result i32)"), ("fd_pwrite", "(param i32 i32 i32 i64 i32) (result i32)"),
        ("fd_read", "(param i32 i32 i32 i32) (result i32)"), ("fd_readdir", "(param i32 i32 i32 i64 i32) (result i32)"),
        ("fd_renumber", "(param i32 i32) (result i32)"), ("fd_seek", "(param i32 i64 i32 i32) (result i32)"),
        ("fd_sync", "(param i32) (result i32)"), ("fd_tell", "(param i32 i32) (result i32)"),
        ("fd_write", "(param i32 i32 i32 i32) (result i32)"), ("path_create_directory", "(param i32 i32 i32) (result i32)"),
        ("path_filestat_get", "(param i32 i32 i32 i32 i32) (result i32)"),
        ("path_filestat_set_times", "(param i32 i32 i32 i32 i64 i64 i32) (result i32)"),
        ("path_link", "(param i32 i32 i32 i32 i32 i32 i32) (result i32)"),
        ("path_open", "(param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)"),
        ("path_readlink", "(param i32 i32 i32 i32 i32 i32) (result i32)"), ("path_remove_directory", "(param i32 i32 i32) (result i32)"),
        ("path_rename", "(param i32 i32 i32 i32 i32 i32) (result i32)"), ("path_symlink", "(param i32 i32 i32 i32 i32) (result i32)"),
        ("path_unlink_file", "(param i32 i32 i32) (result i32)"), ("poll_oneoff", "(param i32 i32 i32 i32) (result i32)"),
        ("proc_exit", "(param i32)"), ("proc_raise", "(param i32) (result i32)"), ("sched_yield", "(result i32)"),
        ("random_get", "(param i32 i32) (result i32)"), ("sock_accept", "(param i32 i32 i32) (result i32)"),
        ("sock_recv", "(param i32 i32 i32 i32 i32 i32) (result i32)"), ("sock_send", "(param i32 i32 i32 i32 i32) (result i32)"),
        ("sock_shutdown", "(param i32 i32) (result i32)"),
    ];

    private static string ImportAll() =>
        "(module " + string.Concat(Signatures.Select(s => $"(import \"wasi_snapshot_preview1\" \"{s.Name}\" (func {s.Type})) ")) + "(memory (export \"memory\") 1))";

    [Fact]
    public void ModuleHasTheWitxFortySixFunctionsWithWasmtimesSignatures()
    {
        Assert.Equal(46, Signatures.Length);
        Assert.Equal(Signatures.Select(s => s.Name).Order(StringComparer.Ordinal), WasiPreview1.FunctionNames.Order(StringComparer.Ordinal));
        using var runtime = WasmRuntime.Create();
        var wasi = WasiPreview1.Instantiate(runtime);
        Assert.Equal(46, wasi.ExportNames.Count());
        byte[] module = Plumb.Text.Wat.ToBinary(ImportAll());
        runtime.Instantiate(module);
        using var engine = new Wasmtime.Engine();
        using var wasmtimeModule = Wasmtime.Module.FromBytes(engine, "all", module);
        using var linker = new Wasmtime.Linker(engine);
        using var store = new Wasmtime.Store(engine);
        linker.DefineWasi();
        store.SetWasiConfiguration(new Wasmtime.WasiConfiguration());
        linker.Instantiate(store, wasmtimeModule);
    }

    [Fact]
    public void DefaultsDiscardOutputAndGiveNothing()
    {
        using var runtime = WasmRuntime.Create();
        int exit = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("hello"))));
        Assert.Equal(0, exit);
        var stdout = new MemoryStream();
        exit = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("hello"))), ModuleConfig.Default.WithStdout(stdout));
        Assert.Equal("argc=0\nHOME=(unset)\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }

    [Fact]
    public void DeterministicClocksAndRandomRepeat()
    {
        string RunOnce()
        {
            var stdout = new MemoryStream();
            using var runtime = WasmRuntime.Create();
            var config = ModuleConfig.Default.WithStdout(stdout).WithDeterministicClocks().WithRandomSeed(42);
            var started = System.Diagnostics.Stopwatch.StartNew();
            Assert.Equal(0, WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("determinism"))), config));
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), "a deterministic sleep advances the clocks instead of waiting");
            return Encoding.UTF8.GetString(stdout.ToArray());
        }
        string first = RunOnce();
        Assert.Equal(first, RunOnce());
        Assert.StartsWith($"wall {WasiContext.DeterministicEpoch + 1_000_000} monotonic 1000000\n", first);
        Assert.Contains("after sleep monotonic 50", first);
    }

    [Fact]
    public void RunIsCutShortByCancellation()
    {
        using var runtime = WasmRuntime.Create();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var trap = Assert.Throws<WasmTrapException>(() =>
            WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("sleep"))), null, cancellation.Token));
        Assert.Equal(TrapKind.Cancelled, trap.Kind);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30));
    }

    private const string Reactor = """
        (module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 16) "ready\n")
          (global $ready (mut i32) (i32.const 0))
          (func (export "_initialize") (global.set $ready (i32.const 1)))
          (func (export "greet") (result i32)
            (i32.store (i32.const 0) (i32.const 16))
            (i32.store (i32.const 4) (i32.mul (global.get $ready) (i32.const 6)))
            (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
          (func (export "quit") (call $proc_exit (i32.const 9))))
        """;

    [Fact]
    public void ReactorIsInitialisedAndItsExportsCalled()
    {
        using var runtime = WasmRuntime.Create();
        WasiPreview1.Instantiate(runtime);
        var stdout = new MemoryStream();
        var instance = runtime.Instantiate(Plumb.Text.Wat.ToBinary(Reactor), ModuleConfig.Default.WithStdout(stdout).WithStartFunctions("_initialize"));
        Assert.Equal(0, instance.GetFunction<int>("greet")!());
        Assert.Equal("ready\n", Encoding.UTF8.GetString(stdout.ToArray()));
        var exit = Assert.Throws<WasiExitException>(() => instance.GetFunction("quit")!.Call());
        Assert.Equal(9, exit.ExitCode);
        var reactor = runtime.Compile(Plumb.Text.Wat.ToBinary(Reactor));
        Assert.Throws<ArgumentException>(() => WasiPreview1.Run(runtime, reactor));
        Assert.Equal(9, WasiPreview1.Run(runtime, reactor, ModuleConfig.Default.WithStartFunctions("_initialize", "quit")));
    }

    [Fact]
    public void ProcRaiseIsNotSupported()
    {
        using var runtime = WasmRuntime.Create();
        WasiPreview1.Instantiate(runtime);
        var instance = runtime.Instantiate(Plumb.Text.Wat.ToBinary("""
            (module
              (import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
              (func (export "raise") (result i32) (call $raise (i32.const 15))))
            """));
        Assert.Equal((int)Errno.Nosys, instance.GetFunction<int>("raise")!());
    }

    [Fact]
    public void ConfigIsImmutableAndChecksItsInput()
    {
        var config = ModuleConfig.Default.WithArgs("a").WithEnvironment("K", "1");
        var changed = config.WithEnvironment("K", "2").WithEnvironment("L", "3");
        Assert.Equal([new("K", "1")], config.Environment);
        Assert.Equal([new("K", "2"), new("L", "3")], changed.Environment);
        Assert.Equal(["a"], changed.Args);
        Assert.Empty(ModuleConfig.Default.Directories);
        Assert.Null(ModuleConfig.Default.Stdout);
        Assert.Throws<ArgumentException>(() => config.WithEnvironment("A=B", "x"));
        Assert.Throws<ArgumentException>(() => config.WithArgs("nul\0"));
        Assert.Throws<DirectoryNotFoundException>(() => config.WithDirectory("/no/such/directory/here", "."));
    }
}
