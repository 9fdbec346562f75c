using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The memory section: vec(memtype) (https://webassembly.github.io/spec/core/binary/modules.html#memory-section).</summary>
    /// <remarks>More than one memory decodes; the validator rejects it ("multiple memories").</remarks>
    private static ImmutableArray<MemoryType> ReadMemorySection(ref ByteReader r)
    {
        int count = r.ReadLength();
        var memories = ImmutableArray.CreateBuilder<MemoryType>(count);
        for (int i = 0; i < count; i++)
        {
            memories.Add(ReadMemoryType(ref r));
        }
        return memories.MoveToImmutable();
    }
}
