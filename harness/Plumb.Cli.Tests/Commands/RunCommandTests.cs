using Plumb.Cli.Commands;

namespace Plumb.Cli.Tests.Commands;

public class RunCommandTests
{
    private const string Command = """
        (module
          (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 100) "hi\n")
          (func (export "_start")
            (i32.store (i32.const 0) (i32.const 100))
            (i32.store (i32.const 4) (i32.const 3))
            (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
            (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
            (drop (call $environ_sizes_get (i32.const 24) (i32.const 28)))
            ;; exit code: argc * 10 + environment count, plus 100 when descriptor 3 is a preopen
            (call $proc_exit
              (i32.add
                (i32.add (i32.mul (i32.load (i32.const 16)) (i32.const 10)) (i32.load (i32.const 24)))
                (select (i32.const 100) (i32.const 0) (i32.eqz (call $fd_prestat_get (i32.const 3) (i32.const 32))))))))
        """;

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(["run", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Write(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"plumb-run-{Guid.NewGuid():N}.wat");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void RunsTheCommandAndExitsWithItsCode()
    {
        var (exit, output, error) = Run(Write(Command), "a", "b");
        Assert.Equal("", error);
        Assert.Equal("hi\n", output);
        Assert.Equal(30, exit);
    }

    [Fact]
    public void PassesDirectoriesAndEnvironment()
    {
        var (exit, _, _) = Run("--dir", Path.GetTempPath() + "::/tmp", "--env", "A=1", "--env", "B=2", "--fuel", "100000", "--timeout", "10", Write(Command));
        Assert.Equal(112, exit);
    }

    [Fact]
    public void TrapExitsWith134()
    {
        var (exit, _, error) = Run(Write("(module (func (export \"_start\") unreachable))"));
        Assert.Equal(134, exit);
        Assert.StartsWith("trap: unreachable", error);
    }

    [Theory]
    [InlineData("--dir")]
    [InlineData("--env", "novalue")]
    [InlineData("--fuel", "-1")]
    [InlineData("--timeout", "0")]
    [InlineData("--engine", "v8")]
    [InlineData("--dir", "/no/such/dir/anywhere")]
    [InlineData("--bogus", "1")]
    public void UsageErrorsExit2(params string[] args)
    {
        var (exit, _, error) = Run([.. args, "x.wasm"]);
        Assert.Equal(2, exit);
        Assert.Contains("plumb run", error);
    }

    [Fact]
    public void ModuleWithoutStartIsAnError()
    {
        var (exit, _, error) = Run(Write("(module)"));
        Assert.Equal(1, exit);
        Assert.Contains("_start", error);
    }

    /// <summary>Creates "new.txt" in the preopened directory (descriptor 3) and writes "x" to it; exits with the errno of the first failing call, 0 when both succeed.</summary>
    private const string Writer = """
        (module
          (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (memory (export "memory") 1)
          (data (i32.const 100) "new.txt")
          (data (i32.const 200) "x")
          (func (export "_start") (local $errno i32)
            ;; oflags 1 = creat; rights 64 = fd_write
            (local.set $errno (call $path_open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 7) (i32.const 1) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 300)))
            (if (local.get $errno) (then (call $proc_exit (local.get $errno))))
            (i32.store (i32.const 0) (i32.const 200))
            (i32.store (i32.const 4) (i32.const 1))
            (call $proc_exit (call $fd_write (i32.load (i32.const 300)) (i32.const 0) (i32.const 1) (i32.const 8)))))
        """;

    [Fact]
    public void AReadOnlyDirectoryRefusesAWrite()
    {
        string dir = Directory.CreateTempSubdirectory("plumb-run-ro-").FullName;
        try
        {
            var (exit, _, error) = Run("--dir", dir + "::/data:ro", Write(Writer));
            Assert.True(exit is not 0 and not 134 and not 1 and not 2, $"exit {exit}: {error}");
            Assert.False(File.Exists(Path.Combine(dir, "new.txt")));

            var (written, _, writeError) = Run("--dir", dir + "::/data", Write(Writer));
            Assert.True(written == 0, $"exit {written}: {writeError}");
            Assert.Equal("x", File.ReadAllText(Path.Combine(dir, "new.txt")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("/data", "/data", "/data", false)]
    [InlineData("/data::/in", "/data", "/in", false)]
    [InlineData("/data:ro", "/data", "/data", true)]
    [InlineData("/data::/in:ro", "/data", "/in", true)]
    [InlineData("/data::ro", "/data", "ro", false)]
    [InlineData("C:\\data::/in:ro", "C:\\data", "/in", true)]
    public void DirectorySyntax(string value, string host, string guest, bool readOnly)
    {
        Assert.Equal((host, guest, readOnly), RunCommand.ParseDirectory(value));
    }

    [Theory]
    [InlineData("::/in")]
    [InlineData("/data::")]
    [InlineData(":ro")]
    public void DirectorySyntaxErrors(string value)
    {
        Assert.Null(RunCommand.ParseDirectory(value));
    }

    [Fact]
    public void EverythingAfterTheProgramIsTheProgramsEvenOptions()
    {
        // argc 4 (name, --env, X=1, --help) and no environment: 40; plumb's own --env would make it 41.
        var (exit, output, error) = Run(Write(Command), "--env", "X=1", "--help");
        Assert.True(exit == 40, $"exit {exit}: {error}");
        Assert.Equal("hi\n", output);
    }

    [Fact]
    public void FuelAndTimeoutEndTheProgramWithTheirOwnMessage()
    {
        string loop = Write("(module (func (export \"_start\") (loop br 0)))");
        var (fuelExit, _, fuelError) = Run("--fuel", "1000", loop);
        Assert.Equal(134, fuelExit);
        Assert.StartsWith("limit: fuel exhausted: the call used all of its 1000 units (--fuel 1000)", fuelError);
        var (timeExit, _, timeError) = Run("--timeout", "0.3", loop);
        Assert.Equal(134, timeExit);
        Assert.StartsWith("limit: timeout: stopped after 0.3 s (--timeout 0.3)", timeError);
    }
}
