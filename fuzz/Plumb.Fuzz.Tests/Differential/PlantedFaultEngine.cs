using Plumb.Binary;
using Plumb.Harness.Engines;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Tests.Differential;

/// <summary>The bugs <see cref="PlantedFaultEngine"/> plants.</summary>
public enum PlantedFault
{
    /// <summary><c>i32.mul</c> is off by one when the result is a non-zero multiple of 64 (any call whose function multiplies).</summary>
    WrongOperator,
    /// <summary>A division by zero traps as an integer overflow.</summary>
    WrongTrapKind,
    /// <summary>An exported i32 global reads back with bit 8 flipped when its value is 3 modulo 8.</summary>
    CorruptState,
}

/// <summary>
/// The interpreter with one planted bug, behind the oracle's contract: the proof that the oracle and
/// the reducer find and shrink a wrong operator, a wrong trap kind and corrupted state.
/// </summary>
public sealed class PlantedFaultEngine(IEngine inner, PlantedFault fault) : IEngine
{
    private readonly List<Module?> _modules = [];
    private readonly Dictionary<int, Module?> _instances = [];

    /// <inheritdoc/>
    public string Name => "faulty";

    /// <inheritdoc/>
    public bool ExactMessages => inner.ExactMessages;

    /// <summary>Makes an interpreter with the fault.</summary>
    public static IEngine Create(PlantedFault fault, WasmFeatures features = WasmFeatures.Core2) =>
        new PlantedFaultEngine(EngineRegistry.Create("interpreter", new EngineOptions("fuzz", features, false)), fault);

    /// <inheritdoc/>
    public Outcome Load(byte[] bytes)
    {
        var outcome = inner.Load(bytes);
        if (outcome.IsOk)
        {
            while (_modules.Count <= outcome.Handle)
                _modules.Add(null);
            _modules[outcome.Handle] = ModuleReader.Read(bytes);
        }
        return outcome;
    }

    /// <inheritdoc/>
    public Outcome Instantiate(int module)
    {
        var outcome = inner.Instantiate(module);
        if (outcome.IsOk)
            _instances[outcome.Handle] = module < _modules.Count ? _modules[module] : null;
        return outcome;
    }

    /// <inheritdoc/>
    public Outcome Register(string name, int instance) => inner.Register(name, instance);

    /// <inheritdoc/>
    public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args)
    {
        var outcome = inner.Invoke(instance, export, args);
        switch (fault)
        {
            case PlantedFault.WrongOperator when outcome is { IsOk: true, Values: [{ Type: ValType.I32 } v] } && (uint)v.Low % 64 == 0 && (uint)v.Low != 0 && Multiplies(instance, export):
                return Outcome.Returned([v with { Low = (uint)(v.Low + 1) }]);
            case PlantedFault.WrongTrapKind when outcome.Kind == OutcomeKind.Trap && outcome.Message.StartsWith("integer divide by zero", StringComparison.Ordinal):
                return Outcome.Failed(OutcomeKind.Trap, "integer overflow");
            default:
                return outcome;
        }
    }

    /// <inheritdoc/>
    public Outcome Get(int instance, string export)
    {
        var outcome = inner.Get(instance, export);
        if (fault == PlantedFault.CorruptState && outcome is { IsOk: true, Values: [{ Type: ValType.I32 } v] } && (uint)v.Low % 8 == 3)
            return Outcome.Returned([v with { Low = (uint)v.Low ^ 0x100 }]);
        return outcome;
    }

    /// <summary>True if the exported function's body contains <c>i32.mul</c>.</summary>
    private bool Multiplies(int instance, string export)
    {
        if (!_instances.TryGetValue(instance, out var module) || module is null)
            return false;
        var e = module.Exports.FirstOrDefault(x => x.Kind == ExternKind.Func && x.Name == export);
        int imported = module.Imports.Count(i => i.Kind == ExternKind.Func);
        if (e is null || e.Index < imported)
            return false;
        return module.Codes[(int)e.Index - imported].Code.Any(i => i.Opcode == Opcode.I32Mul);
    }

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
