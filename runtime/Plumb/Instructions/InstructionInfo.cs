using System.Collections.Immutable;

namespace Plumb.Instructions;

/// <summary>One row of <see cref="InstructionTable"/>: everything static about one instruction.</summary>
internal sealed class InstructionInfo
{
    public InstructionInfo(Opcode opcode, string mnemonic, Prefix prefix, uint code, Immediate immediate,
        string? signature, WasmFeatures feature, int memoryBytes = 0, int lanes = 0)
    {
        Opcode = opcode;
        Mnemonic = mnemonic;
        Prefix = prefix;
        Code = code;
        Immediate = immediate;
        Feature = feature;
        MemoryBytes = memoryBytes;
        Lanes = lanes;
        if (signature is not null)
        {
            int colon = signature.IndexOf(':');
            Params = ParseTypes(colon < 0 ? signature : signature[..colon]);
            Results = ParseTypes(colon < 0 ? "" : signature[(colon + 1)..]);
            HasFixedSignature = true;
        }
        else
        {
            Params = [];
            Results = [];
        }
    }

    /// <summary>The identity of the instruction.</summary>
    public Opcode Opcode { get; }

    /// <summary>The text-format mnemonic, e.g. <c>i32.add</c>.</summary>
    public string Mnemonic { get; }

    /// <summary>The prefix byte, or <see cref="Prefix.None"/> for single-byte opcodes.</summary>
    public Prefix Prefix { get; }

    /// <summary>The opcode byte, or the LEB128 u32 sub-opcode after a prefix.</summary>
    public uint Code { get; }

    /// <summary>The shape of the immediates that follow the opcode.</summary>
    public Immediate Immediate { get; }

    /// <summary>The feature (proposal) that introduced the instruction.</summary>
    public WasmFeatures Feature { get; }

    /// <summary>True when <see cref="Params"/> → <see cref="Results"/> is the whole typing rule.</summary>
    public bool HasFixedSignature { get; }

    /// <summary>Operand types popped, bottom first (fixed-signature rows only).</summary>
    public ImmutableArray<ValType> Params { get; }

    /// <summary>Result types pushed (fixed-signature rows only).</summary>
    public ImmutableArray<ValType> Results { get; }

    /// <summary>Bytes accessed by a memory instruction (its natural alignment); 0 otherwise.</summary>
    public int MemoryBytes { get; }

    /// <summary>Lane count bounding a lane-index immediate; 0 otherwise.</summary>
    public int Lanes { get; }

    /// <summary>log2 of <see cref="MemoryBytes"/>: the largest valid alignment exponent.</summary>
    public int NaturalAlignmentLog2 => MemoryBytes == 0 ? 0 : System.Numerics.BitOperations.Log2((uint)MemoryBytes);

    /// <inheritdoc />
    public override string ToString() => Mnemonic;

    private static ImmutableArray<ValType> ParseTypes(string letters)
    {
        var builder = ImmutableArray.CreateBuilder<ValType>(letters.Length);
        foreach (char c in letters)
        {
            builder.Add(c switch
            {
                'i' => ValType.I32,
                'l' => ValType.I64,
                'f' => ValType.F32,
                'd' => ValType.F64,
                'v' => ValType.V128,
                _ => throw new InvalidOperationException($"bad signature letter '{c}'"),
            });
        }
        return builder.MoveToImmutable();
    }
}
