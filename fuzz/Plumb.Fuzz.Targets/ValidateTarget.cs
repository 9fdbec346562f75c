using Plumb.Binary;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Fuzz.Targets;

/// <summary>
/// Property: a module that decodes either validates or fails as invalid (<see cref="WasmInvalidException"/>)
/// or over budget (<see cref="WasmResourceLimitException"/>). Inputs that do not decode are outside the
/// property and return (the decode target owns them); an unexpected exception from the decoder still escapes.
/// </summary>
internal sealed class ValidateTarget : FuzzTarget
{
    /// <inheritdoc />
    public override string Name => "validate";

    /// <inheritdoc />
    public override string Property => "Validator.Validate on a decoded module succeeds or throws exactly WasmInvalidException or WasmResourceLimitException";

    /// <inheritdoc />
    public override SeedKind Seeds => SeedKind.BinaryModules;

    /// <inheritdoc />
    public override void Run(ReadOnlySpan<byte> input)
    {
        var budget = Limits.NewBudget();
        Module module;
        try
        {
            module = ModuleReader.Read(input, WasmFeatures.Core2, budget);
        }
        catch (Exception e) when (e.GetType() == typeof(WasmMalformedException) || e is WasmResourceLimitException)
        {
            return;
        }
        try
        {
            Validator.Validate(module, WasmFeatures.Core2, budget);
        }
        catch (Exception e) when (e is WasmInvalidException or WasmResourceLimitException)
        {
        }
    }
}
