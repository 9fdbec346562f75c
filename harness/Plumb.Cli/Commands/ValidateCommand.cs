using System.CommandLine;
using Plumb.Cli.CommandLine;
using Plumb.Validation;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb validate [--core1] FILE...</c>: decodes (or parses) and validates each file and prints one
/// line per file: <c>PATH: valid</c>, <c>PATH: invalid: MSG</c>, <c>PATH: malformed: MSG</c> or
/// <c>PATH: error: MSG</c> when the file cannot be read. Exit code 0 only when every file is valid. An error with a
/// place in a text file is also written to standard error as wabt prints it (<c>x.wat:4:5: error: MSG</c>, the source
/// line, a caret under the column), so that standard output keeps one line per file.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The command's definition.</summary>
    public static Command Create()
    {
        var core1 = Syntax.Flag("--core1", "Validate against WebAssembly 1.0 (no 2.0 features).");
        var files = new Argument<string[]>("FILE")
        {
            Description = "Modules to check: binary (.wasm, or by its magic bytes) or text (.wat).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new PlumbCommand("validate", "Decode (or parse) and validate modules; one line per file: valid, invalid, malformed or error.") { core1, files }
            .Example("plumb validate add.wasm mul.wat", "checks two modules; exit 0 only when both are valid")
            .Example("plumb validate --core1 old.wasm", "checks against WebAssembly 1.0");
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(core1) ? WasmFeatures.Core1 : WasmFeatures.Core2,
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] files, WasmFeatures features, TextWriter stdout, TextWriter stderr)
    {
        bool allValid = true;
        foreach (string path in files)
        {
            string verdict = Check(path, features, out string? located);
            allValid &= verdict == "valid";
            stdout.WriteLine($"{path}: {verdict}");
            if (located is not null)
            {
                stderr.WriteLine(located);
            }
        }
        return allValid ? 0 : 1;
    }

    /// <summary>
    /// The verdict for one file, never an exception: one bad file must not stop the others; <paramref name="located"/>
    /// is the error with its source line and caret when it has a place in a text file.
    /// </summary>
    private static string Check(string path, WasmFeatures features, out string? located)
    {
        located = null;
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
            located = ModuleLoader.Located(e, path);
            return $"malformed: {ModuleLoader.Describe(e, path)}";
        }
        catch (WasmInvalidException e)
        {
            located = ModuleLoader.Located(e, path);
            return $"invalid: {ModuleLoader.Describe(e, path)}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only the typed exceptions are expected; anything else is a Plumb bug, reported on its line.
            return $"error: internal error: {e.GetType().Name}: {e.Message}";
        }
    }
}
