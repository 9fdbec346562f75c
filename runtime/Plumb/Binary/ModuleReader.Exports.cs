using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The export section (https://webassembly.github.io/spec/core/binary/modules.html#export-section).</summary>
    private static ImmutableArray<Export> ReadExportSection(ref ByteReader r)
    {
        int count = r.ReadLength();
        var exports = ImmutableArray.CreateBuilder<Export>(count);
        for (int i = 0; i < count; i++)
        {
            string name = r.ReadName();
            int position = r.Position;
            byte kind = r.ReadByte();
            if (kind > (byte)ExternKind.Global)
            {
                throw r.Error(MalformedMessages.MalformedExportKind, position);
            }
            exports.Add(new Export(name, (ExternKind)kind, r.ReadU32()));
        }
        return exports.MoveToImmutable();
    }
}
