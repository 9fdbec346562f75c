using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>The custom section that carries debug names.</summary>
    public const string NameSectionName = "name";

    private const byte ModuleNameSubsection = 0;
    private const byte FunctionNamesSubsection = 1;
    private const byte LocalNamesSubsection = 2;
    private const byte LabelNamesSubsection = 3;
    private const byte TypeNamesSubsection = 4;
    private const byte TableNamesSubsection = 5;
    private const byte MemoryNamesSubsection = 6;
    private const byte GlobalNamesSubsection = 7;
    private const byte ElemNamesSubsection = 8;
    private const byte DataNamesSubsection = 9;

    /// <summary>
    /// Parses the first "name" custom section (https://webassembly.github.io/spec/core/appendix/custom.html#name-section).
    /// Custom sections are not validated, so a malformed one leaves the names unknown (null) rather
    /// than failing the module.
    /// </summary>
    private static NameSection? ReadNames(ImmutableArray<CustomSection> customs, WasmFeatures features)
    {
        foreach (var custom in customs)
        {
            if (custom.Name == NameSectionName)
            {
                try
                {
                    return ReadNameSection(custom.Content.AsSpan(), features);
                }
                catch (WasmMalformedException)
                {
                    return null;
                }
            }
        }
        return null;
    }

    /// <summary>Parses the content of a name section (after its name); throws <see cref="WasmMalformedException"/> if malformed.</summary>
    internal static NameSection ReadNameSection(ReadOnlySpan<byte> content, WasmFeatures features = WasmFeatures.Core2)
    {
        var r = new ByteReader(content, MalformedMessages.For(features));
        var names = new NameSection();
        int last = -1;
        while (!r.AtEnd)
        {
            int idPosition = r.Position;
            byte id = r.ReadByte();
            int size = r.ReadLength();
            int start = r.Position;
            // Known subsections (the core three and the extended name section's 3-9) at most once and
            // in order; later additions (fields, tags) are skipped.
            if (id <= DataNamesSubsection && id <= last)
            {
                throw r.Error(MalformedMessages.UnexpectedContentAfterLastSection, idPosition);
            }
            switch (id)
            {
                case ModuleNameSubsection:
                    names = names with { ModuleName = r.ReadName() };
                    break;
                case FunctionNamesSubsection:
                    names = names with { FunctionNames = ReadNameMap(ref r) };
                    break;
                case LocalNamesSubsection:
                    names = names with { LocalNames = ReadIndirectNameMap(ref r, start) };
                    break;
                case LabelNamesSubsection:
                    names = names with { LabelNames = ReadIndirectNameMap(ref r, start) };
                    break;
                case TypeNamesSubsection:
                    names = names with { TypeNames = ReadNameMap(ref r) };
                    break;
                case TableNamesSubsection:
                    names = names with { TableNames = ReadNameMap(ref r) };
                    break;
                case MemoryNamesSubsection:
                    names = names with { MemoryNames = ReadNameMap(ref r) };
                    break;
                case GlobalNamesSubsection:
                    names = names with { GlobalNames = ReadNameMap(ref r) };
                    break;
                case ElemNamesSubsection:
                    names = names with { ElemNames = ReadNameMap(ref r) };
                    break;
                case DataNamesSubsection:
                    names = names with { DataNames = ReadNameMap(ref r) };
                    break;
                default:
                    r.Skip(size);
                    break;
            }
            if (r.Position != start + size)
            {
                throw r.Error(MalformedMessages.SectionSizeMismatch, start);
            }
            if (id <= DataNamesSubsection)
            {
                last = id;
            }
        }
        return names;
    }

    /// <summary>indirectnamemap: vec(idx namemap) with distinct outer indices (locals and labels per function).</summary>
    private static ImmutableDictionary<uint, ImmutableDictionary<uint, string>> ReadIndirectNameMap(ref ByteReader r, int start)
    {
        int count = r.ReadLength();
        var map = ImmutableDictionary.CreateBuilder<uint, ImmutableDictionary<uint, string>>();
        for (int i = 0; i < count; i++)
        {
            uint function = r.ReadU32();
            if (!map.TryAdd(function, ReadNameMap(ref r)))
            {
                throw r.Error("duplicate function in indirect name map", start);
            }
        }
        return map.ToImmutable();
    }

    /// <summary>namemap: vec(idx name) with distinct indices.</summary>
    private static ImmutableDictionary<uint, string> ReadNameMap(ref ByteReader r)
    {
        int position = r.Position;
        int count = r.ReadLength();
        var map = ImmutableDictionary.CreateBuilder<uint, string>();
        for (int i = 0; i < count; i++)
        {
            uint index = r.ReadU32();
            if (!map.TryAdd(index, r.ReadName()))
            {
                throw r.Error("duplicate index in name map", position);
            }
        }
        return map.ToImmutable();
    }
}
