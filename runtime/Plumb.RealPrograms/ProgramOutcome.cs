namespace Plumb.RealPrograms;

/// <summary>
/// What one run of a real program produced, and how long its phases took: compile (decode, validate and, for the
/// compiler and Wasmtime, translate), start (instantiate, and for a reactor its initialisation), run (the work).
/// </summary>
internal sealed record ProgramOutcome(
    int ExitCode,
    byte[] Stdout,
    byte[] Stderr,
    IReadOnlyDictionary<string, byte[]> Files,
    Phase Compile,
    Phase Start,
    Phase Run)
{
    /// <summary>The first difference from <paramref name="expected"/> (exit code, stdout, stderr, then each file), or null when all are the same byte for byte.</summary>
    public string? DifferenceFrom(ProgramOutcome expected)
    {
        if (ExitCode != expected.ExitCode)
        {
            return $"exit code {ExitCode}, expected {expected.ExitCode}";
        }
        if (FirstDifference(Stdout, expected.Stdout) is { } stdout)
        {
            return $"stdout differs at byte {stdout} ({Stdout.Length} bytes, expected {expected.Stdout.Length})";
        }
        if (FirstDifference(Stderr, expected.Stderr) is { } stderr)
        {
            return $"stderr differs at byte {stderr} ({Stderr.Length} bytes, expected {expected.Stderr.Length})";
        }
        foreach (string path in expected.Files.Keys.Union(Files.Keys).Order(StringComparer.Ordinal))
        {
            if (!Files.TryGetValue(path, out byte[]? actual))
            {
                return $"file {path} missing";
            }
            if (!expected.Files.TryGetValue(path, out byte[]? wanted))
            {
                return $"file {path} not expected";
            }
            if (FirstDifference(actual, wanted) is { } at)
            {
                return $"file {path} differs at byte {at} ({actual.Length} bytes, expected {wanted.Length})";
            }
        }
        return null;
    }

    private static long? FirstDifference(byte[] actual, byte[] expected)
    {
        int common = actual.AsSpan().CommonPrefixLength(expected);
        return common == actual.Length && common == expected.Length ? null : common;
    }

    /// <summary>Reads back what <see cref="WriteTo"/> wrote (without the times, which are not stored).</summary>
    public static ProgramOutcome ReadFrom(string folder)
    {
        string files = Path.Combine(folder, "files");
        return new ProgramOutcome(
            int.Parse(File.ReadAllText(Path.Combine(folder, "exit")).Trim(), System.Globalization.CultureInfo.InvariantCulture),
            File.ReadAllBytes(Path.Combine(folder, "stdout")),
            File.ReadAllBytes(Path.Combine(folder, "stderr")),
            Directory.Exists(files) ? RealProgram.Snapshot(files) : new Dictionary<string, byte[]>(),
            default, default, default);
    }

    /// <summary>Writes the outcome under <paramref name="folder"/>: exit, stdout, stderr and files/….</summary>
    public void WriteTo(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, true);
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "exit"), ExitCode + "\n");
        File.WriteAllBytes(Path.Combine(folder, "stdout"), Stdout);
        File.WriteAllBytes(Path.Combine(folder, "stderr"), Stderr);
        foreach (var (path, bytes) in Files)
        {
            string target = Path.Combine(folder, "files", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }
}
