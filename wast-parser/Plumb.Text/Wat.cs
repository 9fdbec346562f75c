using Plumb.Structure;
using Plumb.Text.Parsing;

namespace Plumb.Text;

/// <summary>The WebAssembly text format (https://webassembly.github.io/spec/core/text/index.html).</summary>
public static class Wat
{
    /// <summary>Parses a text module (<c>(module ...)</c> or just its fields) into the module model.</summary>
    /// <exception cref="WatSyntaxException">The text is malformed.</exception>
    internal static Module Parse(string text) => ModuleParser.ParseText(text);
}
