namespace Plumb;

/// <summary>
/// How a <see cref="WasmRuntime"/> runs modules: engine, features and resource limits. Immutable;
/// each <c>With…</c> method returns a changed copy.
/// </summary>
public sealed class RuntimeConfig
{
    private RuntimeConfig()
    {
    }

    /// <summary>
    /// The defaults: the IL compiler where the runtime compiles dynamic code
    /// (<see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled"/>), the interpreter elsewhere; Core 2.0 features, 16384 pages (1 GiB) per memory, call depth 10000, no fuel
    /// budget; for all of a runtime's instances together, 65536 memory pages (4 GiB), 10,000,000 table entries,
    /// 10,000 instances, 100,000 tables and 10,000 memories.
    /// </summary>
    public static RuntimeConfig Default { get; } = new();

    /// <summary>
    /// The engine that runs functions: by default the IL compiler where dynamic code is compiled (not under
    /// Native AOT or an interpreting runtime, where emitted IL would be interpreted), else the interpreter.
    /// </summary>
    public EngineKind Engine { get; private init; } =
        System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled ? EngineKind.Compiler : EngineKind.Interpreter;

    /// <summary>The features modules may use.</summary>
    public WasmFeatures Features { get; private init; } = WasmFeatures.Core2;

    /// <summary>The most pages any memory may have; <c>memory.grow</c> beyond it returns -1.</summary>
    public int MemoryPageLimit { get; private init; } = 16384;

    /// <summary>
    /// The most pages all memories of the runtime may have together (default 65536, 4 GiB): instantiating a
    /// module beyond it fails with <see cref="WasmUnlinkableException"/>, and <c>memory.grow</c> returns -1.
    /// Disposing an instance gives its memories' pages back.
    /// </summary>
    public int TotalMemoryPageLimit { get; private init; } = 65536;

    /// <summary>
    /// The most entries all tables of the runtime may have together (default 10,000,000, 80 MB of entries):
    /// instantiating a module beyond it fails with <see cref="WasmUnlinkableException"/>, and <c>table.grow</c>
    /// returns -1. Disposing an instance gives its tables' entries back.
    /// </summary>
    public int TotalTableElementLimit { get; private init; } = 10_000_000;

    /// <summary>
    /// The most instances (host modules included) the runtime may hold at once (default 10,000): instantiating
    /// beyond it fails with <see cref="WasmUnlinkableException"/>. Disposing an instance gives it back.
    /// </summary>
    public int InstanceCountLimit { get; private init; } = 10_000;

    /// <summary>
    /// The most tables the runtime's instances may hold at once (default 100,000): instantiating beyond it fails
    /// with <see cref="WasmUnlinkableException"/>. Disposing an instance gives its tables back.
    /// </summary>
    public int TableCountLimit { get; private init; } = 100_000;

    /// <summary>
    /// The most memories the runtime's instances may hold at once (default 10,000; each reserves address space
    /// for its largest size): instantiating beyond it fails with <see cref="WasmUnlinkableException"/>. Disposing
    /// an instance gives its memories back.
    /// </summary>
    public int MemoryCountLimit { get; private init; } = 10_000;

    /// <summary>The deepest call nesting before the "call stack exhausted" trap.</summary>
    public int CallDepthLimit { get; private init; } = 10_000;

    /// <summary>
    /// Fuel given to each outermost call (one unit per call and per loop iteration), or null for
    /// none. Running out ends the call with a <see cref="TrapKind.FuelExhausted"/> trap. For fuel that
    /// persists across calls, see <see cref="WasmRuntime.Fuel"/> (this then caps each call).
    /// </summary>
    public long? Fuel { get; private init; }

    /// <summary>
    /// The memory that compiling one module may take, in bytes of the structures the decoder, validator and
    /// engine build (the process's peak is a small multiple). Default 1 GiB: about 27 million instructions,
    /// more than any real module has, while a hostile module of 50 MB of <c>nop</c>s is refused instead
    /// of taking gigabytes. Beyond it, <see cref="WasmRuntime.Compile(ReadOnlySpan{byte})"/> throws <see cref="WasmResourceLimitException"/>.
    /// </summary>
    public long CompileMemoryLimit { get; private init; } = 1L << 30;

    /// <summary>
    /// The largest code section (all function bodies) a module may have, in bytes; checked before any body
    /// is decoded, so an oversized module is refused at once with <see cref="WasmResourceLimitException"/>.
    /// Default 128 MiB: several times the code of the largest real modules, and about as much as
    /// <see cref="CompileMemoryLimit"/>'s default can hold decoded.
    /// </summary>
    public long CodeSizeLimit { get; private init; } = 128L << 20;

    /// <summary>
    /// The directory where the IL compiler keeps the code it generates, one file per module, or null (the default)
    /// for no cache. With a cache, <see cref="WasmRuntime.Compile(ReadOnlySpan{byte})"/> loads a module's code
    /// from there when an earlier compile (in this process or another) saved it, instead of emitting it again. An
    /// entry is keyed by the module's bytes, Plumb's version and build, and <see cref="Features"/>; a corrupt or
    /// stale entry is detected by its header and checksum, deleted and rebuilt, never run. The interpreter
    /// ignores it.
    /// </summary>
    public string? CompilationCache { get; private init; }

    /// <summary>Returns a copy that caches the compiler's code in <paramref name="directory"/> (see <see cref="CompilationCache"/>); null turns the cache off.</summary>
    public RuntimeConfig WithCompilationCache(string? directory) =>
        new(this) { CompilationCache = directory is null ? null : Path.GetFullPath(directory) };

    /// <summary>
    /// The most bytes the entries of <see cref="CompilationCache"/> may take (default 1 GiB). After saving an entry,
    /// the cache deletes the least recently used entries (by the last time one was saved or loaded) until the rest
    /// fit, never the entry just saved; it also deletes temporary files that writers left behind over a day ago.
    /// Entries of other Plumb builds, which this build never loads, age out this way.
    /// </summary>
    public long CompilationCacheLimit { get; private init; } = 1L << 30;

    /// <summary>Returns a copy whose compilation cache keeps at most <paramref name="bytes"/> of entries (see <see cref="CompilationCacheLimit"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative.</exception>
    public RuntimeConfig WithCompilationCacheLimit(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        return new(this) { CompilationCacheLimit = bytes };
    }

    /// <summary>Returns a copy that uses <paramref name="engine"/>.</summary>
    public RuntimeConfig WithEngine(EngineKind engine) => new(this) { Engine = engine };

    /// <summary>Returns a copy that accepts modules using <paramref name="features"/>.</summary>
    public RuntimeConfig WithFeatures(WasmFeatures features) => new(this) { Features = features };

    /// <summary>Returns a copy whose memories hold at most <paramref name="pages"/> 64 KiB pages (0 to 65536, the spec's 4 GiB).</summary>
    public RuntimeConfig WithMemoryPageLimit(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, 65536);
        return new(this) { MemoryPageLimit = pages };
    }

    /// <summary>Returns a copy whose memories hold at most <paramref name="pages"/> 64 KiB pages together (0 or more).</summary>
    public RuntimeConfig WithTotalMemoryPageLimit(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        return new(this) { TotalMemoryPageLimit = pages };
    }

    /// <summary>Returns a copy whose tables hold at most <paramref name="entries"/> entries together (0 or more).</summary>
    public RuntimeConfig WithTotalTableElementLimit(int entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entries);
        return new(this) { TotalTableElementLimit = entries };
    }

    /// <summary>Returns a copy that holds at most <paramref name="count"/> instances at once (1 or more).</summary>
    public RuntimeConfig WithInstanceCountLimit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(this) { InstanceCountLimit = count };
    }

    /// <summary>Returns a copy whose instances hold at most <paramref name="count"/> tables at once (0 or more).</summary>
    public RuntimeConfig WithTableCountLimit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(this) { TableCountLimit = count };
    }

    /// <summary>Returns a copy whose instances hold at most <paramref name="count"/> memories at once (0 or more).</summary>
    public RuntimeConfig WithMemoryCountLimit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(this) { MemoryCountLimit = count };
    }

    /// <summary>Returns a copy that traps with "call stack exhausted" beyond <paramref name="depth"/> nested calls.</summary>
    public RuntimeConfig WithCallDepthLimit(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 1_000_000);
        return new(this) { CallDepthLimit = depth };
    }

    /// <summary>Returns a copy that gives each outermost call <paramref name="fuel"/> units (null: unlimited).</summary>
    public RuntimeConfig WithFuel(long? fuel)
    {
        if (fuel is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fuel));
        }
        return new(this) { Fuel = fuel };
    }

    /// <summary>Returns a copy whose compiles may take at most <paramref name="bytes"/> (see <see cref="CompileMemoryLimit"/>).</summary>
    public RuntimeConfig WithCompileMemoryLimit(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 0);
        return new(this) { CompileMemoryLimit = bytes };
    }

    /// <summary>Returns a copy that refuses code sections larger than <paramref name="bytes"/> (see <see cref="CodeSizeLimit"/>).</summary>
    public RuntimeConfig WithCodeSizeLimit(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 0);
        return new(this) { CodeSizeLimit = bytes };
    }

    private RuntimeConfig(RuntimeConfig other)
    {
        Engine = other.Engine;
        Features = other.Features;
        CompileMemoryLimit = other.CompileMemoryLimit;
        CodeSizeLimit = other.CodeSizeLimit;
        MemoryPageLimit = other.MemoryPageLimit;
        TotalMemoryPageLimit = other.TotalMemoryPageLimit;
        TotalTableElementLimit = other.TotalTableElementLimit;
        InstanceCountLimit = other.InstanceCountLimit;
        TableCountLimit = other.TableCountLimit;
        MemoryCountLimit = other.MemoryCountLimit;
        CallDepthLimit = other.CallDepthLimit;
        Fuel = other.Fuel;
        CompilationCache = other.CompilationCache;
        CompilationCacheLimit = other.CompilationCacheLimit;
    }
}
