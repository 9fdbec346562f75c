using Plumb.Text;
using Plumb.Text.Wast;

namespace Plumb.Harness;

/// <summary>
/// The harness's two entry points into the text parser: WAST scripts (<see cref="WastParser.Parse"/>)
/// and quoted modules (<see cref="Wat.ToBinary(string, WasmFeatures)"/>).
/// </summary>
public static class ScriptSource
{
    /// <summary>Reads and parses a script file.</summary>
    public static WastScript Parse(string path, string fileName) => WastParser.Parse(File.ReadAllText(path), fileName);

    /// <summary>
    /// Compiles a quoted module's text to its binary; throws <see cref="WasmMalformedException"/> for
    /// malformed text, worded as the suite of <paramref name="features"/> words it (1.0 and 2.0 differ).
    /// </summary>
    public static byte[] CompileQuote(string text, WasmFeatures features) => Wat.ToBinary(text, features);
}
