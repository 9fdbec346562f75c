using System.Diagnostics;
using System.Security.Cryptography;

namespace Plumb.Tests.Wasi;

/// <summary>
/// The C programs of <c>programs/</c>, compiled to wasm32-wasi once per test run with Debian's clang-14 and
/// wasi-libc (installed by scripts/install-tools.sh), and cached by content hash under artifacts/wasi-programs.
/// A missing compiler fails the tests that need it with the command that installs it: nothing is skipped.
/// </summary>
public sealed class WasiPrograms
{
    private const string Compiler = "clang-14";
    private const string Flags = "--target=wasm32-wasi -O2";
    private readonly Dictionary<string, Lazy<string>> _compiled = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The folder of the sources.</summary>
    public static string SourceFolder => Path.Combine(DependencyTests.RepositoryRoot(), "runtime", "Plumb.Tests", "Wasi", "programs");

    /// <summary>The names of the programs (file names without .c).</summary>
    public static IEnumerable<string> Names => Directory.GetFiles(SourceFolder, "*.c").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>The path of <paramref name="name"/>'s .wasm, compiling it if its source changed since the last run.</summary>
    public string Wasm(string name)
    {
        Lazy<string> compiled;
        lock (_gate)
        {
            if (!_compiled.TryGetValue(name, out compiled!))
            {
                compiled = new Lazy<string>(() => Compile(name));
                _compiled[name] = compiled;
            }
        }
        return compiled.Value;
    }

    private static string Compile(string name)
    {
        string source = Path.Combine(SourceFolder, name + ".c");
        byte[] text = File.ReadAllBytes(source);
        string hash = Convert.ToHexString(SHA256.HashData([.. text, .. System.Text.Encoding.UTF8.GetBytes(Compiler + Flags)]))[..16].ToLowerInvariant();
        string folder = Path.Combine(DependencyTests.RepositoryRoot(), "artifacts", "wasi-programs");
        string output = Path.Combine(folder, $"{name}-{hash}.wasm");
        if (File.Exists(output))
        {
            return output;
        }
        Directory.CreateDirectory(folder);
        string temporary = output + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var start = new ProcessStartInfo(Compiler) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string flag in Flags.Split(' '))
        {
            start.ArgumentList.Add(flag);
        }
        start.ArgumentList.Add(source);
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(temporary);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"the WASI tests compile C with {Compiler} and wasi-libc, which are missing ({e.Message}): run scripts/install-tools.sh", e);
        }
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Compiler} {Flags} {source} failed (is wasi-libc installed? scripts/install-tools.sh installs it):\n{errors}");
        }
        File.Move(temporary, output, true);
        return output;
    }
}
