using System.Collections.Immutable;
using CsCheck;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Binary;

/// <summary>
/// Generates structurally plausible modules: every field within what the binary format can
/// express, instructions from any row of the table with immediates of their shape, but no attempt
/// at validity (types need not match, indices need not exist).
/// </summary>
/// <remarks>
/// The generator draws from a seeded <see cref="Random"/>; CsCheck shrinks the size parameter, so a
/// failure is reported on a small module.
/// </remarks>
internal static class ModuleGenerator
{
    /// <summary>Modules of up to a few items per section.</summary>
    public static readonly Gen<Module> Module = Gen.Select(Gen.Int, Gen.Int[0, 6], (seed, size) => Build(new Random(seed), size));

    private static readonly ValType[] ValTypes =
        [ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef, ValType.ExternRef];

    private static readonly string[] Names = ["", "a", "env", "memory", "f\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "with space", "\0"];

    private static readonly SectionId[] Order =
    [
        SectionId.Type, SectionId.Import, SectionId.Function, SectionId.Table, SectionId.Memory, SectionId.Global,
        SectionId.Export, SectionId.Start, SectionId.Element, SectionId.DataCount, SectionId.Code, SectionId.Data,
    ];

    public static Module Build(Random rng, int size)
    {
        int Count() => rng.Next(size + 1);
        ImmutableArray<T> Many<T>(Func<T> item) => [.. Enumerable.Range(0, Count()).Select(_ => item())];

        int functions = Count();
        var codes = Enumerable.Range(0, functions).Select(_ => Body(rng, size)).ToImmutableArray();
        var data = Many(() => Data(rng, size));
        bool usesData = codes.Any(c => c.Code.Any(i => i.Opcode is Opcode.MemoryInit or Opcode.DataDrop));
        var module = new Module
        {
            Types = Many(() => new FuncType(Many(() => Pick(rng, ValTypes)), Many(() => Pick(rng, ValTypes)))),
            Imports = Many(() => Import(rng)),
            Functions = [.. Enumerable.Range(0, functions).Select(_ => U32(rng))],
            Tables = Many(() => TableType(rng)),
            Memories = Many(() => new MemoryType(Limits(rng))),
            Globals = Many(() => new Global(new GlobalType(Pick(rng, ValTypes), rng.Next(2) == 1), ConstExpr(rng))),
            Exports = Many(() => new Export(Pick(rng, Names), (ExternKind)rng.Next(4), U32(rng))),
            Start = rng.Next(3) == 0 ? U32(rng) : null,
            Elements = Many(() => Element(rng, size)),
            DataCount = usesData || rng.Next(2) == 0 ? (uint)data.Length : null,
            Codes = codes,
            Data = data,
        };
        // Custom sections go after a section the encoder writes (any non-empty one, or one it can
        // write empty), in file order, since that is where decoding finds them again.
        var places = new List<byte> { 0 };
        foreach (var id in Order)
        {
            if ((id != SectionId.Start || module.Start is not null) && (id != SectionId.DataCount || module.DataCount is not null))
            {
                places.Add((byte)id);
            }
        }
        var customs = Many(() => new CustomSection(Pick(rng, Names), Bytes(rng, size * 3), places[rng.Next(places.Count)]))
            .OrderBy(c => ModuleReader.Rank(c.After, WasmFeatures.Core2))
            .ToImmutableArray();
        return module with { Customs = customs };
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static uint U32(Random rng) => rng.Next(4) switch
    {
        0 => 0,
        1 => (uint)rng.Next(128),
        2 => uint.MaxValue - (uint)rng.Next(2),
        _ => (uint)rng.NextInt64(0, 1L << 32),
    };

    private static ulong U64(Random rng) => rng.Next(3) switch
    {
        0 => (ulong)rng.Next(-2, 2),
        1 => (ulong)rng.NextInt64(),
        _ => ((ulong)rng.NextInt64() << 1) ^ (ulong)rng.Next(),
    };

    private static ImmutableArray<byte> Bytes(Random rng, int max)
    {
        var bytes = new byte[rng.Next(max + 1)];
        rng.NextBytes(bytes);
        return [.. bytes];
    }

    private static Limits Limits(Random rng) => new(U32(rng), rng.Next(2) == 0 ? null : U32(rng));

    private static TableType TableType(Random rng) =>
        new(rng.Next(2) == 0 ? ValType.FuncRef : ValType.ExternRef, Limits(rng));

    private static Import Import(Random rng)
    {
        var import = new Import(Pick(rng, Names), Pick(rng, Names), (ExternKind)rng.Next(4));
        return import.Kind switch
        {
            ExternKind.Func => import with { FuncTypeIndex = U32(rng) },
            ExternKind.Table => import with { Table = TableType(rng) },
            ExternKind.Memory => import with { Memory = new MemoryType(Limits(rng)) },
            _ => import with { Global = new GlobalType(Pick(rng, ValTypes), rng.Next(2) == 1) },
        };
    }

    private static ElementSegment Element(Random rng, int size)
    {
        var mode = (SegmentMode)rng.Next(3);
        bool expressions = rng.Next(2) == 0;
        var type = expressions && rng.Next(2) == 0 ? ValType.ExternRef : ValType.FuncRef;
        var init = Enumerable.Range(0, rng.Next(size + 1))
            .Select(_ => expressions ? ConstExpr(rng) : new ConstExpr([new Instruction(Opcode.RefFunc, U32(rng))]))
            .ToImmutableArray();
        return new ElementSegment(mode, type, init)
        {
            UsesExpressions = expressions,
            TableIndex = mode == SegmentMode.Active ? U32(rng) : 0,
            Offset = mode == SegmentMode.Active ? ConstExpr(rng) : null,
        };
    }

    private static DataSegment Data(Random rng, int size)
    {
        bool active = rng.Next(2) == 0;
        return new DataSegment(active ? SegmentMode.Active : SegmentMode.Passive, Bytes(rng, size * 4))
        {
            MemoryIndex = active ? U32(rng) : 0,
            Offset = active ? ConstExpr(rng) : null,
        };
    }

    private static ConstExpr ConstExpr(Random rng)
    {
        var vectors = new List<uint>();
        var code = Instructions(rng, rng.Next(4), vectors, allowDataIndex: true);
        code.RemoveAt(code.Count - 1);
        return new ConstExpr([.. code]) { Vectors = [.. vectors] };
    }

    private static FunctionBody Body(Random rng, int size)
    {
        var locals = Enumerable.Range(0, rng.Next(3)).Select(_ => new LocalRun((uint)rng.Next(1000), Pick(rng, ValTypes))).ToImmutableArray();
        var vectors = new List<uint>();
        var code = Instructions(rng, rng.Next(size * 8 + 1), vectors, allowDataIndex: true);
        return new FunctionBody(locals, [.. code], [.. vectors]);
    }

    /// <summary>A random instruction sequence with balanced blocks, ending with the closing <c>end</c>.</summary>
    private static List<Instruction> Instructions(Random rng, int count, List<uint> vectors, bool allowDataIndex)
    {
        var code = new List<Instruction>();
        var frames = new Stack<bool>(); // true for an if without else yet
        for (int i = 0; i < count; i++)
        {
            var row = InstructionTable.All[rng.Next(InstructionTable.All.Length)];
            switch (row.Opcode)
            {
                case Opcode.End:
                    if (frames.Count > 0)
                    {
                        frames.Pop();
                        code.Add(new Instruction(Opcode.End));
                    }
                    continue;
                case Opcode.Else:
                    if (frames.Count > 0 && frames.Peek())
                    {
                        frames.Pop();
                        frames.Push(false);
                        code.Add(new Instruction(Opcode.Else));
                    }
                    continue;
                case Opcode.MemoryInit or Opcode.DataDrop when !allowDataIndex:
                    continue;
            }
            code.Add(Instruction(rng, row, vectors));
            if (row.Opcode is Opcode.Block or Opcode.Loop or Opcode.If)
            {
                frames.Push(row.Opcode == Opcode.If);
            }
        }
        while (frames.Count > 0)
        {
            frames.Pop();
            code.Add(new Instruction(Opcode.End));
        }
        code.Add(new Instruction(Opcode.End));
        return code;
    }

    private static Instruction Instruction(Random rng, InstructionInfo row, List<uint> vectors)
    {
        uint a = 0, b = 0;
        ulong c = 0, d = 0;
        switch (row.Immediate)
        {
            case Immediate.None or Immediate.Memory or Immediate.MemoryCopy:
                break;
            case Immediate.BlockType:
                c = (ulong)(rng.Next(3) switch
                {
                    0 => BlockType.Empty.Raw,
                    1 => BlockType.Of(Pick(rng, ValTypes)).Raw,
                    _ => (long)U32(rng),
                });
                break;
            case Immediate.Label or Immediate.Func or Immediate.Local or Immediate.Global or Immediate.Table
                or Immediate.Elem or Immediate.Data or Immediate.MemoryInit:
                a = U32(rng);
                break;
            case Immediate.BrTable:
                a = (uint)vectors.Count;
                b = (uint)rng.Next(1, 5);
                for (int i = 0; i < b; i++)
                {
                    vectors.Add(U32(rng));
                }
                break;
            case Immediate.SelectTypes:
                a = (uint)vectors.Count;
                b = (uint)rng.Next(3);
                for (int i = 0; i < b; i++)
                {
                    vectors.Add((uint)Pick(rng, ValTypes));
                }
                break;
            case Immediate.CallIndirect or Immediate.TableInit or Immediate.TableCopy:
                a = U32(rng);
                b = U32(rng);
                break;
            case Immediate.MemArg:
                a = (uint)rng.Next(32);
                c = U32(rng);
                break;
            case Immediate.MemArgLane:
                a = (uint)rng.Next(32);
                c = U32(rng);
                d = (ulong)rng.Next(256);
                break;
            case Immediate.I32 or Immediate.F32:
                c = U32(rng);
                break;
            case Immediate.I64 or Immediate.F64 or Immediate.V128 or Immediate.Shuffle:
                c = U64(rng);
                d = row.Immediate is Immediate.V128 or Immediate.Shuffle ? U64(rng) : 0;
                break;
            case Immediate.HeapType:
                a = rng.Next(2) == 0 ? (uint)ValType.FuncRef : (uint)ValType.ExternRef;
                break;
            case Immediate.Lane:
                a = (uint)rng.Next(256);
                break;
            default:
                throw new InvalidOperationException($"generator lacks immediate shape {row.Immediate}");
        }
        return new Instruction(row.Opcode, a, b, c, d);
    }
}
