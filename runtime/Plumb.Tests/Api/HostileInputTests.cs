using static Plumb.Tests.Binary.WasmBinary;

namespace Plumb.Tests.Api;

/// <summary>
/// What a hostile module does to the runtime, through the embedding API: each probe gets a typed error
/// or trap quickly, and the runtime stays usable after it. The inputs are generated here, a few bytes
/// that claim or build something huge. (Growth of memories and tables, store-wide limits and the text
/// format's probes have tests of their own beside the code they exercise.)
/// </summary>
public class HostileInputTests
{
    /// <summary>Every probe leaves a runtime that still compiles and runs an ordinary module.</summary>
    private static void StillWorks(WasmRuntime runtime)
    {
        var add = runtime.Instantiate(Text.Wat.ToBinary("""(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))"""));
        Assert.Equal(5, add.GetFunction<int, int, int>("add")!(2, 3));
    }

    public static TheoryData<string, byte[]> MalformedClaims => new()
    {
        // A type section that claims 2^32 - 1 types in a dozen bytes: refused before anything is allocated for them.
        { "huge count", [.. Header, .. Section(1, [.. Leb(uint.MaxValue), 0x60, 0x00, 0x00])] },
        // A section whose size claims 4 GiB.
        { "huge section size", [.. Header, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F] },
        // A function that declares 2^32 - 1 locals, twice.
        { "huge locals", WithLocals(uint.MaxValue, uint.MaxValue) },
        // A u32 LEB of six bytes.
        { "long LEB", [.. Header, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00] },
        // A body that opens ten thousand blocks and never closes them.
        { "unclosed nesting", WithBodyUnclosed(10_000) },
    };

    private static byte[] WithLocals(uint first, uint second)
    {
        byte[] body = [0x02, .. Leb(first), 0x7F, .. Leb(second), 0x7F, 0x0B];
        return [.. Header, .. Section(1, [0x01, 0x60, 0x00, 0x00]), .. Section(3, [0x01, 0x00]),
            .. Section(10, [0x01, .. Leb(body.Length), .. body])];
    }

    private static byte[] WithBodyUnclosed(int blocks)
    {
        var module = WithBody([.. Enumerable.Repeat(new byte[] { 0x02, 0x40 }, blocks).SelectMany(b => b)]);
        return module;
    }

    [Theory]
    [MemberData(nameof(MalformedClaims))]
    public void ClaimsOfHugeSizesAreMalformedOrInvalid(string name, byte[] bytes)
    {
        using var runtime = WasmRuntime.Create();
        var error = Assert.ThrowsAny<WasmException>(() => runtime.Compile(bytes));
        Assert.True(error is WasmMalformedException or WasmInvalidException, $"{name}: {error.GetType().Name}: {error.Message}");
        StillWorks(runtime);
    }

    [Fact]
    public void AMillionNestedBlocksCompileAndRun()
    {
        // Decoding, validation and translation keep explicit stacks: nesting never recurses on the .NET stack.
        const int depth = 1_000_000;
        byte[] instructions = [.. Enumerable.Repeat(new byte[] { 0x02, 0x40 }, depth).SelectMany(b => b), .. Enumerable.Repeat((byte)0x0B, depth)];
        using var runtime = WasmRuntime.Create();
        runtime.Instantiate(WithBody(instructions)).GetFunction("run")!.Call();
        StillWorks(runtime);
    }

    [Fact]
    public void CodeBeyondTheCompileBudgetIsARefusalNotGigabytes()
    {
        // Two million nops charge 80 MB of decoded instructions against a budget of 32 MB: refused while
        // decoding (a 50 MB body of nops once took 7.2 GB to compile).
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithCompileMemoryLimit(32 << 20));
        var error = Assert.Throws<WasmResourceLimitException>(() => runtime.Compile(Nops(2_000_000)));
        Assert.Contains("CompileMemoryLimit", error.Message, StringComparison.Ordinal);
        StillWorks(runtime);
        // The same code fits the default budget.
        using var roomy = WasmRuntime.Create();
        roomy.Instantiate(Nops(2_000_000)).GetFunction("run")!.Call();
    }

    [Fact]
    public void ACodeSectionBeyondTheCodeSizeLimitIsRefusedBeforeDecoding()
    {
        byte[] module = Nops(100_000);
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithCodeSizeLimit(50_000));
        var error = Assert.Throws<WasmResourceLimitException>(() => runtime.Compile(module));
        Assert.Contains("CodeSizeLimit", error.Message, StringComparison.Ordinal);
        // The limit is checked against the section's declared size: a lie about it is still refused at once.
        byte[] lying = [.. Header, 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x07];
        Assert.ThrowsAny<WasmException>(() => runtime.Compile(lying));
        StillWorks(runtime);
    }

    [Fact]
    public void ValidationSideTablesAreChargedToo()
    {
        // Just enough budget to decode a body of 200,000 nested blocks, not enough for its side tables as well.
        const int depth = 200_000;
        byte[] instructions = [.. Enumerable.Repeat(new byte[] { 0x02, 0x40 }, depth).SelectMany(b => b), .. Enumerable.Repeat((byte)0x0B, depth)];
        long decoded = (2L * depth + 1) * System.Runtime.CompilerServices.Unsafe.SizeOf<Structure.Instruction>();
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithCompileMemoryLimit(decoded + 1000));
        Assert.Throws<WasmResourceLimitException>(() => runtime.Compile(WithBody(instructions)));
    }

    [Fact]
    public void RecursionWithoutEndIsExhaustionAndLoopsWithoutEndStop()
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithFuel(1_000_000));
        var instance = runtime.Instantiate(Text.Wat.ToBinary("""
            (module
              (func $down (export "down") (call $down))
              (func (export "spin") (loop (br 0))))
            """));
        Assert.Equal(TrapKind.CallStackExhausted, Assert.Throws<WasmTrapException>(() => instance.GetFunction("down")!.Call()).Kind);
        Assert.Equal(TrapKind.FuelExhausted, Assert.Throws<WasmTrapException>(() => instance.GetFunction("spin")!.Call()).Kind);
        StillWorks(runtime);
    }
}
