namespace Plumb;

/// <summary>
/// A guest called WASI's <c>proc_exit</c>: its program ended with <see cref="ExitCode"/>. <see cref="WasiPreview1.Run"/>
/// turns it into its result; it reaches the embedder only from a direct call into a guest (a reactor's export,
/// or a <c>_start</c> named in <see cref="ModuleConfig.StartFunctions"/>).
/// </summary>
public sealed class WasiExitException : Exception
{
    internal WasiExitException(int exitCode) : base($"the program exited with code {exitCode}")
    {
        ExitCode = exitCode;
    }

    /// <summary>The code the program passed to <c>proc_exit</c>.</summary>
    public int ExitCode { get; }
}
