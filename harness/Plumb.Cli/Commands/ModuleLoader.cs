using Plumb.Binary;
using Plumb.Structure;
using Plumb.Text;

namespace Plumb.Cli.Commands;

/// <summary>Reads a module file the way the commands share: binary by its magic bytes, text otherwise.</summary>
internal static class ModuleLoader
{
    private static ReadOnlySpan<byte> Magic => [0x00, 0x61, 0x73, 0x6D];

    /// <summary>
    /// Decodes <paramref name="bytes"/>: a binary module when it starts with the magic <c>\0asm</c> or
    /// the path ends in <c>.wasm</c>, the text format otherwise.
    /// </summary>
    /// <exception cref="WasmMalformedException">The module does not decode or parse.</exception>
    public static Module Load(string path, byte[] bytes, WasmFeatures features)
    {
        if (IsBinary(path, bytes))
        {
            // The runtime's default compile budget: a module of hostile shape is refused, not decoded into gigabytes.
            return ModuleReader.Read(bytes, features, new CompileBudget(RuntimeConfig.Default.CompileMemoryLimit, RuntimeConfig.Default.CodeSizeLimit));
        }
        // Text is encoded and decoded again, so that a validation error carries the byte offset of its instruction,
        // which Describe maps back to a line and column.
        byte[] binary = Wat.ToBinary(DecodeText(bytes), features);
        return ModuleReader.Read(binary, features);
    }

    /// <summary>True when the file is to be read as a binary module.</summary>
    public static bool IsBinary(string path, byte[] bytes) =>
        bytes.AsSpan().StartsWith(Magic) || path.EndsWith(".wasm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Source text as UTF-8; invalid UTF-8 is malformed text (https://webassembly.github.io/spec/core/text/lexical.html).</summary>
    public static string DecodeText(byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new WasmMalformedException("malformed UTF-8 encoding", e.Index);
        }
    }

    /// <summary>The message with where it happened, for one line of output.</summary>
    public static string Describe(WasmException error) => error.Describe();

    /// <summary>
    /// The error on one line with its place in the file: for text <c>MSG (x.wat:3:7, in func 0 "f")</c>, a validation
    /// error pointing at its instruction; for binary <c>MSG (in func 0 at offset 0x1f)</c>.
    /// </summary>
    public static string Describe(WasmException error, string path)
    {
        if (Locate(error, path) is not { } at)
        {
            return error.Describe();
        }
        string function = error is WasmInvalidException { FunctionIndex: >= 0 } invalid
            ? invalid.FunctionName is null ? $", in func {invalid.FunctionIndex}" : $", in func {invalid.FunctionIndex} \"{invalid.FunctionName}\""
            : "";
        return $"{error.Message} ({path}:{at.Line}:{at.Column}{function})";
    }

    /// <summary>
    /// The error of a text file as wabt prints it: <c>x.wat:3:7: error: MSG</c>, the source line and a caret under
    /// the column; null when the error has no place in the text (a binary file, a link error).
    /// </summary>
    public static string? Located(WasmException error, string path)
    {
        if (Locate(error, path) is not { } at)
        {
            return null;
        }
        return error switch
        {
            WatSyntaxException syntax => syntax.Format(path, at.Text),
            _ => at.Map!.Format(path, error),
        };
    }

    /// <summary>
    /// Where a text file's error is: the syntax error's own position, or the instruction a decoding or validation
    /// error's offset names in the encoding of the text (read and encoded again: the same bytes the offset is about).
    /// </summary>
    private static (int Line, int Column, string Text, WatSourceMap? Map)? Locate(WasmException error, string path)
    {
        if (error is WasmUnlinkableException or WasmResourceLimitException or WasmTrapException)
        {
            return null;
        }
        byte[] bytes;
        string text;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (IsBinary(path, bytes))
            {
                return null;
            }
            text = DecodeText(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or WasmMalformedException)
        {
            return null;
        }
        if (error is WatSyntaxException syntax)
        {
            return syntax.Line > 0 ? (syntax.Line, syntax.Column, text, null) : null;
        }
        long offset = error switch
        {
            WasmInvalidException invalid => invalid.Offset,
            WasmMalformedException malformed => malformed.Offset,
            _ => -1,
        };
        try
        {
            Wat.ToBinary(text, WasmFeatures.Core2, out var map);
            return map.Find(offset) is { } at ? (at.Line, at.Column, text, map) : null;
        }
        catch (WasmMalformedException)
        {
            return null;
        }
    }

    /// <summary>The category word <c>invoke</c> and <c>run</c> print before a load or link error's message.</summary>
    public static string Category(WasmException error) => error switch
    {
        WasmMalformedException => "malformed",
        WasmInvalidException => "invalid",
        WasmResourceLimitException => "resource limit",
        _ => "unlinkable",
    };
}
