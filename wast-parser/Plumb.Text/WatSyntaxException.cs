namespace Plumb.Text;

/// <summary>
/// The text is not a well-formed module or script (https://webassembly.github.io/spec/core/text/index.html).
/// The message uses the reference interpreter's wording, as the spec suite's <c>assert_malformed</c>
/// commands expect it; <see cref="Line"/> and <see cref="Column"/> locate the offending token.
/// </summary>
public sealed class WatSyntaxException : WasmMalformedException
{
    /// <summary>Creates the exception for a 1-based line and column.</summary>
    public WatSyntaxException(string message, int line, int column) : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the offending token (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending token (0 when unknown).</summary>
    public int Column { get; }

    /// <summary><c>line 3, column 7</c>, or null when the position is unknown.</summary>
    public override string? Place => Line > 0 ? $"line {Line}, column {Column}" : null;

    /// <summary>
    /// The error as wabt prints it: <c>file.wat:3:7: error: unexpected token</c>, then the source line and a caret
    /// under the column.
    /// </summary>
    /// <param name="fileName">The name to print for the text.</param>
    /// <param name="source">The text that was parsed.</param>
    public string Format(string fileName, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Line > 0 ? WatSourceMap.Format(fileName, source, Line, Column, Message) : $"{fileName}: error: {Message}";
    }

    /// <summary>The message followed by the position, e.g. <c>unexpected token (line 3, column 7)</c>.</summary>
    public override string ToString() => $"{Message} (line {Line}, column {Column})";
}
