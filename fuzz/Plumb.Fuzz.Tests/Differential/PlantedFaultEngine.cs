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
    /// <summary>A call that returns normally from a function that stores to memory also flips bit 0 of the exported memory's byte 1024.</summary>
    CorruptMemory,
}

/// <summary>
/// The interpreter with one planted bug, behind the oracle's contract: the proof that the oracle and
/// the reducer find and shrink a wrong operator, a wrong trap kind, a corrupted global and a corrupted
/// memory byte (written through the engine contract itself, by a module that imports the memory).
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
            case PlantedFault.CorruptMemory when outcome.IsOk && Body(instance, export) is { } body && body.Any(i => i.Opcode.ToString().Contains("Store", StringComparison.Ordinal)):
                Corrupt(instance);
                return outcome;
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
    private bool Multiplies(int instance, string export) => Body(instance, export)?.Any(i => i.Opcode == Opcode.I32Mul) == true;

    /// <summary>The body of an exported function the instance's module defines, or null.</summary>
    private IReadOnlyList<Instruction>? Body(int instance, string export)
    {
        if (!_instances.TryGetValue(instance, out var module) || module is null)
            return null;
        var e = module.Exports.FirstOrDefault(x => x.Kind == ExternKind.Func && x.Name == export);
        int imported = module.Imports.Count(i => i.Kind == ExternKind.Func);
        if (e is null || e.Index < imported)
            return null;
        return module.Codes[(int)e.Index - imported].Code;
    }

    /// <summary>Flips bit 0 of byte 1024 of the instance's exported memory, through a module that imports it.</summary>
    private void Corrupt(int instance)
    {
        var memory = _instances[instance]!.Exports.FirstOrDefault(x => x.Kind == ExternKind.Memory);
        if (memory is null || !inner.Register("planted-fault", instance).IsOk)
            return;
        var poke = inner.Load(Text.Wat.ToBinary($$"""
            (module
              (import "planted-fault" "{{memory.Name}}" (memory 1))
              (func (export "poke") (i32.store8 (i32.const 1024) (i32.xor (i32.load8_u (i32.const 1024)) (i32.const 1)))))
            """));
        var poker = poke.IsOk ? inner.Instantiate(poke.Handle) : poke;
        if (poker.IsOk)
            inner.Invoke(poker.Handle, "poke", []);
    }

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
