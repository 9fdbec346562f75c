using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Plumb.Execution;
using Plumb.Structure;

namespace Plumb;

/// <summary>
/// Builds a host module: C# functions (and globals, memories, tables) that Wasm modules import
/// from <see cref="ModuleName"/>. Add exports with the <c>With…</c> methods, then
/// <see cref="Instantiate"/> registers the module in its runtime.
/// </summary>
/// <example>
/// <code>
/// runtime.NewHostModuleBuilder("env")
///     .WithFunction("log_i32", (int value) => Console.WriteLine(value))
///     .Instantiate();
/// </code>
/// </example>
public sealed partial class HostModuleBuilder
{
    private readonly WasmRuntime _runtime;
    private readonly List<(string Name, ExternKind Kind, Func<Instance, object> Create)> _exports = [];

    internal HostModuleBuilder(WasmRuntime runtime, string moduleName)
    {
        _runtime = runtime;
        ModuleName = moduleName;
    }

    /// <summary>The name modules import from.</summary>
    public string ModuleName { get; }

    /// <summary>
    /// Exports a C# delegate as a function. Parameters and the return type must be Wasm-compatible:
    /// <see cref="int"/>, <see cref="uint"/> (i32), <see cref="long"/>, <see cref="ulong"/> (i64),
    /// <see cref="float"/>, <see cref="double"/>, <see cref="Vector128{T}"/> of bytes (v128),
    /// <see cref="WasmFunction"/> (funcref) or <see cref="object"/> (externref); the return type may
    /// also be void or a value tuple of those (several results). A first parameter of type
    /// <see cref="ModuleInstance"/> receives the calling instance, e.g. to read its memory.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter or result type has no Wasm counterpart.</exception>
    public HostModuleBuilder WithFunction(string name, Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var method = function.Method;
        var parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
        bool wantsCaller = parameters.Length > 0 && parameters[0] == typeof(ModuleInstance);
        var wasmParams = parameters.Skip(wantsCaller ? 1 : 0).Select(t => TypeOf(t, name)).ToArray();
        Type returnType = method.ReturnType;
        Type[] resultTypes = returnType == typeof(void) ? []
            : returnType.IsGenericType && returnType.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) ? returnType.GetGenericArguments()
            : [returnType];
        var wasmResults = resultTypes.Select(t => TypeOf(t, name)).ToArray();
        var target = function.Target;
        HostFunctionCallback callback = (caller, stack) =>
        {
            var store = caller.State.Store;
            var args = new object?[parameters.Length];
            int first = 0;
            if (wantsCaller)
            {
                args[0] = caller;
                first = 1;
            }
            for (int i = 0; i < wasmParams.Length; i++)
            {
                args[first + i] = Convert(ValueMarshal.ToObject(store, wasmParams[i], stack[i]), parameters[first + i]);
            }
            object? result = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, args, null);
            if (wasmResults.Length == 1)
            {
                stack[0] = ValueMarshal.FromObject(store, wasmResults[0], result);
            }
            else if (wasmResults.Length > 1)
            {
                var tuple = (ITuple)result!;
                for (int i = 0; i < wasmResults.Length; i++)
                {
                    stack[i] = ValueMarshal.FromObject(store, wasmResults[i], tuple[i]);
                }
            }
        };
        return WithFunction(name, wasmParams, wasmResults, callback);
    }

    /// <summary>
    /// Exports a function in the raw stack form (fastest): <paramref name="callback"/> reads the
    /// arguments from its span and writes the results there.
    /// </summary>
    public HostModuleBuilder WithFunction(string name, ValType[] parameters, ValType[] results, HostFunctionCallback callback)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(callback);
        var type = new FuncType([.. parameters], [.. results]);
        object Create(Instance instance)
        {
            var function = FunctionInstance.FromHost(instance.Store, type, callback, name);
            instance.Store.Add(function);
            return function;
        }
        _exports.Add((name, ExternKind.Func, Create));
        return this;
    }

    /// <summary>Exports a global of <paramref name="type"/> holding <paramref name="value"/> (as <see cref="WasmGlobal.Value"/> represents values).</summary>
    public HostModuleBuilder WithGlobal(string name, ValType type, object? value, bool mutable = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        _exports.Add((name, ExternKind.Global, instance =>
            new GlobalInstance(new GlobalType(type, mutable), ValueMarshal.FromObject(instance.Store, type, value))));
        return this;
    }

    /// <summary>Exports a memory of <paramref name="minPages"/> pages, growable to <paramref name="maxPages"/> (at most 65536, not below the minimum).</summary>
    public HostModuleBuilder WithMemory(string name, uint minPages, uint? maxPages = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The limits of a valid memory type (https://webassembly.github.io/spec/core/valid/types.html#memory-types).
        if (maxPages is { } max && (max < minPages || max > MemoryInstance.MaxPages))
        {
            throw new ArgumentOutOfRangeException(nameof(maxPages), "below the minimum or above 65536 pages");
        }
        object Create(Instance instance)
        {
            if (minPages > (uint)instance.Store.Limits.MemoryPages)
            {
                throw new ArgumentOutOfRangeException(nameof(minPages), "beyond the runtime's memory page limit");
            }
            return instance.Store.NewMemory(new MemoryType(new Limits(minPages, maxPages)));
        }
        _exports.Add((name, ExternKind.Memory, Create));
        return this;
    }

    /// <summary>Exports a table of <paramref name="elementType"/> with <paramref name="min"/> null elements, growable to <paramref name="max"/> (not below the minimum).</summary>
    public HostModuleBuilder WithTable(string name, ValType elementType, uint min, uint? max = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "below the minimum");
        }
        if (!elementType.IsReference())
        {
            throw new ArgumentException("a table holds funcref or externref", nameof(elementType));
        }
        _exports.Add((name, ExternKind.Table, instance => instance.Store.NewTable(new TableType(elementType, new Limits(min, max)))));
        return this;
    }

    /// <summary>Creates the host module's instance and registers it under <see cref="ModuleName"/>.</summary>
    public ModuleInstance Instantiate()
    {
        var state = new Instance(_runtime.Store, ModuleName, null);
        var instance = new ModuleInstance(_runtime, state);
        var tables = new List<TableInstance>();
        var memories = new List<MemoryInstance>();
        state.Store.AddInstance();
        try
        {
            foreach (var (name, kind, create) in _exports)
            {
                object value = create(state);
                if (value is FunctionInstance function)
                {
                    function.HostModule = instance;
                }
                if (value is TableInstance table)
                {
                    tables.Add(table);
                }
                if (value is MemoryInstance memory)
                {
                    memories.Add(memory);
                }
                state.Exports[name] = new ExternValue(kind, value);
            }
        }
        catch
        {
            // Nothing can reach what was made so far: give it back.
            state.Tables = [.. tables];
            state.Memories = [.. memories];
            state.Release();
            throw;
        }
        state.Tables = [.. tables];
        state.Memories = [.. memories];
        state.Memory0 = memories.Count > 0 ? memories[0] : null;
        _runtime.Adopt(instance, ModuleName);
        return instance;
    }

    private static ValType TypeOf(Type type, string function) =>
        TypedValue.TypeOf(type) ?? throw new ArgumentException($"host function {function}: {type.Name} has no Wasm value type");

    private static object? Convert(object? value, Type type) =>
        type == typeof(uint) ? (uint)(int)value! : type == typeof(ulong) ? (ulong)(long)value! : value;
}
