using System.Globalization;
using System.Text;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb run [--engine E] [--dir HOST[::GUEST]]... [--env K=V]... [--fuel N] [--timeout S] APP.wasm [ARGS...]</c>:
/// runs a WASI command (preview1) with the standard streams inherited, the listed host directories preopened
/// (under their own path, or GUEST) and nothing else of the host; exits with the program's exit code. A trap
/// prints its message and Wasm stack trace and exits 134 (as Wasmtime on Unix, 128 + SIGABRT); a module
/// that does not load exits 1; usage errors exit 2.
/// </summary>
internal static class RunCommand
{
    public const string Usage = "usage: plumb run [--engine interpreter|compiler] [--dir HOST[::GUEST]]... [--env K=V]... [--fuel N] [--timeout SECONDS] APP.wasm [ARGS...]";

    /// <summary>The exit code of a trap, as Wasmtime's on Unix.</summary>
    public const int TrapExitCode = 134;

    /// <summary>Runs the command with the process's standard streams (stdout and stderr writers other than the console's are written through).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var engine = EngineKind.Interpreter;
        var config = ModuleConfig.Default;
        long? fuel = null;
        double? timeout = null;
        int i = 0;
        try
        {
            for (; i < args.Count && args[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                string option = args[i];
                if (option == "--")
                {
                    i++;
                    break;
                }
                if (i + 1 >= args.Count)
                {
                    return UsageError(stderr, $"{option} takes a value");
                }
                string value = args[++i];
                switch (option)
                {
                    case "--engine":
                        engine = value switch
                        {
                            "interpreter" => EngineKind.Interpreter,
                            "compiler" => EngineKind.Compiler,
                            _ => (EngineKind)(-1),
                        };
                        if (engine is not (EngineKind.Interpreter or EngineKind.Compiler))
                        {
                            return UsageError(stderr, "--engine takes interpreter or compiler");
                        }
                        break;
                    case "--dir":
                    {
                        int separator = value.IndexOf("::", StringComparison.Ordinal);
                        string host = separator < 0 ? value : value[..separator];
                        string guest = separator < 0 ? value : value[(separator + 2)..];
                        if (host.Length == 0 || guest.Length == 0)
                        {
                            return UsageError(stderr, "--dir takes HOST or HOST::GUEST");
                        }
                        config = config.WithDirectory(host, guest);
                        break;
                    }
                    case "--env":
                    {
                        int equals = value.IndexOf('=');
                        if (equals <= 0)
                        {
                            return UsageError(stderr, "--env takes KEY=VALUE");
                        }
                        config = config.WithEnvironment(value[..equals], value[(equals + 1)..]);
                        break;
                    }
                    case "--fuel":
                        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long units) || units <= 0)
                        {
                            return UsageError(stderr, "--fuel takes a positive integer");
                        }
                        fuel = units;
                        break;
                    case "--timeout":
                        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || !(seconds > 0))
                        {
                            return UsageError(stderr, "--timeout takes a positive number of seconds");
                        }
                        timeout = seconds;
                        break;
                    default:
                        return UsageError(stderr, $"unknown option {option}");
                }
            }
        }
        catch (DirectoryNotFoundException e)
        {
            return UsageError(stderr, e.Message);
        }
        catch (ArgumentException e)
        {
            return UsageError(stderr, e.Message);
        }
        if (i >= args.Count)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        string file = args[i];
        config = config.WithArgs([Path.GetFileName(file), .. args.Skip(i + 1)])
            .WithStdin(Console.OpenStandardInput())
            .WithStdout(ReferenceEquals(stdout, Console.Out) ? Console.OpenStandardOutput() : new WriterStream(stdout))
            .WithStderr(ReferenceEquals(stderr, Console.Error) ? Console.OpenStandardError() : new WriterStream(stderr));
        using var cancellation = timeout is { } limit ? new CancellationTokenSource(TimeSpan.FromSeconds(limit)) : new CancellationTokenSource();
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            if (!ModuleLoader.IsBinary(file, bytes))
            {
                bytes = Plumb.Text.Wat.ToBinary(ModuleLoader.DecodeText(bytes));
            }
            using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(engine).WithMemoryPageLimit(65536).WithFuel(fuel));
            WasiPreview1.Instantiate(runtime);
            return WasiPreview1.Run(runtime, runtime.Compile(bytes), config, cancellation.Token);
        }
        catch (WasmTrapException trap)
        {
            stderr.WriteLine("trap: " + trap.FormatWithWasmStackTrace());
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

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"plumb run: {message}");
        stderr.WriteLine(Usage);
        return 2;
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
