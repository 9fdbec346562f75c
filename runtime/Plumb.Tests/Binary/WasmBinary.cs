namespace Plumb.Tests.Binary;

/// <summary>
/// Small binary modules written byte by byte, for tests whose inputs are a few bytes that claim or build
/// something huge. Linked into every test project that needs them (runtime/Plumb.Tests and
/// harness/Plumb.Cli.Tests).
/// </summary>
internal static class WasmBinary
{
    /// <summary>The magic and version of every module.</summary>
    public static readonly byte[] Header = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    /// <summary>An unsigned LEB128.</summary>
    public static byte[] Leb(long n)
    {
        var bytes = new List<byte>();
        do
        {
            byte b = (byte)(n & 0x7F);
            n >>= 7;
            bytes.Add(n != 0 ? (byte)(b | 0x80) : b);
        }
        while (n != 0);
        return [.. bytes];
    }

    /// <summary>A section: its id, its size and its payload.</summary>
    public static byte[] Section(byte id, byte[] payload) => [id, .. Leb(payload.Length), .. payload];

    /// <summary>A module with one exported function <c>run</c> of type [] → [] and the given body (no locals; the final <c>end</c> is added).</summary>
    public static byte[] WithBody(byte[] instructions)
    {
        byte[] body = [0x00, .. instructions, 0x0B];
        return [.. Header, .. Section(1, [0x01, 0x60, 0x00, 0x00]), .. Section(3, [0x01, 0x00]),
            .. Section(7, [0x01, 0x03, (byte)'r', (byte)'u', (byte)'n', 0x00, 0x00]),
            .. Section(10, [0x01, .. Leb(body.Length), .. body])];
    }

    /// <summary><see cref="WithBody"/> of <paramref name="count"/> nops: a byte each, 40 once decoded.</summary>
    public static byte[] Nops(int count)
    {
        var instructions = new byte[count];
        instructions.AsSpan().Fill(0x01);
        return WithBody(instructions);
    }
}
