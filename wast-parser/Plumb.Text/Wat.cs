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
        var exprPositions = new Dictionary<ConstExpr, int[]>(ReferenceEqualityComparer.Instance);
        var module = ModuleParser.ParseText(text, TextMessages.For(features), positions, exprPositions);
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
        sourceMap = new WatSourceMap(text, offsets, positions, codeEnd, ConstExprPlaces(module, bytes, features, exprPositions));
        return bytes;
    }

    /// <summary>
    /// The byte offset and source offset of each instruction of each constant expression (global initialisers, element and
    /// data offsets, element expressions): the encoder writes them inside other sections' entries, so their offsets are
    /// read back by decoding the result, whose expressions come in the text module's order with the same instructions.
    /// Empty when the encoding does not decode (its error is then the decoder's, about the bytes).
    /// </summary>
    private static List<(int Byte, int Text)> ConstExprPlaces(Module text, byte[] bytes, WasmFeatures features, Dictionary<ConstExpr, int[]> exprPositions)
    {
        var places = new List<(int Byte, int Text)>();
        Module decoded;
        try
        {
            decoded = ModuleReader.Read(bytes, features);
        }
        catch (WasmMalformedException)
        {
            return places;
        }
        void Pair(ConstExpr? source, ConstExpr? encoded)
        {
            if (source is null || encoded is null || !exprPositions.TryGetValue(source, out var at)
                || encoded.Instructions.Length != at.Length)
            {
                return;
            }
            for (int i = 0; i < at.Length; i++)
            {
                places.Add((encoded.Instructions[i].Offset, at[i]));
            }
        }
        for (int i = 0; i < text.Globals.Length && i < decoded.Globals.Length; i++)
        {
            Pair(text.Globals[i].Init, decoded.Globals[i].Init);
        }
        for (int i = 0; i < text.Elements.Length && i < decoded.Elements.Length; i++)
        {
            Pair(text.Elements[i].Offset, decoded.Elements[i].Offset);
            for (int j = 0; j < text.Elements[i].Init.Length && j < decoded.Elements[i].Init.Length; j++)
            {
                Pair(text.Elements[i].Init[j], decoded.Elements[i].Init[j]);
            }
        }
        for (int i = 0; i < text.Data.Length && i < decoded.Data.Length; i++)
        {
            Pair(text.Data[i].Offset, decoded.Data[i].Offset);
        }
        return places;
    }
}
