using Plumb.Structure;

namespace Plumb.Binary;

/// <summary>
/// Encodes a <see cref="Module"/> in the binary format (https://webassembly.github.io/spec/core/binary/modules.html),
/// canonically: shortest LEB128, sections in order, the shortest element and data segment encodings,
/// custom sections after the section they followed when decoded. <c>ModuleReader.Read(Write(m))</c>
/// equals <c>m</c> (see <see cref="ModuleComparer"/>).
/// </summary>
internal static partial class ModuleWriter
{
    // The section order of https://webassembly.github.io/spec/core/binary/modules.html#binary-module.
    private static readonly SectionId[] Order =
    [
        SectionId.Type, SectionId.Import, SectionId.Function, SectionId.Table, SectionId.Memory, SectionId.Global,
        SectionId.Export, SectionId.Start, SectionId.Element, SectionId.DataCount, SectionId.Code, SectionId.Data,
    ];

    /// <summary>Encodes a module.</summary>
    public static byte[] Write(Module module) => Write(module, null);

    /// <summary>
    /// Encodes a module; <paramref name="instructionOffsets"/>, when given (one slot per function body), receives
    /// the byte offset of every instruction of every body in the output.
    /// </summary>
    public static byte[] Write(Module module, int[][]? instructionOffsets)
    {
        var output = new ByteWriter(1024);
        output.WriteFixed32(0x6D736100);
        output.WriteFixed32(1);
        var content = new ByteWriter();
        // Names without a name section (text, or a module built in code) are written right after the last
        // section, before the custom sections placed after it: where wasm-ld and wasm-tools put it.
        bool writeNames = module.Names is { IsEmpty: false } && !module.Customs.Any(c => c.Name == ModuleReader.NameSectionName);
        byte last = LastSection(module);
        if (writeNames && last == 0)
        {
            WriteNames(output, content, module.Names!);
        }
        WriteCustomSections(output, module, 0);
        foreach (var id in Order)
        {
            // An empty section is left out, unless a custom section was placed after it.
            // Only a vector section can be empty: an empty start or data count section would be malformed.
            bool followed = module.Customs.Any(c => c.After == (byte)id) && id is not (SectionId.Start or SectionId.DataCount);
            content.Clear();
            bool written;
            if (id == SectionId.Code && instructionOffsets is not null)
            {
                WriteCodeSection(content, module, instructionOffsets);
                written = module.Codes.Length > 0;
            }
            else
            {
                written = WriteSectionContent(content, module, id);
            }
            if (written || followed)
            {
                output.WriteByte((byte)id);
                output.WriteLength(content.Length);
                if (id == SectionId.Code && instructionOffsets is not null)
                {
                    foreach (var offsets in instructionOffsets)
                    {
                        for (int i = 0; i < offsets.Length; i++)
                        {
                            offsets[i] += output.Length;
                        }
                    }
                }
                output.WriteBytes(content.WrittenSpan);
            }
            if (writeNames && (byte)id == last)
            {
                WriteNames(output, content, module.Names!);
            }
            WriteCustomSections(output, module, (byte)id);
        }
        foreach (var custom in module.Customs)
        {
            if (custom.After > (byte)SectionId.DataCount)
            {
                WriteCustomSection(output, custom.Name, custom.Content.AsSpan());
            }
        }
        return output.ToArray();
    }

    private static void WriteNames(ByteWriter output, ByteWriter content, NameSection names)
    {
        content.Clear();
        WriteNameSection(content, names);
        WriteCustomSection(output, ModuleReader.NameSectionName, content.WrittenSpan);
    }

    /// <summary>
    /// The id of the last non-custom section <see cref="Write(Module)"/> writes for the module, 0 when none: where a
    /// name section derived from names (not kept as a custom section) goes.
    /// </summary>
    internal static byte LastSection(Module module)
    {
        byte last = 0;
        foreach (var id in Order)
        {
            bool present = id switch
            {
                SectionId.Type => module.Types.Length > 0,
                SectionId.Import => module.Imports.Length > 0,
                SectionId.Function => module.Functions.Length > 0,
                SectionId.Table => module.Tables.Length > 0,
                SectionId.Memory => module.Memories.Length > 0,
                SectionId.Global => module.Globals.Length > 0,
                SectionId.Export => module.Exports.Length > 0,
                SectionId.Start => module.Start is not null,
                SectionId.Element => module.Elements.Length > 0,
                SectionId.DataCount => module.DataCount is not null,
                SectionId.Code => module.Codes.Length > 0,
                SectionId.Data => module.Data.Length > 0,
                _ => false,
            };
            bool followed = id is not (SectionId.Start or SectionId.DataCount) && module.Customs.Any(c => c.After == (byte)id);
            if (present || followed)
            {
                last = (byte)id;
            }
        }
        return last;
    }

    private static void WriteCustomSections(ByteWriter output, Module module, byte after)
    {
        foreach (var custom in module.Customs)
        {
            if (custom.After == after)
            {
                WriteCustomSection(output, custom.Name, custom.Content.AsSpan());
            }
        }
    }

    private static void WriteCustomSection(ByteWriter output, string name, ReadOnlySpan<byte> content)
    {
        var body = new ByteWriter(content.Length + name.Length + 8);
        body.WriteName(name);
        body.WriteBytes(content);
        output.WriteByte((byte)SectionId.Custom);
        output.WriteLength(body.Length);
        output.WriteBytes(body.WrittenSpan);
    }

    /// <summary>Writes a section's content; false when the section has nothing to say.</summary>
    private static bool WriteSectionContent(ByteWriter w, Module module, SectionId id)
    {
        switch (id)
        {
            case SectionId.Type:
                WriteVector(w, module.Types, static (w, t) =>
                {
                    w.WriteByte(0x60);
                    WriteValTypes(w, t.Params);
                    WriteValTypes(w, t.Results);
                });
                return module.Types.Length > 0;
            case SectionId.Import:
                WriteVector(w, module.Imports, static (w, import) =>
                {
                    w.WriteName(import.Module);
                    w.WriteName(import.Name);
                    w.WriteByte((byte)import.Kind);
                    switch (import.Kind)
                    {
                        case ExternKind.Func:
                            w.WriteU32(import.FuncTypeIndex);
                            break;
                        case ExternKind.Table:
                            WriteTableType(w, import.Table);
                            break;
                        case ExternKind.Memory:
                            WriteLimits(w, import.Memory.Limits);
                            break;
                        case ExternKind.Global:
                            WriteGlobalType(w, import.Global);
                            break;
                    }
                });
                return module.Imports.Length > 0;
            case SectionId.Function:
                WriteVector(w, module.Functions, static (w, index) => w.WriteU32(index));
                return module.Functions.Length > 0;
            case SectionId.Table:
                WriteVector(w, module.Tables, WriteTableType);
                return module.Tables.Length > 0;
            case SectionId.Memory:
                WriteVector(w, module.Memories, static (w, memory) => WriteLimits(w, memory.Limits));
                return module.Memories.Length > 0;
            case SectionId.Global:
                WriteVector(w, module.Globals, static (w, global) =>
                {
                    WriteGlobalType(w, global.Type);
                    WriteConstExpr(w, global.Init);
                });
                return module.Globals.Length > 0;
            case SectionId.Export:
                WriteVector(w, module.Exports, static (w, export) =>
                {
                    w.WriteName(export.Name);
                    w.WriteByte((byte)export.Kind);
                    w.WriteU32(export.Index);
                });
                return module.Exports.Length > 0;
            case SectionId.Start:
                if (module.Start is uint start)
                {
                    w.WriteU32(start);
                    return true;
                }
                return false;
            case SectionId.Element:
                WriteVector(w, module.Elements, WriteElementSegment);
                return module.Elements.Length > 0;
            case SectionId.DataCount:
                if (module.DataCount is uint count)
                {
                    w.WriteU32(count);
                    return true;
                }
                return false;
            case SectionId.Code:
                WriteCodeSection(w, module);
                return module.Codes.Length > 0;
            case SectionId.Data:
                WriteVector(w, module.Data, WriteDataSegment);
                return module.Data.Length > 0;
            default:
                return false;
        }
    }

    private static void WriteVector<T>(ByteWriter w, System.Collections.Immutable.ImmutableArray<T> items, Action<ByteWriter, T> write)
    {
        w.WriteLength(items.Length);
        foreach (var item in items)
        {
            write(w, item);
        }
    }

    private static void WriteValTypes(ByteWriter w, System.Collections.Immutable.ImmutableArray<ValType> types)
    {
        w.WriteLength(types.Length);
        foreach (var type in types)
        {
            w.WriteByte((byte)type);
        }
    }

    private static void WriteLimits(ByteWriter w, Limits limits)
    {
        w.WriteByte(limits.Max.HasValue ? (byte)1 : (byte)0);
        w.WriteUnsigned(limits.Min);
        if (limits.Max is ulong max)
        {
            w.WriteUnsigned(max);
        }
    }

    private static void WriteTableType(ByteWriter w, TableType table)
    {
        w.WriteByte((byte)table.ElementType);
        WriteLimits(w, table.Limits);
    }

    private static void WriteGlobalType(ByteWriter w, GlobalType global)
    {
        w.WriteByte((byte)global.ValType);
        w.WriteByte(global.Mutable ? (byte)1 : (byte)0);
    }
}
