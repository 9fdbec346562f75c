using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plumb.Text.Wast;

namespace Plumb.Harness.Engines;

/// <summary>
/// An external engine in any language, driven over the JSON-lines protocol of harness/PROTOCOL.md:
/// one request per line on its standard input, one response per line on its standard output.
/// The command runs through the platform shell, in the current directory.
/// </summary>
public sealed class ProcessEngine : IEngine
{
    private readonly Process _process;
    private readonly string _name;
    private bool _exactMessages;
    private string? _dead;

    /// <summary>Starts the engine process and sends it <c>init</c>.</summary>
    /// <param name="name">The engine's name in reports (<c>process:COMMAND</c>).</param>
    /// <param name="command">The shell command that starts the engine.</param>
    /// <param name="options">The suite's features, passed on in <c>init</c>.</param>
    public ProcessEngine(string name, string command, EngineOptions options)
    {
        _name = name;
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = false;
        start.UseShellExecute = false;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start '{command}'");
        _process.StandardInput.AutoFlush = true;

        var init = Request(new JObject
        {
            ["op"] = "init",
            ["suite"] = options.Suite,
            ["features"] = new JArray(FeatureNames(options).ToArray()),
        });
        if (init is null || init.Value<bool?>("ok") != true)
            _dead = $"engine refused init: {init?.ToString(Formatting.None) ?? _dead}";
        _exactMessages = init?.Value<bool?>("exactMessages") ?? false;
    }

    /// <inheritdoc/>
    public string Name => _name;

    /// <inheritdoc/>
    public bool ExactMessages => _exactMessages;

    /// <summary>The protocol's feature names for a suite.</summary>
    internal static IEnumerable<string> FeatureNames(EngineOptions options)
    {
        var f = options.Features;
        if (f.HasFlag(WasmFeatures.SignExtension)) yield return "sign-extension";
        if (f.HasFlag(WasmFeatures.SaturatingFloatToInt)) yield return "saturating-float-to-int";
        if (f.HasFlag(WasmFeatures.MultiValue)) yield return "multi-value";
        if (f.HasFlag(WasmFeatures.ReferenceTypes)) yield return "reference-types";
        if (f.HasFlag(WasmFeatures.BulkMemory)) yield return "bulk-memory";
        if (f.HasFlag(WasmFeatures.Simd)) yield return "simd";
        if (options.BeyondCore2) yield return "core-3.0";
    }

    /// <inheritdoc/>
    public Outcome Load(byte[] bytes) =>
        Answer(Request(new JObject { ["op"] = "load", ["bytes"] = Convert.ToBase64String(bytes) }), "module");

    /// <inheritdoc/>
    public Outcome Instantiate(int module) =>
        Answer(Request(new JObject { ["op"] = "instantiate", ["module"] = module }), "instance");

    /// <inheritdoc/>
    public Outcome Register(string name, int instance) =>
        Answer(Request(new JObject { ["op"] = "register", ["name"] = name, ["instance"] = instance }), null);

    /// <inheritdoc/>
    public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args) =>
        Answer(Request(new JObject
        {
            ["op"] = "invoke",
            ["instance"] = instance,
            ["export"] = export,
            ["args"] = new JArray(args.Select(ToJson).ToArray()),
        }), null);

    /// <inheritdoc/>
    public Outcome Get(int instance, string export) =>
        Answer(Request(new JObject { ["op"] = "get", ["instance"] = instance, ["export"] = export }), null);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(2000))
                    _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // The pipe broke because it exited.
        }
        _process.Dispose();
    }

    private JObject? Request(JObject request)
    {
        if (_dead is not null)
            return null;
        try
        {
            _process.StandardInput.WriteLine(request.ToString(Formatting.None));
            string? line = _process.StandardOutput.ReadLine();
            if (line is null)
            {
                _dead = "engine process exited";
                return null;
            }
            return JObject.Parse(line);
        }
        catch (IOException e)
        {
            _dead = $"engine process pipe broke: {e.Message}";
            return null;
        }
        catch (JsonException e)
        {
            _dead = $"engine answered something that is not JSON: {e.Message}";
            return null;
        }
    }

    private Outcome Answer(JObject? response, string? handleField)
    {
        if (response is null)
            return Outcome.Failed(OutcomeKind.EngineError, _dead ?? "no answer");
        string message = response.Value<string>("message") ?? "";
        if (response.Value<bool?>("ok") != true)
        {
            var kind = response.Value<string>("kind") switch
            {
                "malformed" => OutcomeKind.Malformed,
                "invalid" => OutcomeKind.Invalid,
                "rejected" => OutcomeKind.Rejected,
                "unlinkable" => OutcomeKind.Unlinkable,
                "trap" => OutcomeKind.Trap,
                "exhaustion" => OutcomeKind.Exhaustion,
                "unsupported" => OutcomeKind.Unsupported,
                _ => OutcomeKind.EngineError,
            };
            return Outcome.Failed(kind, message);
        }
        if (handleField is not null)
            return Outcome.WithHandle(response.Value<int?>(handleField) ?? -1);
        if (response["values"] is JArray values)
        {
            try
            {
                return Outcome.Returned(values.Select(v => FromJson((JObject)v)).ToArray());
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                return Outcome.Failed(OutcomeKind.EngineError, $"bad value in answer: {e.Message}");
            }
        }
        return Outcome.WithHandle(-1);
    }

    /// <summary>A value in the protocol's encoding (PROTOCOL.md, "Values").</summary>
    public static JObject ToJson(WastValue v) => v.Type switch
    {
        ValType.I32 or ValType.F32 => new JObject { ["type"] = v.Type.ToText(), ["value"] = ((uint)v.Low).ToString(CultureInfo.InvariantCulture) },
        ValType.I64 or ValType.F64 => new JObject { ["type"] = v.Type.ToText(), ["value"] = v.Low.ToString(CultureInfo.InvariantCulture) },
        ValType.V128 => new JObject { ["type"] = "v128", ["value"] = V128Hex(v) },
        _ => new JObject { ["type"] = v.Type.ToText(), ["value"] = v.IsNull ? null : v.Low.ToString(CultureInfo.InvariantCulture) },
    };

    /// <summary>Reads a value in the protocol's encoding.</summary>
    public static WastValue FromJson(JObject o)
    {
        string type = o.Value<string>("type") ?? throw new FormatException("value without type");
        string? value = o.Value<string>("value");
        return type switch
        {
            "i32" => new WastValue(ValType.I32, uint.Parse(value!, CultureInfo.InvariantCulture)),
            "f32" => new WastValue(ValType.F32, uint.Parse(value!, CultureInfo.InvariantCulture)),
            "i64" => new WastValue(ValType.I64, ulong.Parse(value!, CultureInfo.InvariantCulture)),
            "f64" => new WastValue(ValType.F64, ulong.Parse(value!, CultureInfo.InvariantCulture)),
            "v128" => FromHex(value!),
            "funcref" => new WastValue(ValType.FuncRef, 0, IsNull: value is null),
            "externref" => value is null ? new WastValue(ValType.ExternRef, 0, IsNull: true) : new WastValue(ValType.ExternRef, ulong.Parse(value, CultureInfo.InvariantCulture)),
            _ => throw new FormatException($"unknown value type '{type}'"),
        };
    }

    private static string V128Hex(WastValue v)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], v.Low);
        BitConverter.TryWriteBytes(bytes[8..], v.High);
        return Convert.ToHexStringLower(bytes);
    }

    private static WastValue FromHex(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex);
        if (bytes.Length != 16)
            throw new FormatException("v128 needs 16 bytes");
        return new WastValue(ValType.V128, BitConverter.ToUInt64(bytes, 0), BitConverter.ToUInt64(bytes, 8));
    }
}
