using System.Diagnostics;
using System.Text.RegularExpressions;
using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

/// <summary>
/// index.html in a real browser: Debian's Chromium, headless, loads the page from file:// (as a reader
/// would open it), runs its script, and the rendered DOM must hold the matrix and an opened drill-down;
/// a screenshot lands beside the page. scripts/install-report-tools.sh installs Chromium (scripts/test.sh
/// runs it). Without a browser this test fails, saying so, rather than skip: a skipped check reads as a
/// passed one.
/// </summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plumb-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ChromiumRendersTheMatrixAndOpensTheDrillDownALinkPointsAt()
    {
        string browser = Browser();
        HtmlReportTests.Rich().WriteTo(_folder);
        string page = Path.Combine(_folder, "index.html");
        string url = new Uri(page).AbsoluteUri;

        // The fragment names a script's drill-down: the page's script must open it and its cause.
        string dom = Run(browser, "--dump-dom", url + "#run-0-g-0-s-0");

        Assert.Matches(new Regex("<table id=\"matrix\">.*<th>wg-2\\.0</th>.*50\\.00%", RegexOptions.Singleline), dom);
        Assert.Matches("<details class=\"cause\" id=\"run-0-g-0\"[^>]*\\sopen=", dom);
        Assert.Matches("<details class=\"script\" id=\"run-0-g-0-s-0\"[^>]*\\sopen=", dom);
        Assert.Contains("<td>(i32.const 3)</td>", dom);
        Assert.Contains("Wasmtime implements 2.0 rules", dom);

        string png = Path.Combine(_folder, "index.png");
        Run(browser, $"--screenshot={png}", "--window-size=1280,1600", url);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot at {png}");
        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 1000 && bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{png} is not a PNG ({bytes.Length} bytes)");
    }

    /// <summary>
    /// The page `plumb report merge` makes of the committed runs of linux-x64 and of linux-arm64 (under qemu-user):
    /// one matrix with a column group per platform, the emulated one named so, both in the platform table.
    /// </summary>
    [Fact]
    public void ChromiumRendersTheMergedPageOfTheCommittedPlatforms()
    {
        string browser = Browser();
        string root = Suites.RepositoryRoot()!;
        var reports = new[] { "linux-x64", "linux-arm64" }
            .Select(p => ConformanceReport.FromJson(File.ReadAllText(Path.Combine(root, "reports", "baseline", p, "conformance.json"))))
            .ToList();
        var merged = ConformanceReport.Merge(reports, out var duplicates);
        Assert.Empty(duplicates);
        string page = Path.Combine(_folder, "index.html");
        File.WriteAllText(page, HtmlReport.Render(merged));
        string url = new Uri(page).AbsoluteUri;

        string dom = Run(browser, "--dump-dom", url);

        Assert.Matches(new Regex("<table id=\"matrix\">.*<th colspan=\"\\d+\">linux-x64</th>.*<th colspan=\"\\d+\">linux-arm64 \\(qemu-user\\)</th>", RegexOptions.Singleline), dom);
        Assert.Matches(new Regex("<table id=\"platform-table\">.*<td>linux-arm64 \\(qemu-user\\)</td><td>linux</td><td>arm64</td>", RegexOptions.Singleline), dom);
        foreach (var run in merged.Runs.Where(r => r.Platform.Arch == "arm64"))
            Assert.Contains($"{run.Totals.Passed}/{run.Totals.Commands} passed", dom);

        string png = Path.Combine(_folder, "merged.png");
        Run(browser, $"--screenshot={png}", "--window-size=1280,1000", url);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot at {png}");
    }

    /// <summary>The browser: PLUMB_CHROMIUM, else chromium (Debian) or chromium-browser on the PATH.</summary>
    private static string Browser()
    {
        if (Environment.GetEnvironmentVariable("PLUMB_CHROMIUM") is { Length: > 0 } given)
            return given;
        foreach (string name in new[] { "chromium", "chromium-browser" })
        {
            foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string path = Path.Combine(dir, name);
                if (File.Exists(path))
                    return path;
            }
        }
        Assert.Fail("Chromium is not installed, so index.html cannot be checked in a browser: run scripts/install-report-tools.sh (scripts/test.sh does), or set PLUMB_CHROMIUM to a Chromium binary.");
        return "";
    }

    /// <summary>
    /// Runs headless Chromium on a page and returns what it printed. --no-sandbox: test machines and
    /// containers often run as root or without user namespaces, where the sandbox cannot start; the page
    /// is our own file. A fresh profile keeps parallel runs apart.
    /// </summary>
    private string Run(string browser, params string[] args)
    {
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={Path.Combine(_folder, "profile")}" }.Concat(args))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within 3 minutes: {browser} {string.Join(' ', args)}");
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {browser} {string.Join(' ', args)}\n{Tail(stderr.Result)}");
        return stdout.Result;

        static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(10));
    }
}
