namespace Plumb.Cli;

/// <summary>The <c>plumb</c> command line.</summary>
public static class Program
{
    /// <summary>Entry point: dispatches to a command.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine("usage: plumb <command> [args]");
            Console.WriteLine("commands: validate, wat2wasm, wasm2wat, spec, wast, invoke");
            return args.Length == 0 ? 2 : 0;
        }
        switch (args[0])
        {
            case "spec":
                return Harness.SpecCommand.RunSpec(args);
            case "wast":
                return Harness.SpecCommand.RunWast(args);
            case Harness.Worker.Command:
                return Harness.Worker.Run(args);
        }
        Console.Error.WriteLine($"plumb: unknown command '{args[0]}'");
        return 2;
    }
}
