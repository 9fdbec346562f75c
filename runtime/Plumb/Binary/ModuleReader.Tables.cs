using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The table section: vec(tabletype) (https://webassembly.github.io/spec/core/binary/modules.html#table-section).</summary>
    private static ImmutableArray<TableType> ReadTableSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var tables = ImmutableArray.CreateBuilder<TableType>(count);
        for (int i = 0; i < count; i++)
        {
            tables.Add(ReadTableType(ref r, state));
        }
        return tables.MoveToImmutable();
    }
}
