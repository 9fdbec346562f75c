using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The import section (https://webassembly.github.io/spec/core/binary/modules.html#import-section).</summary>
    private static ImmutableArray<Import> ReadImportSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var imports = ImmutableArray.CreateBuilder<Import>(count);
        for (int i = 0; i < count; i++)
        {
            string module = r.ReadName();
            string name = r.ReadName();
            int position = r.Position;
            byte kind = r.ReadByte();
            imports.Add((ExternKind)kind switch
            {
                ExternKind.Func => new Import(module, name, ExternKind.Func) { FuncTypeIndex = r.ReadU32() },
                ExternKind.Table => new Import(module, name, ExternKind.Table) { Table = ReadTableType(ref r, state) },
                ExternKind.Memory => new Import(module, name, ExternKind.Memory) { Memory = ReadMemoryType(ref r) },
                ExternKind.Global => new Import(module, name, ExternKind.Global) { Global = ReadGlobalType(ref r, state) },
                _ => throw r.Error(MalformedMessages.MalformedImportKind, position),
            });
        }
        return imports.MoveToImmutable();
    }
}
