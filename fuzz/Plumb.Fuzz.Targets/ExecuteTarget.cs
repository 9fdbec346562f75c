using Plumb.Fuzz.Differential;
using Plumb.Fuzz.Generation;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Two properties of execution, chosen by the input:
/// <list type="bullet">
/// <item>An input that starts with the binary magic (<c>\0asm</c>) is a module: run on Plumb's
/// interpreter it fails only with Plumb's typed errors. It is decoded and validated (malformed, invalid
/// or over budget is fine), instantiated beside the spec's <c>spectest</c> host module, so that the
/// suites' modules that import it link (unlinkable, a trap in a segment or the start function, or over
/// a limit is fine), and every exported function is called with zeros (and null references), where only
/// a trap is fine: fuel and the call depth bound every call. Any other exception is a finding.</item>
/// <item>Any other input drives the module generator (<see cref="ModuleGenerator.Generate(ReadOnlySpan{byte}, GeneratorOptions)"/>:
/// every choice read from the bytes, so every input is a valid module with calls), and the case runs on
/// the interpreter and on Wasmtime through the differential oracle: a divergence is a finding. Raw bytes
/// rarely pass validation; through the generator, AFL's coverage feedback steers valid programs.</item>
/// </list>
/// </summary>
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

    /// <summary>The oracle, made on first use: its engines live as long as the fuzzing process.</summary>
    private static readonly Lazy<DifferentialOracle> Oracle = new(() =>
        DifferentialOracle.ForRegistry(["interpreter", "wasmtime"], "wasmtime", WasmFeatures.Core2));

    /// <inheritdoc />
    public override string Name => "execute";

    /// <inheritdoc />
    public override string Property =>
        "a module (\\0asm...) decoded, validated, instantiated and every export called with zeros on the interpreter: only typed Plumb errors and traps; " +
        "any other input drives the generator, and the interpreter and Wasmtime agree on the case";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.ModulesAndGeneratorInputs;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        if (input.StartsWith("\0asm"u8))
        {
            RunModule(input);
            return;
        }
        var fuzzCase = ModuleGenerator.Generate(input, GeneratorOptions.Default);
        var result = Oracle.Value.Check(fuzzCase);
        if (result.Divergences.Count > 0)
        {
            throw new FuzzFindingException(string.Join("\n", result.Divergences));
        }
    }

    private static void RunModule(ReadOnlySpan<byte> input)
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
