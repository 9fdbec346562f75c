using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

/// <summary>
/// Decodes the binary format (https://webassembly.github.io/spec/core/binary/modules.html) into the
/// immutable <see cref="Module"/>. Decoding checks only what the binary grammar requires; everything
/// else is left to the validator. The only exception it throws is <see cref="WasmMalformedException"/>.
/// </summary>
/// <remarks>One partial file per section; instructions and their immediates in ModuleReader.Instructions.cs.</remarks>
internal static partial class ModuleReader
{
    private const uint Magic = 0x6D736100; // "\0asm"
    private const uint Version = 1;

    /// <summary>Decodes a module.</summary>
    /// <param name="bytes">The whole binary module.</param>
    /// <param name="features">The features the module may use; with none of the 2.0 features, 1.0's grammar applies.</param>
    /// <param name="budget">The memory the decoded module may take (unlimited when null).</param>
    /// <exception cref="WasmMalformedException">The bytes are not a well-formed module.</exception>
    /// <exception cref="WasmResourceLimitException">The decoded module would take more than <paramref name="budget"/>.</exception>
    public static Module Read(ReadOnlySpan<byte> bytes, WasmFeatures features = WasmFeatures.Core2, CompileBudget? budget = null)
    {
        var r = new ByteReader(bytes, MalformedMessages.For(features));
        ReadHeader(ref r);

        var module = new Module();
        var customs = ImmutableArray.CreateBuilder<CustomSection>();
        var state = new DecodeState(features, budget ?? CompileBudget.Unlimited);
        byte lastId = 0;
        int lastRank = 0;
        while (!r.AtEnd)
        {
            int idPosition = r.Position;
            byte id = (byte)r.Peek();
            int rank = Rank(id, features);
            if (rank < 0)
            {
                throw r.Error(r.Messages.MalformedSectionId, idPosition);
            }
            // Non-custom sections appear at most once, in a fixed order
            // (https://webassembly.github.io/spec/core/binary/modules.html#binary-module). The reference
            // interpreter stops at the first section out of place and reports the rest as trailing content.
            if (id != 0 && rank <= lastRank)
            {
                throw r.Error(MalformedMessages.UnexpectedContentAfterLastSection, idPosition);
            }
            r.ReadByte();
            int size = r.ReadLength();
            int start = r.Position;
            switch ((SectionId)id)
            {
                case SectionId.Custom:
                    customs.Add(ReadCustomSection(ref r, size, lastId));
                    break;
                case SectionId.Type:
                    module = module with { Types = ReadTypeSection(ref r, state) };
                    break;
                case SectionId.Import:
                    module = module with { Imports = ReadImportSection(ref r, state) };
                    break;
                case SectionId.Function:
                    module = module with { Functions = ReadFunctionSection(ref r) };
                    break;
                case SectionId.Table:
                    module = module with { Tables = ReadTableSection(ref r, state) };
                    break;
                case SectionId.Memory:
                    module = module with { Memories = ReadMemorySection(ref r) };
                    break;
                case SectionId.Global:
                    module = module with { Globals = ReadGlobalSection(ref r, state) };
                    break;
                case SectionId.Export:
                    module = module with { Exports = ReadExportSection(ref r) };
                    break;
                case SectionId.Start:
                    module = module with { Start = ReadStartSection(ref r) };
                    break;
                case SectionId.Element:
                    module = module with { Elements = ReadElementSection(ref r, state) };
                    break;
                case SectionId.Code:
                    state.Budget.CheckCodeSize(size);
                    module = module with { Codes = ReadCodeSection(ref r, state) };
                    break;
                case SectionId.Data:
                    module = module with { Data = ReadDataSection(ref r, state) };
                    break;
                case SectionId.DataCount:
                    module = module with { DataCount = ReadDataCountSection(ref r) };
                    break;
            }
            if (r.Position != start + size)
            {
                throw r.Error(MalformedMessages.SectionSizeMismatch, start);
            }
            if (id != 0)
            {
                lastId = id;
                lastRank = rank;
            }
        }

        // The checks the reference interpreter makes once all sections are read, in its order.
        if (module.Functions.Length != module.Codes.Length)
        {
            throw r.Error(MalformedMessages.FunctionAndCodeInconsistent, r.Length);
        }
        if (module.DataCount is uint count && count != module.Data.Length)
        {
            throw r.Error(MalformedMessages.DataCountAndDataInconsistent, r.Length);
        }
        // memory.init and data.drop name data segments before the data section is read, so a
        // single-pass validator needs the count up front
        // (https://webassembly.github.io/spec/core/binary/modules.html#data-count-section).
        if (module.DataCount is null && state.UsesDataIndex)
        {
            throw r.Error(MalformedMessages.DataCountSectionRequired, r.Length);
        }

        var customSections = customs.ToImmutable();
        return module with { Customs = customSections, Names = ReadNames(customSections, features) };
    }

    private static void ReadHeader(ref ByteReader r)
    {
        if (r.Remaining < 4)
        {
            throw r.Error(MalformedMessages.UnexpectedEnd, r.Length);
        }
        if (r.ReadFixed32() != Magic)
        {
            throw r.Error(MalformedMessages.MagicHeaderNotDetected, 0);
        }
        if (r.Remaining < 4)
        {
            throw r.Error(MalformedMessages.UnexpectedEnd, r.Length);
        }
        if (r.ReadFixed32() != Version)
        {
            throw r.Error(MalformedMessages.UnknownBinaryVersion, 4);
        }
    }

    /// <summary>
    /// The position of a section id in the required order (data count sits between element and
    /// code), 0 for custom sections, -1 for an id that names no section under these features.
    /// </summary>
    internal static int Rank(byte id, WasmFeatures features) => (SectionId)id switch
    {
        SectionId.Custom => 0,
        >= SectionId.Type and <= SectionId.Element => id,
        SectionId.DataCount when (features & WasmFeatures.BulkMemory) != 0 => 10,
        SectionId.Code => 11,
        SectionId.Data => 12,
        _ => -1,
    };

    /// <summary>What the sections read so far imply for later ones.</summary>
    private sealed class DecodeState(WasmFeatures features, CompileBudget budget)
    {
        public WasmFeatures Features { get; } = features;

        /// <summary>Charged for every decoded instruction, as it is decoded.</summary>
        public CompileBudget Budget { get; } = budget;

        /// <summary>True once a function body uses memory.init or data.drop.</summary>
        public bool UsesDataIndex { get; set; }

        /// <summary>Frames of the expression being decoded, reused across expressions.</summary>
        public List<byte> Frames { get; } = [];

        public bool Has(WasmFeatures feature) => (Features & feature) == feature;
    }
}
