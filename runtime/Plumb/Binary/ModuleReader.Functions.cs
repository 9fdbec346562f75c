using System.Collections.Immutable;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The function section: vec(typeidx) (https://webassembly.github.io/spec/core/binary/modules.html#function-section).</summary>
    private static ImmutableArray<uint> ReadFunctionSection(ref ByteReader r)
    {
        int count = r.ReadLength();
        var functions = ImmutableArray.CreateBuilder<uint>(count);
        for (int i = 0; i < count; i++)
        {
            functions.Add(r.ReadU32());
        }
        return functions.MoveToImmutable();
    }
}
