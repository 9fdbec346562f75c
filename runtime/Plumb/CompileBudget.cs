namespace Plumb;

/// <summary>
/// The memory that compiling one module may take, charged as the decoder, the validator and the engine
/// build their structures, in proportion to what they build (so a small module of hostile shape, such as
/// 50 MB of <c>nop</c>s, is refused before it takes gigabytes). The charges count the structures'
/// payload; the process's peak is a small multiple of it. See runtime/RATIONALE.md, "How much memory may
/// compiling a module take?".
/// </summary>
internal sealed class CompileBudget
{
    private readonly long _limit;
    private long _left;

    public CompileBudget(long limit, long codeSizeLimit = long.MaxValue)
    {
        _limit = limit;
        _left = limit;
        CodeSizeLimit = codeSizeLimit;
    }

    /// <summary>A budget that never runs out: for tools that decode what they are given (the text encoder, the printer).</summary>
    public static CompileBudget Unlimited => new(long.MaxValue);

    /// <summary>The memory the budget started with (a lazy module gives each function it emits later a budget of its own of this size).</summary>
    public long Limit => _limit;

    /// <summary>The largest code section the decoder accepts, in bytes: checked before any body is decoded.</summary>
    public long CodeSizeLimit { get; }

    /// <summary>Refuses a code section of <paramref name="size"/> bytes beyond <see cref="CodeSizeLimit"/>.</summary>
    /// <exception cref="WasmResourceLimitException">The section is larger than the limit.</exception>
    public void CheckCodeSize(long size)
    {
        if (size > CodeSizeLimit)
        {
            throw new WasmResourceLimitException($"the code section is {size} bytes, more than the limit of {CodeSizeLimit} bytes (RuntimeConfig.CodeSizeLimit)");
        }
    }

    /// <summary>Takes <paramref name="bytes"/> from the budget, or throws when it is spent.</summary>
    /// <exception cref="WasmResourceLimitException">The budget is spent.</exception>
    public void Charge(long bytes)
    {
        _left -= bytes;
        if (_left < 0)
        {
            Exceeded();
        }
    }

    private void Exceeded() =>
        throw new WasmResourceLimitException($"compiling the module needs more memory than its limit of {_limit} bytes (RuntimeConfig.CompileMemoryLimit)");
}
