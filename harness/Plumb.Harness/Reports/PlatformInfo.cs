using System.Runtime.InteropServices;
using Newtonsoft.Json;

namespace Plumb.Harness.Reports;

/// <summary>Operating system, architecture and .NET version of a run.</summary>
public sealed class PlatformInfo
{
    /// <summary>linux, windows, osx or freebsd.</summary>
    public string Os { get; set; } = "";

    /// <summary>x64, arm64, ...</summary>
    public string Arch { get; set; } = "";

    /// <summary>The .NET runtime version.</summary>
    public string Dotnet { get; set; } = "";

    /// <summary>The platform this process runs on.</summary>
    public static PlatformInfo Current => new()
    {
        Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux" : "other",
        Arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        Dotnet = Environment.Version.ToString(),
    };

    /// <summary>The baseline folder name: <c>linux-x64</c>.</summary>
    [JsonIgnore]
    public string Id => $"{Os}-{Arch}";
}
