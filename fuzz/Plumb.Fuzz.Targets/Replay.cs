namespace Plumb.Fuzz.Targets;

/// <summary>
/// Runs a target in process on saved inputs (a file, or every file of a folder): how a finding of AFL is
/// reproduced, and how the committed corpus is checked. Each exception that escapes the target is reported
/// with the input's path, its type, message and stack.
/// </summary>
internal static class Replay
{
    /// <summary>Runs <paramref name="target"/> on <paramref name="path"/>; returns the number of findings.</summary>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static int Run(FuzzTarget target, string path, TextWriter output)
    {
        string[] files = Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"no file or folder {path}", path);
        int findings = 0;
        foreach (string file in files)
        {
            if (Check(target, File.ReadAllBytes(file)) is { } finding)
            {
                findings++;
                output.WriteLine($"FINDING {target.Name} {file}: {finding.GetType().FullName}: {finding.Message}");
                output.WriteLine(finding.StackTrace);
            }
        }
        output.WriteLine($"{target.Name}: {files.Length} inputs, {findings} findings (property: {target.Property})");
        return findings;
    }

    /// <summary>The exception that escapes <paramref name="target"/> on <paramref name="input"/>, or null when the property holds.</summary>
    public static Exception? Check(FuzzTarget target, ReadOnlySpan<byte> input)
    {
        try
        {
            target.Run(input);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
