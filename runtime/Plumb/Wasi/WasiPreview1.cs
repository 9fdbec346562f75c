using Plumb.Wasi;

namespace Plumb;

/// <summary>
/// WASI snapshot preview1 (https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md): the host
/// module <c>wasi_snapshot_preview1</c> with its 46 functions. <see cref="Instantiate"/> installs it in a
/// runtime once; each instance that imports it then sees what its own <see cref="ModuleConfig"/> gives it
/// (arguments, environment, standard streams, directories, clocks, randomness) and nothing more.
/// <see cref="Run"/> runs a command module and returns its exit code.
/// </summary>
/// <example>
/// <code>
/// using var runtime = WasmRuntime.Create();
/// WasiPreview1.Instantiate(runtime);
/// int exitCode = WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes("hello.wasm")),
///     ModuleConfig.Default.WithArgs("hello").WithStdout(Console.OpenStandardOutput()));
/// </code>
/// </example>
public static class WasiPreview1
{
    /// <summary>The module name guests import from.</summary>
    public const string ModuleName = "wasi_snapshot_preview1";

    /// <summary>The names of the functions the module exports, in the witx's order.</summary>
    public static IReadOnlyList<string> FunctionNames => WasiFunctions.Names;

    /// <summary>Instantiates the host module in <paramref name="runtime"/> and registers it under <see cref="ModuleName"/>.</summary>
    public static ModuleInstance Instantiate(WasmRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var builder = runtime.NewHostModuleBuilder(ModuleName);
        WasiFunctions.Define(builder);
        return builder.Instantiate();
    }

    /// <summary>
    /// Runs a WASI command: instantiates <paramref name="module"/> with <paramref name="config"/>, calls its
    /// start functions (<see cref="ModuleConfig.StartFunctions"/>, or <c>_start</c> when the config names none),
    /// then disposes the instance. Returns the exit code: the one given to <c>proc_exit</c>, or 0 when the
    /// start functions return. Installs the host module first if the runtime does not have it. A trap
    /// is still a <see cref="WasmTrapException"/>; <paramref name="cancellation"/> also cuts short a sleep in
    /// <c>poll_oneoff</c>. For a reactor, instantiate it with <c>config.WithStartFunctions("_initialize")</c>
    /// and call its exports instead.
    /// </summary>
    /// <exception cref="ArgumentException">The config names no start function and the module exports no <c>_start</c>.</exception>
    public static int Run(WasmRuntime runtime, CompiledModule module, ModuleConfig? config = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(module);
        config ??= ModuleConfig.Default;
        IReadOnlyList<string> starts = config.StartFunctions.Count > 0 ? config.StartFunctions : ["_start"];
        if (config.StartFunctions.Count == 0 && !module.Exports.Any(e => e.Name == "_start" && e.Kind == ExternType.Func))
        {
            throw new ArgumentException("the module exports no _start function (a reactor is instantiated with WithStartFunctions(\"_initialize\"))", nameof(module));
        }
        if (runtime.GetModule(ModuleName) is null)
        {
            Instantiate(runtime);
        }
        ModuleInstance? instance = null;
        try
        {
            instance = runtime.Instantiate(module, config.WithStartFunctions(), cancellation);
            instance.WasiContext.Cancellation = cancellation;
            foreach (string start in starts)
            {
                instance.GetFunction(start)?.Call(cancellation);
            }
            return 0;
        }
        catch (WasiExitException exit)
        {
            return exit.ExitCode;
        }
        finally
        {
            instance?.Dispose();
        }
    }
}
