using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Tests.Mutation;

/// <summary>
/// The interpreter with a planted validator (or decoder) fault: it accepts a module that Plumb rejects as
/// <paramref name="kind"/> when the message starts with <paramref name="rule"/> (as a validator that forgot
/// that check would).
/// The proof that the oracle, on mutants, notices an engine that accepts what it should reject.
/// </summary>
public sealed class AcceptingEngine(IEngine inner, string rule, OutcomeKind kind = OutcomeKind.Invalid) : IEngine
{
    /// <summary>A handle no inner module has: the module the faulty validator let through.</summary>
    private const int Accepted = int.MaxValue;

    /// <inheritdoc/>
    public string Name => "faulty";

    /// <inheritdoc/>
    public bool ExactMessages => inner.ExactMessages;

    /// <summary>Makes an interpreter that skips the rule whose messages start with <paramref name="rule"/>.</summary>
    public static IEngine Create(string rule, OutcomeKind kind = OutcomeKind.Invalid) =>
        new AcceptingEngine(EngineRegistry.Create("interpreter", new EngineOptions("fuzz", WasmFeatures.Core2, false)), rule, kind);

    /// <inheritdoc/>
    public Outcome Load(byte[] bytes)
    {
        var outcome = inner.Load(bytes);
        return outcome.Kind == kind && outcome.Message.StartsWith(rule, StringComparison.Ordinal)
            ? Outcome.WithHandle(Accepted)
            : outcome;
    }

    /// <inheritdoc/>
    public Outcome Instantiate(int module) =>
        module == Accepted ? Outcome.Failed(OutcomeKind.Unlinkable, "the faulty validator's module") : inner.Instantiate(module);

    /// <inheritdoc/>
    public Outcome Register(string name, int instance) => inner.Register(name, instance);

    /// <inheritdoc/>
    public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args) => inner.Invoke(instance, export, args);

    /// <inheritdoc/>
    public Outcome Get(int instance, string export) => inner.Get(instance, export);

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
