using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleWriter
{
    /// <summary>
    /// The content of a name section (https://webassembly.github.io/spec/core/appendix/custom.html#name-section),
    /// for modules whose names did not come from one (text, or built in code). Indices in increasing order.
    /// </summary>
    internal static void WriteNameSection(ByteWriter w, NameSection names)
    {
        var sub = new ByteWriter();
        if (names.ModuleName is { } moduleName)
        {
            sub.WriteName(moduleName);
            WriteSubsection(w, 0, sub);
        }
        if (!names.FunctionNames.IsEmpty)
        {
            sub.Clear();
            WriteNameMap(sub, names.FunctionNames);
            WriteSubsection(w, 1, sub);
        }
        if (!names.LocalNames.IsEmpty)
        {
            sub.Clear();
            sub.WriteLength(names.LocalNames.Count);
            foreach (var (function, locals) in names.LocalNames.OrderBy(p => p.Key))
            {
                sub.WriteU32(function);
                WriteNameMap(sub, locals);
            }
            WriteSubsection(w, 2, sub);
        }
    }

    private static void WriteSubsection(ByteWriter w, byte id, ByteWriter content)
    {
        w.WriteByte(id);
        w.WriteLength(content.Length);
        w.WriteBytes(content.WrittenSpan);
        content.Clear();
    }

    private static void WriteNameMap(ByteWriter w, ImmutableDictionary<uint, string> map)
    {
        w.WriteLength(map.Count);
        foreach (var (index, name) in map.OrderBy(p => p.Key))
        {
            w.WriteU32(index);
            w.WriteName(name);
        }
    }
}
