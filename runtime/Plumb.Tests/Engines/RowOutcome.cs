using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plumb.Tests.Engines;

/// <summary>
/// What one call did, normalised across engines: its results, or the trap it raised (Plumb's kind, or
/// the Plumb kinds a Wasmtime trap code stands for), and the exported memory "mem" afterwards.
/// </summary>
internal sealed record RowOutcome(WasmValue[]? Results, string? Trap, TrapKind[] TrapKinds, MemoryState? Memory)
{
    public static RowOutcome Returned(WasmValue[] results, MemoryState? memory) => new(results, null, [], memory);

    public static RowOutcome Trapped(string trap, TrapKind[] kinds, MemoryState? memory) => new(null, trap, kinds, memory);

    /// <summary>The outcome in a failure message.</summary>
    public string Describe(ValType[] types)
    {
        string what = Results is null ? $"trap {Trap}" : $"[{string.Join(", ", Results.Select((r, i) => Format(types[i], r)))}]";
        return Memory is { } memory ? $"{what}, memory {memory}" : what;
    }

    /// <summary>A value with its type, as bits (and the float it is).</summary>
    public static string Format(ValType type, WasmValue value) => type switch
    {
        ValType.I32 => FormattableString.Invariant($"i32 {value.I32} (0x{(uint)value.I32:x8})"),
        ValType.I64 => FormattableString.Invariant($"i64 {value.I64} (0x{(ulong)value.I64:x16})"),
        ValType.F32 => FormattableString.Invariant($"f32 0x{(uint)value.Bits:x8} ({value.F32.ToString("R", CultureInfo.InvariantCulture)})"),
        ValType.F64 => FormattableString.Invariant($"f64 0x{value.Bits:x16} ({value.F64.ToString("R", CultureInfo.InvariantCulture)})"),
        ValType.V128 => "v128 " + Convert.ToHexString(Bytes(value)).ToLowerInvariant(),
        _ => $"{type} 0x{value.Bits:x}",
    };

    /// <summary>A v128 value's bytes, lane 0 first.</summary>
    public static byte[] Bytes(WasmValue value)
    {
        var bytes = new byte[16];
        value.V128.CopyTo(bytes);
        return bytes;
    }
}

/// <summary>A memory's size in pages and a digest of its bytes.</summary>
internal readonly record struct MemoryState(long Pages, ulong Digest)
{
    public static MemoryState Of(long pages, ReadOnlySpan<byte> bytes)
    {
        // FNV-1a over 8-byte words: cheap enough to run after every call, and any changed byte changes it.
        ulong hash = 14695981039346656037;
        foreach (ulong word in MemoryMarshal.Cast<byte, ulong>(bytes))
        {
            hash = (hash ^ word) * 1099511628211;
        }
        return new MemoryState(pages, hash);
    }

    public override string ToString() => FormattableString.Invariant($"{Pages} page(s), digest {Digest:x16}");
}
