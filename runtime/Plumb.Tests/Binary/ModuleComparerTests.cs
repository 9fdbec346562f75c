using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Binary;

public class ModuleComparerTests
{
    [Fact]
    public void ComparerNoticesADifferenceInEachPart()
    {
        var body = new FunctionBody([new LocalRun(1, ValType.I32)], [new Instruction(Opcode.I32Const, C: 1), new Instruction(Opcode.End)], []);
        var module = new Module { Functions = [0], Codes = [body], Customs = [new CustomSection("c", [1, 2], 0)] };
        var different = new Module[]
        {
            module with { Types = [FuncType.Empty] },
            module with { Start = 1 },
            module with { Customs = [new CustomSection("c", [1, 3], 0)] },
            module with { Customs = [new CustomSection("c", [1, 2], 10)] },
            module with { Codes = [body with { Code = [new Instruction(Opcode.I32Const, C: 2), new Instruction(Opcode.End)] }] },
            module with { Codes = [body with { Locals = [new LocalRun(2, ValType.I32)] }] },
            module with { Names = new NameSection() },
        };
        foreach (var other in different)
        {
            Assert.NotNull(ModuleComparer.Difference(module, other));
        }
        // Offsets are not contents.
        var moved = body with { Code = [new Instruction(Opcode.I32Const, C: 1, Offset: 40), new Instruction(Opcode.End, Offset: 42)] };
        Assert.Null(ModuleComparer.Difference(module, module with { Codes = [moved] }));
    }
}
