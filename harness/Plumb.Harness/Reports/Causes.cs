namespace Plumb.Harness.Reports;

/// <summary>
/// Groups a run's failures and skips by cause, for the Markdown and HTML reports: a known
/// difference by its reason; a script that tests a proposal standardised after Core 2.0 by that
/// proposal (what is missing is the feature, not one command at a time); anything else by the
/// command's verb and what went wrong (<see cref="MarkdownReport.Cause"/>).
/// </summary>
public static class Causes
{
    /// <summary>What a group of failures has in common, in the order reports list the groups.</summary>
    public enum Kind
    {
        /// <summary>Known differences with one reason.</summary>
        Known,
        /// <summary>Failures in the scripts of one post-2.0 proposal.</summary>
        Proposal,
        /// <summary>Failures of one verb with one outcome.</summary>
        Outcome,
        /// <summary>Commands the engine declared it cannot express.</summary>
        Skipped,
    }

    /// <summary>One failure or skip with its script.</summary>
    /// <param name="File">The script.</param>
    /// <param name="Failure">The command.</param>
    /// <param name="Skipped">True for a skipped command.</param>
    public sealed record Item(FileReport File, FailureReport Failure, bool Skipped);

    /// <summary>The failures and skips of one cause, in script then line order.</summary>
    /// <param name="Kind">What they have in common.</param>
    /// <param name="Title">The cause, as a heading: the reason, the proposal, or verb and outcome.</param>
    /// <param name="Items">The commands.</param>
    public sealed record Group(Kind Kind, string Title, List<Item> Items)
    {
        /// <summary>How many scripts the items come from.</summary>
        public int Scripts => Items.Select(i => i.File.File).Distinct().Count();
    }

    /// <summary>
    /// The proposals standardised after Core 2.0 and how their scripts are recognised in the wg-3.0
    /// suite: by folder (<c>gc/</c>, <c>memory64/</c>, ...) and, for the scripts at the top of the suite,
    /// by file name.
    /// </summary>
    private static readonly (string Proposal, string[] Folders, string[] Files)[] Table =
    [
        ("gc", ["gc"], ["type-rec", "type-canon", "type-equivalence", "type-subtyping", "i31", "struct", "array", "ref_eq", "ref_test", "ref_cast", "br_on_cast", "br_on_cast_fail", "extern"]),
        ("function-references", ["function-references"], ["call_ref", "return_call_ref", "br_on_null", "br_on_non_null", "ref_as_non_null", "local_init"]),
        ("tail-call", ["tail-call"], ["return_call", "return_call_indirect"]),
        ("exceptions", ["exceptions", "exception-handling"], ["throw", "throw_ref", "try_table", "tag"]),
        ("memory64", ["memory64"], []),
        ("multi-memory", ["multi-memory"], []),
        ("relaxed-simd", ["relaxed-simd"], []),
        ("extended-const", ["extended-const"], []),
        ("annotations", ["annotations"], ["annotations"]),
    ];

    /// <summary>Every proposal name the grouping knows, in the order of <see cref="Table"/>.</summary>
    public static IEnumerable<string> Proposals => Table.Select(t => t.Proposal);

    /// <summary>
    /// The post-2.0 proposal a script tests, from its folder or its file name, or null (a Core 2.0
    /// script, whose failures are grouped by outcome).
    /// </summary>
    public static string? Proposal(string file)
    {
        string[] parts = file.Split('/');
        string name = Path.GetFileNameWithoutExtension(parts[^1]);
        foreach (var (proposal, folders, files) in Table)
        {
            if (parts.Length > 1 && folders.Contains(parts[0], StringComparer.Ordinal))
                return proposal;
            if (files.Contains(name, StringComparer.Ordinal))
                return proposal;
        }
        return null;
    }

    /// <summary>
    /// Instructions and text keywords of post-2.0 proposals, by prefix: a Core 2.0 parser that meets one
    /// says "unknown operator X", which names the missing proposal even in a script of the core folder
    /// (exports.wast exporting a tag, br_table.wast using call_ref).
    /// </summary>
    private static readonly (string Prefix, string Proposal)[] Operators =
    [
        ("tag", "exceptions"), ("throw", "exceptions"), ("try_table", "exceptions"), ("exnref", "exceptions"),
        ("return_call_ref", "function-references"), ("call_ref", "function-references"), ("ref.as_non_null", "function-references"),
        ("br_on_null", "function-references"), ("br_on_non_null", "function-references"),
        ("return_call", "tail-call"),
        ("rec", "gc"), ("sub", "gc"), ("any", "gc"), ("eq", "gc"), ("i31", "gc"), ("struct", "gc"), ("array", "gc"),
        ("none", "gc"), ("nofunc", "gc"), ("noextern", "gc"), ("ref.eq", "gc"), ("ref.i31", "gc"), ("ref.test", "gc"),
        ("ref.cast", "gc"), ("br_on_cast", "gc"), ("extern.convert_any", "gc"),
    ];

    /// <summary>
    /// The proposal a failure's outcome names, when its script does not: an unknown operator of a
    /// proposal (<see cref="Operators"/>), a relaxed SIMD instruction, or a module that must be valid
    /// rejected for arithmetic in a constant expression (extended-const, the one 3.0 change that allows it).
    /// </summary>
    public static string? ProposalOf(FailureReport failure)
    {
        const string unknownOperator = "unknown operator ";
        int at = failure.Actual.IndexOf(unknownOperator, StringComparison.Ordinal);
        if (at >= 0)
        {
            string op = failure.Actual[(at + unknownOperator.Length)..].Split(' ', 2)[0];
            if (op.Contains(".relaxed_", StringComparison.Ordinal))
                return "relaxed-simd";
            foreach (var (prefix, proposal) in Operators)
            {
                if (op == prefix || op.StartsWith(prefix + ".", StringComparison.Ordinal) || op.StartsWith(prefix + "_", StringComparison.Ordinal))
                    return proposal;
            }
        }
        if (failure.Command.StartsWith("module", StringComparison.Ordinal) && failure.Actual.EndsWith("constant expression required", StringComparison.Ordinal))
            return "extended-const";
        return null;
    }

    /// <summary>
    /// The failures (then the skips) of a run, grouped by cause: known differences, then missing
    /// proposals, then other outcomes, then skips, each kind largest group first. A command
    /// that failed only because an earlier module of its script did ("no module: the module at line N
    /// failed") joins the cause of that module.
    /// </summary>
    public static List<Group> Of(RunReport run)
    {
        var failures = new List<(Kind, string, Item)>();
        foreach (var file in run.Files)
        {
            var own = new Dictionary<int, (Kind, string)>();
            foreach (var failure in file.Failures)
            {
                var cause = CauseOf(file, failure, own);
                own.TryAdd(failure.Line, cause);
                failures.Add((cause.Item1, cause.Item2, new Item(file, failure, false)));
            }
        }
        var skips = run.Files.SelectMany(f => f.Skips.Select(x => (Kind.Skipped, MarkdownReport.Cause(x, skipped: true), new Item(f, x, true))));
        return failures.Concat(skips)
            .GroupBy(x => (x.Item1, x.Item2), x => x.Item3)
            .Select(g => new Group(g.Key.Item1, g.Key.Item2, [.. g]))
            .OrderBy(g => g.Kind)
            .ThenByDescending(g => g.Items.Count)
            .ThenBy(g => g.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The line of the module whose failure this failure follows from ("no module: the module at line N
    /// failed"), or null when it failed on its own.
    /// </summary>
    public static int? ModuleLine(FailureReport failure)
    {
        const string noModule = "no module: the module at line ";
        if (!failure.Actual.StartsWith(noModule, StringComparison.Ordinal))
            return null;
        string rest = failure.Actual[noModule.Length..];
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        return int.TryParse(space < 0 ? rest : rest[..space], out int line) ? line : null;
    }

    private static (Kind, string) CauseOf(FileReport file, FailureReport failure, Dictionary<int, (Kind, string)> earlier)
    {
        if (failure.Known is not null)
            return (Kind.Known, failure.Known);
        if ((Proposal(file.File) ?? ProposalOf(failure)) is { } proposal)
            return (Kind.Proposal, proposal);
        if (ModuleLine(failure) is { } line && earlier.TryGetValue(line, out var cause))
            return cause;
        return (Kind.Outcome, MarkdownReport.Cause(failure));
    }

    /// <summary>The heading of a group: <c>gc: 1200 failures in 17 scripts</c>, <c>Known difference: REASON (37)</c>.</summary>
    public static string Heading(Group group) => group.Kind switch
    {
        Kind.Proposal => $"Proposal {group.Title}: {group.Items.Count} failures in {group.Scripts} scripts",
        Kind.Known => $"Known difference: {group.Title} ({group.Items.Count})",
        _ => $"{group.Title} ({group.Items.Count})",
    };
}
