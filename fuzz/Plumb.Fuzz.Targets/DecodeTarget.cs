using Plumb.Binary;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Property: decoding arbitrary bytes either gives a module or fails as malformed
/// (<see cref="WasmMalformedException"/> exactly) or over budget (<see cref="WasmResourceLimitException"/>).
/// Anything else (an index out of range, an overflow, a null reference) escapes as a finding.
/// </summary>
internal sealed class DecodeTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "decode";

    /// <inheritdoc />
    public override string Property => "ModuleReader.Read succeeds or throws exactly WasmMalformedException or WasmResourceLimitException";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.BinaryModules;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        try
        {
            ModuleReader.Read(input, WasmFeatures.Core2, Limits.NewBudget());
        }
        catch (Exception e) when (e.GetType() == typeof(WasmMalformedException) || e is WasmResourceLimitException)
        {
        }
    }
}
