using Plumb.Execution;

namespace Plumb;

/// <summary>A global: its type and its value, settable when mutable.</summary>
public sealed class WasmGlobal
{
    private readonly Store _store;

    internal WasmGlobal(Store store, GlobalInstance global)
    {
        _store = store;
        Global = global;
    }

    internal GlobalInstance Global { get; }

    /// <summary>The value type.</summary>
    public ValType Type => Global.Type.ValType;

    /// <summary>True when Wasm code (and <see cref="Value"/>'s setter) may change the value.</summary>
    public bool Mutable => Global.Type.Mutable;

    /// <summary>The value, as <see cref="WasmFunction.Call(object?[])"/> represents values.</summary>
    /// <exception cref="InvalidOperationException">Setting an immutable global.</exception>
    public object? Value
    {
        get => ValueMarshal.ToObject(_store, Type, Global.Value);
        set
        {
            if (!Mutable)
            {
                throw new InvalidOperationException("the global is immutable");
            }
            Global.Value = ValueMarshal.FromObject(_store, Type, value);
        }
    }

    /// <summary>The raw value bits.</summary>
    public WasmValue RawValue => Global.Value;
}
