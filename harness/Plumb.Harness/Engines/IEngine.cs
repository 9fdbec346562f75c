using Plumb.Text.Wast;

namespace Plumb.Harness.Engines;

/// <summary>
/// The one adapter contract every engine under test implements, so that all report the same normalised
/// outcomes (harness/RATIONALE.md, "Why does every engine sit behind one small interface with integer handles?"). Handles are
/// small integers so that the same contract maps one to one onto the process protocol
/// (harness/PROTOCOL.md). An engine never throws for anything a module or script does: every
/// failure comes back as an <see cref="Outcome"/>. Imports are resolved by the engine from the
/// instances registered with <see cref="Register"/>, including the spec host module <c>spectest</c>,
/// which the runner loads and registers first (<see cref="Spectest"/>).
/// </summary>
public interface IEngine : IDisposable
{
    /// <summary>The engine's name in reports (e.g. <c>wasmtime</c>).</summary>
    string Name { get; }

    /// <summary>
    /// True when the engine reports the spec's categories and messages exactly (Plumb's engines):
    /// failures must then match category and message prefix. False: malformed and invalid are one
    /// category ("rejected") and messages are not compared (harness/RATIONALE.md, "How strictly are other engines' errors compared?").
    /// </summary>
    bool ExactMessages { get; }

    /// <summary>Decodes and validates a binary module; on success the handle of the module.</summary>
    Outcome Load(byte[] bytes);

    /// <summary>Instantiates a loaded module, resolving imports from registered instances; on success an instance handle.</summary>
    Outcome Instantiate(int module);

    /// <summary>Makes an instance's exports importable under <paramref name="name"/>.</summary>
    Outcome Register(string name, int instance);

    /// <summary>Invokes an exported function; on success its results.</summary>
    Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args);

    /// <summary>Reads an exported global; on success one value.</summary>
    Outcome Get(int instance, string export);
}
