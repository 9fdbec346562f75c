namespace Plumb;

/// <summary>
/// Execution trapped (https://webassembly.github.io/spec/core/exec/runtime.html#syntax-trap), or was
/// stopped by the embedder. The message is the spec suite's wording for <see cref="Kind"/>.
/// </summary>
public sealed class WasmTrapException : WasmException
{
    private IReadOnlyList<WasmStackFrame> _frames = [];

    internal WasmTrapException(TrapKind kind, Exception? inner = null)
        : base(Execution.TrapMessages.Of(kind), inner)
    {
        Kind = kind;
    }

    /// <summary>A trap whose message adds a detail after the catalogue's text, as the reference interpreter does ("uninitialized element 7").</summary>
    internal WasmTrapException(TrapKind kind, string detail)
        : base(Execution.TrapMessages.Of(kind) + " " + detail)
    {
        Kind = kind;
    }

    /// <summary>A trap whose message adds a detail and that carries the exception that caused it (a host function's).</summary>
    internal WasmTrapException(TrapKind kind, string detail, Exception inner)
        : base(Execution.TrapMessages.Of(kind) + " " + detail, inner)
    {
        Kind = kind;
    }

    /// <summary>Why execution stopped.</summary>
    public TrapKind Kind { get; }

    /// <summary>The Wasm frames active when the trap happened, innermost first.</summary>
    public IReadOnlyList<WasmStackFrame> WasmStackTrace => _frames;

    internal bool HasWasmStackTrace => _frames.Count > 0;

    /// <summary>
    /// Each compiled frame's function index and the offset it was at, by its depth, as the compiled code's exception
    /// filters recorded them while the trap passed: the compiler's stack trace.
    /// </summary>
    internal Dictionary<int, (int Function, int Site)>? CompiledSites { get; set; }

    /// <summary>
    /// The offset of the compiled instruction that threw this trap from the frame's own inlined code (a memory
    /// access), or -1: the innermost frame's filter records it instead of the offset it stored before its last call.
    /// </summary>
    internal int LocalSite { get; set; } = -1;

    /// <summary>
    /// The interpreter's op that raised the trap (its address in the pinned code block), 0 when not raised by one:
    /// the interpreter maps it back to the trapping instruction's byte offset when it builds the stack trace.
    /// </summary>
    internal nint InterpreterSite { get; set; }

    /// <summary>With <see cref="InterpreterSite"/>: the trap came from the op's second memory access (a fused multiply-add's).</summary>
    internal bool SecondAccess { get; set; }

    /// <summary>The host function the trap came out of, if any: its frame tops the Wasm stack trace.</summary>
    internal Execution.FunctionInstance? HostFunction { get; set; }

    internal void SetWasmStackTrace(IReadOnlyList<WasmStackFrame> frames)
    {
        if (HostFunction is { } host)
        {
            var withHost = new List<WasmStackFrame>(frames.Count + 1)
            {
                new(host.HostModule?.Name, host.Index, host.Name, -1, isHost: true),
            };
            withHost.AddRange(frames);
            frames = withHost;
        }
        _frames = frames;
    }

    /// <summary>
    /// The type and message, then the Wasm stack trace (<see cref="FormatWithWasmStackTrace"/>: one frame a line,
    /// innermost first, with module, function index and name, and the instruction's byte offset; host frames
    /// marked), then the inner exception, then the .NET frames, for whoever logs the exception whole.
    /// </summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder(GetType().FullName).Append(" (").Append(Kind).Append("): ")
            .Append(FormatWithWasmStackTrace());
        if (InnerException is { } inner)
        {
            text.Append("\n ---> ").Append(inner.ToString().Replace("\n", "\n  ", StringComparison.Ordinal))
                .Append("\n   --- End of inner exception ---");
        }
        if (StackTrace is { } dotnet)
        {
            text.Append("\n.NET stack trace:\n").Append(dotnet);
        }
        return text.ToString();
    }

    /// <summary>
    /// The message followed by the Wasm stack trace, one frame a line. Runs of identical frames
    /// (deep recursion) print once with a count, and at most <paramref name="maxLines"/> frame lines
    /// are written, so a trace thousands of frames deep stays readable.
    /// </summary>
    /// <param name="maxLines">The largest number of frame lines to write before summarising the rest.</param>
    public string FormatWithWasmStackTrace(int maxLines = 64)
    {
        var text = new System.Text.StringBuilder(Message);
        int lines = 0;
        for (int i = 0; i < _frames.Count;)
        {
            string frame = _frames[i].ToString();
            int run = 1;
            while (i + run < _frames.Count && _frames[i + run].ToString() == frame)
            {
                run++;
            }
            if (lines == maxLines)
            {
                text.Append('\n').Append($"  ... {_frames.Count - i} more frames");
                break;
            }
            text.Append('\n').Append("  at ").Append(frame);
            lines++;
            if (run > 1)
            {
                text.Append('\n').Append($"  ... the frame above repeated {run - 1} more times");
                lines++;
            }
            i += run;
        }
        return text.ToString();
    }
}

/// <summary>One frame of a Wasm stack trace.</summary>
public sealed class WasmStackFrame
{
    internal WasmStackFrame(string? moduleName, uint functionIndex, string? functionName, long offset, bool isHost = false)
    {
        IsHost = isHost;
        ModuleName = moduleName;
        FunctionIndex = functionIndex;
        FunctionName = functionName;
        Offset = offset;
    }

    /// <summary>The instance's module name, when it has one.</summary>
    public string? ModuleName { get; }

    /// <summary>Index of the function in its module's function index space.</summary>
    public uint FunctionIndex { get; }

    /// <summary>The function's name from the name section (or its export name), when known.</summary>
    public string? FunctionName { get; }

    /// <summary>Byte offset of the executing instruction in the module binary, or -1.</summary>
    public long Offset { get; }

    /// <summary>Whether the frame is a host function's (a .NET callback; its index and offset mean nothing).</summary>
    public bool IsHost { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        string module = ModuleName is null ? "" : ModuleName + ".";
        if (IsHost)
        {
            return $"{module}{FunctionName ?? "?"} (host)";
        }
        string name = FunctionName is null ? $"func[{FunctionIndex}]" : $"{FunctionName} (func[{FunctionIndex}])";
        return Offset >= 0 ? $"{module}{name} @0x{Offset:x}" : $"{module}{name}";
    }
}
