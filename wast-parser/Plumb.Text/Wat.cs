using Plumb.Binary;
using Plumb.Structure;
using Plumb.Text.Parsing;

namespace Plumb.Text;

/// <summary>The WebAssembly text format (https://webassembly.github.io/spec/core/text/index.html).</summary>
public static class Wat
{
    /// <summary>Parses a text module (<c>(module ...)</c> or just its fields) into the module model.</summary>
    /// <exception cref="WatSyntaxException">The text is malformed.</exception>
    internal static Module Parse(string text) => ModuleParser.ParseText(text);

    /// <summary>Compiles a text module (<c>(module ...)</c> or just its fields) to the binary format.</summary>
    /// <param name="text">The module's text.</param>
    /// <returns>The encoded module; it is well-formed but not validated.</returns>
    /// <exception cref="WatSyntaxException">The text is malformed; the exception gives line and column.</exception>
    public static byte[] ToBinary(string text) => ModuleWriter.Write(Parse(text));
}
