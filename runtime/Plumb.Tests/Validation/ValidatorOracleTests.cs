using System.Diagnostics;
using Plumb.Binary;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Tests.Spec;
using Plumb.Text.Wast;
using Plumb.Validation;

namespace Plumb.Tests.Validation;

/// <summary>
/// V8 (node's <c>WebAssembly.validate</c>) as an oracle for validation: mutants of the suites' valid
/// Core 2.0 modules (an instruction replaced, inserted, removed or swapped, an immediate changed, a
/// type, global, segment, export or start changed) must be accepted by Plumb exactly when V8 accepts
/// them. Mutants use only instructions of the table, so V8's extra proposals do not come into play.
/// </summary>
public class ValidatorOracleTests
{
    private const int BodyMutants = 2500;
    private const int ModuleMutants = 1500;

    private const string NodeScript = """
        const fs = require('fs'), path = require('path');
        const dir = process.argv[2];
        const lines = [];
        for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.wasm')).sort()) {
          lines.push(name + '\t' + (WebAssembly.validate(fs.readFileSync(path.join(dir, name))) ? 'valid' : 'invalid'));
        }
        fs.writeFileSync(path.join(dir, 'v8.tsv'), lines.join('\n'));
        """;

    [Fact]
    public void ValidationAgreesWithV8OnMutatedSuiteModules()
    {
        string? node = WabtOracleTests.FindOnPath("node");
        Assert.True(node is not null, "node is not on PATH");

        var seeds = SuiteModules.All
            .Where(m => m.Command is ModuleCommand && m.Script.Features == WasmFeatures.Core2 && m.Module.Bytes is not null)
            .Select(m => ModuleReader.Read(m.Module.Bytes!))
            .Where(m => m.Codes.Length > 0)
            .ToArray();
        Assert.NotEmpty(seeds);

        string dir = Directory.CreateTempSubdirectory("plumb-validator-oracle-").FullName;
        var rng = new Random(20251125);
        var plumb = new Dictionary<string, string>();
        int written = 0;
        while (written < BodyMutants + ModuleMutants)
        {
            var seed = seeds[rng.Next(seeds.Length)];
            var mutant = written < BodyMutants ? MutateBody(seed, rng) : MutateModule(seed, rng);
            if (mutant is null)
            {
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = ModuleWriter.Write(mutant);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // The writer refuses what the binary format cannot express; nothing to compare.
                continue;
            }
            string name = $"m{written:D5}.wasm";
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
            plumb[name] = Verdict(bytes);
            written++;
        }

        File.WriteAllText(Path.Combine(dir, "v8.js"), NodeScript);
        using (var process = Process.Start(new ProcessStartInfo(node!, [Path.Combine(dir, "v8.js"), dir]) { RedirectStandardError = true })!)
        {
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "node failed: " + stderr);
        }

        var disagreements = new List<string>();
        foreach (string line in File.ReadAllLines(Path.Combine(dir, "v8.tsv")))
        {
            var parts = line.Split('\t');
            string ours = plumb[parts[0]];
            if ((ours == "valid") != (parts[1] == "valid"))
            {
                disagreements.Add($"{parts[0]}: plumb {ours}, v8 {parts[1]}");
            }
        }
        Assert.Equal(plumb.Count, File.ReadAllLines(Path.Combine(dir, "v8.tsv")).Length);
        Assert.True(disagreements.Count == 0,
            $"{disagreements.Count} of {plumb.Count} mutants judged differently (kept in {dir}):\n" + string.Join("\n", disagreements.Take(20)));
        Assert.Contains(plumb.Values, v => v == "valid");
        Assert.Contains(plumb.Values, v => v.StartsWith("invalid", StringComparison.Ordinal));
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>Plumb's judgement of a mutant, its errors held to <see cref="FrontEndErrors"/>' contract.</summary>
    private static string Verdict(byte[] bytes)
    {
        if (FrontEndErrors.DecodeOrMalformed(bytes) is not { } module)
        {
            return "malformed";
        }
        return FrontEndErrors.ValidateOrInvalid(module, WasmFeatures.Core2, bytes.Length, out var error) is null
            ? "invalid: " + error!.Message
            : "valid";
    }

    private static Module MutateBody(Module module, Random rng)
    {
        var rows = InstructionTable.All;
        int index = rng.Next(module.Codes.Length);
        var body = module.Codes[index];
        var code = body.Code.ToList();
        int edits = 1 + rng.Next(2);
        for (int k = 0; k < edits && code.Count > 1; k++)
        {
            // Never the final end: a body without it is malformed, not invalid.
            int at = rng.Next(code.Count - 1);
            var instruction = code[at];
            switch (rng.Next(7))
            {
                case 0: code[at] = instruction with { Opcode = rows[rng.Next(rows.Length)].Opcode }; break;
                case 1: code[at] = instruction with { A = (uint)rng.Next(6) }; break;
                case 2: code[at] = instruction with { B = (uint)rng.Next(3) }; break;
                case 3: code.RemoveAt(at); break;
                case 4: code.Insert(at, instruction); break;
                case 5: code.Insert(at, new Instruction(rows[rng.Next(rows.Length)].Opcode, (uint)rng.Next(3), 0, (ulong)rng.Next(3))); break;
                default:
                    if (at + 1 < code.Count - 1)
                    {
                        (code[at], code[at + 1]) = (code[at + 1], code[at]);
                    }
                    break;
            }
        }
        return module with { Codes = module.Codes.SetItem(index, body with { Code = [.. code] }) };
    }

    private static readonly ValType[] ValueTypes =
        [ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128, ValType.FuncRef, ValType.ExternRef];

    private static Module? MutateModule(Module module, Random rng)
    {
        var rows = InstructionTable.All;
        int importedGlobals = module.Imports.Count(i => i.Kind == ExternKind.Global);
        ValType AnyType() => ValueTypes[rng.Next(ValueTypes.Length)];
        ConstExpr AnyConst() => new([rng.Next(6) switch
        {
            0 => new Instruction(Opcode.I32Const),
            1 => new Instruction(Opcode.I64Const),
            2 => new Instruction(Opcode.RefNull, (uint)(rng.Next(2) == 0 ? ValType.FuncRef : ValType.ExternRef)),
            3 => new Instruction(Opcode.RefFunc, (uint)rng.Next(4)),
            // Imported globals, or one past every global: Wasm 3.0 (in newer V8) also admits defined ones.
            4 => new Instruction(Opcode.GlobalGet, (uint)(importedGlobals > 0 && rng.Next(2) == 0 ? rng.Next(importedGlobals) : importedGlobals + module.Globals.Length)),
            _ => new Instruction(rows[rng.Next(rows.Length)].Opcode),
        }]);

        switch (rng.Next(9))
        {
            case 0 when module.Types.Length > 0:
            {
                int t = rng.Next(module.Types.Length);
                var type = module.Types[t];
                var parameters = type.Params.IsEmpty ? type.Params.Add(AnyType()) : type.Params.SetItem(rng.Next(type.Params.Length), AnyType());
                return module with { Types = module.Types.SetItem(t, new FuncType(parameters, type.Results)) };
            }
            case 1 when module.Globals.Length > 0:
            {
                int g = rng.Next(module.Globals.Length);
                return module with { Globals = module.Globals.SetItem(g, module.Globals[g] with { Init = AnyConst() }) };
            }
            case 2 when module.Globals.Length > 0:
            {
                int g = rng.Next(module.Globals.Length);
                return module with { Globals = module.Globals.SetItem(g, module.Globals[g] with { Type = new GlobalType(AnyType(), rng.Next(2) == 0) }) };
            }
            case 3 when module.Elements.Length > 0:
            {
                int e = rng.Next(module.Elements.Length);
                var segment = module.Elements[e];
                segment = rng.Next(3) switch
                {
                    0 => segment with { Init = segment.Init.Add(AnyConst()), UsesExpressions = true },
                    1 => segment with { Mode = (SegmentMode)rng.Next(3), Offset = segment.Offset ?? AnyConst() },
                    _ => segment with { TableIndex = (uint)rng.Next(3) },
                };
                return module with { Elements = module.Elements.SetItem(e, segment) };
            }
            case 4 when module.Data.Length > 0:
            {
                int d = rng.Next(module.Data.Length);
                return module with { Data = module.Data.SetItem(d, module.Data[d] with { Mode = SegmentMode.Active, Offset = AnyConst() }) };
            }
            case 5:
                return module with { Exports = module.Exports.Add(new Export("x" + rng.Next(2), (ExternKind)rng.Next(4), (uint)rng.Next(4))) };
            case 6:
                return module with { Start = (uint)rng.Next(5) };
            case 7 when module.Tables.Length > 0:
            {
                int t = rng.Next(module.Tables.Length);
                return module with { Tables = module.Tables.SetItem(t, module.Tables[t] with { ElementType = rng.Next(2) == 0 ? ValType.FuncRef : ValType.ExternRef }) };
            }
            case 8:
                return module with { Globals = module.Globals.Add(new Global(new GlobalType(AnyType(), false), AnyConst())) };
            default:
                return null;
        }
    }
}
