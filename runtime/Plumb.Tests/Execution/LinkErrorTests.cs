using Plumb.Text;

namespace Plumb.Tests.Execution;

/// <summary>
/// A link error names the import (module and field) and, for a mismatch, the expected and actual types,
/// after the spec's words, which stay first because the spec suite matches messages by prefix.
/// </summary>
public class LinkErrorTests
{
    private static WasmUnlinkableException Link(string importText)
    {
        using var runtime = WasmRuntime.Create();
        runtime.NewHostModuleBuilder("env")
            .WithFunction("f", (int x) => x)
            .WithMemory("mem", 0)
            .WithTable("tab", ValType.FuncRef, 2, 4)
            .WithGlobal("g", ValType.I32, 7)
            .Instantiate();
        return Assert.Throws<WasmUnlinkableException>(() => runtime.Instantiate(Wat.ToBinary($"(module {importText})")));
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "missing function", """(import "env" "nope" (func))""", "nope", "unknown import \"env\".\"nope\"" },
        { "missing module", """(import "other" "f" (func))""", "f", "unknown import \"other\".\"f\"" },
        { "memory too small", """(import "env" "mem" (memory 1 2))""", "mem", "incompatible import type for \"env\".\"mem\": expected memory 1..2, got memory 0" },
        { "function signature", """(import "env" "f" (func (param i64) (result i64)))""", "f", "incompatible import type for \"env\".\"f\": expected func (param i64) (result i64), got func (param i32) (result i32)" },
        { "kind", """(import "env" "g" (func))""", "g", "incompatible import type for \"env\".\"g\": expected func, got global i32" },
        { "global mutability", """(import "env" "g" (global (mut i32)))""", "g", "incompatible import type for \"env\".\"g\": expected global (mut i32), got global i32" },
        { "table limits", """(import "env" "tab" (table 3 funcref))""", "tab", "incompatible import type for \"env\".\"tab\": expected table 3 funcref, got table 2..4 funcref" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void LinkErrorNamesTheImportAndTheTypes(string name, string import, string field, string message)
    {
        var error = Link(import);
        Assert.True(error.Message == message, $"{name}: {error.Message}");
        Assert.Equal(field, error.ImportName);
        Assert.Equal($"{Quote(error.ImportModule!)}.{Quote(field)}", error.Place);
        // The message names the import already, so the one-line form does not repeat it.
        Assert.Equal(error.Message, error.Describe());
        Assert.StartsWith(message.StartsWith("unknown", StringComparison.Ordinal) ? "unknown import" : "incompatible import type", error.Message);
    }

    [Fact]
    public void NamesWithQuotesAreEscaped()
    {
        var error = Link("""(import "e\"v" "a\\b" (func))""");
        Assert.Equal("unknown import \"e\\22v\".\"a\\5cb\"", error.Message);
        Assert.Equal("e\"v", error.ImportModule);
    }

    private static string Quote(string s) => $"\"{s}\"";
}
