using System.Collections.Immutable;
using CsCheck;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Binary;

public class ModuleWriterTests
{
    [Fact]
    public void DecodingAnEncodedModuleGivesItBack()
    {
        ModuleGenerator.Module.Sample(module =>
        {
            var bytes = ModuleWriter.Write(module);
            var decoded = ModuleReader.Read(bytes);
            Assert.Null(ModuleComparer.Difference(module, decoded));
        }, iter: 500);
    }

    [Fact]
    public void EncodingIsCanonical()
    {
        // Encoding what was decoded from canonical bytes reproduces the bytes.
        ModuleGenerator.Module.Sample(module =>
        {
            var bytes = ModuleWriter.Write(module);
            Assert.Equal(bytes, ModuleWriter.Write(ModuleReader.Read(bytes)));
        }, iter: 200);
    }

    [Fact]
    public void EveryInstructionRowRoundTrips()
    {
        // One body per row, with non-trivial immediates where the shape has them.
        var codes = ImmutableArray.CreateBuilder<FunctionBody>();
        foreach (var row in InstructionTable.All)
        {
            if (row.Opcode is Opcode.End or Opcode.Else)
            {
                continue;
            }
            var (instruction, vectors) = row.Immediate switch
            {
                Immediate.None => (new Instruction(row.Opcode), ImmutableArray<uint>.Empty),
                Immediate.BrTable => (new Instruction(row.Opcode, 0, 3), ImmutableArray.Create<uint>(1, 2, 300)),
                Immediate.SelectTypes => (new Instruction(row.Opcode, 0, 1), ImmutableArray.Create((uint)ValType.F64)),
                Immediate.BlockType => (new Instruction(row.Opcode, C: (ulong)BlockType.Of(ValType.I64).Raw), []),
                Immediate.HeapType => (new Instruction(row.Opcode, A: (uint)ValType.ExternRef), []),
                Immediate.Memory or Immediate.MemoryCopy => (new Instruction(row.Opcode), []),
                Immediate.MemoryInit => (new Instruction(row.Opcode, A: 7), []),
                Immediate.MemArg => (new Instruction(row.Opcode, A: 3, C: 0x12345), []),
                Immediate.MemArgLane => (new Instruction(row.Opcode, A: 1, C: 99, D: 1), []),
                Immediate.Lane => (new Instruction(row.Opcode, A: 15), []),
                Immediate.I32 or Immediate.F32 => (new Instruction(row.Opcode, C: 0x8000_0001), []),
                _ => (new Instruction(row.Opcode, 5, 6, 0xfedc_ba98_7654_3210, 0x0123_4567_89ab_cdef), []),
            };
            var code = row.Opcode is Opcode.Block or Opcode.Loop or Opcode.If
                ? ImmutableArray.Create(instruction, new Instruction(Opcode.End), new Instruction(Opcode.End))
                : ImmutableArray.Create(instruction, new Instruction(Opcode.End));
            if (row.Immediate is Immediate.None or Immediate.BlockType or Immediate.Memory or Immediate.MemoryCopy
                or Immediate.HeapType or Immediate.BrTable or Immediate.SelectTypes or Immediate.Lane or Immediate.MemArg
                or Immediate.MemArgLane or Immediate.MemoryInit or Immediate.I32 or Immediate.F32)
            {
                codes.Add(new FunctionBody([], code, vectors));
            }
            else
            {
                // Shapes whose slots take any value: keep only the slots the shape uses.
                var used = row.Immediate switch
                {
                    Immediate.I64 or Immediate.F64 => new Instruction(row.Opcode, C: instruction.C),
                    Immediate.V128 or Immediate.Shuffle => new Instruction(row.Opcode, C: instruction.C, D: instruction.D),
                    Immediate.CallIndirect or Immediate.TableInit or Immediate.TableCopy => new Instruction(row.Opcode, 5, 6),
                    _ => new Instruction(row.Opcode, 5),
                };
                codes.Add(new FunctionBody([], code.SetItem(0, used), vectors));
            }
        }
        var module = new Module
        {
            Functions = [.. Enumerable.Repeat(0u, codes.Count)],
            Codes = codes.ToImmutable(),
            DataCount = 0,
        };
        var decoded = ModuleReader.Read(ModuleWriter.Write(module));
        Assert.Null(ModuleComparer.Difference(module, decoded));
    }

    [Fact]
    public void WritesTheShortestElementSegmentEncoding()
    {
        var segment = new ElementSegment(SegmentMode.Active, ValType.FuncRef, [new ConstExpr([new Instruction(Opcode.RefFunc, 3)])])
        {
            Offset = new ConstExpr([new Instruction(Opcode.I32Const)]),
        };
        var bytes = ModuleWriter.Write(new Module { Elements = [segment] });
        Assert.Equal(Convert.FromHexString("0061736d01000000" + "090701" + "0041000b0103"), bytes);
    }

    [Fact]
    public void NamesWithoutANameSectionAreWrittenAsOne()
    {
        var names = new NameSection
        {
            ModuleName = "m",
            FunctionNames = ImmutableDictionary<uint, string>.Empty.Add(2, "two").Add(0, "zero"),
            LocalNames = ImmutableDictionary<uint, ImmutableDictionary<uint, string>>.Empty
                .Add(0, ImmutableDictionary<uint, string>.Empty.Add(1, "x")),
        };
        var decoded = ModuleReader.Read(ModuleWriter.Write(new Module { Names = names }));
        Assert.Equal("name", Assert.Single(decoded.Customs).Name);
        Assert.Null(ModuleComparer.Difference(new Module { Names = names, Customs = decoded.Customs }, decoded));
    }
}
