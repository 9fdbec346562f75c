using Plumb.Text;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb wasm2wat IN.wasm [-o OUT.wat]</c>: prints a binary module as text (to standard output
/// without <c>-o</c>). It only decodes, so invalid but well-formed modules can be inspected too.
/// </summary>
internal static class Wasm2WatCommand
{
    public const string Usage = "usage: plumb wasm2wat IN.wasm [-o OUT.wat]";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!OutputOption.TryParse(args, out string input, out string? output))
        {
            stderr.WriteLine(Usage);
            return 2;
        }
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
