using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleWriter
{
    /// <summary>
    /// An element segment in the shortest of the eight encodings that keeps it: function indices
    /// unless it came from expressions (or cannot be written as indices), implicit table 0 and funcref
    /// when possible (https://webassembly.github.io/spec/core/binary/modules.html#element-section).
    /// </summary>
    private static void WriteElementSegment(ByteWriter w, ElementSegment segment)
    {
        bool expressions = segment.UsesExpressions || segment.Type != ValType.FuncRef ||
            segment.Init.Any(e => e.Instructions.Length != 1 || e.Instructions[0].Opcode != Opcode.RefFunc);
        uint flags = segment.Mode switch
        {
            SegmentMode.Passive => 1,
            SegmentMode.Declarative => 3,
            _ => segment.TableIndex == 0 && segment.Type == ValType.FuncRef ? 0u : 2u,
        };
        if (expressions)
        {
            flags |= 4;
        }
        w.WriteU32(flags);
        if (segment.Mode == SegmentMode.Active)
        {
            if ((flags & 2) != 0)
            {
                w.WriteU32(segment.TableIndex);
            }
            WriteConstExpr(w, segment.Offset);
        }
        if ((flags & 3) != 0)
        {
            if (expressions)
            {
                w.WriteByte((byte)segment.Type);
            }
            else
            {
                w.WriteByte(0x00); // elemkind funcref
            }
        }
        w.WriteLength(segment.Init.Length);
        foreach (var init in segment.Init)
        {
            if (expressions)
            {
                WriteConstExpr(w, init);
            }
            else
            {
                w.WriteU32(init.Instructions[0].A);
            }
        }
    }

    /// <summary>A data segment: flag 0 (memory 0), 2 (explicit memory) or 1 (passive).</summary>
    private static void WriteDataSegment(ByteWriter w, DataSegment segment)
    {
        if (segment.Mode == SegmentMode.Active)
        {
            if (segment.MemoryIndex == 0)
            {
                w.WriteU32(0);
            }
            else
            {
                w.WriteU32(2);
                w.WriteU32(segment.MemoryIndex);
            }
            WriteConstExpr(w, segment.Offset);
        }
        else
        {
            w.WriteU32(1);
        }
        w.WriteLength(segment.Bytes.Length);
        w.WriteBytes(segment.Bytes.AsSpan());
    }
}
