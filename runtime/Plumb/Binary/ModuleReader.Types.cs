using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    private const byte FuncTypeForm = 0x60;

    /// <summary>The type section: vec(functype) (https://webassembly.github.io/spec/core/binary/modules.html#type-section).</summary>
    private static ImmutableArray<FuncType> ReadTypeSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var types = ImmutableArray.CreateBuilder<FuncType>(count);
        for (int i = 0; i < count; i++)
        {
            if (r.ReadTypeCode() != FuncTypeForm)
            {
                throw r.Error(MalformedMessages.MalformedFunctionType, r.Position - 1);
            }
            var parameters = ReadResultType(ref r, state);
            var results = ReadResultType(ref r, state);
            types.Add(new FuncType(parameters, results));
        }
        return types.MoveToImmutable();
    }

    private static ImmutableArray<ValType> ReadResultType(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var types = ImmutableArray.CreateBuilder<ValType>(count);
        for (int i = 0; i < count; i++)
        {
            types.Add(ReadValType(ref r, state));
        }
        return types.MoveToImmutable();
    }

    /// <summary>A value type (https://webassembly.github.io/spec/core/binary/types.html#value-types), if its feature is on.</summary>
    private static ValType ReadValType(ref ByteReader r, DecodeState state)
    {
        int position = r.Position;
        var type = (ValType)r.ReadTypeCode();
        bool known = type switch
        {
            ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64 => true,
            ValType.V128 => state.Has(WasmFeatures.Simd),
            ValType.FuncRef or ValType.ExternRef => state.Has(WasmFeatures.ReferenceTypes),
            _ => false,
        };
        return known ? type : throw r.Error(r.Messages.MalformedValueType, position);
    }

    /// <summary>A reference type; without reference types only funcref (1.0's elemtype).</summary>
    private static ValType ReadRefType(ref ByteReader r, DecodeState state)
    {
        int position = r.Position;
        var type = (ValType)r.ReadTypeCode();
        bool known = type == ValType.FuncRef || (type == ValType.ExternRef && state.Has(WasmFeatures.ReferenceTypes));
        return known ? type : throw r.Error(MalformedMessages.MalformedReferenceType, position);
    }

    /// <summary>Limits: a flag (read as the reference interpreter does, a u1), min and optional max.</summary>
    private static Limits ReadLimits(ref ByteReader r)
    {
        bool hasMax = r.ReadUnsigned(1) == 1;
        uint min = r.ReadU32();
        uint? max = hasMax ? r.ReadU32() : null;
        return new Limits(min, max);
    }

    private static TableType ReadTableType(ref ByteReader r, DecodeState state)
    {
        var element = ReadRefType(ref r, state);
        return new TableType(element, ReadLimits(ref r));
    }

    private static MemoryType ReadMemoryType(ref ByteReader r) => new(ReadLimits(ref r));

    private static GlobalType ReadGlobalType(ref ByteReader r, DecodeState state)
    {
        var type = ReadValType(ref r, state);
        int position = r.Position;
        return r.ReadByte() switch
        {
            0 => new GlobalType(type, false),
            1 => new GlobalType(type, true),
            _ => throw r.Error(r.Messages.MalformedMutability, position),
        };
    }
}
