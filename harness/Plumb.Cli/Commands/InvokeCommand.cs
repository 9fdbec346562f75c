using System.CommandLine;
using System.Globalization;
using System.Runtime.Intrinsics;
using Plumb.Cli.CommandLine;
using Plumb.Text;
using Plumb.Text.Lexing;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb invoke [--engine interpreter|compiler] [--fuel N] [--timeout S] FILE FUNC [ARG...]</c>: instantiates
/// a module (.wasm or .wat) with no imports and calls one exported function. Arguments and results use the
/// text format's value syntax (<c>-1</c>, <c>0x10</c>, <c>nan:0x200000</c>, <c>i32x4:1,2,3,4</c>,
/// <c>ref.null func</c>, <c>ref.extern 1</c>), one result per line, so NaN payloads show. Exit 0 on
/// success, 1 on an error of the module or a trap (with its Wasm stack trace), 2 on a usage error and
/// <see cref="LimitExitCode"/> when <c>--fuel</c> or <c>--timeout</c> ends the call.
/// </summary>
internal static class InvokeCommand
{
    /// <summary>The exit code when <c>--fuel</c> or <c>--timeout</c> ends the call: distinct from a trap of the code itself (1).</summary>
    public const int LimitExitCode = 3;

    /// <summary>The v128 shapes an argument can be written in, with their lane count.</summary>
    private static readonly (string Shape, int Lanes)[] Shapes = [("i8x16", 16), ("i16x8", 8), ("i32x4", 4), ("i64x2", 2), ("f32x4", 4), ("f64x2", 2)];

    /// <summary>The command's definition.</summary>
    public static Command Create()
    {
        var engine = Syntax.Engine();
        var fuel = ExecutionLimits.FuelOption();
        var timeout = ExecutionLimits.TimeoutOption();
        var file = new Argument<string>("FILE") { Description = "The module (.wasm, or .wat text) to instantiate; it may import nothing." };
        var name = new Argument<string>("FUNC") { Description = "The exported function to call." };
        var arguments = new Argument<string[]>("ARG")
        {
            Description = "The arguments, one per parameter, in the text format's syntax: 42, -1, 0xff, 1.5, -inf, nan:0x200000, " +
                "i32x4:1,2,3,4 (also i8x16, i16x8, i64x2, f32x4, f64x2), ref.null, ref.extern 7 (as one word: ref.extern:7 works too).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new PlumbCommand("invoke",
            "Call an exported function of a module with no imports and print its results in the text format's value syntax, one per line.")
        {
            engine, fuel, timeout, file, name, arguments,
        };
        command.Example("plumb invoke add.wat add 40 2", "prints 42")
            .Example("plumb invoke --engine compiler simd.wasm dot i32x4:1,2,3,4 i32x4:5,6,7,8", "v128 arguments, compiled")
            .Example("plumb invoke --fuel 1000000 --timeout 5 loop.wasm spin", "ends a runaway call with exit 3");
        command.SetAction(result =>
        {
            using var limits = ExecutionLimits.Start(result, fuel, timeout);
            return Run(result, result.GetValue(file)!, result.GetValue(name)!, result.GetValue(arguments)!, result.GetValue(engine), limits);
        });
        return command;
    }

    private static int Run(ParseResult result, string file, string name, string[] arguments, EngineKind engine, ExecutionLimits limits)
    {
        var stdout = result.InvocationConfiguration.Output;
        var stderr = result.InvocationConfiguration.Error;
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (!ModuleLoader.IsBinary(file, bytes))
            {
                bytes = Wat.ToBinary(ModuleLoader.DecodeText(bytes));
            }
            // Memories may have the spec's 65,536 pages (4 GiB), as much as all memories may have together by default.
            using var runtime = WasmRuntime.Create(limits.Apply(RuntimeConfig.Default.WithEngine(engine).WithMemoryPageLimit(65536)));
            var instance = runtime.Instantiate(bytes, null, limits.Cancellation);
            var function = instance.GetFunction(name);
            if (function is null)
            {
                stderr.WriteLine($"plumb invoke: {file} exports no function \"{name}\"");
                return 1;
            }
            var words = Words(arguments);
            if (words.Count != function.ParamTypes.Length)
            {
                return Syntax.UsageError(result, $"{function} takes {function.ParamTypes.Length} arguments, got {words.Count}");
            }
            var values = new object?[words.Count];
            for (int a = 0; a < words.Count; a++)
            {
                if (!TryParse(function.ParamTypes[a], words[a], out values[a]))
                {
                    return Syntax.UsageError(result, $"argument {a + 1} '{words[a]}' is not of type {function.ParamTypes[a].ToText()}{Hint(function.ParamTypes[a])}");
                }
            }
            var results = function.Call(limits.Cancellation, values);
            for (int r = 0; r < results.Length; r++)
            {
                stdout.WriteLine(Format(function.ResultTypes[r], results[r]));
            }
            return 0;
        }
        catch (WasmTrapException trap)
        {
            if (limits.Describe(trap) is { } limit)
            {
                ExecutionLimits.Write(stderr, limit, trap);
                return LimitExitCode;
            }
            stderr.WriteLine("trap: " + trap.FormatWithWasmStackTrace());
            return 1;
        }
        catch (WasmException e)
        {
            stderr.WriteLine($"{ModuleLoader.Category(e)}: {ModuleLoader.Located(e, file) ?? ModuleLoader.Describe(e, file)}");
            return 1;
        }
        catch (Exception e) when (e is NotSupportedException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"plumb invoke: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The arguments as values: <c>ref.null func</c> and <c>ref.extern 7</c> arrive as two words from the
    /// shell and are joined into one here (<c>ref.null</c> takes a following <c>func</c> or <c>extern</c>).
    /// </summary>
    private static List<string> Words(string[] arguments)
    {
        var words = new List<string>();
        for (int i = 0; i < arguments.Length; i++)
        {
            bool joined = i + 1 < arguments.Length && (arguments[i], arguments[i + 1]) is ("ref.null", "func" or "extern") or ("ref.extern", _);
            if (joined)
            {
                words.Add(arguments[i] + " " + arguments[++i]);
            }
            else if (arguments[i].StartsWith("ref.", StringComparison.Ordinal))
            {
                words.Add(arguments[i].Replace(':', ' '));
            }
            else
            {
                words.Add(arguments[i]);
            }
        }
        return words;
    }

    private static string Hint(ValType type) => type switch
    {
        ValType.V128 => " (write it as SHAPE:LANES, e.g. i32x4:1,2,3,4; shapes: " + string.Join(", ", Shapes.Select(s => s.Shape)) + ")",
        ValType.FuncRef => " (only ref.null can be passed)",
        ValType.ExternRef => " (ref.null or ref.extern N)",
        _ => "",
    };

    /// <summary>
    /// Parses an argument of type <paramref name="type"/> in the text format's syntax
    /// (https://webassembly.github.io/spec/core/text/values.html): integers signed or unsigned, decimal or
    /// hexadecimal, with <c>_</c> separators; floats also as hexadecimal floats, <c>inf</c>, <c>nan</c>
    /// and <c>nan:0x...</c>; numbers travel as raw bits, so a NaN keeps its payload.
    /// </summary>
    internal static bool TryParse(ValType type, string text, out object? value)
    {
        value = null;
        switch (type)
        {
            case ValType.I32 when Integer(text, 32) is { } bits:
                value = WasmValue.FromI32((int)(uint)bits);
                return true;
            case ValType.I64 when Integer(text, 64) is { } bits:
                value = WasmValue.FromI64((long)bits);
                return true;
            case ValType.F32 when Float32(text) is { } bits:
                value = WasmValue.FromF32Bits(bits);
                return true;
            case ValType.F64 when Float64(text) is { } bits:
                value = WasmValue.FromF64Bits(bits);
                return true;
            case ValType.V128 when Vector(text) is { } vector:
                value = WasmValue.FromV128(vector);
                return true;
            case ValType.FuncRef when text is "null" or "ref.null" or "ref.null func":
                return true;
            case ValType.ExternRef when text is "null" or "ref.null" or "ref.null extern":
                return true;
            case ValType.ExternRef when text.StartsWith("ref.extern ", StringComparison.Ordinal) && Integer(text["ref.extern ".Length..], 32) is { } host:
                // As the spec interpreter's host references: a number that names the reference, returned as given.
                value = new HostReference(host);
                return true;
            default:
                return false;
        }
    }

    private static ulong? Integer(string text, int bits) =>
        text.Length > 0 && NumberSyntax.IsInteger(text) ? NumberLiterals.ParseInt(text, bits) : null;

    private static uint? Float32(string text) => text.Length > 0 && NumberSyntax.IsNumber(text) ? NumberLiterals.ParseF32(text) : null;

    private static ulong? Float64(string text) => text.Length > 0 && NumberSyntax.IsNumber(text) ? NumberLiterals.ParseF64(text) : null;

    /// <summary><c>SHAPE:L1,L2,...</c> (e.g. <c>i32x4:1,2,3,4</c>), lane 0 first as in <c>v128.const</c>.</summary>
    private static Vector128<byte>? Vector(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        string shape = text[..colon];
        string[] lanes = text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
        int count = Shapes.FirstOrDefault(s => s.Shape == shape).Lanes;
        if (count == 0 || lanes.Length != count)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[16];
        int width = 16 / count;
        for (int i = 0; i < count; i++)
        {
            ulong? bits = shape[0] == 'f' ? (width == 4 ? Float32(lanes[i]) : Float64(lanes[i])) : Integer(lanes[i], width * 8);
            if (bits is not { } lane)
            {
                return null;
            }
            for (int b = 0; b < width; b++)
            {
                bytes[(i * width) + b] = (byte)(lane >> (8 * b));
            }
        }
        return Vector128.Create((ReadOnlySpan<byte>)bytes);
    }

    /// <summary>
    /// A result in the text format's value syntax: integers signed decimal, floats exactly (<c>nan:0x200000</c>,
    /// <c>-nan:0x1</c>, hexadecimal floats when no short decimal is exact), v128 as <c>i32x4:...</c>, references
    /// as <c>ref.null func</c>, <c>ref.extern N</c> or <c>ref.func NAME</c>.
    /// </summary>
    internal static string Format(ValType type, object? value) => (type, value) switch
    {
        (_, WasmValue raw) => Format(type, raw),
        (ValType.I32, int i) => i.ToString(CultureInfo.InvariantCulture),
        (ValType.I64, long l) => l.ToString(CultureInfo.InvariantCulture),
        (ValType.F32, float f) => WatPrinter.FormatF32(BitConverter.SingleToUInt32Bits(f)),
        (ValType.F64, double d) => WatPrinter.FormatF64(BitConverter.DoubleToUInt64Bits(d)),
        (ValType.V128, Vector128<byte> v) => "i32x4:" + string.Join(",", Enumerable.Range(0, 4).Select(k => v.AsInt32().GetElement(k).ToString(CultureInfo.InvariantCulture))),
        (ValType.FuncRef, null) => "ref.null func",
        (ValType.ExternRef, null) => "ref.null extern",
        (ValType.FuncRef, WasmFunction f) => f.Name is { } name ? $"ref.func {name}" : "ref.func",
        (ValType.ExternRef, HostReference host) => $"ref.extern {host.Number.ToString(CultureInfo.InvariantCulture)}",
        _ => $"ref.extern {value}",
    };

    private static string Format(ValType type, WasmValue raw) => type switch
    {
        ValType.I32 => raw.I32.ToString(CultureInfo.InvariantCulture),
        ValType.I64 => raw.I64.ToString(CultureInfo.InvariantCulture),
        ValType.F32 => WatPrinter.FormatF32((uint)raw.Bits),
        ValType.F64 => WatPrinter.FormatF64(raw.Bits),
        _ => Format(type, (object?)raw.V128),
    };

    /// <summary>An externref made on the command line (<c>ref.extern N</c>), printed back as such.</summary>
    private sealed record HostReference(ulong Number);
}
