using System.Reflection;
using System.Runtime.ExceptionServices;
using Plumb.Text.Wast;

namespace Plumb.Cli.Harness;

/// <summary>
/// The harness's two entry points into the text parser: WAST scripts
/// (<c>Plumb.Text.Wast.WastParser.Parse(text, fileName)</c>) and quoted modules
/// (<c>Plumb.Text.Wat.ToBinary(text)</c>).
/// </summary>
internal static class ScriptSource
{
    /// <summary>Reads and parses a script file.</summary>
    public static WastScript Parse(string path, string fileName) => ParseText(File.ReadAllText(path), fileName);

    /// <summary>Parses script text.</summary>
    public static WastScript ParseText(string text, string fileName) =>
        (WastScript)Call("Plumb.Text.Wast.WastParser", "Parse", text, fileName);

    /// <summary>Compiles a quoted module's text to its binary; throws <see cref="WasmMalformedException"/> for malformed text.</summary>
    public static byte[] CompileQuote(string text) => (byte[])Call("Plumb.Text.Wat", "ToBinary", text);

    // TODO(issue 3): call WastParser.Parse and Wat.ToBinary directly once the text helper's parser is
    // on main; until then they are looked up so that the harness builds and runs without them.
    private static object Call(string type, string method, params object[] args)
    {
        var t = typeof(WastScript).Assembly.GetType(type)
            ?? throw new NotSupportedException($"{type} is not available in Plumb.Text yet");
        var m = t.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, args.Select(a => a.GetType()).ToArray())
            ?? throw new NotSupportedException($"{type}.{method} is not available in Plumb.Text yet");
        try
        {
            return m.Invoke(null, args)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
