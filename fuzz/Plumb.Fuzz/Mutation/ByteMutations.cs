using System.Globalization;
using Plumb.Instructions;

namespace Plumb.Fuzz.Mutation;

/// <summary>
/// Mutations of the bytes themselves, blind to the structure but for the LEB128s
/// (<see cref="BinaryLayout"/>): they reach the decoder's checks (lengths, counts, LEB128 forms,
/// UTF-8, section order, opcodes) that no structural change can express.
/// </summary>
internal static class ByteMutations
{
    /// <summary>Bytes worth writing: LEB128 edges, block and value type bytes, <c>end</c>, prefixes, UTF-8 edges.</summary>
    private static readonly byte[] Interesting =
    [
        0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x0B, 0x05, 0x0F, 0x41, 0x20, 0x10, 0x11, 0xFC, 0xFD,
        0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F, 0x7A, 0x60, 0x6E,
        // UTF-8 edges, for names: overlong lead bytes, a surrogate's lead, past U+10FFFF, a lone continuation.
        0xC0, 0xC1, 0xED, 0xF4, 0xF5, 0xF8, 0xBF,
    ];

    /// <summary>Applies one byte mutation; the description names it and where.</summary>
    public static (byte[] Wasm, string Description) Apply(byte[] wasm, Random random)
    {
        if (wasm.Length <= 8)
            return ([.. wasm, Interesting[random.Next(Interesting.Length)]], "append a byte");
        // The header is left alone but rarely: a bad magic or version only tests the first check.
        int start = random.Next(50) == 0 ? 0 : 8;
        int at = random.Next(start, wasm.Length);
        switch (random.Next(9))
        {
            case 7:
                return ChangeSections(wasm, random) ?? ChangeLeb(wasm, random) ?? ([.. wasm, 0x00], "append a byte");
            case 0:
            {
                int bit = random.Next(8);
                byte[] copy = [.. wasm];
                copy[at] ^= (byte)(1 << bit);
                return (copy, $"flip bit {bit} at {Hex(at)}");
            }
            case 1:
            {
                byte value = InterestingByte(random);
                byte[] copy = [.. wasm];
                copy[at] = value;
                return (copy, $"byte at {Hex(at)} := {Hex(value)}");
            }
            case 2:
            {
                int length = Run(random);
                var bytes = Enumerable.Range(0, length).Select(_ => InterestingByte(random)).ToArray();
                return ([.. wasm.AsSpan(0, at), .. bytes, .. wasm.AsSpan(at)], $"insert {length} byte(s) at {Hex(at)}");
            }
            case 3:
            {
                int length = Math.Min(Run(random), wasm.Length - at);
                return ([.. wasm.AsSpan(0, at), .. wasm.AsSpan(at + length)], $"delete {length} byte(s) at {Hex(at)}");
            }
            case 4:
            {
                int length = Math.Min(Run(random), wasm.Length - at);
                return ([.. wasm.AsSpan(0, at + length), .. wasm.AsSpan(at, length), .. wasm.AsSpan(at + length)], $"duplicate {length} byte(s) at {Hex(at)}");
            }
            default:
                return ChangeLeb(wasm, random) ?? ([.. wasm.AsSpan(0, at), .. wasm.AsSpan(at + 1)], $"delete 1 byte(s) at {Hex(at)}");
        }
    }

    /// <summary>
    /// Rewrites one LEB128 (a section size, a count, a body size or an immediate): a new value, written
    /// in the old length when it fits (so nothing else moves), in its shortest form, padded to five bytes
    /// (still valid for a u32), or overlong.
    /// </summary>
    private static (byte[] Wasm, string Description)? ChangeLeb(byte[] wasm, Random random)
    {
        var lebs = BinaryLayout.Lebs(wasm);
        if (lebs.Count == 0)
            return null;
        var leb = lebs[random.Next(lebs.Count)];
        ulong value = random.Next(9) switch
        {
            0 => 0,
            1 => leb.Value + 1,
            2 => leb.Value - 1,
            3 => leb.Value * 2 + 1,
            4 => 0x7F,
            5 => 0x80,
            6 => uint.MaxValue,
            7 => 1UL << random.Next(33),
            _ => (ulong)random.Next(),
        } & 0xFFFF_FFFF;
        int form = random.Next(4);
        int length = form switch
        {
            0 => Math.Max(leb.Length, Shortest(value)),
            1 => Shortest(value),
            2 => Math.Max(5, Shortest(value)),
            _ => Math.Max(leb.Length, Shortest(value)) + 1,
        };
        // A sixth byte of a u32 is overlong (malformed); a fifth may only carry the top four bits.
        var bytes = Encode(value, Math.Min(length, 6));
        string role = leb.Role switch
        {
            LebRole.SectionSize => "section size",
            LebRole.Count => "count",
            LebRole.BodySize => "body size",
            _ => "immediate",
        };
        return ([.. wasm.AsSpan(0, leb.Position), .. bytes, .. wasm.AsSpan(leb.Position + leb.Length)],
            $"{role} at {Hex(leb.Position)} {leb.Value.ToString(CultureInfo.InvariantCulture)} := {value.ToString(CultureInfo.InvariantCulture)} in {bytes.Length} byte(s)");
    }

    /// <summary>
    /// Whole sections: one dropped, duplicated, or swapped with the next (section order and uniqueness), the
    /// module cut short inside one, or a custom section inserted (custom sections' contents, the name
    /// section's included, must never make a module malformed).
    /// </summary>
    private static (byte[] Wasm, string Description)? ChangeSections(byte[] wasm, Random random)
    {
        var sections = BinaryLayout.Sections(wasm);
        if (sections.Count == 0)
            return null;
        int i = random.Next(sections.Count);
        var s = sections[i];
        string which = $"section {i.ToString(CultureInfo.InvariantCulture)} (id {s.Id.ToString(CultureInfo.InvariantCulture)})";
        switch (random.Next(5))
        {
            case 0:
                return ([.. wasm.AsSpan(0, s.Start), .. wasm.AsSpan(s.End)], $"drop {which}");
            case 1:
                return ([.. wasm.AsSpan(0, s.End), .. wasm.AsSpan(s.Start, s.End - s.Start), .. wasm.AsSpan(s.End)], $"duplicate {which}");
            case 2 when i + 1 < sections.Count:
            {
                var next = sections[i + 1];
                return ([.. wasm.AsSpan(0, s.Start), .. wasm.AsSpan(next.Start, next.End - next.Start), .. wasm.AsSpan(s.Start, s.End - s.Start), .. wasm.AsSpan(next.End)], $"swap {which} with the next");
            }
            case 3:
            {
                int cut = random.Next(s.Start + 1, Math.Max(s.Start + 2, s.End));
                return (wasm.AsSpan(0, Math.Min(cut, wasm.Length)).ToArray(), $"cut the module at {Hex(cut)}, inside {which}");
            }
            default:
            {
                // A custom section, often named "name", with arbitrary contents, before a section or at the end.
                string name = random.Next(2) == 0 ? "name" : "x";
                var content = Enumerable.Range(0, random.Next(0, 12)).Select(_ => InterestingByte(random)).ToArray();
                byte[] payload = [(byte)name.Length, .. System.Text.Encoding.ASCII.GetBytes(name), .. content];
                byte[] custom = [0x00, .. Encode((ulong)payload.Length, 1), .. payload];
                int at = random.Next(2) == 0 ? wasm.Length : s.Start;
                return ([.. wasm.AsSpan(0, at), .. custom, .. wasm.AsSpan(at)], $"insert a custom section \"{name}\" of {payload.Length.ToString(CultureInfo.InvariantCulture)} byte(s) at {Hex(at)}");
            }
        }
    }

    private static byte InterestingByte(Random random)
    {
        if (random.Next(3) > 0)
            return Interesting[random.Next(Interesting.Length)];
        // An opcode of the table: one-byte rows, or a prefix's first sub-opcode byte.
        var row = InstructionTable.All[random.Next(InstructionTable.All.Length)];
        return row.Prefix == Prefix.None ? (byte)row.Code : (byte)(row.Code & 0x7F);
    }

    private static int Run(Random random) => random.Next(4) == 0 ? random.Next(2, 17) : 1;

    private static int Shortest(ulong value)
    {
        int n = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            n++;
        }
        return n;
    }

    /// <summary>An unsigned LEB128 of exactly <paramref name="length"/> bytes (padded with continuation bits).</summary>
    internal static byte[] Encode(ulong value, int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)((value & 0x7F) | (i < length - 1 ? 0x80UL : 0));
            value >>= 7;
        }
        return bytes;
    }

    private static string Hex(int value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);
}
