using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>
    /// A custom section (https://webassembly.github.io/spec/core/binary/modules.html#custom-section):
    /// a name, then content up to the section's end, kept with the id of the section it followed.
    /// </summary>
    private static CustomSection ReadCustomSection(ref ByteReader r, int size, byte after)
    {
        int start = r.Position;
        string name = r.ReadName();
        // A name longer than the section is an overrun, reported as the end of the section.
        var content = r.ReadBytes(size - (r.Position - start));
        return new CustomSection(name, ImmutableArray.Create(content), after);
    }
}
