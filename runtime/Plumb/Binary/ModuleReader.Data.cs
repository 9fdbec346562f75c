using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>
    /// The data section (https://webassembly.github.io/spec/core/binary/modules.html#data-section):
    /// flag 0 active in memory 0, 1 passive, 2 active with an explicit memory index. Without bulk
    /// memory the field is 1.0's memory index.
    /// </summary>
    private static ImmutableArray<DataSegment> ReadDataSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var segments = ImmutableArray.CreateBuilder<DataSegment>(count);
        bool flags = state.Has(WasmFeatures.BulkMemory);
        for (int i = 0; i < count; i++)
        {
            int position = r.Position;
            uint flag = r.ReadU32();
            var mode = SegmentMode.Active;
            uint memory = 0;
            if (!flags)
            {
                memory = flag;
            }
            else if (flag == 1)
            {
                mode = SegmentMode.Passive;
            }
            else if (flag == 2)
            {
                memory = r.ReadU32();
            }
            else if (flag != 0)
            {
                throw r.Error(MalformedMessages.MalformedDataSegmentKind, position);
            }
            var offset = mode == SegmentMode.Active ? ReadConstExpr(ref r, state) : null;
            int length = r.ReadLength();
            var bytes = ImmutableArray.Create(r.ReadBytes(length));
            segments.Add(new DataSegment(mode, bytes) { MemoryIndex = memory, Offset = offset });
        }
        return segments.MoveToImmutable();
    }
}
