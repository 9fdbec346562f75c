using System.Reflection;
using Plumb.Instructions;
using Plumb.Interpreter;

namespace Plumb.Tests.Interpreter;

public class FusedOpTests
{
    private static IEnumerable<Opcode> Codes() =>
        typeof(FusedOp).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(Opcode))
            .Select(f => (Opcode)f.GetRawConstantValue()!);

    [Fact]
    public void FusedCodesSitAboveEveryTableRowAndAreDistinct()
    {
        var codes = Codes().Where(c => c != FusedOp.First).ToList();
        Assert.True((int)FusedOp.First >= InstructionTable.All.Length);
        Assert.All(codes, c => Assert.True(c >= FusedOp.First, $"{c} is below FusedOp.First"));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
