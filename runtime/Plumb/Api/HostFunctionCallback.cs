namespace Plumb;

/// <summary>
/// A host function in its raw, fastest form: <paramref name="stack"/> holds the arguments on entry
/// (one <see cref="WasmValue"/> each, in order) and receives the results from index 0 on return. It is
/// as long as the larger of the two counts.
/// </summary>
/// <param name="caller">The instance whose code called the function (its <see cref="ModuleInstance.Memory"/> is the guest's memory).</param>
/// <param name="stack">Arguments in, results out.</param>
public delegate void HostFunctionCallback(ModuleInstance caller, Span<WasmValue> stack);
