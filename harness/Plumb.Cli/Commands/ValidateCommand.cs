using Plumb.Validation;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb validate [--core1] FILE...</c>: decodes (or parses) and validates each file and prints one
/// line per file: <c>PATH: valid</c>, <c>PATH: invalid: MSG</c>, <c>PATH: malformed: MSG</c> or
/// <c>PATH: error: MSG</c> when the file cannot be read. Exit code 0 only when every file is valid.
/// </summary>
internal static class ValidateCommand
{
    public const string Usage = "usage: plumb validate [--core1] FILE...";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var features = WasmFeatures.Core2;
        var files = new List<string>();
        foreach (string arg in args)
        {
            if (arg == "--core1")
            {
                features = WasmFeatures.Core1;
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                stderr.WriteLine($"plumb validate: unknown option '{arg}'");
                stderr.WriteLine(Usage);
                return 2;
            }
            else
            {
                files.Add(arg);
            }
        }
        if (files.Count == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        bool allValid = true;
        foreach (string path in files)
        {
            string verdict = Check(path, features);
            allValid &= verdict == "valid";
            stdout.WriteLine($"{path}: {verdict}");
        }
        return allValid ? 0 : 1;
    }

    /// <summary>The verdict for one file, never an exception: one bad file must not stop the others.</summary>
    private static string Check(string path, WasmFeatures features)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"error: {e.Message}";
        }
        try
        {
            Validator.Validate(ModuleLoader.Load(path, bytes, features), features);
            return "valid";
        }
        catch (WasmMalformedException e)
        {
            return $"malformed: {ModuleLoader.Describe(e, path)}";
        }
        catch (WasmInvalidException e)
        {
            return $"invalid: {ModuleLoader.Describe(e, path)}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the typed exceptions are expected; anything else is a Plumb bug, reported on its line.
            return $"error: internal error: {e.GetType().Name}: {e.Message}";
        }
    }
}
