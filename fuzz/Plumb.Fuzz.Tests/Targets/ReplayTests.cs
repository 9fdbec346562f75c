using System.Text;
using Plumb.Fuzz.Targets;

namespace Plumb.Fuzz.Tests.Targets;

/// <summary>The in-process replay (<c>--run</c>) reports a property that fails, and passes inputs that keep it.</summary>
public sealed class ReplayTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("plumb-replay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void APlantedViolationIsReportedAsAFinding()
    {
        File.WriteAllBytes(Path.Combine(_dir, "fine"), "fine"u8.ToArray());
        File.WriteAllBytes(Path.Combine(_dir, "planted"), "BAD input"u8.ToArray());
        var output = new StringWriter();

        int findings = Replay.Run(new PlantedTarget(), _dir, output);

        Assert.Equal(1, findings);
        Assert.Contains($"FINDING planted {Path.Combine(_dir, "planted")}: System.InvalidOperationException: planted", output.ToString());
        Assert.Contains("2 inputs, 1 findings", output.ToString());
    }

    [Fact]
    public void RunReportsAPlantedViolationAndExitsWithOne()
    {
        File.WriteAllBytes(Path.Combine(_dir, "planted"), "BAD input"u8.ToArray());
        var output = new StringWriter();

        int exit = Cli.Run(["planted", "--run", _dir], output, output, [new PlantedTarget()]);

        Assert.Equal(1, exit);
        Assert.Contains("FINDING planted", output.ToString());
        Assert.Contains("System.InvalidOperationException: planted", output.ToString());
    }

    [Fact]
    public void RunExitsWithZeroWhenThePropertyHolds()
    {
        // A truncated module header is malformed: the decode property holds, so exit 0.
        string file = Path.Combine(_dir, "truncated.wasm");
        File.WriteAllBytes(file, [0x00, 0x61, 0x73]);
        var output = new StringWriter();
        Assert.Equal(0, Cli.Run(["decode", "--run", file], output, output));
        Assert.Contains("decode: 1 inputs, 0 findings", output.ToString());
    }

    private sealed class PlantedTarget : FuzzTarget
    {
        public override string Name => "planted";

        public override string Property => "no input starts with BAD";

        public override SeedKind Seeds => SeedKind.TextModules;

        public override void Run(ReadOnlySpan<byte> input)
        {
            if (Encoding.ASCII.GetString(input).StartsWith("BAD", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("planted");
            }
        }
    }
}
