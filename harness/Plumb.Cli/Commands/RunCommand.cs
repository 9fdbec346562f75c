using System.CommandLine;
using System.Text;
using Plumb.Cli.CommandLine;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb run [--engine E] [--dir HOST[::GUEST][:ro]]... [--env K=V]... [--fuel N] [--timeout S] APP.wasm [ARGS...]</c>:
/// runs a WASI command (preview1) with the standard streams inherited, the listed host directories preopened
/// (under their own path, or GUEST; read-only with :ro) and nothing else of the host; exits with the program's exit code. A trap
/// prints its message and Wasm stack trace and exits 134 (as Wasmtime on Unix, 128 + SIGABRT); a module
/// that does not load exits 1; usage errors exit 2.
/// </summary>
internal static class RunCommand
{
    /// <summary>The exit code of a trap, as Wasmtime's on Unix.</summary>
    public const int TrapExitCode = 134;

    /// <summary>The suffix of <c>--dir</c> that makes a preopen read-only.</summary>
    private const string ReadOnlySuffix = ":ro";

    /// <summary>The command's definition.</summary>
    public static Command Create()
    {
        var engine = Syntax.Engine();
        var dirs = Syntax.Repeated("--dir", "HOST[::GUEST][:ro]",
            "Preopen the host directory HOST as GUEST (default: the same path); with :ro nothing under it can be created, written, renamed or removed. Repeatable.");
        var env = Syntax.Repeated("--env", "KEY=VALUE", "Set an environment variable of the program. Repeatable.");
        var fuel = ExecutionLimits.FuelOption();
        var timeout = ExecutionLimits.TimeoutOption();
        var app = new Argument<string>("APP.wasm") { Description = "The WASI command (preview1) to run: a .wasm or .wat file." };
        var args = new Argument<string[]>("ARGS") { Description = "The program's arguments: everything after APP.wasm, options too.", Arity = ArgumentArity.ZeroOrMore };
        var command = new PlumbCommand("run",
            "Run a WASI command (preview1) with the standard streams inherited and only the listed directories and variables of the host; " +
            "exits with the program's exit code, 134 on a trap (also when --fuel or --timeout ends it).")
        {
            engine, dirs, env, fuel, timeout, app, args,
        };
        command.Example("plumb run app.wasm input.txt", "runs app.wasm with one argument")
            .Example("plumb run --dir data::/data:ro --dir out::/out app.wasm", "the program reads /data (read-only) and writes /out")
            .Example("plumb run --env LANG=C --timeout 10 --engine compiler app.wasm -v", "compiled, with a variable, stopped after 10 s; -v goes to the program");
        command.SetAction(result =>
        {
            var config = ModuleConfig.Default;
            try
            {
                foreach (string dir in result.GetValue(dirs)!)
                {
                    if (ParseDirectory(dir) is not { } preopen)
                        return Syntax.UsageError(result, $"--dir takes HOST, HOST::GUEST, HOST:ro or HOST::GUEST:ro, not '{dir}'");
                    config = config.WithDirectory(preopen.Host, preopen.Guest, preopen.ReadOnly);
                }
                foreach (string variable in result.GetValue(env)!)
                {
                    int equals = variable.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                        return Syntax.UsageError(result, $"--env takes KEY=VALUE, not '{variable}'");
                    config = config.WithEnvironment(variable[..equals], variable[(equals + 1)..]);
                }
            }
            catch (DirectoryNotFoundException e)
            {
                return Syntax.UsageError(result, $"--dir: {e.Message}");
            }
            catch (ArgumentException e)
            {
                return Syntax.UsageError(result, e.Message);
            }
            using var limits = ExecutionLimits.Start(result, fuel, timeout);
            return Run(result.GetValue(app)!, result.GetValue(args)!, result.GetValue(engine), config, limits,
                result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>
    /// <c>HOST[::GUEST][:ro]</c>: the guest path defaults to the host path; a trailing <c>:ro</c> makes the
    /// preopen read-only (harness/RATIONALE.md, "How does plumb run ask for a read-only directory?").
    /// </summary>
    internal static (string Host, string Guest, bool ReadOnly)? ParseDirectory(string value)
    {
        bool readOnly = value.EndsWith(ReadOnlySuffix, StringComparison.Ordinal) && !value.EndsWith(":" + ReadOnlySuffix, StringComparison.Ordinal);
        if (readOnly)
        {
            value = value[..^ReadOnlySuffix.Length];
        }
        int separator = value.IndexOf("::", StringComparison.Ordinal);
        string host = separator < 0 ? value : value[..separator];
        string guest = separator < 0 ? value : value[(separator + 2)..];
        return host.Length == 0 || guest.Length == 0 ? null : (host, guest, readOnly);
    }

    private static int Run(string file, string[] args, EngineKind engine, ModuleConfig config, ExecutionLimits limits, TextWriter stdout, TextWriter stderr)
    {
        config = config.WithArgs([Path.GetFileName(file), .. args])
            .WithStdin(Console.OpenStandardInput())
            .WithStdout(ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new WriterStream(stdout))
            .WithStderr(ReferenceEquals(stderr, Console.Error) ? Console.OpenStandardError() : new WriterStream(stderr));
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (!ModuleLoader.IsBinary(file, bytes))
            {
                bytes = Plumb.Text.Wat.ToBinary(ModuleLoader.DecodeText(bytes));
            }
            using var runtime = WasmRuntime.Create(limits.Apply(RuntimeConfig.Default.WithEngine(engine).WithMemoryPageLimit(65536)));
            WasiPreview1.Instantiate(runtime);
            return WasiPreview1.Run(runtime, runtime.Compile(bytes), config, limits.Cancellation);
        }
        catch (WasmTrapException trap)
        {
            // A limit that ends the program keeps the trap's exit code, as Wasmtime's fuel and epoch
            // interruptions do, with its own message (harness/RATIONALE.md, "What does a run that a limit ends exit with?").
            if (limits.Describe(trap) is { } limit)
            {
                ExecutionLimits.Write(stderr, limit, trap);
            }
            else
            {
                stderr.WriteLine("trap: " + trap.FormatWithWasmStackTrace());
            }
            return TrapExitCode;
        }
        catch (WasmException e)
        {
            stderr.WriteLine($"{ModuleLoader.Category(e)}: {ModuleLoader.Located(e, file) ?? ModuleLoader.Describe(e, file)}");
            return 1;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"plumb run: {e.Message}");
            return 1;
        }
    }

    /// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/> (for in-process callers such as the tests).</summary>
    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = new char[_decoder.GetCharCount(buffer, false)];
            int n = _decoder.GetChars(buffer, chars, false);
            writer.Write(chars, 0, n);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
