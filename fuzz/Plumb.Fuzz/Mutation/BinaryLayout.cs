using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Mutation;

/// <summary>What a LEB128 in a module encodes, for the mutation's description.</summary>
internal enum LebRole
{
    /// <summary>A section's size.</summary>
    SectionSize,
    /// <summary>The element count of a section's vector.</summary>
    Count,
    /// <summary>A function body's size.</summary>
    BodySize,
    /// <summary>An instruction's sub-opcode or one of its first two immediates (an index, a constant, a block type, an alignment, an offset).</summary>
    Immediate,
}

/// <summary>One section of a module: its id, where its id byte starts and where its content ends.</summary>
internal readonly record struct Section(byte Id, int Start, int End);

/// <summary>One LEB128 in a module: where it starts, how many bytes it takes and its value read as unsigned.</summary>
internal readonly record struct Leb(int Position, int Length, ulong Value, LebRole Role);

/// <summary>
/// Where a module's LEB128s are, so a byte mutation can change one in place: section sizes and counts
/// from a scan of the section headers, function body sizes, and the first immediate of every instruction
/// from the offsets Plumb's decoder records (only when the module decodes): prefixed sub-opcodes and the
/// first two immediates of every instruction.
/// </summary>
internal static class BinaryLayout
{
    /// <summary>The LEB128s of <paramref name="wasm"/>, in no particular order; empty when the header is not there.</summary>
    public static List<Leb> Lebs(byte[] wasm)
    {
        var lebs = new List<Leb>();
        int position = 8;
        while (position < wasm.Length)
        {
            byte id = wasm[position++];
            if (!TryRead(wasm, position, out var size))
                break;
            lebs.Add(size with { Role = LebRole.SectionSize });
            int content = position + size.Length;
            int end = (int)Math.Min((ulong)wasm.Length, (ulong)content + size.Value);
            // Every known section but start (a single index) and custom sections opens with a count.
            if (id is not 0 and not (byte)SectionId.Start && TryRead(wasm, content, out var count) && count.Position + count.Length <= end)
            {
                lebs.Add(count with { Role = LebRole.Count });
                if (id == (byte)SectionId.Code)
                    BodySizes(wasm, count.Position + count.Length, end, count.Value, lebs);
            }
            position = end;
        }
        Immediates(wasm, lebs);
        return lebs;
    }

    /// <summary>The sections of <paramref name="wasm"/> as far as their headers can be read (the last one may be cut short).</summary>
    public static List<Section> Sections(byte[] wasm)
    {
        var sections = new List<Section>();
        int position = 8;
        while (position < wasm.Length)
        {
            int start = position;
            byte id = wasm[position++];
            if (!TryRead(wasm, position, out var size))
                break;
            int end = (int)Math.Min((ulong)wasm.Length, (ulong)(position + size.Length) + size.Value);
            sections.Add(new Section(id, start, end));
            position = end;
        }
        return sections;
    }

    /// <summary>Reads an unsigned LEB128 of at most 10 bytes at <paramref name="position"/>.</summary>
    public static bool TryRead(byte[] wasm, int position, out Leb leb)
    {
        ulong value = 0;
        for (int i = 0; i < 10 && position + i < wasm.Length; i++)
        {
            byte b = wasm[position + i];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                leb = new Leb(position, i + 1, value, LebRole.Immediate);
                return true;
            }
        }
        leb = default;
        return false;
    }

    private static void BodySizes(byte[] wasm, int position, int end, ulong count, List<Leb> lebs)
    {
        for (ulong i = 0; i < count && position < end; i++)
        {
            if (!TryRead(wasm, position, out var size))
                return;
            lebs.Add(size with { Role = LebRole.BodySize });
            position += size.Length + (int)Math.Min(size.Value, int.MaxValue / 2);
        }
    }

    private static void Immediates(byte[] wasm, List<Leb> lebs)
    {
        Module module;
        try
        {
            module = ModuleReader.Read(wasm);
        }
        catch (WasmException)
        {
            return;
        }
        foreach (var body in module.Codes)
        {
            foreach (var instruction in body.Code)
            {
                if (instruction.Offset < 0)
                    continue;
                int position = instruction.Offset + 1;
                // A prefixed opcode's sub-opcode is a u32 LEB128 too: a padded one is still the same opcode.
                if (instruction.Info.Prefix != Prefix.None)
                {
                    if (!TryRead(wasm, position, out var code))
                        continue;
                    lebs.Add(code);
                    position += code.Length;
                }
                if (instruction.Info.Immediate is Immediate.None or Immediate.F32 or Immediate.F64 or Immediate.V128 or Immediate.Shuffle)
                    continue;
                if (!TryRead(wasm, position, out var immediate))
                    continue;
                lebs.Add(immediate);
                // The second LEB128 of the shapes that have two (a memarg's offset, a table or memory index).
                if (instruction.Info.Immediate is Immediate.MemArg or Immediate.MemArgLane or Immediate.CallIndirect or Immediate.MemoryInit
                        or Immediate.MemoryCopy or Immediate.TableInit or Immediate.TableCopy &&
                    TryRead(wasm, position + immediate.Length, out var second))
                {
                    lebs.Add(second);
                }
            }
        }
    }
}
