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
        WriteIndirectSubsection(w, 2, names.LocalNames, sub);
        WriteIndirectSubsection(w, 3, names.LabelNames, sub);
        WriteMapSubsection(w, 4, names.TypeNames, sub);
        WriteMapSubsection(w, 5, names.TableNames, sub);
        WriteMapSubsection(w, 6, names.MemoryNames, sub);
        WriteMapSubsection(w, 7, names.GlobalNames, sub);
        WriteMapSubsection(w, 8, names.ElemNames, sub);
        WriteMapSubsection(w, 9, names.DataNames, sub);
    }

    /// <summary>The content of a name section, as bytes.</summary>
    internal static byte[] NameSectionBytes(NameSection names)
    {
        var w = new ByteWriter();
        WriteNameSection(w, names);
        return w.WrittenSpan.ToArray();
    }

    private static void WriteMapSubsection(ByteWriter w, byte id, ImmutableDictionary<uint, string> map, ByteWriter sub)
    {
        if (!map.IsEmpty)
        {
            sub.Clear();
            WriteNameMap(sub, map);
            WriteSubsection(w, id, sub);
        }
    }

    private static void WriteIndirectSubsection(ByteWriter w, byte id, ImmutableDictionary<uint, ImmutableDictionary<uint, string>> map, ByteWriter sub)
    {
        if (!map.IsEmpty)
        {
            sub.Clear();
            sub.WriteLength(map.Count);
            foreach (var (outer, inner) in map.OrderBy(p => p.Key))
            {
                sub.WriteU32(outer);
                WriteNameMap(sub, inner);
            }
            WriteSubsection(w, id, sub);
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
