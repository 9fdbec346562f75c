using System.Collections.Concurrent;
using Plumb.Binary;
using Plumb.Text;
using Plumb.Text.Wast;
using Plumb.Validation;

namespace Plumb.Tests.Spec;

/// <summary>A command whose module did not reach the outcome its command expects.</summary>
public sealed record FrontEndFailure(string Key, string Reason);

/// <summary>The front-end outcome of one script: how many modules were checked and which commands failed.</summary>
public sealed record FrontEndResult(int ModulesChecked, IReadOnlyList<FrontEndFailure> Failures);

/// <summary>
/// Walks a spec script through the front end only (text parser, decoder, validator): each module
/// must reach the outcome its command expects. Running modules is the engines' job.
/// </summary>
public static class FrontEndWalk
{
    private static readonly ConcurrentDictionary<string, Lazy<FrontEndResult>> Results = new();

    public static FrontEndResult Run(SpecScript script) =>
        Results.GetOrAdd(script.Key, _ => new Lazy<FrontEndResult>(() => RunNow(script))).Value;

    private static FrontEndResult RunNow(SpecScript script)
    {
        var parsed = SpecCorpus.Parse(script);
        if (parsed.Script is null)
        {
            // Text modules are encoded when the script is parsed, so one unreadable module stops the script.
            return new FrontEndResult(0, [new FrontEndFailure($"{script.Key}:{parsed.ErrorLine}", $"script does not parse: {Describe(parsed.Error!)}")]);
        }
        return Check(parsed.Script, script.Key, script.Features);
    }

    /// <summary>Checks every module command of a parsed script; failure keys are <c>key:line</c>.</summary>
    public static FrontEndResult Check(WastScript parsed, string key, WasmFeatures features)
    {
        var failures = new List<FrontEndFailure>();
        int checkedModules = 0;
        foreach (var command in parsed.Commands)
        {
            string? failure;
            switch (command)
            {
                case ModuleCommand c:
                    failure = MustValidate(c.Module, features);
                    break;
                case AssertUnlinkable c:
                    failure = MustValidate(c.Module, features);
                    break;
                case AssertModuleTrap c:
                    failure = MustValidate(c.Module, features);
                    break;
                case AssertInvalid c:
                    failure = MustBeInvalid(c.Module, c.Message, features);
                    break;
                case AssertMalformed c:
                    failure = MustBeMalformed(c.Module, c.Message, features);
                    break;
                default:
                    continue;
            }
            checkedModules++;
            if (failure is not null)
            {
                failures.Add(new FrontEndFailure($"{key}:{command.Line}", failure));
            }
        }
        return new FrontEndResult(checkedModules, failures);
    }

    /// <summary>The module's binary: as written, or encoded from text (quote modules are parsed only now).</summary>
    internal static byte[] Encode(WastModule module, WasmFeatures features) =>
        module.Kind == WastModuleKind.Quote ? Wat.ToBinary(module.Source!, features) : module.Bytes!;

    private static string? MustValidate(WastModule module, WasmFeatures features)
    {
        try
        {
            byte[] bytes;
            try
            {
                bytes = Encode(module, features);
            }
            catch (WasmMalformedException e)
            {
                return $"text does not parse: {Describe(e)}";
            }
            Validator.Validate(ModuleReader.Read(bytes, features), features);
            return null;
        }
        catch (WasmMalformedException e)
        {
            return $"malformed: {Describe(e)}";
        }
        catch (WasmInvalidException e)
        {
            return $"invalid: {e.Message}";
        }
        catch (Exception e)
        {
            return Crash(e);
        }
    }

    private static string? MustBeInvalid(WastModule module, string expected, WasmFeatures features)
    {
        try
        {
            var decoded = ModuleReader.Read(Encode(module, features), features);
            Validator.Validate(decoded, features);
            return $"validates, expected invalid: {expected}";
        }
        catch (WasmInvalidException e)
        {
            return e.Message.StartsWith(expected, StringComparison.Ordinal) ? null : $"invalid: {e.Message}, expected: {expected}";
        }
        catch (WasmMalformedException e)
        {
            return $"malformed: {Describe(e)}, expected invalid: {expected}";
        }
        catch (Exception e)
        {
            return Crash(e);
        }
    }

    /// <summary>
    /// Binary modules must fail to decode, quoted text must fail to parse or its encoding to decode,
    /// with a message that starts with the expected text, as the reference interpreter checks.
    /// </summary>
    private static string? MustBeMalformed(WastModule module, string expected, WasmFeatures features)
    {
        try
        {
            if (module.Kind == WastModuleKind.Quote)
            {
                ModuleReader.Read(Wat.ToBinary(module.Source!, features), features);
                return $"text parses and decodes, expected malformed: {expected}";
            }
            var decoded = ModuleReader.Read(module.Bytes!, features);
            try
            {
                Validator.Validate(decoded, features);
                return $"decodes and validates, expected malformed: {expected}";
            }
            catch (WasmInvalidException e)
            {
                return $"decodes (invalid: {e.Message}), expected malformed: {expected}";
            }
        }
        catch (WasmMalformedException e)
        {
            return e.Message.StartsWith(expected, StringComparison.Ordinal) ? null : $"malformed: {Describe(e)}, expected: {expected}";
        }
        catch (Exception e)
        {
            return Crash(e);
        }
    }

    private static string Crash(Exception e) => $"crash: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";

    internal static string Describe(WasmMalformedException e) => e switch
    {
        WatSyntaxException text => $"{text.Message} (line {text.Line}, column {text.Column})",
        // Byte offsets are left out so that the known-failures file does not churn with unrelated changes.
        _ => e.Message,
    };
}
