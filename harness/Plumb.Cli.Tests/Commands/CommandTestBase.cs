namespace Plumb.Cli.Tests.Commands;

/// <summary>A temporary folder per test class and an in-process way to run <c>plumb</c>.</summary>
public abstract class CommandTestBase : IDisposable
{
    protected CommandTestBase()
    {
        Folder = Directory.CreateTempSubdirectory("plumb-cli-").FullName;
    }

    protected string Folder { get; }

    /// <summary>An empty module: magic and version only.</summary>
    protected static byte[] EmptyModuleBinary => [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    protected string WriteFile(string name, string text) => WriteFile(name, System.Text.Encoding.UTF8.GetBytes(text));

    protected string WriteFile(string name, byte[] bytes)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static (int Exit, string Out, string Err) Plumb(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = global::Plumb.Cli.Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
