using Plumb.Text.Wast;
using Wasmtime;

namespace Plumb.Harness.Engines;

/// <summary>Value conversion between raw-bit <see cref="WastValue"/>s and Wasmtime's boxed values.</summary>
internal sealed partial class WasmtimeEngine
{
    /// <summary>Host references keep their identity: one object per <c>ref.extern N</c> for the whole script.</summary>
    private readonly Dictionary<ulong, HostReference> _hostReferences = [];

    /// <summary>The object behind <c>ref.extern N</c>.</summary>
    private sealed record HostReference(ulong Number);

    private ValueBox ToBox(WastValue v) => v.Type switch
    {
        ValType.I32 => unchecked((int)(uint)v.Low),
        ValType.I64 => unchecked((long)v.Low),
        // Bits go through float/double unchanged: no arithmetic touches them, so NaN payloads survive.
        ValType.F32 => BitConverter.UInt32BitsToSingle((uint)v.Low),
        ValType.F64 => BitConverter.UInt64BitsToDouble(v.Low),
        ValType.V128 => new V128(V128Bytes(v)),
        ValType.FuncRef => Function.Null,
        ValType.ExternRef => v.IsNull ? ValueBox.AsBox<object>(null) : ValueBox.AsBox<object>(Host(v.Low)),
        _ => throw new ArgumentException($"no Wasmtime value for {v.Type}"),
    };

    private HostReference Host(ulong number)
    {
        if (!_hostReferences.TryGetValue(number, out var host))
            _hostReferences[number] = host = new HostReference(number);
        return host;
    }

    private static byte[] V128Bytes(WastValue v)
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), v.Low);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), v.High);
        return bytes;
    }

    private static WastValue FromObject(ValueKind kind, object? value) => kind switch
    {
        ValueKind.Int32 => new WastValue(ValType.I32, (uint)(int)value!),
        ValueKind.Int64 => new WastValue(ValType.I64, unchecked((ulong)(long)value!)),
        ValueKind.Float32 => new WastValue(ValType.F32, BitConverter.SingleToUInt32Bits((float)value!)),
        ValueKind.Float64 => new WastValue(ValType.F64, BitConverter.DoubleToUInt64Bits((double)value!)),
        ValueKind.V128 => FromV128((V128)value!),
        ValueKind.FuncRef => new WastValue(ValType.FuncRef, 0, IsNull: value is not Function f || f.IsNull),
        ValueKind.ExternRef => value switch
        {
            null => new WastValue(ValType.ExternRef, 0, IsNull: true),
            HostReference h => new WastValue(ValType.ExternRef, h.Number),
            // A reference the script did not make (none exist in the suites); ulong.MaxValue never equals a script's number.
            _ => new WastValue(ValType.ExternRef, ulong.MaxValue),
        },
        _ => throw new ArgumentException($"no WAST value for Wasmtime {kind}"),
    };

    private static WastValue FromV128(V128 v)
    {
        Span<byte> bytes = stackalloc byte[16];
        v.CopyTo(bytes);
        return new WastValue(ValType.V128, BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..]));
    }
}
