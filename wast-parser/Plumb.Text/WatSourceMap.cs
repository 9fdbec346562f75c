namespace Plumb.Text;

/// <summary>
/// Where each instruction of a text module's encoding came from: maps a byte offset in the binary that
/// <see cref="Wat.ToBinary(string, WasmFeatures, out WatSourceMap)"/> produced back to a line and column of
/// the text, so that a validation error (whose offset is the instruction's) points at the source.
/// See wast-parser/RATIONALE.md, "How does a validation error of a text module find its line?".
/// </summary>
public sealed class WatSourceMap
{
    private readonly string _text;
    private readonly int[] _byteOffsets;
    private readonly int[] _textOffsets;
    private readonly int _codeEnd;
    private readonly Dictionary<int, int> _exprOffsets = [];

    internal WatSourceMap(string text, int[][] byteOffsets, List<int[]> textOffsets, int codeEnd, List<(int Byte, int Text)>? exprPlaces = null)
    {
        foreach (var (at, source) in exprPlaces ?? [])
        {
            _exprOffsets.TryAdd(at, source);
        }
        _text = text;
        var pairs = new List<(int Byte, int Text)>();
        for (int f = 0; f < byteOffsets.Length && f < textOffsets.Count; f++)
        {
            for (int i = 0; i < byteOffsets[f].Length && i < textOffsets[f].Length; i++)
            {
                pairs.Add((byteOffsets[f][i], textOffsets[f][i]));
            }
        }
        pairs.Sort();
        _byteOffsets = [.. pairs.Select(p => p.Byte)];
        _textOffsets = [.. pairs.Select(p => p.Text)];
        _codeEnd = codeEnd;
    }

    /// <summary>The text the map is about.</summary>
    public string Text => _text;

    /// <summary>
    /// The 1-based line and column of the instruction at <paramref name="byteOffset"/> (or the instruction
    /// whose encoding contains it), or of the instruction of a constant expression (a global's initialiser, a segment's
    /// offset, an element expression) that starts there; null when the offset is none of those.
    /// </summary>
    public (int Line, int Column)? Find(long byteOffset)
    {
        if (byteOffset >= 0 && byteOffset <= int.MaxValue && _exprOffsets.TryGetValue((int)byteOffset, out int expr))
        {
            return LineAndColumn(_text, expr);
        }
        if (byteOffset < 0 || byteOffset >= _codeEnd || _byteOffsets.Length == 0)
        {
            return null;
        }
        int index = Array.BinarySearch(_byteOffsets, (int)byteOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return index < 0 ? null : LineAndColumn(_text, _textOffsets[index]);
    }

    /// <summary>
    /// The error in wabt's form when its place is known in the text: <c>file.wat:3:7: error: message (in func 0 "f")</c>,
    /// then the source line and a caret under the column. Otherwise the message with its place, on one line.
    /// </summary>
    /// <param name="fileName">The name to print for the text.</param>
    /// <param name="error">A syntax error of this text, or an error whose byte offset is in the encoding this map describes.</param>
    public string Format(string fileName, WasmException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error)
        {
            case WatSyntaxException syntax:
                return syntax.Format(fileName, _text);
            case WasmInvalidException invalid when Find(invalid.Offset) is { } at:
            {
                string function = invalid.FunctionIndex < 0 ? ""
                    : invalid.FunctionName is null ? $" (in func {invalid.FunctionIndex})"
                    : $" (in func {invalid.FunctionIndex} \"{invalid.FunctionName}\")";
                return Format(fileName, _text, at.Line, at.Column, invalid.Message + function);
            }
            case WasmMalformedException malformed when Find(malformed.Offset) is { } at:
                return Format(fileName, _text, at.Line, at.Column, malformed.Message);
            default:
                return $"{fileName}: error: {error.Describe()}";
        }
    }

    /// <summary>1-based line and column of a character offset, counted as the lexer counts them (columns in characters).</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>
    /// <c>file:line:column: error: message</c>, the source line, and a caret under the column (tabs kept so that
    /// the caret lines up), as wabt prints its errors.
    /// </summary>
    internal static string Format(string fileName, string text, int line, int column, string message)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(fileName).Append(':').Append(line).Append(':').Append(column).Append(": error: ").Append(message);
        string? source = SourceLine(text, line);
        if (source is not null)
        {
            sb.Append('\n').Append(source).Append('\n');
            for (int i = 0; i < column - 1 && i < source.Length; i++)
            {
                sb.Append(source[i] == '\t' ? '\t' : ' ');
            }
            sb.Append('^');
        }
        return sb.ToString();
    }

    /// <summary>The 1-based line of the text without its line break, or null when there is no such line.</summary>
    internal static string? SourceLine(string text, int line)
    {
        if (line < 1)
        {
            return null;
        }
        int start = 0;
        for (int l = 1; l < line; l++)
        {
            int next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return null;
            }
            start = next + 1;
        }
        int end = text.IndexOf('\n', start);
        string result = end < 0 ? text[start..] : text[start..end];
        return result.TrimEnd('\r');
    }
}
