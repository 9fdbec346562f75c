using CsCheck;
using Plumb.Validation;

namespace Plumb.Tests.Spec;

/// <summary>
/// Bad bytes never escape as anything but the spec's error categories, each at a place inside the
/// input: the decoder throws only <see cref="WasmMalformedException"/> and the validator only
/// <see cref="WasmInvalidException"/>, as <see cref="FrontEndErrors"/> states the contract.
/// </summary>
public class FrontEndPropertyTests
{
    private static readonly Lazy<byte[][]> ValidModules = new(() =>
    [
        .. SuiteModules.All
            .Where(m => m.Module.Bytes is not null && m.Command is Text.Wast.ModuleCommand && m.Script.Features == WasmFeatures.Core2)
            .Select(m => m.Module.Bytes!)
            .Where(bytes => bytes.Length < 4096),
    ]);

    [Fact]
    public void ArbitraryBytesFailOnlyAsMalformedOrInvalid()
    {
        var header = Gen.Const(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 });
        var gen = Gen.OneOf(
            Gen.Byte.Array[0, 64],
            Gen.Select(header, Gen.Byte.Array[0, 256], (h, body) => (byte[])[.. h, .. body]));
        gen.Sample(DecodeAndValidate, iter: 20_000);
    }

    [Fact]
    public void MutatedValidModulesFailOnlyAsMalformedOrInvalid()
    {
        var seeds = ValidModules.Value;
        Assert.NotEmpty(seeds);
        var mutation = Gen.Select(Gen.Int.Uniform, Gen.Byte, Gen.Int[0, 3]);
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], mutation.Array[1, 8], (seed, edits) => Mutate(seeds[seed], edits));
        gen.Sample(DecodeAndValidate, iter: 20_000);
    }

    [Fact]
    public void DecodableModulesPrintAndValidOnesParseBackValid()
    {
        var seeds = ValidModules.Value;
        var mutation = Gen.Select(Gen.Int.Uniform, Gen.Byte, Gen.Int[0, 3]);
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], mutation.Array[0, 3], (seed, edits) => Mutate(seeds[seed], edits));
        gen.Sample(PrintAndReparse, iter: 5_000);
    }

    /// <summary>
    /// The printer handles every decodable module; for a valid one its text must parse to a module
    /// that still validates (exact equality is the suite round-trip test's job).
    /// </summary>
    private static void PrintAndReparse(byte[] bytes)
    {
        if (FrontEndErrors.DecodeOrMalformed(bytes) is not { } module)
        {
            return;
        }
        string text = Text.WatPrinter.Print(module);
        if (FrontEndErrors.ValidateOrInvalid(module, WasmFeatures.Core2, bytes.Length) is null)
        {
            return;
        }
        Structure.Module reparsed;
        try
        {
            reparsed = Text.Wat.Parse(text);
        }
        catch (WasmMalformedException e)
        {
            Assert.Fail($"the printed text of a valid module does not parse: {FrontEndWalk.Describe(e)}\n{text}");
            return;
        }
        try
        {
            Validator.Validate(reparsed);
        }
        catch (WasmInvalidException e)
        {
            Assert.Fail($"the printed text of a valid module parses to an invalid one: {e.Message}\n{text}");
        }
    }

    /// <summary>Each edit overwrites, inserts or deletes a byte, or truncates the module.</summary>
    private static byte[] Mutate(byte[] seed, (int Position, byte Value, int Kind)[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var (position, value, kind) in edits)
        {
            if (bytes.Count == 0)
            {
                break;
            }
            int at = (int)((uint)position % (uint)bytes.Count);
            switch (kind)
            {
                case 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                case 2: bytes.RemoveAt(at); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }

    private static void DecodeAndValidate(byte[] bytes)
    {
        if (FrontEndErrors.DecodeOrMalformed(bytes) is { } module)
        {
            FrontEndErrors.ValidateOrInvalid(module, WasmFeatures.Core2, bytes.Length);
        }
    }
}
