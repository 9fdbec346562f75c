namespace Plumb.Harness.Engines;

/// <summary>
/// How an engine operation ended, in the spec suite's categories
/// (https://github.com/WebAssembly/spec/tree/main/interpreter#scripts).
/// </summary>
public enum OutcomeKind
{
    /// <summary>The operation succeeded: a handle (load, instantiate) or values (invoke, get).</summary>
    Ok,
    /// <summary>Decoding failed.</summary>
    Malformed,
    /// <summary>Validation failed.</summary>
    Invalid,
    /// <summary>
    /// Decoding or validation failed and the engine cannot say which (Wasmtime, V8). Matches
    /// assert_malformed and assert_invalid only when messages are compared loosely.
    /// </summary>
    Rejected,
    /// <summary>Instantiation could not resolve or match an import.</summary>
    Unlinkable,
    /// <summary>Execution trapped; <see cref="Outcome.Message"/> names the trap in the spec's wording when known.</summary>
    Trap,
    /// <summary>The call stack was exhausted.</summary>
    Exhaustion,
    /// <summary>The engine cannot express the operation (e.g. a v128 crossing a JavaScript boundary); counted as skipped.</summary>
    Unsupported,
    /// <summary>The engine broke its contract (bad answer, internal error); always a failure.</summary>
    EngineError,
}
