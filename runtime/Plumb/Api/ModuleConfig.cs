namespace Plumb;

/// <summary>
/// How one instance is made: its name (under which other modules import from it), the exported
/// functions to call once it is instantiated, and what its WASI preview1 imports see (arguments,
/// environment, standard streams, directories, clocks, randomness; <see cref="WasiPreview1"/>).
/// The defaults are closed: no arguments, no environment, no directories, standard input empty and
/// output discarded. Immutable; each <c>With…</c> method returns a changed copy.
/// </summary>
public sealed class ModuleConfig
{
    private ModuleConfig()
    {
    }

    /// <summary>No name, no start functions beyond the module's own start function, and WASI's closed defaults.</summary>
    public static ModuleConfig Default { get; } = new();

    /// <summary>The instance's name; when set, the runtime registers the instance under it for imports.</summary>
    public string? Name { get; private init; }

    /// <summary>Exported functions without parameters called in order after instantiation (for example <c>_start</c>); missing ones are skipped.</summary>
    public IReadOnlyList<string> StartFunctions { get; private init; } = [];

    /// <summary>The WASI command-line arguments (<c>args_get</c>); by convention the first is the program's name.</summary>
    public IReadOnlyList<string> Args { get; private init; } = [];

    /// <summary>The WASI environment variables (<c>environ_get</c>), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; private init; } = [];

    /// <summary>What WASI's file descriptor 0 reads; null reads nothing (end of file at once).</summary>
    public Stream? Stdin { get; private init; }

    /// <summary>Where WASI's file descriptor 1 writes; null discards.</summary>
    public Stream? Stdout { get; private init; }

    /// <summary>Where WASI's file descriptor 2 writes; null discards.</summary>
    public Stream? Stderr { get; private init; }

    /// <summary>The host directories the guest may use, in order (file descriptors 3, 4, …); none by default.</summary>
    public IReadOnlyList<WasiDirectory> Directories { get; private init; } = [];

    /// <summary>
    /// When true, WASI's clocks are fake and reproducible: the wall clock starts at 2022-01-01T00:00:00Z, the
    /// monotonic clock at 0, each advances 1 ms per read, and <c>poll_oneoff</c>'s sleeps advance them instead
    /// of waiting. <see cref="WallClock"/> and <see cref="MonotonicClock"/> take precedence when set.
    /// </summary>
    public bool DeterministicClocks { get; private init; }

    /// <summary>The wall clock in nanoseconds since 1970-01-01T00:00:00Z, or null for the system's (or the deterministic one).</summary>
    public Func<long>? WallClock { get; private init; }

    /// <summary>The monotonic clock in nanoseconds from an arbitrary origin, or null for the system's (or the deterministic one).</summary>
    public Func<long>? MonotonicClock { get; private init; }

    /// <summary>The seed of <c>random_get</c>'s reproducible generator (a fresh one per instance), or null for the cryptographic generator.</summary>
    public int? RandomSeed { get; private init; }

    /// <summary>Returns a copy with the instance name <paramref name="name"/>.</summary>
    public ModuleConfig WithName(string? name) => new(this) { Name = name };

    /// <summary>Returns a copy that calls <paramref name="names"/> after instantiation (none: call nothing).</summary>
    public ModuleConfig WithStartFunctions(params string[] names) => new(this) { StartFunctions = [.. names] };

    /// <summary>Returns a copy whose WASI arguments are <paramref name="args"/> (the first is the program's name).</summary>
    /// <exception cref="ArgumentException">An argument contains a NUL character.</exception>
    public ModuleConfig WithArgs(params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (string arg in args)
        {
            RequireNoNul(arg, nameof(args));
        }
        return new(this) { Args = [.. args] };
    }

    /// <summary>Returns a copy whose WASI environment has <paramref name="key"/> set to <paramref name="value"/> (replacing an earlier value).</summary>
    /// <exception cref="ArgumentException">The key is empty or contains '=' or NUL, or the value contains NUL.</exception>
    public ModuleConfig WithEnvironment(string key, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key.Contains('='))
        {
            throw new ArgumentException("an environment variable's name contains no '='", nameof(key));
        }
        RequireNoNul(key, nameof(key));
        RequireNoNul(value, nameof(value));
        var environment = Environment.Where(e => e.Key != key).Append(new(key, value)).ToArray();
        return new(this) { Environment = environment };
    }

    /// <summary>Returns a copy whose WASI standard input reads <paramref name="stream"/> (null: nothing).</summary>
    public ModuleConfig WithStdin(Stream? stream) => new(this) { Stdin = stream };

    /// <summary>Returns a copy whose WASI standard output writes to <paramref name="stream"/> (null: discarded).</summary>
    public ModuleConfig WithStdout(Stream? stream) => new(this) { Stdout = stream };

    /// <summary>Returns a copy whose WASI standard error writes to <paramref name="stream"/> (null: discarded).</summary>
    public ModuleConfig WithStderr(Stream? stream) => new(this) { Stderr = stream };

    /// <summary>
    /// Returns a copy that lets the guest use the host directory <paramref name="hostPath"/> as
    /// <paramref name="guestPath"/> (a preopened directory), and nothing outside it: paths that leave it
    /// through <c>..</c>, absolute paths or symbolic links fail. With <paramref name="readOnly"/>, nothing
    /// under it can be created, written, renamed or removed.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="hostPath"/> is not a directory.</exception>
    public ModuleConfig WithDirectory(string hostPath, string guestPath, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        ArgumentException.ThrowIfNullOrEmpty(guestPath);
        RequireNoNul(guestPath, nameof(guestPath));
        string full = Path.GetFullPath(hostPath);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"no directory {hostPath}");
        }
        return new(this) { Directories = [.. Directories, new WasiDirectory(full, guestPath, readOnly)] };
    }

    /// <summary>Returns a copy with reproducible clocks (<see cref="DeterministicClocks"/>), or the system's.</summary>
    public ModuleConfig WithDeterministicClocks(bool deterministic = true) => new(this) { DeterministicClocks = deterministic };

    /// <summary>Returns a copy whose wall clock is <paramref name="nanosecondsSinceEpoch"/> (null: the default).</summary>
    public ModuleConfig WithWallClock(Func<long>? nanosecondsSinceEpoch) => new(this) { WallClock = nanosecondsSinceEpoch };

    /// <summary>Returns a copy whose monotonic clock is <paramref name="nanoseconds"/> (null: the default).</summary>
    public ModuleConfig WithMonotonicClock(Func<long>? nanoseconds) => new(this) { MonotonicClock = nanoseconds };

    /// <summary>Returns a copy whose <c>random_get</c> is reproducible from <paramref name="seed"/> (null: cryptographic).</summary>
    public ModuleConfig WithRandomSeed(int? seed) => new(this) { RandomSeed = seed };

    private ModuleConfig(ModuleConfig other)
    {
        Name = other.Name;
        StartFunctions = other.StartFunctions;
        Args = other.Args;
        Environment = other.Environment;
        Stdin = other.Stdin;
        Stdout = other.Stdout;
        Stderr = other.Stderr;
        Directories = other.Directories;
        DeterministicClocks = other.DeterministicClocks;
        WallClock = other.WallClock;
        MonotonicClock = other.MonotonicClock;
        RandomSeed = other.RandomSeed;
    }

    private static void RequireNoNul(string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(text, parameter);
        if (text.Contains('\0'))
        {
            throw new ArgumentException("contains a NUL character", parameter);
        }
    }
}
