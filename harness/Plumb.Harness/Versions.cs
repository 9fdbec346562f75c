using System.Reflection;
using Plumb.Harness.Engines;

namespace Plumb.Harness;

/// <summary>The versions <c>plumb --version</c> prints: Plumb's, .NET's and the oracle Wasmtime's.</summary>
public static class Versions
{
    /// <summary>The version of Plumb (the runtime assembly's informational version, without a source revision).</summary>
    public static string Plumb => Of(typeof(WasmRuntime).Assembly);

    /// <summary>One line: <c>plumb 0.1.0 (.NET 10.0.0, Wasmtime 50.0.1)</c>.</summary>
    public static string Line => $"plumb {Plumb} (.NET {Environment.Version}, Wasmtime {WasmtimeEngine.Version})";

    /// <summary>An assembly's informational version without its <c>+revision</c> suffix, else its version.</summary>
    public static string Of(Assembly assembly)
    {
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is { Length: > 0 })
        {
            int plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
        return assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
