namespace Plumb.Cli.Tests;

public class ProgramTests
{
    [Fact]
    public void UnknownCommandExitsWithUsageError()
    {
        Assert.Equal(2, global::Plumb.Cli.Program.Run(["no-such-command"], TextWriter.Null, TextWriter.Null));
    }
}
