using Plumb.Text;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Property: running arbitrary bytes on Plumb's interpreter fails only with Plumb's typed errors. The
/// bytes are decoded and validated (malformed, invalid or over budget is fine), compiled, instantiated
/// beside the spec's <c>spectest</c> host module, so that the suites' modules that import it link
/// (unlinkable, a trap in a segment or the start function, or over a limit is fine), and then every
/// exported function is called with zeros (and null references) for its parameters, where only a trap
/// is fine: fuel and the call depth bound every call. Any other exception is a finding.
/// </summary>
/// <remarks>
/// TODO: drive this target with the module generator (<c>ModuleGenerator.Generate(input, options)</c> in
/// fuzz/Plumb.Fuzz/Generation) once it lands, so that the fuzzer's bytes become valid modules, and compare
/// engines with the differential oracle; raw bytes rarely get past validation.
/// </remarks>
internal sealed class ExecuteTarget : FuzzTarget
{
    private static readonly RuntimeConfig Config = RuntimeConfig.Default
        .WithEngine(EngineKind.Interpreter)
        .WithFuel(Limits.Fuel)
        .WithCallDepthLimit(Limits.CallDepth)
        .WithMemoryPageLimit(Limits.MemoryPages)
        .WithTotalMemoryPageLimit(Limits.TotalMemoryPages)
        .WithTotalTableElementLimit(Limits.TotalTableElements)
        .WithCompileMemoryLimit(Limits.CompileMemory)
        .WithCodeSizeLimit(Limits.CodeSize);

    // The spectest module of the spec interpreter, as the suites' scripts and the generated modules import it.
    private static readonly byte[] Spectest = Harness.Spectest.Binary;

    private static readonly ModuleConfig SpectestConfig = ModuleConfig.Default.WithName("spectest");

    /// <inheritdoc />
    public override string Name => "execute";

    /// <inheritdoc />
    public override string Property => "decode, validate, instantiate and call every export with zeros on the interpreter: only typed Plumb errors and traps";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.BinaryModules;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        using var runtime = WasmRuntime.Create(Config);
        runtime.Instantiate(Spectest, SpectestConfig);
        CompiledModule compiled;
        try
        {
            compiled = runtime.Compile(input);
        }
        catch (Exception e) when (e.GetType() == typeof(WasmMalformedException) || e is WasmInvalidException or WasmResourceLimitException)
        {
            return;
        }
        ModuleInstance instance;
        try
        {
            instance = runtime.Instantiate(compiled);
        }
        catch (Exception e) when (e is WasmUnlinkableException or WasmTrapException or WasmResourceLimitException)
        {
            return;
        }
        foreach (string name in instance.ExportNames.ToArray())
        {
            if (instance.GetFunction(name) is not { } function)
            {
                continue;
            }
            // default(WasmValue) is zero for every number type and null for both reference types.
            var args = new WasmValue[function.ParamTypes.Length];
            var results = new WasmValue[function.ResultTypes.Length];
            try
            {
                function.Invoke(args, results);
            }
            catch (Exception e) when (e is WasmTrapException or WasmResourceLimitException)
            {
            }
        }
    }
}
