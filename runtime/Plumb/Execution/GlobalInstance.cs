using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>A global instance (https://webassembly.github.io/spec/core/exec/runtime.html#global-instances).</summary>
internal sealed class GlobalInstance(GlobalType type, WasmValue value)
{
    public GlobalType Type { get; } = type;

    /// <summary>The value; a field so that the interpreter reads and writes it in place.</summary>
    public WasmValue Value = value;
}
