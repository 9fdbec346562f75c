using System.Runtime.InteropServices;
using Newtonsoft.Json;
using Plumb.Harness.Engines;

namespace Plumb.Harness.Reports;

/// <summary>
/// Where a run was made: operating system, architecture and .NET version (the fields every report
/// since the first has), then the CPU, whether it ran emulated, and the versions of Plumb and of the
/// Wasmtime oracle. The later fields are null in reports written before they existed.
/// </summary>
public sealed class PlatformInfo
{
    /// <summary>
    /// The environment variable a runner sets when it runs the harness under an emulator, naming it
    /// (<c>PLUMB_EMULATED=qemu</c>); <c>0</c>, <c>no</c> or <c>false</c> state a native run.
    /// </summary>
    public const string EmulatedVariable = "PLUMB_EMULATED";

    /// <summary>linux, windows, osx or freebsd.</summary>
    public string Os { get; set; } = "";

    /// <summary>x64, arm64, ...</summary>
    public string Arch { get; set; } = "";

    /// <summary>The .NET runtime version.</summary>
    public string Dotnet { get; set; } = "";

    /// <summary>The CPU model: /proc/cpuinfo's "model name" on Linux, else the processor architecture.</summary>
    public string? Cpu { get; set; }

    /// <summary>Whether the run was emulated (null: not recorded).</summary>
    public bool? Emulated { get; set; }

    /// <summary>When emulated, by what and how that was known: <c>qemu (PLUMB_EMULATED)</c>, <c>emulated (detected: x64 process on arm64)</c>; its first word names the emulator.</summary>
    public string? Emulation { get; set; }

    /// <summary>The version of Plumb that ran (the runtime assembly's).</summary>
    public string? Plumb { get; set; }

    /// <summary>The version of the Wasmtime package the <c>wasmtime</c> engine is.</summary>
    public string? Wasmtime { get; set; }

    private static readonly Lazy<PlatformInfo> Here = new(Measure);

    /// <summary>The platform this process runs on (a fresh copy; measured once per process).</summary>
    public static PlatformInfo Current => Here.Value.Copy();

    /// <summary>The baseline folder name: <c>linux-x64</c>.</summary>
    [JsonIgnore]
    public string Id => $"{Os}-{Arch}";

    /// <summary>
    /// The platform as a report column names it: <see cref="Id"/>, and the emulator when emulated
    /// (<c>linux-arm64 (qemu)</c>), so that a native and an emulated run of one target stay apart.
    /// </summary>
    [JsonIgnore]
    public string Label => Emulated == true ? $"{Id} ({EmulatorName})" : Id;

    /// <summary>The emulator's short name: the first word of <see cref="Emulation"/>, else "emulated".</summary>
    private string EmulatorName => Emulation?.Split(' ', 2)[0] is { Length: > 0 } name ? name : "emulated";

    /// <summary>One line of facts: <c>linux-x64, .NET 10.0.0, CPU AMD EPYC 7B13, native, Plumb 0.1.0, Wasmtime 50.0.1</c>.</summary>
    public string Describe()
    {
        var parts = new List<string> { Id, $".NET {Dotnet}" };
        if (Cpu is not null)
            parts.Add($"CPU {Cpu}");
        parts.Add(Emulated switch { true => $"emulated: {Emulation ?? "yes"}", false => "native", null => "emulation not recorded" });
        if (Plumb is not null)
            parts.Add($"Plumb {Plumb}");
        if (Wasmtime is not null)
            parts.Add($"Wasmtime {Wasmtime}");
        return string.Join(", ", parts);
    }

    private PlatformInfo Copy() => (PlatformInfo)MemberwiseClone();

    private static PlatformInfo Measure()
    {
        string arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var (cpu, x86Vendor) = CpuModel();
        string? emulation = DetectEmulation(
            Environment.GetEnvironmentVariable(EmulatedVariable),
            RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), arch, x86Vendor);
        return new PlatformInfo
        {
            Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux" : "other",
            Arch = arch,
            Dotnet = Environment.Version.ToString(),
            Cpu = cpu,
            Emulated = emulation is not null,
            Emulation = emulation,
            Plumb = Versions.Plumb,
            Wasmtime = WasmtimeEngine.Version,
        };
    }

    /// <summary>
    /// /proc/cpuinfo's first "model name" (x86 and most arm64 kernels), else its "Hardware" or "CPU part"
    /// line, else the process architecture; and whether it names an x86 vendor.
    /// </summary>
    private static (string Model, bool X86Vendor) CpuModel()
    {
        string fallback = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/cpuinfo"))
            return (fallback, false);
        try
        {
            string? model = null, vendor = null, hardware = null;
            foreach (string line in File.ReadLines("/proc/cpuinfo"))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                    continue;
                string key = line[..colon].Trim(), value = line[(colon + 1)..].Trim();
                if (value.Length == 0)
                    continue;
                if (key == "model name")
                    model ??= value;
                else if (key == "vendor_id")
                    vendor ??= value;
                else if (key is "Hardware" or "CPU part")
                    hardware ??= value;
            }
            bool x86 = vendor is "GenuineIntel" or "AuthenticAMD" or "HygonGenuine";
            return (model ?? hardware ?? fallback, x86);
        }
        catch (IOException)
        {
            return (fallback, false);
        }
        catch (UnauthorizedAccessException)
        {
            return (fallback, false);
        }
    }

    /// <summary>
    /// How the run is emulated, or null when native. The runner's word (<see cref="EmulatedVariable"/>)
    /// decides when given. Otherwise two cases are detected: a process whose architecture differs from
    /// the operating system's (Rosetta 2, x64 on Windows on Arm), and, under qemu-user (which reports the
    /// guest architecture everywhere but passes the host's /proc/cpuinfo through), a non-x86 process on a
    /// CPU with an x86 vendor id. A full-system emulator is not detected: its runner must say so.
    /// </summary>
    internal static string? DetectEmulation(string? stated, string process, string osArch, bool x86Vendor)
    {
        stated = stated?.Trim();
        if (!string.IsNullOrEmpty(stated))
            return stated.ToLowerInvariant() is "0" or "no" or "false" or "native" ? null : $"{stated} ({EmulatedVariable})";
        if (process != osArch)
            return $"emulated (detected: {process} process on {osArch})";
        if (x86Vendor && process is not ("x64" or "x86"))
            return $"qemu-user (detected: {process} process on an x86 CPU)";
        return null;
    }
}
