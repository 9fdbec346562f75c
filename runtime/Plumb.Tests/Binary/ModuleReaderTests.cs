using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Tests.Binary;

public class ModuleReaderTests
{
    private const string Header = "0061736d01000000";

    /// <summary>Bytes of a module: the header followed by the given hex (spaces ignored).</summary>
    internal static byte[] Module(string sections) => Convert.FromHexString(Header + sections.Replace(" ", ""));

    // name, hex after the header (or "!" + whole file), 1.0 rules?, expected message (prefix, as the spec harness compares)
    public static TheoryData<string, string, bool, string> MalformedCases => new()
    {
        { "empty file", "!", false, "unexpected end" },
        { "truncated magic", "!0061", false, "unexpected end" },
        { "wrong magic", "!6d736100 01000000", false, "magic header not detected" },
        { "truncated version", "!0061736d 0100", false, "unexpected end" },
        { "wrong version", "!0061736d 02000000", false, "unknown binary version" },
        { "section id 13", "0d0100", false, "malformed section id" },
        { "section id 12 in 1.0", "0c0100", true, "invalid section id" },
        { "section size beyond input", "010702600000", false, "length out of bounds" },
        { "section size beyond input, 1.0", "010702600000", true, "unexpected end of section or function" },
        { "section shorter than content", "01070160000060 0000", false, "section size mismatch" },
        { "duplicate section", "010100 010100", false, "unexpected content after last section" },
        { "sections out of order", "030100 010100", false, "unexpected content after last section" },
        { "data count after code", "0a0100 0c0100", false, "unexpected content after last section" },
        { "function without code", "010401600000 03020100", false, "function and code section have inconsistent lengths" },
        { "code without function", "0a0401 02000b", false, "function and code section have inconsistent lengths" },
        { "data count mismatch", "0c0101 0b0100", false, "data count and data section have inconsistent lengths" },
        { "data count required", "010401600000 03020100 05030100 00 0a07 0105 00 fc0900 0b", false, "data count section required" },
        { "malformed function type", "010401 610000", false, "malformed function type" },
        { "function type form as signed LEB", "010501 e07f0000", false, "integer representation too long" },
        { "unknown value type", "010501 6001 7a00", false, "malformed value type" },
        { "v128 without SIMD in 1.0", "010501 6001 7b00", true, "invalid value type" },
        { "import kind 4", "020401 0000 04", false, "malformed import kind" },
        { "import name not UTF-8", "020501 01ff 00 00", false, "malformed UTF-8 encoding" },
        { "import name not UTF-8, 1.0", "020501 01ff 00 00", true, "invalid UTF-8 encoding" },
        { "export kind 4", "070401 00 04 00", false, "malformed export kind" },
        { "mutability 2", "060601 7f02 41000b", false, "malformed mutability" },
        { "mutability 2, 1.0", "060601 7f02 41000b", true, "invalid mutability" },
        { "table element type i32", "040401 7f0000", false, "malformed reference type" },
        { "limits flag 2", "050301 0200", false, "integer too large" },
        { "elements segment kind 8", "090201 08", false, "malformed elements segment kind" },
        { "element kind 1", "090501 01 01 00 00", false, "malformed element kind" },
        { "data segment kind 3", "0b0301 03 00", false, "malformed data segment kind" },
        { "illegal opcode", "010401600000 03020100 0a05 0103 00 06 0b", false, "illegal opcode" },
        { "illegal FC sub-opcode", "010401600000 03020100 0a06 0104 00 fc12 0b", false, "illegal opcode" },
        { "sign extension in 1.0", "010401600000 03020100 0a05 0103 00 c0 0b", true, "illegal opcode" },
        { "memory.size reserved byte", "010401600000 03020100 05030100 00 0a07 0105 00 3f01 1a 0b", false, "zero byte expected" },
        { "memory.size reserved byte, 1.0", "010401600000 03020100 05030100 00 0a07 0105 00 3f01 1a 0b", true, "zero flag expected" },
        { "call_indirect reserved byte, 1.0", "010401600000 03020100 04040170 0000 0a09 0107 00 4100 110001 0b", true, "zero flag expected" },
        { "alignment 2^32", "010401600000 03020100 05030100 00 0a0a 0108 00 4100 282000 1a 0b", false, "malformed memop flags" },
        { "else outside if", "010401600000 03020100 0a05 0103 00 05 0b", false, "END opcode expected" },
        { "second else", "010401600000 03020100 0a0b 0109 00 4100 0440 05 05 0b 0b", false, "END opcode expected" },
        { "body without end", "010401600000 03020100 0a06 0104 00 4101 1a", false, "unexpected end of section or function" },
        { "body overruns its size", "010401600000 03020100 0a06 0104 00 4101 1a 0b 030101 00", false, "section size mismatch" },
        { "too many locals", "010401600000 03020100 0a0c 010a 02 ffffffff0f 7f 02 7e 0b", false, "too many locals" },
        { "global initializer with illegal opcode", "060501 7f00 4100 0a", false, "illegal opcode" },
        { "custom section name overruns", "000000", false, "unexpected end of section or function" },
        { "custom section name not UTF-8", "000302 c0af", false, "malformed UTF-8 encoding" },
        { "custom section size beyond input", "0061736d01000000", false, "length out of bounds" },
        { "ref.null of i32", "010401600000 03020100 0a07 0105 00 d07f 1a 0b", false, "malformed reference type" },
    };

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void MalformedModulesFailWithTheSpecMessage(string name, string hex, bool v1, string message)
    {
        _ = name;
        var bytes = hex.StartsWith('!') ? Convert.FromHexString(hex[1..].Replace(" ", "")) : Module(hex);
        var ex = Assert.Throws<WasmMalformedException>(() => ModuleReader.Read(bytes, v1 ? WasmFeatures.Core1 : WasmFeatures.Core2));
        Assert.StartsWith(message, ex.Message);
        Assert.InRange(ex.Offset, 0, bytes.Length);
    }

    [Fact]
    public void EmptyModuleDecodes()
    {
        var module = ModuleReader.Read(Module(""));
        Assert.True(ModuleComparer.Equal(new Module(), module));
    }

    [Fact]
    public void DecodesAFunctionWithItsInstructionsAndOffsets()
    {
        // (func (param i32) (result i32) (local i64 i64) local.get 0 i32.const -1 i32.add br_table 0 0 end)
        var bytes = Module("01 06 01 60 01 7f 01 7f  03 02 01 00  0a 0f 01 0d 01 02 7e 20 00 41 7f 6a 0e 01 00 00 0b");
        var module = ModuleReader.Read(bytes);
        var body = Assert.Single(module.Codes);
        Assert.Equal(new[] { new LocalRun(2, ValType.I64) }, body.Locals.ToArray());
        Assert.Equal([Opcode.LocalGet, Opcode.I32Const, Opcode.I32Add, Opcode.BrTable, Opcode.End], body.Code.Select(i => i.Opcode));
        Assert.Equal(-1, body.Code[1].I32);
        Assert.Equal(new uint[] { 0, 0 }, body.Vectors.AsSpan((int)body.Code[3].A, (int)body.Code[3].B).ToArray());
        // Offsets are absolute: the header (8), type section (8), function section (4), code section id, size,
        // count, body size, local declarations (3) put local.get at 27.
        Assert.Equal([27, 29, 31, 32, 36], body.Code.Select(i => i.Offset));
        Assert.Equal(23, body.Offset);
    }

    [Fact]
    public void DecodesAllEightElementSegmentEncodings()
    {
        var bytes = Module(
            "04 04 01 70 00 00  09 2f 08" +
            "00 41 00 0b 01 00" +            // 0: active table 0, funcidx
            "01 00 01 00" +                  // 1: passive, elemkind, funcidx
            "02 00 41 00 0b 00 01 00" +      // 2: active explicit table, elemkind, funcidx
            "03 00 01 00" +                  // 3: declarative, elemkind, funcidx
            "04 41 00 0b 01 d2 00 0b" +      // 4: active table 0, expressions
            "05 70 01 d0 70 0b" +            // 5: passive, reftype, expressions
            "06 00 41 00 0b 70 00" +         // 6: active explicit table, reftype, expressions
            "07 6f 00" +                     // 7: declarative, reftype, expressions
            "");
        var module = ModuleReader.Read(bytes);
        Assert.Equal(
            [SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative,
             SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative],
            module.Elements.Select(e => e.Mode));
        Assert.Equal([false, false, false, false, true, true, true, true], module.Elements.Select(e => e.UsesExpressions));
        Assert.Equal(ValType.ExternRef, module.Elements[7].Type);
        Assert.Equal(Opcode.RefFunc, module.Elements[1].Init[0].Instructions[0].Opcode);
        Assert.Equal(Opcode.RefNull, module.Elements[5].Init[0].Instructions[0].Opcode);
    }

    [Fact]
    public void CustomSectionsKeepTheirPlace()
    {
        var bytes = Module("00 03 01 61 01  010401600000  00 04 01 62 02 03");
        var module = ModuleReader.Read(bytes);
        Assert.Equal(2, module.Customs.Length);
        Assert.Equal(("a", (byte)0), (module.Customs[0].Name, module.Customs[0].After));
        Assert.Equal(("b", (byte)1), (module.Customs[1].Name, module.Customs[1].After));
        Assert.Equal(new byte[] { 2, 3 }, module.Customs[1].Content.ToArray());
    }

    [Fact]
    public void ParsesTheNameSection()
    {
        // module name "m"; function 0 "f"; function 0 local 1 "x"
        var names = "00 02 01 6d  01 04 01 00 01 66  02 06 01 00 01 01 01 78".Replace(" ", "");
        var content = Convert.FromHexString("046e616d65" + names);
        var bytes = Module($"00 {content.Length:x2} " + Convert.ToHexString(content));
        var module = ModuleReader.Read(bytes);
        Assert.NotNull(module.Names);
        Assert.Equal("m", module.Names.ModuleName);
        Assert.Equal("f", module.Names.FunctionNames[0]);
        Assert.Equal("x", module.Names.LocalNames[0][1]);
    }

    [Theory]
    [InlineData("01 05 ff")]           // subsection longer than the content
    [InlineData("01 02 01 00")]        // name map entry without its name
    [InlineData("01 01 00 01 01 00")]  // function names twice
    [InlineData("00 02 01 ff")]        // module name not UTF-8
    public void AMalformedNameSectionLeavesNamesUnknownWithoutFailingTheModule(string subsections)
    {
        var content = Convert.FromHexString("046e616d65" + subsections.Replace(" ", ""));
        var bytes = Module($"00 {content.Length:x2} " + Convert.ToHexString(content));
        var module = ModuleReader.Read(bytes);
        Assert.Null(module.Names);
        Assert.Single(module.Customs);
    }

    [Fact]
    public void ATinyFileClaimingHugeCountsDoesNotAllocateForThem()
    {
        // Type section claiming 2^32 - 1 types, and a code body claiming 2^32 - 1 locals of one run.
        var huge = Module("01 06 ffffffff0f 60");
        var locals = Module("010401600000 03020100 0a0a 0108 01 ffffffff0f 7f 0b");
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal("length out of bounds", Assert.Throws<WasmMalformedException>(() => ModuleReader.Read(huge)).Message);
        var module = ModuleReader.Read(locals);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(uint.MaxValue, module.Codes[0].Locals[0].Count);
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void BlockTypesDecodeToTheModelsRawForm()
    {
        // block [] / block i32 / block (type 1) / block with a negative multi-byte s33
        var bytes = Module("010401600000 03020100 0a11 010f 00 0240 0b 027f 0b 0201 0b 02807f 0b 0b".Replace(" ", ""));
        var code = ModuleReader.Read(bytes).Codes[0].Code;
        Assert.True(code[0].BlockType.IsEmpty);
        Assert.True(code[2].BlockType.IsValueType);
        Assert.Equal(ValType.I32, code[2].BlockType.ValueType);
        Assert.Equal(1u, code[4].BlockType.TypeIndex);
        // No module has type 2^32 - 1: validation reports "unknown type", as the reference interpreter does.
        Assert.Equal(uint.MaxValue, code[6].BlockType.TypeIndex);
    }

    [Fact]
    public void Core1ReadsTheOldElementAndDataLayouts()
    {
        // 1.0: element segment = tableidx expr vec(funcidx); data segment = memidx expr vec(byte)
        var bytes = Module("09 07 01 00 41 00 0b 01 00  0b 07 01 00 41 00 0b 01 2a");
        var module = ModuleReader.Read(bytes, WasmFeatures.Core1);
        Assert.Equal(SegmentMode.Active, module.Elements[0].Mode);
        Assert.Equal(new byte[] { 0x2a }, module.Data[0].Bytes.ToArray());
    }
}
