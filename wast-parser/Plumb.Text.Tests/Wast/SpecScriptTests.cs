using Plumb.Binary;
using Plumb.Text.Wast;
using Xunit.Abstractions;

namespace Plumb.Text.Tests.Wast;

public class SpecScriptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("wg-1.0")]
    [InlineData("wg-2.0")]
    public void EveryScriptAndTextModuleParses(string suite)
    {
        var failures = new List<string>();
        int scripts = 0, modules = 0;
        foreach (var (path, script) in SpecSuite.ParsedScripts(suite))
        {
            scripts++;
            foreach (var module in script.Commands.Select(ModuleOf).OfType<WastModule>().Where(m => m.Kind == WastModuleKind.Text))
            {
                modules++;
                if (module.Bytes is not null) continue;
                try
                {
                    Wat.Parse(module.Source!);
                    failures.Add($"{Path.GetFileName(path)}:{module.Line}: parses but has no bytes");
                }
                catch (WatSyntaxException e)
                {
                    failures.Add($"{Path.GetFileName(path)}:{module.Line}: {e}");
                }
            }
        }
        output.WriteLine($"{scripts} scripts, {modules} text modules");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("wg-1.0")]
    [InlineData("wg-2.0")]
    public void QuotedMalformedModulesFailWithTheSuitesMessage(string suite)
    {
        var failures = new List<string>();
        int total = 0;
        foreach (var (path, script) in SpecSuite.ParsedScripts(suite))
        {
            foreach (var command in script.Commands.OfType<AssertMalformed>().Where(m => m.Module.Kind == WastModuleKind.Quote))
            {
                total++;
                try
                {
                    Wat.Parse(command.Module.Source!, suite == "wg-1.0" ? WasmFeatures.Core1 : WasmFeatures.Core2);
                    failures.Add($"{Path.GetFileName(path)}:{command.Line}: parsed, expected \"{command.Message}\"");
                }
                catch (WatSyntaxException e) when (e.Message.StartsWith(command.Message, StringComparison.Ordinal))
                {
                }
                catch (WatSyntaxException e)
                {
                    failures.Add($"{Path.GetFileName(path)}:{command.Line}: \"{e.Message}\", expected \"{command.Message}\"");
                }
            }
        }
        output.WriteLine($"{total - failures.Count} of {total} quoted malformed modules matched");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("wg-1.0")]
    [InlineData("wg-2.0")]
    public void TextModulesDecodeBackToTheParsedModule(string suite)
    {
        var failures = new List<string>();
        int modules = 0;
        foreach (var (path, script) in SpecSuite.ParsedScripts(suite))
        {
            foreach (var module in script.Commands.Select(ModuleOf).OfType<WastModule>().Where(m => m.Kind == WastModuleKind.Text))
            {
                modules++;
                var parsed = Wat.Parse(module.Source!);
                try
                {
                    // wg-1.0 modules decode as Core 1.0: the encoder must not use a 2.0 encoding where 1.0 has one.
                    var decoded = ModuleReader.Read(module.Bytes!, suite == "wg-1.0" ? WasmFeatures.Core1 : WasmFeatures.Core2);
                    if (ModuleComparer.Difference(parsed, decoded) is { } difference)
                    {
                        failures.Add($"{Path.GetFileName(path)}:{module.Line}: {difference}");
                    }
                }
                catch (WasmMalformedException e)
                {
                    failures.Add($"{Path.GetFileName(path)}:{module.Line}: does not decode: {e.Message}");
                }
            }
        }
        output.WriteLine($"{modules - failures.Count} of {modules} text modules decode back unchanged");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static WastModule? ModuleOf(WastCommand command) => command switch
    {
        ModuleCommand m => m.Module,
        AssertInvalid a => a.Module,
        AssertMalformed a => a.Module,
        AssertUnlinkable a => a.Module,
        AssertModuleTrap a => a.Module,
        _ => null,
    };
}
