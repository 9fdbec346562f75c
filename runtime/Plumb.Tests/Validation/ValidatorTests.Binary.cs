using Plumb.Binary;
using Plumb.Validation;

namespace Plumb.Tests.Validation;

/// <summary>Cases decoded from bytes, as the spec suite's <c>(module binary ...)</c> commands reach the validator.</summary>
public partial class ValidatorTests
{
    private const string BinaryHeader = "0061736d01000000";

    private static byte[] Bytes(string sections) => Convert.FromHexString(BinaryHeader + sections.Replace(" ", ""));

    // name, hex after the header, 1.0 rules?, expected message (null: valid)
    public static TheoryData<string, string, bool, string?> BinaryCases => new()
    {
        { "function returning i32", "010501 6000017f 03020100 0a0601 04 00 4100 0b", false, null },
        { "i32.add on an empty stack", "010401600000 03020100 0a0501 03 00 6a 0b", false, "type mismatch" },
        { "load alignment 8 bytes for i32", "010401600000 03020100 05030100 00 0a0a01 08 00 4100 280300 1a 0b", false, "alignment must not be larger than natural" },
        { "active data segment for memory 1", "05030100 00 0b0701 02 01 41000b 00", false, "unknown memory 1" },
        { "active data segment without memory", "0b0701 02 01 41000b 00", false, "unknown memory 1" },
        { "global initialised by i32.add", "060901 7f00 4100 4100 6a 0b", false, "constant expression required" },
        { "two memories", "05050200 0000 00", false, "multiple memories" },
        { "two tables in 1.0", "0407 02 700000 700000", true, "multiple tables" },
        { "two tables in 2.0", "0407 02 700000 700000", false, null },
        { "start function with a result", "010501 6000017f 03020100 0801 00 0a0601 04 00 4100 0b", false, "start function" },
        { "ref.func undeclared", "010401600000 03020100 0a0701 05 00 d200 1a 0b", false, "undeclared function reference" },
        { "ref.func declared by a declarative segment",
            "010401600000 03020100 090501 03 00 01 00 0a0701 05 00 d200 1a 0b", false, null },
        { "memory.init of data segment 1 with one segment",
            "010401600000 03020100 05030100 00 0c0101 0a0e01 0c 00 4100 4100 4100 fc080100 0b 0b0401 01 01 00", false, "unknown data segment 1" },
    };

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void ValidatesDecodedModules(string name, string hex, bool core1, string? error)
    {
        var features = core1 ? WasmFeatures.Core1 : WasmFeatures.Core2;
        var module = ModuleReader.Read(Bytes(hex), features);
        if (error is null)
        {
            Validator.Validate(module, features);
        }
        else
        {
            var exception = Assert.Throws<WasmInvalidException>(() => Validator.Validate(module, features));
            Assert.True(exception.Message.StartsWith(error, StringComparison.Ordinal), $"{name}: {exception.Message}");
        }
    }

    [Fact]
    public void ErrorOffsetIsTheInstructionsByteOffsetInTheBinary()
    {
        // header (8) + type section (6) + function section (4) + code section id, size, count, body size, locals (5)
        var module = ModuleReader.Read(Bytes("010401600000 03020100 0a0501 03 00 6a 0b"));
        var exception = Assert.Throws<WasmInvalidException>(() => Validator.Validate(module));
        Assert.Equal(23, exception.Offset);
        Assert.Equal(0, exception.FunctionIndex);
    }
}
