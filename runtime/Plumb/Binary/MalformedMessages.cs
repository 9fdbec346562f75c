namespace Plumb.Binary;

/// <summary>
/// The decoder's error messages, in the spec suite's wording
/// (https://github.com/WebAssembly/spec/tree/main/test/core, binary*.wast, custom.wast, utf8-*.wast).
/// </summary>
/// <remarks>
/// A few messages were renamed between the 1.0 and 2.0 suites ("invalid UTF-8 encoding" became
/// "malformed UTF-8 encoding", ...), and the 1.0 reference interpreter bounded lengths by the whole
/// input rather than by the bytes left. An instance carries the variant that matches the feature
/// set: with no 2.0 feature enabled the decoder speaks as the 1.0 suite expects. See
/// runtime/RATIONALE.md, "Why do some malformed messages depend on the feature set?".
/// </remarks>
internal sealed class MalformedMessages
{
    public const string UnexpectedEnd = "unexpected end";
    public const string UnexpectedEndOfSection = "unexpected end of section or function";
    public const string MagicHeaderNotDetected = "magic header not detected";
    public const string UnknownBinaryVersion = "unknown binary version";
    public const string SectionSizeMismatch = "section size mismatch";
    public const string LengthOutOfBounds = "length out of bounds";
    public const string IntegerTooLarge = "integer too large";
    public const string IntegerRepresentationTooLong = "integer representation too long";
    public const string TooManyLocals = "too many locals";
    public const string FunctionAndCodeInconsistent = "function and code section have inconsistent lengths";
    public const string DataCountAndDataInconsistent = "data count and data section have inconsistent lengths";
    public const string DataCountSectionRequired = "data count section required";
    public const string UnexpectedContentAfterLastSection = "unexpected content after last section";
    public const string IllegalOpcode = "illegal opcode";
    public const string MalformedReferenceType = "malformed reference type";
    public const string MalformedImportKind = "malformed import kind";
    public const string MalformedExportKind = "malformed export kind";
    public const string MalformedElementsSegmentKind = "malformed elements segment kind";
    public const string MalformedElementKind = "malformed element kind";
    public const string MalformedDataSegmentKind = "malformed data segment kind";
    public const string MalformedFunctionType = "malformed function type";
    public const string MalformedMemopFlags = "malformed memop flags";
    public const string EndOpcodeExpected = "END opcode expected";

    /// <summary>The wording of the 2.0 suite.</summary>
    public static readonly MalformedMessages Core2 = new(v1: false);

    /// <summary>The wording of the 1.0 suite.</summary>
    public static readonly MalformedMessages Core1 = new(v1: true);

    private MalformedMessages(bool v1)
    {
        LengthsBoundedByInput = v1;
        MalformedUtf8 = v1 ? "invalid UTF-8 encoding" : "malformed UTF-8 encoding";
        MalformedValueType = v1 ? "invalid value type" : "malformed value type";
        MalformedSectionId = v1 ? "invalid section id" : "malformed section id";
        MalformedMutability = v1 ? "invalid mutability" : "malformed mutability";
        ZeroByteExpected = v1 ? "zero flag expected" : "zero byte expected";
    }

    /// <summary>The messages for a feature set: 1.0 wording when no 2.0 feature is enabled.</summary>
    public static MalformedMessages For(WasmFeatures features) => (features & WasmFeatures.Core2) == 0 ? Core1 : Core2;

    /// <summary>True when a length may not exceed the whole input (1.0) instead of the bytes left (2.0).</summary>
    public bool LengthsBoundedByInput { get; }

    public string MalformedUtf8 { get; }

    public string MalformedValueType { get; }

    public string MalformedSectionId { get; }

    public string MalformedMutability { get; }

    /// <summary>A reserved memory (or, in 1.0, table) index byte that is not zero.</summary>
    public string ZeroByteExpected { get; }
}
