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
    public const string Usage = "usage: plumb wat2wasm IN.wat -o OUT.wasm";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!OutputOption.TryParse(args, out string input, out string? output) || output is null)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        try
        {
            byte[] binary = Wat.ToBinary(ModuleLoader.DecodeText(File.ReadAllBytes(input)));
            Validator.Validate(ModuleReader.Read(binary));
            File.WriteAllBytes(output, binary);
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
