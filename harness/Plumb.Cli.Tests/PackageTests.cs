using System.Diagnostics;
using System.IO.Compression;
using Plumb.Harness;

namespace Plumb.Cli.Tests;

/// <summary>
/// <c>dotnet pack</c> makes the library packages and the <c>plumb</c> tool, and the tool installs and runs:
/// packed into a temporary folder (built in a temporary artifacts folder, so the running tests' own
/// assemblies are never rebuilt under them), installed into a temporary tool path.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plumb-pack-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void PackedToolInstallsAndRuns()
    {
        string root = Suites.RepositoryRoot() ?? throw new InvalidOperationException("not inside a checkout");
        string packages = Path.Combine(_folder, "packages");
        foreach (var project in new[] { "runtime/Plumb/Plumb.csproj", "wast-parser/Plumb.Text/Plumb.Text.csproj", "harness/Plumb.Cli/Plumb.Cli.csproj" })
            Run("dotnet", ["pack", Path.Combine(root, project), "-c", "Release", "-o", packages, "--nologo", "-v", "q"]);

        string version = Versions.Plumb;
        using (var library = ZipFile.OpenRead(Path.Combine(packages, $"Plumb.{version}.nupkg")))
        {
            var names = library.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("lib/net10.0/Plumb.dll", names);
            Assert.Contains("lib/net10.0/Plumb.xml", names);
            Assert.Contains("README.md", names);
            Assert.Contains("LICENSE", names);
        }
        Assert.True(File.Exists(Path.Combine(packages, $"Plumb.{version}.snupkg")));
        Assert.True(File.Exists(Path.Combine(packages, $"Plumb.Text.{version}.nupkg")));

        string tools = Path.Combine(_folder, "tools");
        Run("dotnet", ["tool", "install", "Plumb.Cli", "--tool-path", tools, "--add-source", packages, "--version", version]);
        string plumb = Path.Combine(tools, OperatingSystem.IsWindows() ? "plumb.exe" : "plumb");
        Assert.StartsWith($"plumb {version} (.NET ", Run(plumb, ["--version"]), StringComparison.Ordinal);

        string script = Path.Combine(Suites.DefaultRoot()!, "wg-2.0", "i32.wast");
        string output = Run(plumb, ["wast", script, "--engine", "interpreter"]);
        Assert.Contains("460 passed, ok", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Runs a program to its end; returns its standard output, failing the test on a non-zero exit.</summary>
    private string Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        // Its own artifacts folder: the pack never rebuilds the assemblies this test runs from.
        start.Environment["PLUMB_ARTIFACTS"] = Path.Combine(_folder, "artifacts");
        Directory.CreateDirectory(_folder);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }
}
