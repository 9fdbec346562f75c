using Plumb.Binary;
using Plumb.Structure;
using Plumb.Text.Parsing;

namespace Plumb.Text;

/// <summary>The WebAssembly text format (https://webassembly.github.io/spec/core/text/index.html).</summary>
public static partial class Wat
{
    /// <summary>Parses a text module (<c>(module ...)</c> or just its fields) into the module model.</summary>
    /// <exception cref="WatSyntaxException">The text is malformed.</exception>
    internal static Module Parse(string text) => ModuleParser.ParseText(text, TextMessages.Core2);

    /// <summary>Parses a text module; <paramref name="features"/> only selects the 1.0 or 2.0 suite's wording of errors.</summary>
    internal static Module Parse(string text, WasmFeatures features) => ModuleParser.ParseText(text, TextMessages.For(features));

    /// <summary>Compiles a text module (<c>(module ...)</c> or just its fields) to the binary format.</summary>
    /// <param name="text">The module's text.</param>
    /// <returns>The encoded module; it is well-formed but not validated.</returns>
    /// <exception cref="WatSyntaxException">The text is malformed; the exception gives line and column.</exception>
    public static byte[] ToBinary(string text) => ModuleWriter.Write(Parse(text));

    /// <summary>
    /// Compiles a text module, wording errors as the spec suite of <paramref name="features"/> expects:
    /// with no 2.0 feature enabled, the 1.0 wording ("invalid UTF-8 encoding", "result before parameter").
    /// The syntax accepted is the same; feature checks belong to decoding and validation.
    /// </summary>
    /// <param name="text">The module's text.</param>
    /// <param name="features">The feature set whose suite wording to use.</param>
    /// <returns>The encoded module; it is well-formed but not validated.</returns>
    /// <exception cref="WatSyntaxException">The text is malformed.</exception>
    public static byte[] ToBinary(string text, WasmFeatures features) => ModuleWriter.Write(Parse(text, features));

    /// <summary>
    /// Compiles a text module as <see cref="ToBinary(string, WasmFeatures)"/> does (the same bytes) and gives the map
    /// from each instruction's byte offset back to its line and column, for errors found after parsing.
    /// </summary>
    /// <param name="text">The module's text.</param>
    /// <param name="features">The feature set whose suite wording to use.</param>
    /// <param name="sourceMap">Where each instruction of the result came from in <paramref name="text"/>.</param>
    /// <returns>The encoded module; it is well-formed but not validated.</returns>
    /// <exception cref="WatSyntaxException">The text is malformed.</exception>
    public static byte[] ToBinary(string text, WasmFeatures features, out WatSourceMap sourceMap)
    {
        ArgumentNullException.ThrowIfNull(text);
        var positions = new List<int[]>();
        var module = ModuleParser.ParseText(text, TextMessages.For(features), positions);
        var offsets = new int[module.Codes.Length][];
        byte[] bytes = ModuleWriter.Write(module, offsets);
        int codeEnd = 0;
        foreach (var body in offsets)
        {
            if (body.Length > 0)
            {
                codeEnd = Math.Max(codeEnd, body[^1] + 1);
            }
        }
        sourceMap = new WatSourceMap(text, offsets, positions, codeEnd);
        return bytes;
    }
}
