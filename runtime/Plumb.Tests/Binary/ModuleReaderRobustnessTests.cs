using CsCheck;
using Plumb.Binary;

namespace Plumb.Tests.Binary;

/// <summary>
/// Decoding anything either succeeds or throws exactly <see cref="WasmMalformedException"/> at an
/// offset inside the input (<see cref="FrontEndErrors.DecodeOrMalformed"/>); it never throws anything else.
/// </summary>
public class ModuleReaderRobustnessTests
{
    private static readonly byte[] Header = Convert.FromHexString("0061736d01000000");

    private static void DecodeOrMalformed(byte[] bytes)
    {
        FrontEndErrors.DecodeOrMalformed(bytes, WasmFeatures.Core2);
        FrontEndErrors.DecodeOrMalformed(bytes, WasmFeatures.Core1);
    }

    [Fact]
    public void ArbitraryBytesDecodeOrAreMalformed()
    {
        Gen.Byte.Array[0, 64].Sample(DecodeOrMalformed, iter: 5000);
    }

    [Fact]
    public void ArbitrarySectionsAfterAValidHeaderDecodeOrAreMalformed()
    {
        Gen.Byte.Array[0, 200].Sample(tail => DecodeOrMalformed([.. Header, .. tail]), iter: 20000);
    }

    [Fact]
    public void MutationsOfEncodedModulesDecodeOrAreMalformed()
    {
        var mutation = Gen.Select(ModuleGenerator.Module, Gen.Int[0, 3], Gen.Int, Gen.Byte, (module, kind, where, value) => (module, kind, where, value));
        mutation.Sample(t =>
        {
            var bytes = ModuleWriter.Write(t.module).ToList();
            int at = (int)((uint)t.where % (uint)bytes.Count);
            switch (t.kind)
            {
                case 0:
                    bytes[at] = t.value;
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << (t.value & 7));
                    break;
                case 2:
                    bytes.Insert(at, t.value);
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
            DecodeOrMalformed([.. bytes]);
        }, iter: 3000);
    }

    [Fact]
    public void EveryTruncationOfAModuleDecodesOrIsMalformed()
    {
        var module = ModuleGenerator.Build(new Random(11), 5);
        var bytes = ModuleWriter.Write(module);
        Assert.NotNull(FrontEndErrors.DecodeOrMalformed(bytes));
        for (int length = 0; length < bytes.Length; length++)
        {
            // A prefix ending exactly at a section boundary is a well-formed module with fewer sections.
            if (FrontEndErrors.DecodeOrMalformed(bytes.AsSpan(0, length)) is { } prefix)
            {
                Assert.True(length >= 8, $"a prefix of {length} bytes, shorter than the header, decoded");
                Assert.False(ModuleComparer.Equal(module, prefix), $"a prefix of {length} of {bytes.Length} bytes decoded to the whole module");
            }
        }
    }
}
