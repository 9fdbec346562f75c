namespace Plumb.Harness.Engines;

/// <summary>What an engine is created for: the suite's name and feature set.</summary>
/// <param name="Suite">The suite (wg-1.0, wg-2.0, wg-3.0, or "wast" for loose scripts).</param>
/// <param name="Features">The Core features the suite's scripts assume.</param>
/// <param name="BeyondCore2">True when the suite also uses proposals standardised after Core 2.0 (wg-3.0).</param>
public sealed record EngineOptions(string Suite, WasmFeatures Features, bool BeyondCore2);
