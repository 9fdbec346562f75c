using Plumb.Execution;
using Plumb.Engines;
using Plumb.Structure;

namespace Plumb;

/// <summary>
/// The entry point of the embedding API: compiles modules, instantiates them, and owns everything
/// they create (its store). Instances may import from instances registered by name in the same
/// runtime. Not thread-safe: use one runtime per thread, or synchronise. Dispose frees every
/// instance's memory.
/// </summary>
/// <example>
/// <code>
/// using var runtime = WasmRuntime.Create();
/// var instance = runtime.Instantiate(runtime.Compile(File.ReadAllBytes("add.wasm")));
/// var add = instance.GetFunction&lt;int, int, int&gt;("add")!;
/// Console.WriteLine(add(1, 2));
/// </code>
/// </example>
public sealed class WasmRuntime : IDisposable
{
    private readonly Dictionary<string, ModuleInstance> _registered = new(StringComparer.Ordinal);
    private readonly List<ModuleInstance> _instances = [];
    private bool _disposed;

    private WasmRuntime(RuntimeConfig config)
    {
        Config = config;
        Store = new Store(new ResourceLimits(config.MemoryPageLimit, 10_000_000, config.CallDepthLimit, 16 * 1024 * 1024,
            config.TotalMemoryPageLimit, config.TotalTableElementLimit, config.InstanceCountLimit, config.TableCountLimit, config.MemoryCountLimit),
            Engine.For(config.Engine));
    }

    /// <summary>Creates a runtime with <paramref name="config"/> (default: <see cref="RuntimeConfig.Default"/>).</summary>
    /// <exception cref="NotSupportedException">The configured engine is not available.</exception>
    public static WasmRuntime Create(RuntimeConfig? config = null) => new(config ?? RuntimeConfig.Default);

    /// <summary>The configuration this runtime was created with.</summary>
    public RuntimeConfig Config { get; }

    internal Store Store { get; }

    /// <summary>
    /// Decodes, validates and translates a binary module. Throws <see cref="WasmMalformedException"/>
    /// or <see cref="WasmInvalidException"/> with the spec's message.
    /// </summary>
    public CompiledModule Compile(ReadOnlySpan<byte> bytes)
    {
        ThrowIfDisposed();
        var budget = NewBudget();
        try
        {
            var module = Binary.ModuleReader.Read(bytes, Config.Features, budget);
            if (Config.CompilationCache is { } directory)
            {
                var validated = Validation.Validator.Validate(module, Config.Features, budget);
                return new CompiledModule(this, validated, Store.Engine.Compile(validated, budget, directory, Config.CompilationCacheLimit, bytes, Config.Features));
            }
            return Compile(module, Store.Engine, budget);
        }
        catch (OutOfMemoryException e)
        {
            throw new WasmResourceLimitException("out of memory while compiling the module", e);
        }
    }

    /// <summary>Validates and translates a decoded module; throws <see cref="WasmInvalidException"/>.</summary>
    internal CompiledModule Compile(Module module) => Compile(module, Store.Engine);

    private CompileBudget NewBudget() => new(Config.CompileMemoryLimit, Config.CodeSizeLimit);

    /// <summary>Validates a decoded module and compiles it with <paramref name="engine"/>, which may differ from the runtime's own.</summary>
    internal CompiledModule Compile(Module module, Engine engine, CompileBudget? budget = null)
    {
        ThrowIfDisposed();
        budget ??= NewBudget();
        var validated = Validation.Validator.Validate(module, Config.Features, budget);
        return new CompiledModule(this, validated, engine.Compile(validated, budget));
    }

    /// <summary>
    /// Instantiates <paramref name="module"/>: resolves its imports among the registered instances,
    /// initialises its segments and runs its start function, then the config's start functions.
    /// Throws <see cref="WasmUnlinkableException"/> when an import is missing or mismatched and
    /// <see cref="WasmTrapException"/> when initialisation traps. The start functions run under the
    /// runtime's fuel (<see cref="Fuel"/> when set, and <see cref="RuntimeConfig.Fuel"/>) and <paramref name="cancellation"/>,
    /// as calls do: a start function that loops forever ends in a trap, not a hung host. Running out of
    /// memory while allocating the instance is a <see cref="WasmResourceLimitException"/>. The module may have
    /// been compiled by another runtime of the same engine and features.
    /// </summary>
    /// <exception cref="ArgumentException">The module was compiled for another engine, or with features this runtime leaves off.</exception>
    public ModuleInstance Instantiate(CompiledModule module, ModuleConfig? config = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ThrowIfDisposed();
        if (module.Runtime != this)
        {
            CheckShareable(module);
        }
        config ??= ModuleConfig.Default;
        ModuleInstance? result = null;
        long? budget = Metering.Begin(Store, Store.Engine, Config.Fuel, out bool fromTank);
        try
        {
            Instantiator.Instantiate(Store, module.Validated, module.Code, Config.Features, config.Name, Resolve, instance =>
            {
                result = new ModuleInstance(this, instance) { Config = config };
                _instances.Add(result);
            }, cancellation, budget);
        }
        catch (OutOfMemoryException e)
        {
            // Tables, memories and segments are allocated in proportion to what the module declares.
            throw new WasmResourceLimitException("out of memory while instantiating the module", e);
        }
        finally
        {
            Metering.End(Store, Store.Engine, budget, fromTank);
        }
        if (config.Name is { } name)
        {
            _registered[name] = result!;
        }
        foreach (string start in config.StartFunctions)
        {
            result!.GetFunction(start)?.Call(cancellation);
        }
        return result!;
    }

    /// <summary>
    /// A module compiled by another runtime is code and types only (no store state), so this runtime may
    /// instantiate it when that code is its own engine's and was validated with no feature this runtime
    /// leaves off (see runtime/RATIONALE.md, "Can runtimes share a compiled module?").
    /// </summary>
    private void CheckShareable(CompiledModule module)
    {
        var engine = module.Code.Length > 0 ? module.Code[0].Engine : Store.Engine;
        if (engine != Store.Engine)
        {
            throw new ArgumentException(
                $"the module was compiled for the {engine.Kind} engine and this runtime runs the {Store.Engine.Kind} engine: compile it with this runtime (or one of the same engine)",
                nameof(module));
        }
        var extra = module.Runtime.Config.Features & ~Config.Features;
        if (extra != 0)
        {
            throw new ArgumentException(
                $"the module was validated with features this runtime does not enable ({extra}): compile it with this runtime",
                nameof(module));
        }
    }

    /// <summary>
    /// Fuel left in this runtime's store, or null (the default) when calls draw from no store-wide fuel. Once
    /// set, every outermost call and instantiation (start functions) draws from it, the runtime config's per-call
    /// <see cref="RuntimeConfig.Fuel"/> still capping each, and leaves the rest for the next one; running out is a
    /// <see cref="TrapKind.FuelExhausted"/> trap and leaves 0. Both engines consume the same fuel for the same
    /// code. Setting it during a call (from a host function) takes effect from the next outermost call. Null
    /// stops metering the store.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The fuel set is negative.</exception>
    public long? Fuel
    {
        get => Store.Fuel;
        set
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "fuel cannot be negative");
            }
            ThrowIfDisposed();
            Store.Fuel = value;
        }
    }

    /// <summary>Adds <paramref name="fuel"/> units to <see cref="Fuel"/> (saturating at <see cref="long.MaxValue"/>).</summary>
    /// <exception cref="InvalidOperationException">The store is not metered: set <see cref="Fuel"/> first.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fuel"/> is negative.</exception>
    public void AddFuel(long fuel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fuel);
        ThrowIfDisposed();
        if (Store.Fuel is not { } tank)
        {
            throw new InvalidOperationException("the runtime's store is not metered: set Fuel first");
        }
        Store.Fuel = tank > long.MaxValue - fuel ? long.MaxValue : tank + fuel;
    }

    /// <summary>Compiles and instantiates a binary module in one step.</summary>
    public ModuleInstance Instantiate(ReadOnlySpan<byte> bytes, ModuleConfig? config = null, CancellationToken cancellation = default) =>
        Instantiate(Compile(bytes), config, cancellation);

    /// <summary>Starts a host module: C# functions, globals, tables and memories that modules can import from <paramref name="moduleName"/>.</summary>
    public HostModuleBuilder NewHostModuleBuilder(string moduleName)
    {
        ThrowIfDisposed();
        return new HostModuleBuilder(this, moduleName);
    }

    /// <summary>Makes <paramref name="instance"/>'s exports importable under <paramref name="moduleName"/> (the spec's <c>register</c>).</summary>
    public void Register(string moduleName, ModuleInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ThrowIfDisposed();
        _registered[moduleName] = instance;
    }

    /// <summary>The instance registered under <paramref name="moduleName"/>, if any.</summary>
    public ModuleInstance? GetModule(string moduleName) => _registered.GetValueOrDefault(moduleName);

    internal void Adopt(ModuleInstance instance, string? name)
    {
        _instances.Add(instance);
        if (name is not null)
        {
            _registered[name] = instance;
        }
    }

    private ExternValue? Resolve(string module, string name) =>
        _registered.TryGetValue(module, out var instance) && instance.State.Exports.TryGetValue(name, out var value) ? value : null;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Disposes every instance (freeing its memories) and forgets the registered names.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
        _instances.Clear();
        _registered.Clear();
        // Memories no disposed instance owned (an instantiation that failed after its functions escaped).
        Store.FreeMemories();
    }
}
