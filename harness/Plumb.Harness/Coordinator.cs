using System.Collections.Concurrent;
using System.Diagnostics;
using Newtonsoft.Json;
using Plumb.Harness.Reports;

namespace Plumb.Harness;

/// <summary>
/// Runs jobs in worker processes (<see cref="Worker"/>), several at a time, each with a time limit,
/// and collects the verdicts into one <see cref="RunReport"/> per (engine, suite). A worker that
/// crashes or exceeds the limit adds one failure to its script; the run goes on.
/// </summary>
public sealed class Coordinator
{
    /// <summary>How long one script may take.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How many workers run at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where progress goes.</summary>
    public TextWriter Progress { get; init; } = Console.Out;

    /// <summary>The workers' working directory (process engines' commands are relative to it); null: this process's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// How a worker for a job is started: <see cref="Worker.HostedBy"/> for a program that runs
    /// <see cref="Worker"/> (the CLI, the test project); tests also start misbehaving commands.
    /// </summary>
    public required Func<Job, ProcessStartInfo> StartWorker { get; init; }

    /// <summary>True: a redrawn progress bar (a terminal); false: one plain line per script (CI, pipes).</summary>
    public bool Interactive { get; init; } = !Console.IsOutputRedirected;

    /// <summary>Runs every job and returns the reports, in (engine, suite) order of first appearance.</summary>
    public List<RunReport> Run(IReadOnlyList<Job> jobs)
    {
        var results = new ConcurrentDictionary<Job, FileReport>();
        int done = 0;
        var progressLock = new object();
        var order = jobs.OrderByDescending(j => SizeOf(j.Full)).ToList(); // long scripts first: better packing
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) }, job =>
        {
            var report = RunOne(job);
            results[job] = report;
            int n = Interlocked.Increment(ref done);
            lock (progressLock)
                ShowProgress(n, jobs.Count, job, report);
        });
        if (Interactive)
            Progress.WriteLine();

        var runs = new List<RunReport>();
        foreach (var group in jobs.GroupBy(j => (j.Engine, j.Suite)))
        {
            var run = new RunReport
            {
                Engine = group.Key.Engine,
                Suite = group.Key.Suite,
                ExactMessages = false,
                Files = group.OrderBy(j => j.Relative, StringComparer.Ordinal).Select(j => results[j]).ToList(),
            };
            run.ExactMessages = run.Files.All(f => f.ExactMessages);
            run.Sum();
            runs.Add(run);
        }
        return runs;
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private void ShowProgress(int done, int total, Job job, FileReport report)
    {
        string verdict = report.Failed == 0 ? "ok" : $"{report.Failed} failed";
        if (!Interactive)
        {
            Progress.WriteLine($"[{done}/{total}] {job.Engine} {job.Suite} {job.Relative}: {report.Passed} passed, {verdict} ({report.Seconds:0.0} s)");
            return;
        }
        const int width = 30;
        int filled = total == 0 ? width : done * width / total;
        string name = $"{job.Engine} {job.Suite} {job.Relative}";
        if (name.Length > 45)
            name = "..." + name[^42..];
        Progress.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {name,-45}");
    }

    /// <summary>Runs one job in a worker process and turns its output into a file report.</summary>
    public FileReport RunOne(Job job)
    {
        var start = StartWorker(job);
        start.RedirectStandardOutput = start.RedirectStandardError = start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        if (WorkingDirectory is not null)
            start.WorkingDirectory = WorkingDirectory;
        var verdicts = new List<CommandResult>();
        var stderr = new Queue<string>();
        bool finished = false, exact = false;
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            if (e.Data.StartsWith(Worker.ResultPrefix, StringComparison.Ordinal))
            {
                var verdict = JsonConvert.DeserializeObject<CommandResult>(e.Data[Worker.ResultPrefix.Length..]);
                if (verdict is not null)
                {
                    lock (verdicts)
                    {
                        verdicts.Add(verdict);
                    }
                }
            }
            else if (e.Data == Worker.DoneMarker)
            {
                finished = true;
            }
            else if (e.Data.StartsWith(Worker.ExactPrefix, StringComparison.Ordinal))
            {
                exact = e.Data.EndsWith("true", StringComparison.Ordinal);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (stderr)
            {
                stderr.Enqueue(e.Data);
                if (stderr.Count > 5)
                    stderr.Dequeue();
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        bool exited = process.WaitForExit(TimeLimit);
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited in the meantime.
            }
        }
        process.WaitForExit(); // drains the asynchronous readers
        clock.Stop();

        List<CommandResult> all;
        lock (verdicts)
            all = [.. verdicts];
        int lastLine = all.Count == 0 ? 0 : all.Max(v => v.Line);
        if (!exited)
        {
            all.Add(new CommandResult(lastLine, "script", CommandStatus.Failed, "finishes", $"time limit exceeded ({TimeLimit.TotalSeconds:0} s) after line {lastLine}"));
        }
        else if (!finished)
        {
            string tail;
            lock (stderr)
                tail = string.Join(" | ", stderr);
            all.Add(new CommandResult(lastLine, "script", CommandStatus.Failed, "finishes", $"worker crashed (exit code {process.ExitCode}) after line {lastLine}{(tail.Length > 0 ? ": " + tail : "")}"));
        }
        var report = Tally(job.Relative, all, clock.Elapsed.TotalSeconds);
        report.ExactMessages = exact;
        return report;
    }

    /// <summary>Counts verdicts into a file report.</summary>
    public static FileReport Tally(string file, IEnumerable<CommandResult> verdicts, double seconds)
    {
        var report = new FileReport { File = file, Seconds = Math.Round(seconds, 2) };
        foreach (var v in verdicts.OrderBy(v => v.Line))
        {
            switch (v.Status)
            {
                case CommandStatus.Passed:
                    report.Passed++;
                    if (v.LooseMatch)
                        report.LooseMatches++;
                    break;
                case CommandStatus.Failed:
                    report.Failed++;
                    report.Failures.Add(new FailureReport { Line = v.Line, Command = v.Command, Expected = v.Expected, Actual = v.Actual });
                    break;
                default:
                    report.Skipped++;
                    report.Skips.Add(new FailureReport { Line = v.Line, Command = v.Command, Expected = v.Expected, Actual = v.Actual });
                    break;
            }
        }
        return report;
    }
}
