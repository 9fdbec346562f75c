namespace Plumb.Cli.Harness;

/// <summary>
/// Messages the spec reworded between suite versions for the same check. Plumb's text parser has
/// no notion of a suite version and reports the current wording; a script of an older suite that
/// expects the old wording accepts the new one, counted as a loose match so the figures show it
/// (RATIONALE.md, "Why does wg-1.0 accept a reworded message?").
/// </summary>
internal static class SpecWording
{
    /// <summary>(suite, wording in that suite, current wording).</summary>
    private static readonly (string Suite, string Old, string Current)[] Renames =
    [
        // The 1.0 reference interpreter's lexer said "invalid"; 2.0 made it "malformed" like the binary decoder.
        ("wg-1.0", "invalid UTF-8 encoding", "malformed UTF-8 encoding"),
        // 1.0 named this ordering error; 2.0's parser reports it as the token it did not expect.
        ("wg-1.0", "result before parameter", "unexpected token"),
    ];

    /// <summary>True if <paramref name="actual"/> is the current wording of <paramref name="expected"/> in <paramref name="suite"/>.</summary>
    public static bool Renamed(string suite, string expected, string actual) =>
        Renames.Any(r => r.Suite == suite && expected.StartsWith(r.Old, StringComparison.Ordinal) && actual.StartsWith(r.Current, StringComparison.Ordinal));
}
