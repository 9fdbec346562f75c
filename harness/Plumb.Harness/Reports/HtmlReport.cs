using System.Globalization;
using System.Text;

namespace Plumb.Harness.Reports;

/// <summary>
/// DIR/index.html: one static page, readable from file:// with no server and nothing fetched (inline
/// CSS, a few lines of inline script that only open the drill-down a link points at). It shows the
/// platforms, the suite × (platform, engine) matrix of pass rates, the change against the baseline
/// when one was compared, the known differences with their reasons, and per run the failures grouped
/// by cause (<see cref="Causes"/>), each script a <c>&lt;details&gt;</c> listing every failing command
/// with what was expected and what happened. Every text from a report is escaped: script names and
/// messages are untrusted (harness/RATIONALE.md, "Why is the HTML report one static file?").
/// </summary>
public static class HtmlReport
{
    /// <summary>How many commands a script lists before "and N more" (conformance.json has them all).</summary>
    public const int ListedPerScript = 1000;

    private const string Style = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 80em; padding: 0 1em; color: #1b1b1b; }
        h1 { font-size: 1.6em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #ccc; } h3 { margin-bottom: .3em; }
        table { border-collapse: collapse; margin: .5em 0; }
        th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        #matrix td { text-align: center; min-width: 9em; }
        #matrix td.ok { background: #e3f4e3; } #matrix td.known { background: #fdf3d6; } #matrix td.bad { background: #fbe0e0; }
        #matrix td a { font-weight: 600; font-size: 1.1em; }
        small { color: #555; }
        code, .cmds td { font-family: ui-monospace, monospace; font-size: 12.5px; white-space: pre-wrap; word-break: break-word; }
        details { margin: .3em 0 .3em 1em; } summary { cursor: pointer; }
        details.cause > summary { font-weight: 600; }
        .cmds { width: 100%; } .cmds td:first-child { text-align: right; width: 4em; }
        #known-table td:nth-child(-n+3), #known-table code { white-space: nowrap; }
        .regression { color: #a00; } .none { color: #555; font-style: italic; }
        """;

    // Opens every <details> around the element a link points at (matrix cells, known differences),
    // so that following a link shows its target; the page reads the same without it.
    private const string Script = """
        function openTarget() {
          var e = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          for (; e; e = e.parentElement) { if (e.tagName === "DETAILS") { e.open = true; } }
        }
        addEventListener("hashchange", openTarget);
        openTarget();
        """;

    /// <summary>Renders the page.</summary>
    public static string Render(ConformanceReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>Plumb conformance</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>Plumb conformance</h1>\n");
        var totals = new Totals
        {
            Passed = report.Runs.Sum(r => r.Totals.Passed),
            Failed = report.Runs.Sum(r => r.Totals.Failed),
            Skipped = report.Runs.Sum(r => r.Totals.Skipped),
            Known = report.Runs.Sum(r => r.Totals.Known),
        };
        var platforms = report.Runs.Select(r => r.Platform).DistinctBy(p => p.Describe()).ToList();
        html.Append(CultureInfo.InvariantCulture,
            $"<p id=\"summary\">{report.Runs.Count} runs on {platforms.Count} platform(s): {totals.Passed} of {totals.Commands} commands passed, failed {E(totals.FailedText())}, skipped {totals.Skipped}. ");
        html.Append("Every command of a script counts: a module must instantiate, an action must not trap, an assertion must hold.</p>\n");

        Platforms(html, platforms);
        Matrix(html, report);
        Baselines(html, report);
        var groups = report.Runs.Select(Causes.Of).ToList();
        KnownDifferences(html, report, groups);
        Runs(html, report, groups);

        html.Append("<script>\n").Append(Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Platforms(StringBuilder html, List<PlatformInfo> platforms)
    {
        html.Append("<h2 id=\"platforms\">Platforms</h2>\n<table id=\"platform-table\">\n<thead><tr><th>platform</th><th>OS</th><th>architecture</th><th>.NET</th><th>CPU</th><th>emulated</th><th>Plumb</th><th>Wasmtime</th></tr></thead>\n<tbody>\n");
        foreach (var p in platforms)
        {
            string emulated = p.Emulated switch { true => "yes: " + (p.Emulation ?? "by an emulator"), false => "no", null => "not recorded" };
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(p.Label)}</td><td>{E(p.Os)}</td><td>{E(p.Arch)}</td><td>{E(p.Dotnet)}</td><td>{E(p.Cpu ?? "not recorded")}</td><td>{E(emulated)}</td><td>{E(p.Plumb ?? "not recorded")}</td><td>{E(p.Wasmtime ?? "not recorded")}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void Matrix(StringBuilder html, ConformanceReport report)
    {
        var suites = report.Runs.Select(r => r.Suite).Distinct().ToList();
        var platforms = report.Runs.Select(r => r.Platform.Label).Distinct().ToList();
        var columns = platforms.SelectMany(p => report.Runs.Where(r => r.Platform.Label == p).Select(r => r.Engine).Distinct().Select(e => (Platform: p, Engine: e))).ToList();
        html.Append("<h2 id=\"pass-rates\">Pass rates</h2>\n<table id=\"matrix\">\n<thead>\n<tr><th rowspan=\"2\">suite</th>");
        foreach (var platform in platforms)
            html.Append(CultureInfo.InvariantCulture, $"<th colspan=\"{columns.Count(c => c.Platform == platform)}\">{E(platform)}</th>");
        html.Append("</tr>\n<tr>");
        foreach (var column in columns)
            html.Append(CultureInfo.InvariantCulture, $"<th><code>{E(column.Engine)}</code></th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var suite in suites)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(suite)}</th>");
            foreach (var column in columns)
            {
                int index = report.Runs.FindIndex(r => r.Suite == suite && r.Engine == column.Engine && r.Platform.Label == column.Platform);
                if (index < 0)
                {
                    html.Append("<td class=\"none\">not run</td>");
                    continue;
                }
                var t = report.Runs[index].Totals;
                string state = t.Failed == 0 ? "ok" : t.Failed == t.Known ? "known" : "bad";
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{state}\"><a href=\"#run-{index}\">{E(MarkdownReport.Rate(t))}</a><br /><small>{t.Passed}/{t.Commands} passed");
                if (t.Failed > 0)
                    html.Append(CultureInfo.InvariantCulture, $"<br />failed {E(t.FailedText())}");
                if (t.Skipped > 0)
                    html.Append(CultureInfo.InvariantCulture, $"<br />skipped {t.Skipped}");
                html.Append("</small></td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        html.Append("<p><small>Green: every command passed; yellow: every failure is a known difference; red: failures to look at. ");
        if (report.Runs.Any(r => !r.ExactMessages))
        {
            html.Append("Engines other than Plumb's are compared loosely: an expected failure passes on its category alone ");
            html.Append("(malformed and invalid count as one), whatever the message.");
        }
        html.Append("</small></p>\n");
    }

    private static void Baselines(StringBuilder html, ConformanceReport report)
    {
        if (report.Baselines is not { Count: > 0 } changes)
            return;
        html.Append("<h2 id=\"baseline\">Change against the baseline</h2>\n");
        foreach (var change in changes)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p>{E(change.Platform)}, compared with <code>{E(change.Baseline)}</code>: <span class=\"{(change.Regressions.Count > 0 ? "regression" : "")}\">{change.Regressions.Count} regressions</span>, {change.Improvements.Count} improvements, {change.Uncovered.Count} runs without a baseline.</p>\n");
            List("Regressions", change.Regressions, open: true);
            List("Runs without a baseline", change.Uncovered, open: true);
            List("Improvements", change.Improvements, open: false);
        }

        void List(string title, List<string> lines, bool open)
        {
            if (lines.Count == 0)
                return;
            html.Append(CultureInfo.InvariantCulture, $"<details class=\"baseline\"{(open ? " open=\"open\"" : "")}><summary>{E(title)} ({lines.Count})</summary>\n<ul>\n");
            foreach (var line in lines)
                html.Append("<li><code>").Append(E(line)).Append("</code></li>\n");
            html.Append("</ul>\n</details>\n");
        }
    }

    private static void KnownDifferences(StringBuilder html, ConformanceReport report, List<List<Causes.Group>> groups)
    {
        html.Append("<h2 id=\"known\">Known differences</h2>\n");
        var known = report.Runs.SelectMany((run, r) => groups[r].Select((g, i) => (Run: run, RunIndex: r, Group: g, GroupIndex: i)))
            .Where(x => x.Group.Kind == Causes.Kind.Known).ToList();
        if (known.Count == 0)
        {
            html.Append("<p class=\"none\">None in these runs.</p>\n");
            return;
        }
        html.Append("<p>Failures that are understood, each with its reason (harness/known-differences.json). They still count as failures, and do not fail the run.</p>\n");
        html.Append("<table id=\"known-table\">\n<thead><tr><th>engine</th><th>suite</th><th>platform</th><th>reason</th><th>commands</th></tr></thead>\n<tbody>\n");
        foreach (var (run, r, group, g) in known)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><code>{E(run.Engine)}</code></td><td>{E(run.Suite)}</td><td>{E(run.Platform.Label)}</td><td>{E(group.Title)}</td><td class=\"num\"><a href=\"#run-{r}-g-{g}\">{group.Items.Count}</a></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void Runs(StringBuilder html, ConformanceReport report, List<List<Causes.Group>> groups)
    {
        html.Append("<h2 id=\"runs\">Runs</h2>\n");
        for (int r = 0; r < report.Runs.Count; r++)
        {
            var run = report.Runs[r];
            var t = run.Totals;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"run\" id=\"run-{r}\">\n<h3><code>{E(run.Engine)}</code> on {E(run.Suite)}, {E(run.Platform.Label)}</h3>\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<p>{E(MarkdownReport.Rate(t))}: {t.Passed} of {t.Commands} commands passed in {run.Files.Count} scripts, failed {E(t.FailedText())}, skipped {t.Skipped}, loose matches {t.LooseMatches}; {run.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s of workers.</p>\n");
            if (groups[r].Count == 0)
                html.Append("<p class=\"none\">Every command passed.</p>\n");
            for (int g = 0; g < groups[r].Count; g++)
            {
                var group = groups[r][g];
                html.Append(CultureInfo.InvariantCulture,
                    $"<details class=\"cause\" id=\"run-{r}-g-{g}\" data-kind=\"{group.Kind.ToString().ToLowerInvariant()}\"><summary>{E(Causes.Heading(group))}</summary>\n");
                int s = 0;
                foreach (var script in group.Items.GroupBy(i => i.File.File))
                {
                    var items = script.ToList();
                    string what = items[0].Skipped ? "skipped" : "failed";
                    html.Append(CultureInfo.InvariantCulture,
                        $"<details class=\"script\" id=\"run-{r}-g-{g}-s-{s++}\"><summary><code>{E(script.Key)}</code>: {items.Count} {what} (of {items[0].File.Passed + items[0].File.Failed + items[0].File.Skipped})</summary>\n");
                    html.Append("<table class=\"cmds\">\n<thead><tr><th>line</th><th>command</th><th>expected</th><th>actual</th></tr></thead>\n<tbody>\n");
                    foreach (var item in items.Take(ListedPerScript))
                    {
                        var f = item.Failure;
                        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{f.Line}</td><td>{E(f.Command)}</td><td>{E(f.Expected)}</td><td>{E(f.Actual)}</td></tr>\n");
                    }
                    html.Append("</tbody>\n</table>\n");
                    if (items.Count > ListedPerScript)
                        html.Append(CultureInfo.InvariantCulture, $"<p>... and {items.Count - ListedPerScript} more (conformance.json has them all)</p>\n");
                    html.Append("</details>\n");
                }
                html.Append("</details>\n");
            }
            html.Append("</section>\n");
        }
    }

    private static string E(string text) => Escape(text);

    /// <summary>
    /// Escapes text for an HTML element or a quoted attribute: the five markup characters become
    /// entities, control characters become visible <c>\xNN</c>, and a lone surrogate becomes U+FFFD, so
    /// that no script name or message can end an element, open a tag or break the page's UTF-8.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                case '\n' or '\t': result.Append(c); break;
                default:
                    if (char.IsControl(c))
                    {
                        result.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        result.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        result.Append('\uFFFD');
                    }
                    else
                    {
                        result.Append(c);
                    }
                    break;
            }
        }
        return result.ToString();
    }
}
