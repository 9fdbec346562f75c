using Plumb.Harness.Reports;

namespace Plumb.Harness.Tests.Reports;

public class CausesTests
{
    [Theory]
    [InlineData("gc/i31.wast", "gc")]
    [InlineData("memory64/memory_copy64.wast", "memory64")]
    [InlineData("multi-memory/load2.wast", "multi-memory")]
    [InlineData("relaxed-simd/relaxed_laneselect.wast", "relaxed-simd")]
    [InlineData("exceptions/throw_ref.wast", "exceptions")]
    [InlineData("return_call_indirect.wast", "tail-call")]
    [InlineData("call_ref.wast", "function-references")]
    [InlineData("type-rec.wast", "gc")]
    [InlineData("annotations.wast", "annotations")]
    [InlineData("i32.wast", null)]
    [InlineData("simd/simd_lane.wast", null)]
    [InlineData("bulk-memory/table_fill.wast", null)]
    public void AScriptsProposalComesFromItsFolderOrName(string file, string? proposal)
    {
        Assert.Equal(proposal, Causes.Proposal(file));
    }

    [Theory]
    [InlineData("module", "malformed: unknown operator tag", "exceptions")]
    [InlineData("assert_invalid (module)", "malformed: unknown operator return_call_indirect", "tail-call")]
    [InlineData("module", "malformed: unknown operator call_ref", "function-references")]
    [InlineData("module", "malformed: unknown operator rec", "gc")]
    [InlineData("module", "malformed: unknown operator struct.new", "gc")]
    [InlineData("module", "malformed: unknown operator i32x4.relaxed_trunc_f32x4_s", "relaxed-simd")]
    [InlineData("module", "invalid: constant expression required", "extended-const")]
    [InlineData("assert_invalid (module)", "invalid: constant expression required", null)]
    [InlineData("module", "malformed: unknown operator i32.addd", null)]
    [InlineData("module", "malformed: unexpected token", null)]
    public void AnUnknownOperatorNamesItsProposal(string command, string actual, string? proposal)
    {
        Assert.Equal(proposal, Causes.ProposalOf(new FailureReport { Command = command, Actual = actual }));
    }

    [Fact]
    public void Wg3FailuresAreGroupedByTheMissingProposalNotOneGroupPerLine()
    {
        var run = new RunReport
        {
            Engine = "interpreter",
            Suite = "wg-3.0",
            Files =
            [
                Coordinator.Tally("gc/i31.wast", Failures(1, 20, "malformed: unknown operator i31"), 1),
                Coordinator.Tally("gc/struct.wast", Failures(1, 5, "malformed: unexpected token"), 1),
                Coordinator.Tally("exports.wast", [
                    new CommandResult(7, "module", CommandStatus.Failed, "instantiated", "malformed: unknown operator tag"),
                    new CommandResult(8, "assert_return invoke \"f\"", CommandStatus.Failed, "(i32.const 1)", "no module: the module at line 7 failed"),
                    new CommandResult(9, "module", CommandStatus.Failed, "instantiated", "malformed: unexpected token"),
                    new CommandResult(10, "assert_return invoke \"g\"", CommandStatus.Failed, "(i32.const 1)", "no module: the module at line 9 failed"),
                ], 1),
            ],
        };
        run.Sum();

        var groups = Causes.Of(run);

        var gc = groups[0];
        Assert.Equal((Causes.Kind.Proposal, "gc", 25, 2), (gc.Kind, gc.Title, gc.Items.Count, gc.Scripts));
        Assert.Equal("Proposal gc: 25 failures in 2 scripts", Causes.Heading(gc));
        // The command that failed because its module did joins the module's cause.
        Assert.Equal([7, 8], groups.Single(g => g.Title == "exceptions").Items.Select(i => i.Failure.Line));
        Assert.Equal([9, 10], groups.Single(g => g.Title == "module: malformed: unexpected token").Items.Select(i => i.Failure.Line));
        Assert.Equal(3, groups.Count);
    }

    private static IEnumerable<CommandResult> Failures(int from, int count, string actual) =>
        Enumerable.Range(from, count).Select(line => new CommandResult(line, "module", CommandStatus.Failed, "instantiated", actual));
}
