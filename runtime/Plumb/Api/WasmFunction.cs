using System.Collections.Immutable;
using Plumb.Execution;

namespace Plumb;

/// <summary>
/// A function (exported by an instance, or a funcref value): call it untyped with
/// <see cref="Call(object?[])"/>, without boxing through <see cref="Invoke"/>, or as a typed
/// delegate (<see cref="ModuleInstance.GetFunction{T1, T2, TResult}(string)"/>).
/// </summary>
public sealed partial class WasmFunction
{
    private WasmFunction(FunctionInstance function)
    {
        Function = function;
    }

    internal FunctionInstance Function { get; }

    internal static WasmFunction Of(FunctionInstance function) => function.Public ??= new WasmFunction(function);

    /// <summary>The parameter types.</summary>
    public ImmutableArray<ValType> ParamTypes => Function.Type.Params;

    /// <summary>The result types.</summary>
    public ImmutableArray<ValType> ResultTypes => Function.Type.Results;

    /// <summary>The function's name from the name section (or an export name), when known.</summary>
    public string? Name => Function.Name;

    private Store Store => Function.Instance?.Store ?? Function.HostModule!.State.Store;

    private RuntimeConfig Config => (Function.Instance?.Public ?? Function.HostModule)?.Runtime.Config ?? RuntimeConfig.Default;

    /// <summary>
    /// Calls the function. Arguments: <see cref="int"/> (or <see cref="uint"/>) for i32, <see cref="long"/>
    /// for i64, <see cref="float"/>, <see cref="double"/>, <see cref="System.Runtime.Intrinsics.Vector128{T}"/> of
    /// bytes for v128, a <see cref="WasmFunction"/> or null for funcref, any object or null for externref
    /// (or a <see cref="WasmValue"/> for a number). Results come back the same way.
    /// </summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public object?[] Call(params object?[] args) => Call(CancellationToken.None, args);

    /// <summary>Calls the function; <paramref name="cancellation"/> stops it with a <see cref="TrapKind.Cancelled"/> trap.</summary>
    /// <exception cref="WasmTrapException">Execution trapped or was cancelled.</exception>
    public object?[] Call(CancellationToken cancellation, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var type = Function.Type;
        if (args.Length != type.Params.Length)
        {
            throw new ArgumentException($"expected {type.Params.Length} arguments, got {args.Length}", nameof(args));
        }
        var store = Store;
        var values = new WasmValue[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            values[i] = ValueMarshal.FromObject(store, type.Params[i], args[i]);
        }
        var results = new WasmValue[type.Results.Length];
        Invoke(values, results, cancellation);
        var objects = new object?[results.Length];
        for (int i = 0; i < results.Length; i++)
        {
            objects[i] = ValueMarshal.ToObject(store, type.Results[i], results[i]);
        }
        return objects;
    }

    /// <summary>
    /// Calls the function with raw values, without allocating: <paramref name="args"/> must match the
    /// parameter count and <paramref name="results"/> the result count.
    /// </summary>
    /// <exception cref="WasmTrapException">Execution trapped or was cancelled.</exception>
    public void Invoke(ReadOnlySpan<WasmValue> args, Span<WasmValue> results, CancellationToken cancellation = default)
    {
        var type = Function.Type;
        if (args.Length != type.Params.Length || results.Length != type.Results.Length)
        {
            throw new ArgumentException($"the function's type is {CompiledModule.DescribeFunc(type)}");
        }
        if (Function.Instance?.Disposed == true)
        {
            throw new ObjectDisposedException(nameof(ModuleInstance));
        }
        var store = Function.Store;
        long? budget = Metering.Begin(store, Function.Engine, Config.Fuel, out bool fromTank);
        try
        {
            Function.Invoke(args, results, cancellation, budget);
        }
        finally
        {
            Metering.End(store, Function.Engine, budget, fromTank);
        }
    }

    private void Check(ValType[] parameters, ValType[] results)
    {
        var type = Function.Type;
        if (!type.Params.AsSpan().SequenceEqual(parameters) || !type.Results.AsSpan().SequenceEqual(results))
        {
            throw new ArgumentException($"the function's type is {CompiledModule.DescribeFunc(type)}, not {CompiledModule.DescribeFunc(new Structure.FuncType([.. parameters], [.. results]))}");
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name ?? "func"} {CompiledModule.DescribeFunc(Function.Type)}";
}
