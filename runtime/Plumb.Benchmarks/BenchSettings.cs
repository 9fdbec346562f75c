namespace Plumb.Benchmarks;

/// <summary>
/// What one invocation of the benchmark program measures. BenchmarkDotNet runs in process (see Program),
/// so the benchmark classes read these settings directly instead of through command-line plumbing.
/// </summary>
internal static class BenchSettings
{
    /// <summary>The repository root (the folder holding Plumb.slnx).</summary>
    public static string Root { get; set; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>Whether kernels run with their small <c>--quick</c> argument.</summary>
    public static bool Quick { get; set; }

    /// <summary>The folder of the kernels: <c>corpora/bench</c>.</summary>
    public static string BenchFolder => Path.Combine(Root, "corpora", "bench");

    /// <summary>The module of the decode+validate benchmark.</summary>
    public static string LargeModule
    {
        get => field ?? Path.Combine(BenchFolder, "large", "large.wasm");
        set;
    }

    /// <summary>The kernels selected for this run (all of them unless <c>--filter</c> narrows them).</summary>
    public static IReadOnlyList<Kernel> Kernels { get; set; } = [];

    /// <summary>Looks up a selected kernel by name.</summary>
    public static Kernel Kernel(string name) => Kernels.First(k => k.Name == name);

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Plumb.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
