using System.Globalization;
using System.Text;
using Plumb.Binary;
using Plumb.Fuzz.Differential;
using Plumb.Harness.Engines;
using Plumb.Validation;

namespace Plumb.Fuzz.Reduction;

/// <summary>
/// Writes a case as a standalone WAST script that <c>plumb wast FILE --engine X</c> runs: the module
/// (as text when it parses back, else as <c>(module binary ...)</c>), then one assertion per call and
/// per state reading with the reference engine's outcome: exported globals with <c>get</c>, memories
/// and tables through the same probe modules the oracle used (<see cref="StateProbe"/>). An engine that diverges fails the script;
/// one that agrees with the reference passes it.
/// </summary>
public static class ReducedScript
{
    /// <summary>The script for <paramref name="fuzzCase"/> with <paramref name="reference"/>'s outcomes.</summary>
    /// <param name="fuzzCase">The (reduced) case.</param>
    /// <param name="reference">The reference engine's outcome of this very case.</param>
    /// <param name="divergence">What diverged, for the header comment; null for none.</param>
    /// <param name="features">The features the module is printed and checked with.</param>
    public static string Write(FuzzCase fuzzCase, CaseOutcome reference, Divergence? divergence, WasmFeatures features = WasmFeatures.Core2)
    {
        var text = new StringBuilder();
        text.Append(";; plumb fuzz: seed ").Append(fuzzCase.Seed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (divergence is not null)
        {
            foreach (var line in divergence.ToString().Split('\n'))
                text.Append(";; ").Append(line).Append('\n');
        }
        string module = ModuleText(fuzzCase.Wasm, features);

        if (!reference.Load.IsOk)
        {
            // Plumb tells malformed from invalid; the reference (Wasmtime) may not, so Plumb's decoder decides the assertion.
            string assertion = IsMalformed(fuzzCase.Wasm, features) ? "assert_malformed" : "assert_invalid";
            text.Append('(').Append(assertion).Append('\n').Append(Binary(fuzzCase.Wasm)).Append("\n  \"\")\n");
            return text.ToString();
        }
        if (reference.Instantiate is { IsOk: false } failed)
        {
            string assertion = failed.Kind switch
            {
                OutcomeKind.Trap => "assert_trap",
                OutcomeKind.Unlinkable => "assert_unlinkable",
                _ => null!,
            };
            if (assertion is null)
                text.Append(";; the reference engine failed to instantiate: ").Append(failed).Append('\n').Append(module).Append('\n');
            else
                text.Append('(').Append(assertion).Append('\n').Append(module).Append("\n  ").Append(Quote(Message(failed))).Append(")\n");
            return text.ToString();
        }

        text.Append(module).Append('\n');
        for (int i = 0; i < fuzzCase.Calls.Count && i < reference.Calls.Count; i++)
        {
            var call = fuzzCase.Calls[i];
            string invoke = $"(invoke {Quote(call.Export)}{string.Concat(call.Args.Select(a => " " + WastText.Value(a)))})";
            text.Append(Assertion(invoke, reference.Calls[i])).Append('\n');
        }
        StateExport? probed = null;
        foreach (var reading in reference.State)
        {
            if (reading.Probe is null)
            {
                text.Append(Assertion($"(get {Quote(reading.Export.Name)})", reading.Value)).Append('\n');
                continue;
            }
            if (!StateProbe.Functions.Contains(reading.Probe))
            {
                text.Append(";; the reference engine could not ").Append(reading.Probe).Append(" the probe of ").Append(reading.Export).Append(": ").Append(reading.Value).Append('\n');
                continue;
            }
            if (probed is null)
                text.Append("(register ").Append(Quote(StateProbe.ModuleName)).Append(")\n");
            if (!reading.Export.Equals(probed))
            {
                probed = reading.Export;
                text.Append(";; the state of ").Append(reading.Export).Append(", read by a probe module\n");
                text.Append(StateProbe.Text(reading.Export)).Append('\n');
            }
            text.Append(Assertion($"(invoke {Quote(reading.Probe)})", reading.Value)).Append('\n');
        }
        return text.ToString();
    }

    private static string Assertion(string action, Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Ok => $"(assert_return {action}{string.Concat((outcome.Values ?? []).Select(v => " " + WastText.Expected(v)))})",
        OutcomeKind.Trap => $"(assert_trap {action} {Quote(Message(outcome))})",
        OutcomeKind.Exhaustion => $"(assert_exhaustion {action} \"call stack exhausted\")",
        _ => $";; the reference engine gave {outcome} for {action}",
    };

    /// <summary>The trap kind in the spec's wording when the message names one, else the engine's message.</summary>
    private static string Message(Outcome outcome) => OutcomeComparer.TrapKind(outcome.Message) ?? outcome.Message;

    private static string ModuleText(byte[] wasm, WasmFeatures features)
    {
        try
        {
            string text = Text.Wat.FromBinary(wasm, features);
            Text.Wat.ToBinary(text, features);
            return text.TrimEnd();
        }
        catch (Exception e) when (e is WasmException or Text.WatSyntaxException or ArgumentException or InvalidOperationException)
        {
            return Binary(wasm);
        }
    }

    private static string Binary(byte[] wasm)
    {
        var text = new StringBuilder("(module binary\n");
        for (int start = 0; start < wasm.Length; start += 32)
        {
            text.Append("  \"");
            foreach (byte b in wasm.AsSpan(start, Math.Min(32, wasm.Length - start)))
                text.Append('\\').Append(b.ToString("x2", CultureInfo.InvariantCulture));
            text.Append("\"\n");
        }
        return text.Append(')').ToString();
    }

    private static bool IsMalformed(byte[] wasm, WasmFeatures features)
    {
        try
        {
            Validator.Validate(ModuleReader.Read(wasm, features), features);
            return false;
        }
        catch (WasmMalformedException)
        {
            return true;
        }
        catch (WasmException)
        {
            return false;
        }
    }

    private static string Quote(string s)
    {
        var text = new StringBuilder("\"");
        foreach (char c in s)
        {
            if (c is '"' or '\\')
                text.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7E)
                text.Append(string.Concat(Encoding.UTF8.GetBytes(c.ToString()).Select(b => "\\" + b.ToString("x2", CultureInfo.InvariantCulture))));
            else
                text.Append(c);
        }
        return text.Append('"').ToString();
    }
}
