namespace Plumb;

/// <summary>
/// Base of every error the runtime reports about a module or its execution. The subclasses follow
/// the spec suite's categories: malformed, invalid, unlinkable, trap (exhaustion is a trap kind).
/// </summary>
public abstract class WasmException : Exception
{
    /// <summary>Creates the exception with the spec's wording as message.</summary>
    protected WasmException(string message, Exception? inner = null) : base(message, inner)
    {
    }
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
    public WasmInvalidException(string message, int functionIndex = -1, long offset = -1) : base(message)
    {
        FunctionIndex = functionIndex;
        Offset = offset;
    }

    /// <summary>Function index (in the function index space) where validation failed, or -1.</summary>
    public int FunctionIndex { get; }

    /// <summary>Byte offset of the offending instruction, or -1 when unknown.</summary>
    public long Offset { get; }
}

/// <summary>Instantiation failed to resolve or match an import ("unknown import", "incompatible import type").</summary>
public sealed class WasmUnlinkableException : WasmException
{
    /// <summary>Creates the exception.</summary>
    public WasmUnlinkableException(string message) : base(message)
    {
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
