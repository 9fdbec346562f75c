using System.CommandLine;
using Plumb.Cli.CommandLine;
using Plumb.Text;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb wasm2wat IN.wasm [-o OUT.wat]</c>: prints a binary module as text (to standard output
/// without <c>-o</c>). It only decodes, so invalid but well-formed modules can be inspected too.
/// </summary>
internal static class Wasm2WatCommand
{
    /// <summary>The command's definition.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("IN.wasm") { Description = "The module to convert." };
        var output = Syntax.Text("--output", "OUT.wat", "The file to write (default: standard output).", "-o");
        output.Required = false;
        var command = new PlumbCommand("wasm2wat", "Print a binary module as text (to standard output without -o); decodes only, so invalid modules print too.") { input, output }
            .Example("plumb wasm2wat add.wasm", "prints add.wasm as text")
            .Example("plumb wasm2wat add.wasm -o add.wat", "writes the text to add.wat");
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(output), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string input, string? output, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            string text = Wat.FromBinary(File.ReadAllBytes(input));
            if (output is null)
            {
                stdout.Write(text);
            }
            else
            {
                File.WriteAllText(output, text);
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"plumb wasm2wat: {e.Message}");
        }
        catch (WasmMalformedException e)
        {
            stderr.WriteLine($"{input}: malformed: {ModuleLoader.Describe(e)}");
        }
        return 1;
    }
}
