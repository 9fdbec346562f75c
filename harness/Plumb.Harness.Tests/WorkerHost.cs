using System.Diagnostics;

namespace Plumb.Harness.Tests;

/// <summary>
/// The test assembly is a worker host too (its <c>Main</c> replaces the one the test SDK would
/// generate), so that the library's tests run real worker processes without the CLI.
/// </summary>
public static class WorkerHost
{
    /// <summary>Starts a worker for a job in this assembly.</summary>
    public static Func<Job, ProcessStartInfo> StartWorker { get; } = Worker.HostedBy(typeof(WorkerHost).Assembly);

    /// <summary>Runs <c>__worker ...</c>; the test runner never calls it.</summary>
    public static int Main(string[] args) =>
        args.Length > 0 && args[0] == Worker.Command ? Worker.Run(args) : 2;
}
