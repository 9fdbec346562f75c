namespace Plumb;

/// <summary>
/// Base of every error the runtime reports about a module or its execution. The subclasses follow
/// the spec suite's categories: malformed, invalid, unlinkable, trap (exhaustion is a trap kind).
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is the spec's wording alone, because the spec suite matches messages by
/// prefix; where the error happened is in the subclass's properties and, formatted, in <see cref="Place"/>
/// and <see cref="Describe"/>. See runtime/RATIONALE.md, "Where does an error say where it happened?".
/// </remarks>
public abstract class WasmException : Exception
{
    /// <summary>Creates the exception with the spec's wording as message.</summary>
    protected WasmException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Where the error happened, formatted for people (<c>at offset 0x1f</c>), or null when unknown.</summary>
    public virtual string? Place => null;

    /// <summary>The message followed by <see cref="Place"/> in parentheses (unless the message already says it), for one line of output.</summary>
    public string Describe() => Place is { } place && !Message.Contains(place, StringComparison.Ordinal) ? $"{Message} ({place})" : Message;
}

/// <summary>
/// The bytes (or text) are not a well-formed module: decoding failed
/// (https://webassembly.github.io/spec/core/binary/index.html). The message uses the spec suite's wording.
/// </summary>
public class WasmMalformedException : WasmException
{
    /// <summary>Creates the exception for a byte offset in the binary.</summary>
    public WasmMalformedException(string message, long offset) : base(message)
    {
        Offset = offset;
    }

    /// <summary>For subclasses that locate errors differently (text: line and column).</summary>
    protected WasmMalformedException(string message) : base(message)
    {
        Offset = -1;
    }

    /// <summary>Byte offset in the binary where decoding failed, or -1 when not binary.</summary>
    public long Offset { get; }

    /// <summary><c>at offset 0x1f</c>, or null when the offset is unknown.</summary>
    public override string? Place => Offset >= 0 ? $"at offset 0x{Offset:x}" : null;
}

/// <summary>
/// The module decoded but does not validate (https://webassembly.github.io/spec/core/valid/index.html).
/// </summary>
public sealed class WasmInvalidException : WasmException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The spec's message, e.g. "type mismatch".</param>
    /// <param name="functionIndex">Index of the function (in the function index space) or -1.</param>
    /// <param name="offset">Byte offset of the offending instruction or construct, or -1.</param>
    public WasmInvalidException(string message, int functionIndex = -1, long offset = -1) : this(message, functionIndex, null, offset)
    {
    }

    /// <summary>Creates the exception with the function's name (from the name section).</summary>
    /// <param name="message">The spec's message, e.g. "type mismatch".</param>
    /// <param name="functionIndex">Index of the function (in the function index space) or -1.</param>
    /// <param name="functionName">The function's name from the name section, or null.</param>
    /// <param name="offset">Byte offset of the offending instruction or construct, or -1.</param>
    public WasmInvalidException(string message, int functionIndex, string? functionName, long offset) : base(message)
    {
        FunctionIndex = functionIndex;
        FunctionName = functionName;
        Offset = offset;
    }

    /// <summary>Function index (in the function index space) where validation failed, or -1.</summary>
    public int FunctionIndex { get; }

    /// <summary>The function's name from the module's name section, or null when it has none.</summary>
    public string? FunctionName { get; }

    /// <summary>Byte offset of the offending instruction, or -1 when unknown.</summary>
    public long Offset { get; }

    /// <summary><c>in func 3 "add" at offset 0x1f</c>: the parts that are known, or null when none is.</summary>
    public override string? Place
    {
        get
        {
            var parts = new List<string>(2);
            if (FunctionIndex >= 0)
            {
                parts.Add(FunctionName is null ? $"in func {FunctionIndex}" : $"in func {FunctionIndex} \"{FunctionName}\"");
            }
            if (Offset >= 0)
            {
                parts.Add($"at offset 0x{Offset:x}");
            }
            return parts.Count == 0 ? null : string.Join(' ', parts);
        }
    }
}

/// <summary>Instantiation failed to resolve or match an import ("unknown import", "incompatible import type").</summary>
public sealed class WasmUnlinkableException : WasmException
{
    /// <summary>Creates the exception.</summary>
    public WasmUnlinkableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception for one import; the message should name it (the spec's words first).</summary>
    /// <param name="message">The message, starting with the spec's wording ("unknown import").</param>
    /// <param name="importModule">The import's module name.</param>
    /// <param name="importName">The import's field name.</param>
    public WasmUnlinkableException(string message, string importModule, string importName) : base(message)
    {
        ImportModule = importModule;
        ImportName = importName;
    }

    /// <summary>The module name of the import that failed to link, or null when the error is not about an import.</summary>
    public string? ImportModule { get; }

    /// <summary>The field name of the import that failed to link, or null when the error is not about an import.</summary>
    public string? ImportName { get; }

    /// <summary>The import, <c>"env"."f"</c>, or null when the error is not about an import.</summary>
    public override string? Place => ImportModule is null ? null : $"{Quote(ImportModule)}.{Quote(ImportName!)}";

    /// <summary>A name in double quotes, with quotes, backslashes and control characters escaped as the text format does.</summary>
    internal static string Quote(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 2).Append('"');
        foreach (char c in name)
        {
            if (c is '"' or '\\' || c < 0x20 || c == 0x7F)
            {
                sb.Append('\\').Append(((int)c).ToString("x2"));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.Append('"').ToString();
    }
}

/// <summary>
/// A limit the embedder set (or the runtime's default) refused the work: the memory that compiling a
/// module may use, the size of its code, or the process itself ran out of memory in a step that
/// allocates in proportion to its input. Nothing was created, and the runtime stays usable.
/// </summary>
public sealed class WasmResourceLimitException : WasmException
{
    /// <summary>Creates the exception.</summary>
    public WasmResourceLimitException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
