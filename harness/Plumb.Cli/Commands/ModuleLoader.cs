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
        return Wat.Parse(DecodeText(bytes), features);
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
    public static string Describe(WasmException error) => error switch
    {
        WatSyntaxException text => $"{text.Message} (line {text.Line}, column {text.Column})",
        WasmMalformedException { Offset: >= 0 } binary => $"{binary.Message} (at byte 0x{binary.Offset:x})",
        WasmInvalidException { FunctionIndex: >= 0 } invalid => $"{invalid.Message} (in func {invalid.FunctionIndex})",
        _ => error.Message,
    };

    /// <summary>The category word <c>invoke</c> and <c>run</c> print before a load or link error's message.</summary>
    public static string Category(WasmException error) => error switch
    {
        WasmMalformedException => "malformed",
        WasmInvalidException => "invalid",
        WasmResourceLimitException => "resource limit",
        _ => "unlinkable",
    };
}
