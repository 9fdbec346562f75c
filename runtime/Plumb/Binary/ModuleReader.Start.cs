namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The start section: one funcidx (https://webassembly.github.io/spec/core/binary/modules.html#start-section).</summary>
    private static uint ReadStartSection(ref ByteReader r) => r.ReadU32();
}
