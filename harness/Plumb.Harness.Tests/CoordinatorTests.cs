using System.Diagnostics;
using Newtonsoft.Json;

namespace Plumb.Harness.Tests;

/// <summary>
/// Worker isolation: a worker that crashes or hangs costs its own script one failure, keeps the
/// verdicts it reported before, and the run goes on with the other scripts.
/// </summary>
public class CoordinatorTests
{
    private static string Verdict(int line, CommandStatus status) =>
        Worker.ResultPrefix + JsonConvert.SerializeObject(new CommandResult(line, "assert_return invoke \"f\"", status, "(i32.const 1)", "(i32.const 1)"));

    /// <summary>A fake worker: a shell script per job, chosen by the job's file name.</summary>
    private static ProcessStartInfo Fake(Job job)
    {
        string good = $"echo '{Verdict(1, CommandStatus.Passed)}'; echo '{Verdict(2, CommandStatus.Passed)}'; echo '{Worker.DoneMarker}'";
        string script = job.Relative switch
        {
            "crash.wast" => $"echo '{Verdict(1, CommandStatus.Passed)}'; echo 'fatal: native panic' >&2; kill -9 $$",
            "hang.wast" => $"echo '{Verdict(1, CommandStatus.Passed)}'; exec sleep 60",
            "silent-exit.wast" => $"echo '{Verdict(1, CommandStatus.Passed)}'; exit 0",
            _ => good,
        };
        return new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script } };
    }

    [Fact]
    public void CrashesAndHangsFailTheirScriptAndTheRunGoesOn()
    {
        if (OperatingSystem.IsWindows())
            return; // the fake workers are POSIX shell scripts
        string[] files = ["a.wast", "crash.wast", "hang.wast", "silent-exit.wast", "b.wast"];
        var jobs = files.Select(f => new Job("fake", "wg-2.0", f, f)).ToList();
        var coordinator = new Coordinator
        {
            StartWorker = Fake,
            TimeLimit = TimeSpan.FromSeconds(3),
            Parallelism = 2,
            Progress = TextWriter.Null,
            Interactive = false,
        };
        var clock = Stopwatch.StartNew();
        var run = Assert.Single(coordinator.Run(jobs));
        clock.Stop();

        var byFile = run.Files.ToDictionary(f => f.File);
        Assert.Equal((2, 0), (byFile["a.wast"].Passed, byFile["a.wast"].Failed));
        Assert.Equal((2, 0), (byFile["b.wast"].Passed, byFile["b.wast"].Failed));
        foreach (var bad in new[] { "crash.wast", "hang.wast", "silent-exit.wast" })
        {
            Assert.Equal(1, byFile[bad].Passed);
            var failure = Assert.Single(byFile[bad].Failures);
            Assert.Equal("script", failure.Command);
        }
        Assert.Contains("worker crashed", byFile["crash.wast"].Failures[0].Actual);
        Assert.Contains("native panic", byFile["crash.wast"].Failures[0].Actual);
        Assert.Contains("time limit exceeded", byFile["hang.wast"].Failures[0].Actual);
        Assert.Contains("worker crashed (exit code 0)", byFile["silent-exit.wast"].Failures[0].Actual);
        Assert.Equal(7, run.Totals.Passed);
        Assert.Equal(3, run.Totals.Failed);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the hung worker was killed at its time limit");
    }
}
