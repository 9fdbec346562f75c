using Plumb.Generator;

// Usage: Plumb.Generator <repository root> [--check]
// Writes every generated file under the root (only those whose text changed); with --check, writes nothing
// and exits 1 if any differs.
if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--check") || !File.Exists(Path.Combine(args[0], "Plumb.slnx")))
{
    Console.Error.WriteLine("usage: Plumb.Generator <repository root> [--check]");
    return 2;
}
bool check = args.Length == 2;
int stale = 0;
foreach (var (path, text) in Generated.Files())
{
    string file = Path.Combine(args[0], path);
    if (File.Exists(file) && File.ReadAllText(file) == text)
    {
        continue;
    }
    stale++;
    if (check)
    {
        Console.Error.WriteLine($"generate-interpreter: {path} is out of date");
    }
    else
    {
        File.WriteAllText(file, text);
        Console.WriteLine($"generate-interpreter: wrote {path}");
    }
}
if (stale == 0)
{
    Console.WriteLine("generate-interpreter: up to date");
}
return check && stale > 0 ? 1 : 0;
