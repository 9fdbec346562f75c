using Plumb.Text.Wast;

namespace Plumb.Tests.Spec;

/// <summary>A module of a spec script with the command that holds it.</summary>
public sealed record SuiteModule(SpecScript Script, WastCommand Command, WastModule Module)
{
    public string Key => $"{Script.Key}:{Command.Line}";
}

/// <summary>The modules of the suites' scripts that parsed, for the front-end tests that go module by module.</summary>
public static class SuiteModules
{
    private static readonly Lazy<IReadOnlyList<SuiteModule>> AllModules = new(() =>
        [.. SpecCorpus.Scripts.SelectMany(script => Of(script, SpecCorpus.Parse(script).Script))]);

    public static IReadOnlyList<SuiteModule> All => AllModules.Value;

    private static IEnumerable<SuiteModule> Of(SpecScript script, WastScript? parsed)
    {
        foreach (var command in parsed?.Commands ?? [])
        {
            WastModule? module = command switch
            {
                ModuleCommand c => c.Module,
                AssertInvalid c => c.Module,
                AssertMalformed c => c.Module,
                AssertUnlinkable c => c.Module,
                AssertModuleTrap c => c.Module,
                _ => null,
            };
            if (module is not null)
            {
                yield return new SuiteModule(script, command, module);
            }
        }
    }
}
