namespace Plumb.Harness;

/// <summary>One script to run on one engine.</summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="Suite">The suite's name (selects the features).</param>
/// <param name="Relative">The script's path relative to the suite folder.</param>
/// <param name="Full">The script's full path.</param>
public sealed record Job(string Engine, string Suite, string Relative, string Full);
