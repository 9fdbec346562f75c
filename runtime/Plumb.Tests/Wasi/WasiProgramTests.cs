using Xunit.Abstractions;

namespace Plumb.Tests.Wasi;

/// <summary>
/// Each C program of <c>programs/</c> runs on Plumb's WASI and on Wasmtime's with the same arguments,
/// environment, standard input and preopened directory: standard output, standard error, exit code and
/// the files left behind must be the same. Lines where the two runtimes deliberately differ are listed in
/// <see cref="KnownDifferences"/> with the reason, and reported rather than hidden.
/// </summary>
public sealed class WasiProgramTests(WasiPrograms programs, ITestOutputHelper output) : IClassFixture<WasiPrograms>
{
    /// <summary>Output lines (program, start of line) that may differ from Wasmtime, each with why.</summary>
    public static readonly IReadOnlyDictionary<(string Program, string Line), string> KnownDifferences = new Dictionary<(string, string), string>
    {
        [("rest", "fd_allocate")] = "Plumb extends the file as the witx describes; Wasmtime answers ENOTSUP (runtime/RATIONALE.md)",
        [("rest", "allocated size")] = "the file fd_allocate extended on Plumb only",
    };

    /// <summary>Programs run by other tests: they trap by design, print what differs per run, or sleep.</summary>
    private static readonly string[] Special = ["badpointer", "determinism", "sleep"];

    /// <summary>Every program on both of Plumb's engines.</summary>
    public static TheoryData<string, EngineKind> Names()
    {
        var data = new TheoryData<string, EngineKind>();
        foreach (var name in WasiPrograms.Names.Except(Special))
        {
            data.Add(name, EngineKind.Interpreter);
            data.Add(name, EngineKind.Compiler);
        }
        return data;
    }

    public static TheoryData<int, EngineKind> BadPointerCases()
    {
        var data = new TheoryData<int, EngineKind>();
        foreach (int which in Enumerable.Range(0, 10))
        {
            data.Add(which, EngineKind.Interpreter);
            data.Add(which, EngineKind.Compiler);
        }
        return data;
    }

    private static string[] ArgsOf(string program) => program switch
    {
        "hello" => ["7", "second arg", "ünïcødé"],
        _ => [],
    };

    private static string StdinOf(string program) => program == "stdin" ? "standard input\nsecond line\n" : "";

    [Theory]
    [MemberData(nameof(Names))]
    public void ProgramBehavesAsOnWasmtime(string program, EngineKind engine) => Compare(program, false, engine);

    /// <summary>The file-system programs again with the preopen read-only: every change refused with Wasmtime's errno.</summary>
    [Theory]
    [InlineData("files", EngineKind.Interpreter)]
    [InlineData("escape", EngineKind.Interpreter)]
    [InlineData("files", EngineKind.Compiler)]
    [InlineData("escape", EngineKind.Compiler)]
    public void ProgramBehavesAsOnWasmtimeWithReadOnlyPreopen(string program, EngineKind engine) => Compare(program, true, engine);

    private void Compare(string program, bool readOnly, EngineKind engine)
    {
        string wasm = programs.Wasm(program);
        var expected = WasiRun.OnWasmtime(wasm, ArgsOf(program), StdinOf(program), readOnly);
        var actual = WasiRun.OnPlumb(wasm, ArgsOf(program), StdinOf(program), readOnly, engine);
        output.WriteLine($"exit {actual.ExitCode}\n--- stdout\n{actual.Stdout}\n--- stderr\n{actual.Stderr}\n--- files\n{actual.Files}");
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        AssertSameLines(program, "stdout", expected.Stdout, actual.Stdout);
        AssertSameLines(program, "stderr", expected.Stderr, actual.Stderr);
        Assert.Equal(expected.Files, actual.Files);
    }

    /// <summary>A pointer or length outside memory given to a WASI function traps (or fails) on Plumb as on Wasmtime, after the same output.</summary>
    [Theory]
    [MemberData(nameof(BadPointerCases))]
    public void BadPointerTrapsAsOnWasmtime(int which, EngineKind engine)
    {
        string wasm = programs.Wasm("badpointer");
        var expected = WasiRun.OnWasmtime(wasm, [which.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var actual = WasiRun.OnPlumb(wasm, [which.ToString(System.Globalization.CultureInfo.InvariantCulture)], engine: engine);
        output.WriteLine($"wasmtime: {expected}\nplumb:    {actual}");
        Assert.Equal(expected, actual);
    }

    private void AssertSameLines(string program, string stream, string expected, string actual)
    {
        string[] want = expected.Split('\n');
        string[] got = actual.Split('\n');
        var differences = new List<string>();
        for (int i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            string w = i < want.Length ? want[i] : "(none)";
            string g = i < got.Length ? got[i] : "(none)";
            if (w == g)
            {
                continue;
            }
            var known = KnownDifferences.FirstOrDefault(k => k.Key.Program == program && w.StartsWith(k.Key.Line, StringComparison.Ordinal) && g.StartsWith(k.Key.Line, StringComparison.Ordinal));
            if (known.Value is not null)
            {
                output.WriteLine($"known difference ({known.Value}):\n  wasmtime: {w}\n  plumb:    {g}");
                continue;
            }
            differences.Add($"{stream} line {i + 1}:\n  wasmtime: {w}\n  plumb:    {g}");
        }
        Assert.True(differences.Count == 0, $"{program}: {differences.Count} lines differ from Wasmtime\n{string.Join("\n", differences)}");
    }
}
