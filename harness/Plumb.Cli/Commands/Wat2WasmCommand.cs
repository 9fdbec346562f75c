using System.CommandLine;
using Plumb.Cli.CommandLine;
using Plumb.Binary;
using Plumb.Text;
using Plumb.Validation;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb wat2wasm IN.wat -o OUT.wasm</c>: encodes a text module to binary. Like wabt's tool it
/// checks the result (decodes and validates the bytes) and writes nothing when that fails.
/// </summary>
internal static class Wat2WasmCommand
{
    /// <summary>The command's definition.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("IN.wat") { Description = "The module to convert." };
        var output = Syntax.Text("--output", "OUT.wasm", "The file to write (required).", "-o");
        output.Required = true;
        var command = new PlumbCommand("wat2wasm", "Encode a text module (.wat) to binary; checks the result and writes nothing when it is malformed or invalid.") { input, output }
            .Example("plumb wat2wasm add.wat -o add.wasm", "encodes add.wat into add.wasm");
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(output), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string? output, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            byte[] binary = Wat.ToBinary(ModuleLoader.DecodeText(File.ReadAllBytes(input)));
            Validator.Validate(ModuleReader.Read(binary));
            File.WriteAllBytes(output!, binary);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"plumb wat2wasm: {e.Message}");
        }
        catch (WasmMalformedException e)
        {
            stderr.WriteLine($"{input}: malformed: {ModuleLoader.Describe(e, input)}");
        }
        catch (WasmInvalidException e)
        {
            stderr.WriteLine($"{input}: invalid: {ModuleLoader.Describe(e, input)}");
        }
        return 1;
    }
}
