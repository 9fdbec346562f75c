namespace Plumb.Generator.Interpreter;

/// <summary>
/// How an operator sees a value: the C# type it computes in, and how that type is read from and
/// written to a slot's low 64 bits (<c>WasmValue.Lo</c>, where i32 and f32 keep their bits zero-extended).
/// Float operators that only move bits (abs, neg, copysign) work on <see cref="UInt"/> and <see cref="ULong"/>.
/// </summary>
internal sealed class Kind
{
    public static readonly Kind Int = new("int", 32, raw => $"(int){raw}", value => $"(uint)({value})");
    public static readonly Kind UInt = new("uint", 32, raw => $"(uint){raw}", value => $"(ulong)({value})");
    public static readonly Kind Long = new("long", 64, raw => $"(long){raw}", value => $"(ulong)({value})");
    public static readonly Kind ULong = new("ulong", 64, raw => raw, value => value);
    public static readonly Kind Float = new("float", 32, raw => $"BitConverter.UInt32BitsToSingle((uint){raw})", value => $"BitConverter.SingleToUInt32Bits({value})");
    public static readonly Kind Double = new("double", 64, raw => $"BitConverter.UInt64BitsToDouble({raw})", value => $"BitConverter.DoubleToUInt64Bits({value})");

    /// <summary>A comparison's result: 1 or 0.</summary>
    public static readonly Kind Bool = new("bool", 32, raw => throw new InvalidOperationException("no operand is a bool"), value => $"({value}) ? 1UL : 0UL");

    private readonly Func<string, string> _read;
    private readonly Func<string, string> _store;

    private Kind(string name, int bits, Func<string, string> read, Func<string, string> store)
    {
        Name = name;
        Bits = bits;
        _read = read;
        _store = store;
    }

    /// <summary>The C# type.</summary>
    public string Name { get; }

    /// <summary>The width of the WebAssembly value.</summary>
    public int Bits { get; }

    /// <summary>The unsigned C# type of the value's bits: how equality compares it, and how memory holds it.</summary>
    public string BitsType => Bits == 32 ? "uint" : "ulong";

    /// <summary>The value of this kind in <paramref name="raw"/>, a 64-bit expression (a slot's <c>Lo</c>, a constant field, a load).</summary>
    public string Read(string raw) => _read(raw);

    /// <summary>The 64 bits a slot's <c>Lo</c> holds for <paramref name="value"/>, an expression of this kind.</summary>
    public string Store(string value) => _store(value);

    /// <summary>The float in <paramref name="bits"/>, an expression of exactly <see cref="BitsType"/>.</summary>
    public string FromBits(string bits) => Name switch
    {
        "float" => $"BitConverter.UInt32BitsToSingle({bits})",
        "double" => $"BitConverter.UInt64BitsToDouble({bits})",
        _ => throw new InvalidOperationException($"{Name} is not a float"),
    };

    public override string ToString() => Name;
}
