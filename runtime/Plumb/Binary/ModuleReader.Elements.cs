using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>
    /// The element section (https://webassembly.github.io/spec/core/binary/modules.html#element-section).
    /// A u32 flag selects one of eight encodings: bit 0 passive or declarative, bit 1 explicit table index
    /// (active) or declarative (otherwise), bit 2 expressions instead of function indices.
    /// </summary>
    private static ImmutableArray<ElementSegment> ReadElementSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var segments = ImmutableArray.CreateBuilder<ElementSegment>(count);
        bool flags = state.Has(WasmFeatures.BulkMemory) || state.Has(WasmFeatures.ReferenceTypes);
        for (int i = 0; i < count; i++)
        {
            segments.Add(flags ? ReadElementSegment(ref r, state) : ReadElementSegmentV1(ref r, state));
        }
        return segments.MoveToImmutable();
    }

    /// <summary>1.0's only form: tableidx, offset expression, vec(funcidx).</summary>
    private static ElementSegment ReadElementSegmentV1(ref ByteReader r, DecodeState state)
    {
        uint table = r.ReadU32();
        var offset = ReadConstExpr(ref r, state);
        return new ElementSegment(SegmentMode.Active, ValType.FuncRef, ReadFunctionIndices(ref r))
        {
            TableIndex = table,
            Offset = offset,
        };
    }

    private static ElementSegment ReadElementSegment(ref ByteReader r, DecodeState state)
    {
        int position = r.Position;
        uint flags = r.ReadU32();
        if (flags > 7)
        {
            throw r.Error(MalformedMessages.MalformedElementsSegmentKind, position);
        }
        bool passiveOrDeclarative = (flags & 1) != 0;
        bool explicitTable = (flags & 2) != 0;
        bool usesExpressions = (flags & 4) != 0;

        var mode = !passiveOrDeclarative ? SegmentMode.Active : explicitTable ? SegmentMode.Declarative : SegmentMode.Passive;
        uint table = 0;
        ConstExpr? offset = null;
        if (mode == SegmentMode.Active)
        {
            if (explicitTable)
            {
                table = r.ReadU32();
            }
            offset = ReadConstExpr(ref r, state);
        }

        // Flags 0 and 4 have no type field: funcref is implied.
        var type = ValType.FuncRef;
        if (passiveOrDeclarative || explicitTable)
        {
            if (usesExpressions)
            {
                type = ReadRefType(ref r, state);
            }
            else
            {
                int kindPosition = r.Position;
                if (r.ReadByte() != 0x00)
                {
                    throw r.Error(MalformedMessages.MalformedElementKind, kindPosition);
                }
            }
        }

        ImmutableArray<ConstExpr> init;
        if (usesExpressions)
        {
            int n = r.ReadLength();
            var exprs = ImmutableArray.CreateBuilder<ConstExpr>(n);
            for (int k = 0; k < n; k++)
            {
                exprs.Add(ReadConstExpr(ref r, state));
            }
            init = exprs.MoveToImmutable();
        }
        else
        {
            init = ReadFunctionIndices(ref r);
        }
        return new ElementSegment(mode, type, init) { TableIndex = table, Offset = offset, UsesExpressions = usesExpressions };
    }

    /// <summary>vec(funcidx), each kept as the expression <c>ref.func x</c> it stands for.</summary>
    private static ImmutableArray<ConstExpr> ReadFunctionIndices(ref ByteReader r)
    {
        int n = r.ReadLength();
        var exprs = ImmutableArray.CreateBuilder<ConstExpr>(n);
        for (int k = 0; k < n; k++)
        {
            int position = r.OffsetOf(r.Position);
            var refFunc = new Instruction(Opcode.RefFunc, A: r.ReadU32(), Offset: position);
            exprs.Add(new ConstExpr([refFunc]));
        }
        return exprs.MoveToImmutable();
    }
}
