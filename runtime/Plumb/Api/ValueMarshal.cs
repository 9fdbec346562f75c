using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Plumb.Execution;

namespace Plumb;

/// <summary>Conversions between .NET values and <see cref="WasmValue"/>s for the embedding API.</summary>
internal static class ValueMarshal
{
    public static WasmValue FromObject(Store store, ValType type, object? value) => type switch
    {
        ValType.I32 => value switch
        {
            int i => WasmValue.FromI32(i),
            uint u => WasmValue.FromI32((int)u),
            WasmValue w => w,
            _ => throw Mismatch(type, value),
        },
        ValType.I64 => value switch
        {
            long l => WasmValue.FromI64(l),
            ulong u => WasmValue.FromI64((long)u),
            int i => WasmValue.FromI64(i),
            WasmValue w => w,
            _ => throw Mismatch(type, value),
        },
        ValType.F32 => value switch
        {
            float f => WasmValue.FromF32(f),
            WasmValue w => w,
            _ => throw Mismatch(type, value),
        },
        ValType.F64 => value switch
        {
            double d => WasmValue.FromF64(d),
            WasmValue w => w,
            _ => throw Mismatch(type, value),
        },
        ValType.V128 => value switch
        {
            Vector128<byte> v => WasmValue.FromV128(v),
            WasmValue w => w,
            _ => throw Mismatch(type, value),
        },
        ValType.FuncRef => value switch
        {
            null => default,
            WasmFunction f when f.Function.Handle != 0 && store.Function(f.Function.Handle) == f.Function => new WasmValue(f.Function.Handle),
            _ => throw Mismatch(type, value),
        },
        ValType.ExternRef => new WasmValue(store.ExternHandle(value)),
        _ => throw Mismatch(type, value),
    };

    public static object? ToObject(Store store, ValType type, WasmValue value) => type switch
    {
        ValType.I32 => value.I32,
        ValType.I64 => value.I64,
        ValType.F32 => value.F32,
        ValType.F64 => value.F64,
        ValType.V128 => value.V128,
        ValType.FuncRef => store.Function(value.Lo) is { } f ? WasmFunction.Of(f) : null,
        ValType.ExternRef => store.Extern(value.Lo),
        _ => null,
    };

    private static ArgumentException Mismatch(ValType type, object? value) =>
        new($"a {value?.GetType().Name ?? "null"} is not a {type.ToText()} value");
}

/// <summary>
/// Boxing-free conversions for the typed function API: the type tests fold away per instantiation. References map as
/// the untyped API maps them: funcref to <see cref="WasmFunction"/> (null for ref.null), externref to <see cref="object"/>
/// (any object, null for ref.null); they go through the store of the call, whose handles they are.
/// </summary>
internal static class TypedValue<T>
{
    public static readonly ValType? Type = TypedValue.TypeOf(typeof(T));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WasmValue To(T value, Store store)
    {
        if (!typeof(T).IsValueType)
        {
            return ValueMarshal.FromObject(store, Type ?? throw Unsupported(), value);
        }
        if (typeof(T) == typeof(int)) return WasmValue.FromI32(Unsafe.As<T, int>(ref value));
        if (typeof(T) == typeof(uint)) return WasmValue.FromI32((int)Unsafe.As<T, uint>(ref value));
        if (typeof(T) == typeof(long)) return WasmValue.FromI64(Unsafe.As<T, long>(ref value));
        if (typeof(T) == typeof(ulong)) return WasmValue.FromI64((long)Unsafe.As<T, ulong>(ref value));
        if (typeof(T) == typeof(float)) return WasmValue.FromF32(Unsafe.As<T, float>(ref value));
        if (typeof(T) == typeof(double)) return WasmValue.FromF64(Unsafe.As<T, double>(ref value));
        if (typeof(T) == typeof(Vector128<byte>)) return WasmValue.FromV128(Unsafe.As<T, Vector128<byte>>(ref value));
        throw Unsupported();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T From(WasmValue value, Store store)
    {
        if (!typeof(T).IsValueType)
        {
            return (T)ValueMarshal.ToObject(store, Type ?? throw Unsupported(), value)!;
        }
        if (typeof(T) == typeof(int)) { int v = value.I32; return Unsafe.As<int, T>(ref v); }
        if (typeof(T) == typeof(uint)) { uint v = (uint)value.I32; return Unsafe.As<uint, T>(ref v); }
        if (typeof(T) == typeof(long)) { long v = value.I64; return Unsafe.As<long, T>(ref v); }
        if (typeof(T) == typeof(ulong)) { ulong v = (ulong)value.I64; return Unsafe.As<ulong, T>(ref v); }
        if (typeof(T) == typeof(float)) { float v = value.F32; return Unsafe.As<float, T>(ref v); }
        if (typeof(T) == typeof(double)) { double v = value.F64; return Unsafe.As<double, T>(ref v); }
        if (typeof(T) == typeof(Vector128<byte>)) { var v = value.V128; return Unsafe.As<Vector128<byte>, T>(ref v); }
        throw Unsupported();
    }

    public static ValType Require() => Type ?? throw Unsupported();

    private static NotSupportedException Unsupported() => new(
        $"{typeof(T).Name} is not a Wasm value type (use int, uint, long, ulong, float, double, Vector128<byte>, WasmFunction for funcref or object for externref)");
}

/// <summary>The Wasm value type of a .NET type in the typed API (numbers, v128 and the two references), for types known only at run time.</summary>
internal static class TypedValue
{
    public static ValType? TypeOf(Type type) =>
        type == typeof(int) || type == typeof(uint) ? ValType.I32
        : type == typeof(long) || type == typeof(ulong) ? ValType.I64
        : type == typeof(float) ? ValType.F32
        : type == typeof(double) ? ValType.F64
        : type == typeof(Vector128<byte>) ? ValType.V128
        : type == typeof(WasmFunction) ? ValType.FuncRef
        : type == typeof(object) ? ValType.ExternRef
        : null;
}

/// <summary>Reads a typed result of <c>T</c> from the values a call returned.</summary>
internal delegate T ReadResults<T>(ReadOnlySpan<WasmValue> values, Store store);

/// <summary>Writes a typed result of <c>T</c> as the values a host function returns.</summary>
internal delegate void WriteResults<T>(T value, Span<WasmValue> values, Store store);

/// <summary>
/// The results of the typed API: one value type (<see cref="TypedValue{T}"/>), or a value tuple of two to seven of
/// them for several results, read and written by the generated <see cref="TupleResults"/> method of its arity,
/// bound once per tuple type.
/// </summary>
internal static class TypedResult<T>
{
    /// <summary>The result types, or null when <c>T</c> is neither a Wasm value type nor a tuple of them.</summary>
    public static readonly ValType[]? Types;

    private static readonly ReadResults<T>? ReadTuple;
    private static readonly WriteResults<T>? WriteTuple;

    static TypedResult()
    {
        if (TypedValue<T>.Type is { } single)
        {
            Types = [single];
            return;
        }
        var type = typeof(T);
        if (!type.IsGenericType || !type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
        {
            return;
        }
        var items = type.GetGenericArguments();
        if (items.Length is < 2 or > 7)
        {
            return;
        }
        var types = new ValType[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (TypedValue.TypeOf(items[i]) is not { } item)
            {
                return;
            }
            types[i] = item;
        }
        ReadTuple = (ReadResults<T>)typeof(TupleResults).GetMethod("Read" + items.Length)!.MakeGenericMethod(items).CreateDelegate(typeof(ReadResults<T>));
        WriteTuple = (WriteResults<T>)typeof(TupleResults).GetMethod("Write" + items.Length)!.MakeGenericMethod(items).CreateDelegate(typeof(WriteResults<T>));
        Types = types;
    }

    /// <summary>How many values the result is.</summary>
    public static int Count => Types!.Length;

    public static ValType[] Require() => Types ?? throw new NotSupportedException(
        $"{typeof(T).Name} is not a Wasm value type or a value tuple of two to seven of them (use int, uint, long, ulong, float, double, Vector128<byte>, WasmFunction for funcref or object for externref)");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Read(ReadOnlySpan<WasmValue> values, Store store) => TypedValue<T>.Type is not null ? TypedValue<T>.From(values[0], store) : ReadTuple!(values, store);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Write(T value, Span<WasmValue> values, Store store)
    {
        if (TypedValue<T>.Type is not null)
        {
            values[0] = TypedValue<T>.To(value, store);
        }
        else
        {
            WriteTuple!(value, values, store);
        }
    }
}
