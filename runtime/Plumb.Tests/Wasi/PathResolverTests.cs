using Plumb.Wasi;

namespace Plumb.Tests.Wasi;

/// <summary>
/// The check after an open that narrows the check-then-use race (runtime/RATIONALE.md, "What does the WASI sandbox
/// do about a path swapped between check and open?"): a file opened where a raced link led, outside the preopen, is
/// told apart from one inside, also when the preopen itself was given through a link. The race itself (a host
/// process swapping a component between Resolve and the open) is not reproduced: its outcome is what is checked.
/// </summary>
public sealed class PathResolverTests : IDisposable
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "plumb-resolver-" + Guid.NewGuid().ToString("N"));

    public PathResolverTests()
    {
        Directory.CreateDirectory(Path.Combine(_base, "root", "sub"));
        Directory.CreateDirectory(Path.Combine(_base, "elsewhere"));
        File.WriteAllText(Path.Combine(_base, "root", "sub", "inside.txt"), "inside");
        File.WriteAllText(Path.Combine(_base, "elsewhere", "secret.txt"), "secret");
    }

    public void Dispose() => Directory.Delete(_base, true);

    private static WasiDirectory Preopen(string hostPath) => ModuleConfig.Default.WithDirectory(hostPath, ".").Directories[0];

    private static bool OpenedInside(string hostPath, WasiDirectory preopen)
    {
        using var stream = File.OpenRead(hostPath);
        return PathResolver.OpenedInside(stream.SafeFileHandle, preopen);
    }

    [Fact]
    public void AFileInsideThePreopenPasses() =>
        Assert.True(OpenedInside(Path.Combine(_base, "root", "sub", "inside.txt"), Preopen(Path.Combine(_base, "root"))));

    [Fact]
    public void AFileReachedThroughASwappedInLinkToElsewhereFails()
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere the kernel's name of an open handle is not read, and the check passes everything (RATIONALE).
            return;
        }
        // What the race leaves: "sub" replaced by a link to a directory outside after Resolve saw a directory.
        Directory.Delete(Path.Combine(_base, "root", "sub"), true);
        Directory.CreateSymbolicLink(Path.Combine(_base, "root", "sub"), Path.Combine(_base, "elsewhere"));
        Assert.False(OpenedInside(Path.Combine(_base, "root", "sub", "secret.txt"), Preopen(Path.Combine(_base, "root"))));
    }

    [Fact]
    public void APreopenGivenThroughALinkStillContainsItsFiles()
    {
        string link = Path.Combine(_base, "root-link");
        Directory.CreateSymbolicLink(link, Path.Combine(_base, "root"));
        Assert.True(OpenedInside(Path.Combine(link, "sub", "inside.txt"), Preopen(link)));
        Assert.Equal(Path.Combine(_base, "root"), PathResolver.RealPath(link).Replace(PathResolver.RealPath(_base), _base));
    }

    [Fact]
    public void RealPathResolvesLinksInsideLinkTargets()
    {
        Directory.CreateSymbolicLink(Path.Combine(_base, "a"), Path.Combine(_base, "b"));
        Directory.CreateSymbolicLink(Path.Combine(_base, "b"), "root");
        string real = PathResolver.RealPath(Path.Combine(_base, "a", "sub"));
        Assert.Equal(Path.Combine(PathResolver.RealPath(_base), "root", "sub"), real);
    }
}
