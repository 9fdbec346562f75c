using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The global section: vec(global) (https://webassembly.github.io/spec/core/binary/modules.html#global-section).</summary>
    private static ImmutableArray<Global> ReadGlobalSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var globals = ImmutableArray.CreateBuilder<Global>(count);
        for (int i = 0; i < count; i++)
        {
            var type = ReadGlobalType(ref r, state);
            globals.Add(new Global(type, ReadConstExpr(ref r, state)));
        }
        return globals.MoveToImmutable();
    }
}
