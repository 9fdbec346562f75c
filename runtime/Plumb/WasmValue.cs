using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plumb;

/// <summary>
/// One WebAssembly value as raw bits: 16 bytes, wide enough for a v128. Numbers occupy the low
/// bytes (an i32 or f32 is zero-extended), so a float keeps its NaN payload bit for bit. A reference
/// is a handle owned by the runtime's store (0 is null); use <see cref="ModuleInstance"/> and
/// <see cref="WasmFunction"/> helpers to turn handles into objects. This is also the slot type of the
/// raw host function stack (<see cref="HostFunctionCallback"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct WasmValue : IEquatable<WasmValue>
{
    // Mutable and internal so that the interpreter writes stack slots in place.
    internal ulong Lo;
    internal ulong Hi;

    internal WasmValue(ulong lo, ulong hi = 0)
    {
        Lo = lo;
        Hi = hi;
    }

    /// <summary>The value read as an i32.</summary>
    public readonly int I32 => (int)Lo;

    /// <summary>The value read as an i64.</summary>
    public readonly long I64 => (long)Lo;

    /// <summary>The value read as an f32 (payload preserved).</summary>
    public readonly float F32 => BitConverter.UInt32BitsToSingle((uint)Lo);

    /// <summary>The value read as an f64 (payload preserved).</summary>
    public readonly double F64 => BitConverter.UInt64BitsToDouble(Lo);

    /// <summary>The value read as a v128 (lane 0 in the lowest byte).</summary>
    public readonly Vector128<byte> V128 => Vector128.Create(Lo, Hi).AsByte();

    /// <summary>The raw low 64 bits (the whole value for i32, i64, f32 and f64).</summary>
    public readonly ulong Bits => Lo;

    /// <summary>Makes an i32 value.</summary>
    public static WasmValue FromI32(int value) => new((uint)value);

    /// <summary>Makes an i64 value.</summary>
    public static WasmValue FromI64(long value) => new((ulong)value);

    /// <summary>Makes an f32 value.</summary>
    public static WasmValue FromF32(float value) => new(BitConverter.SingleToUInt32Bits(value));

    /// <summary>Makes an f32 value from its IEEE 754 bits.</summary>
    public static WasmValue FromF32Bits(uint bits) => new(bits);

    /// <summary>Makes an f64 value.</summary>
    public static WasmValue FromF64(double value) => new(BitConverter.DoubleToUInt64Bits(value));

    /// <summary>Makes an f64 value from its IEEE 754 bits.</summary>
    public static WasmValue FromF64Bits(ulong bits) => new(bits);

    /// <summary>Makes a v128 value.</summary>
    public static WasmValue FromV128(Vector128<byte> value)
    {
        var longs = value.AsUInt64();
        return new(longs.GetElement(0), longs.GetElement(1));
    }

    /// <summary>The null reference (of either reference type).</summary>
    public static WasmValue NullRef => default;

    internal readonly Vector128<byte> AsVector
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector128.Create(Lo, Hi).AsByte();
    }

    /// <inheritdoc />
    public readonly bool Equals(WasmValue other) => Lo == other.Lo && Hi == other.Hi;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is WasmValue other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() => HashCode.Combine(Lo, Hi);

    /// <summary>Compares raw bits.</summary>
    public static bool operator ==(WasmValue left, WasmValue right) => left.Equals(right);

    /// <summary>Compares raw bits.</summary>
    public static bool operator !=(WasmValue left, WasmValue right) => !left.Equals(right);

    /// <inheritdoc />
    public override readonly string ToString() => Hi == 0 ? $"0x{Lo:x}" : $"0x{Hi:x16}{Lo:x16}";
}
