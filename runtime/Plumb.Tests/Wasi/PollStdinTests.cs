using System.IO.Pipes;
using System.Text;

namespace Plumb.Tests.Wasi;

/// <summary>
/// poll_oneoff on standard input waits for data when the stream can block (a pipe), instead of reporting it ready
/// at once; a seekable stream is ready at once. The program <c>pollstdin</c> polls with a 50 ms timeout, then
/// without one, then reads.
/// </summary>
public sealed class PollStdinTests(WasiPrograms programs) : IClassFixture<WasiPrograms>
{
    [Theory]
    [InlineData(EngineKind.Interpreter)]
    [InlineData(EngineKind.Compiler)]
    public void PollOnAnEmptyPipeTimesOutThenWakesWhenDataArrives(EngineKind engine)
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        // The host types only once the guest has printed its first poll's result, so the order is fixed without timing.
        var stdout = new WatchingStream("first poll", () =>
        {
            writer.Write("typed later"u8);
            writer.Flush();
        });
        string text = Run(engine, reader, stdout);
        Assert.Equal("first poll: 0\nsecond poll: 1 readable\nread 11: typed later\n", text);
    }

    [Theory]
    [InlineData(EngineKind.Interpreter)]
    [InlineData(EngineKind.Compiler)]
    public void PollOnAClosedEmptyPipeReportsTheEndAsReadable(EngineKind engine)
    {
        using var writer = new AnonymousPipeServerStream(PipeDirection.Out);
        using var reader = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
        writer.Dispose();
        string text = Run(engine, reader, new WatchingStream("never", () => { }));
        Assert.Equal("first poll: 1 readable\nsecond poll: 1 readable\nread 0: \n", text);
    }

    [Theory]
    [InlineData(EngineKind.Interpreter)]
    [InlineData(EngineKind.Compiler)]
    public void PollOnASeekableStreamIsReadyAtOnce(EngineKind engine)
    {
        string text = Run(engine, new MemoryStream("already here"u8.ToArray()), new WatchingStream("never", () => { }));
        Assert.Equal("first poll: 1 readable\nsecond poll: 1 readable\nread 12: already here\n", text);
    }

    private string Run(EngineKind engine, Stream stdin, WatchingStream stdout)
    {
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var config = ModuleConfig.Default.WithStdin(stdin).WithStdout(stdout);
        Assert.Equal(0, WasiPreview1.Run(runtime, runtime.Compile(File.ReadAllBytes(programs.Wasm("pollstdin"))), config, cancellation.Token));
        return stdout.Text;
    }

    /// <summary>An output stream that runs an action once, when what was written first contains a marker.</summary>
    private sealed class WatchingStream(string marker, Action action) : MemoryStream
    {
        private bool _fired;

        public string Text => Encoding.UTF8.GetString(ToArray());

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            Fire();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            Fire();
        }

        private void Fire()
        {
            if (!_fired && Text.Contains(marker, StringComparison.Ordinal))
            {
                _fired = true;
                action();
            }
        }
    }
}
