using System.Globalization;
using System.Runtime.Intrinsics;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb invoke [--engine interpreter|compiler] FILE FUNC [ARG...]</c>: instantiates a module (.wasm
/// or .wat) with no imports and calls one exported function, printing its results one per line, or
/// the error (malformed, invalid, unlinkable, trap with its Wasm stack trace) with exit code 1.
/// </summary>
internal static class InvokeCommand
{
    public const string Usage = "usage: plumb invoke [--engine interpreter|compiler] FILE FUNC [ARG...]";

    /// <summary>Runs the command on its arguments (after "invoke").</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var engine = EngineKind.Interpreter;
        int i = 0;
        if (i < args.Count && args[i] == "--engine")
        {
            if (i + 1 >= args.Count || !TryEngine(args[i + 1], out engine))
            {
                stderr.WriteLine("plumb invoke: --engine takes interpreter or compiler");
                return 2;
            }
            i += 2;
        }
        if (args.Count - i < 2)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        string file = args[i];
        string name = args[i + 1];
        string[] arguments = args.Skip(i + 2).ToArray();
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (!ModuleLoader.IsBinary(file, bytes))
            {
                bytes = Plumb.Text.Wat.ToBinary(ModuleLoader.DecodeText(bytes));
            }
            // Memories may have the spec's 65,536 pages (4 GiB), as much as all memories may have together by default.
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine).WithMemoryPageLimit(65536));
            var instance = runtime.Instantiate(bytes);
            var function = instance.GetFunction(name);
            if (function is null)
            {
                stderr.WriteLine($"plumb invoke: {file} exports no function \"{name}\"");
                return 1;
            }
            if (arguments.Length != function.ParamTypes.Length)
            {
                stderr.WriteLine($"plumb invoke: {function} takes {function.ParamTypes.Length} arguments, got {arguments.Length}");
                return 2;
            }
            var values = new object?[arguments.Length];
            for (int a = 0; a < arguments.Length; a++)
            {
                if (!TryParse(function.ParamTypes[a], arguments[a], out values[a]))
                {
                    stderr.WriteLine($"plumb invoke: '{arguments[a]}' is not a {function.ParamTypes[a].ToText()}");
                    return 2;
                }
            }
            var results = function.Call(values);
            for (int r = 0; r < results.Length; r++)
            {
                stdout.WriteLine(Format(function.ResultTypes[r], results[r]));
            }
            return 0;
        }
        catch (WasmTrapException trap)
        {
            stderr.WriteLine("trap: " + trap.FormatWithWasmStackTrace());
            return 1;
        }
        catch (WasmException e)
        {
            stderr.WriteLine($"{ModuleLoader.Category(e)}: {ModuleLoader.Located(e, file) ?? ModuleLoader.Describe(e, file)}");
            return 1;
        }
        catch (NotSupportedException e)
        {
            stderr.WriteLine($"plumb invoke: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"plumb invoke: {e.Message}");
            return 1;
        }
    }

    private static bool TryEngine(string text, out EngineKind engine)
    {
        engine = text switch { "interpreter" => EngineKind.Interpreter, "compiler" => EngineKind.Compiler, _ => (EngineKind)(-1) };
        return engine is EngineKind.Interpreter or EngineKind.Compiler;
    }

    /// <summary>Parses a decimal (or 0x hexadecimal) integer, or a float (also nan, inf, -inf).</summary>
    internal static bool TryParse(ValType type, string text, out object? value)
    {
        value = null;
        var invariant = CultureInfo.InvariantCulture;
        bool hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        switch (type)
        {
            case ValType.I32:
                if (hex && uint.TryParse(text[2..], NumberStyles.HexNumber, invariant, out uint u32)) { value = (int)u32; return true; }
                if (int.TryParse(text, NumberStyles.Integer, invariant, out int i32)) { value = i32; return true; }
                if (uint.TryParse(text, NumberStyles.Integer, invariant, out u32)) { value = (int)u32; return true; }
                return false;
            case ValType.I64:
                if (hex && ulong.TryParse(text[2..], NumberStyles.HexNumber, invariant, out ulong u64)) { value = (long)u64; return true; }
                if (long.TryParse(text, NumberStyles.Integer, invariant, out long i64)) { value = i64; return true; }
                if (ulong.TryParse(text, NumberStyles.Integer, invariant, out u64)) { value = (long)u64; return true; }
                return false;
            case ValType.F32:
                if (float.TryParse(Normalise(text), NumberStyles.Float, invariant, out float f32)) { value = f32; return true; }
                return false;
            case ValType.F64:
                if (double.TryParse(Normalise(text), NumberStyles.Float, invariant, out double f64)) { value = f64; return true; }
                return false;
            case ValType.FuncRef or ValType.ExternRef when text == "null":
                return true;
            default:
                return false;
        }
    }

    private static string Normalise(string text) => text switch
    {
        "nan" => "NaN",
        "inf" or "+inf" => "Infinity",
        "-inf" => "-Infinity",
        _ => text,
    };

    /// <summary>A result as text: integers in decimal, floats round-trippable, references as null or ref.</summary>
    internal static string Format(ValType type, object? value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Vector128<byte> v => "0x" + string.Concat(Enumerable.Range(0, 16).Select(k => v.GetElement(15 - k).ToString("x2", CultureInfo.InvariantCulture))),
        null => "null",
        WasmFunction f => "ref.func " + (f.Name ?? "?"),
        _ => "ref.extern " + value,
    };
}
