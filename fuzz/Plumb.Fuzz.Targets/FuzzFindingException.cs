namespace Plumb.Fuzz.Targets;

/// <summary>
/// A property failed without an exception of its own: the text round trip gave another binary. Thrown
/// out of the target so that AFL records the input as a crash, like any other finding.
/// </summary>
internal sealed class FuzzFindingException(string message) : Exception(message);
