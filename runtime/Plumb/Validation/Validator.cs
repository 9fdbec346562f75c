using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Plumb.Structure;

namespace Plumb.Validation;

/// <summary>
/// Validates a module (https://webassembly.github.io/spec/core/valid/index.html) and produces the
/// <see cref="ValidatedModule"/> the engines run. Function bodies are checked with the spec's
/// appendix algorithm (https://webassembly.github.io/spec/core/appendix/algorithm.html): one pass,
/// an operand stack and a control stack, both explicit arrays reused across functions.
/// </summary>
/// <remarks>
/// The partial files follow the concerns of the spec's validation chapter: module structure and
/// limits (<c>Validator.Module.cs</c>), constant expressions (<c>Validator.Const.cs</c>), the
/// instruction loop and the generic typing rule (<c>Validator.Function.cs</c>), the operand and
/// control stacks (<c>Validator.Stack.cs</c>), control instructions (<c>Validator.Control.cs</c>),
/// variable, reference, table and parametric instructions (<c>Validator.Variable.cs</c>) and the
/// immediates of memory, table and lane instructions (<c>Validator.Memory.cs</c>). Errors are only
/// <see cref="WasmInvalidException"/>, with the spec suite's wording.
/// </remarks>
internal sealed partial class Validator
{
    /// <summary>
    /// Upper bound on parameters plus locals of one function. The spec allows up to 2^32 locals; engines
    /// allocate a slot per local per call, so we take the limit web embedders use (see runtime/RATIONALE.md,
    /// "Why does the validator limit the number of locals?").
    /// </summary>
    internal const int MaxLocals = 50_000;

    private readonly Module _module;
    private readonly WasmFeatures _features;

    // The context C (https://webassembly.github.io/spec/core/valid/conventions.html#contexts), index spaces
    // with imports first.
    private readonly FuncType[] _funcs;
    private readonly uint[] _funcTypeIndices;
    private readonly TableType[] _tables;
    private readonly MemoryType[] _memories;
    private readonly GlobalType[] _globals;
    private readonly int _importedGlobals;
    private readonly ValType[] _elemTypes;
    private readonly int _dataCount;

    // C.refs: the functions a ref.func in a body may name (https://webassembly.github.io/spec/core/valid/modules.html#valid-module).
    private readonly bool[] _declaredRefs;

    // Where we are, for error reports: a function index while checking a body, else -1.
    private int _functionIndex = -1;

    private Validator(Module module, WasmFeatures features)
    {
        _module = module;
        _features = features;

        var types = module.Types;
        int importedFuncs = 0, importedTables = 0, importedMemories = 0, importedGlobals = 0;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Func: importedFuncs++; break;
                case ExternKind.Table: importedTables++; break;
                case ExternKind.Memory: importedMemories++; break;
                case ExternKind.Global: importedGlobals++; break;
                default: throw Invalid($"unknown import kind {(byte)import.Kind}");
            }
        }

        _funcs = new FuncType[importedFuncs + module.Functions.Length];
        _funcTypeIndices = new uint[_funcs.Length];
        _tables = new TableType[importedTables + module.Tables.Length];
        _memories = new MemoryType[importedMemories + module.Memories.Length];
        _globals = new GlobalType[importedGlobals + module.Globals.Length];
        _importedGlobals = importedGlobals;

        int f = 0, t = 0, m = 0, g = 0;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Func:
                    _funcTypeIndices[f] = import.FuncTypeIndex;
                    _funcs[f++] = TypeAt(import.FuncTypeIndex);
                    break;
                case ExternKind.Table:
                    _tables[t++] = import.Table;
                    break;
                case ExternKind.Memory:
                    _memories[m++] = import.Memory;
                    break;
                case ExternKind.Global:
                    _globals[g++] = import.Global;
                    break;
            }
        }
        foreach (uint typeIndex in module.Functions)
        {
            _funcTypeIndices[f] = typeIndex;
            _funcs[f++] = TypeAt(typeIndex);
        }
        foreach (var table in module.Tables)
        {
            _tables[t++] = table;
        }
        foreach (var memory in module.Memories)
        {
            _memories[m++] = memory;
        }
        foreach (var global in module.Globals)
        {
            _globals[g++] = global.Type;
        }

        _elemTypes = new ValType[module.Elements.Length];
        for (int i = 0; i < _elemTypes.Length; i++)
        {
            _elemTypes[i] = module.Elements[i].Type;
        }
        _dataCount = module.Data.Length;
        _declaredRefs = CollectDeclaredRefs();
    }

    /// <summary>
    /// Validates <paramref name="module"/> against the enabled <paramref name="features"/>.
    /// </summary>
    /// <exception cref="WasmInvalidException">The module is not valid; the message uses the spec suite's wording.</exception>
    /// <exception cref="WasmResourceLimitException">Its side tables would take more than <paramref name="budget"/>.</exception>
    public static ValidatedModule Validate(Module module, WasmFeatures features = WasmFeatures.Core2, CompileBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var validator = new Validator(module, features) { _budget = budget ?? CompileBudget.Unlimited };
        var functions = validator.CheckModule();
        return new ValidatedModule(module, features, [.. validator._funcs], [.. validator._tables],
            [.. validator._memories], [.. validator._globals], functions);
    }

    private FuncType TypeAt(uint index)
    {
        if (index >= (uint)_module.Types.Length)
        {
            throw Invalid($"unknown type {index}");
        }
        return _module.Types[(int)index];
    }

    private bool Enabled(WasmFeatures feature) => (_features & feature) == feature;

    /// <summary>An invalid-module error at the current function (if any) and the given byte offset.</summary>
    private WasmInvalidException Invalid(string message, long offset = -1) =>
        new(message, _functionIndex, _functionIndex >= 0 ? _module.Names?.FunctionNames.GetValueOrDefault((uint)_functionIndex) : null, offset);

    [DoesNotReturn]
    private void Fail(string message, long offset) => throw Invalid(message, offset);

    /// <summary>
    /// A value type must be one of Core 2.0's and its feature enabled
    /// (https://webassembly.github.io/spec/core/valid/types.html#value-types).
    /// </summary>
    private void CheckValType(ValType type, long offset = -1)
    {
        if (!ValTypes.IsDefined((byte)type))
        {
            Fail($"unknown value type 0x{(byte)type:x2}", offset);
        }
        if (type == ValType.V128 && !Enabled(WasmFeatures.Simd))
        {
            Fail("v128 requires the Simd feature", offset);
        }
        if (type.IsReference() && !Enabled(WasmFeatures.ReferenceTypes))
        {
            Fail($"{type.ToText()} requires the ReferenceTypes feature", offset);
        }
    }

    /// <summary>A reference type: funcref always (tables of 1.0), externref with reference types.</summary>
    private void CheckRefType(ValType type, long offset = -1)
    {
        if (type == ValType.FuncRef)
        {
            return;
        }
        if (type != ValType.ExternRef)
        {
            Fail("type mismatch: reference type expected", offset);
        }
        CheckValType(type, offset);
    }

    /// <summary>
    /// Without multi-value a function or block type has at most one result and no parameters
    /// (https://webassembly.github.io/spec/versions/core/WebAssembly-1.0.pdf, 3.2.2): the 1.0 suite
    /// expects "invalid result arity".
    /// </summary>
    private void CheckFuncType(FuncType type, long offset = -1)
    {
        foreach (var p in type.Params)
        {
            CheckValType(p, offset);
        }
        foreach (var r in type.Results)
        {
            CheckValType(r, offset);
        }
        if (!Enabled(WasmFeatures.MultiValue) && type.Results.Length > 1)
        {
            Fail("invalid result arity", offset);
        }
    }

    private static ImmutableArray<ValType> One(ValType type) => type switch
    {
        ValType.I32 => OneI32,
        ValType.I64 => OneI64,
        ValType.F32 => OneF32,
        ValType.F64 => OneF64,
        ValType.V128 => OneV128,
        ValType.FuncRef => OneFuncRef,
        ValType.ExternRef => OneExternRef,
        _ => [type],
    };

    private static readonly ImmutableArray<ValType> OneI32 = [ValType.I32];
    private static readonly ImmutableArray<ValType> OneI64 = [ValType.I64];
    private static readonly ImmutableArray<ValType> OneF32 = [ValType.F32];
    private static readonly ImmutableArray<ValType> OneF64 = [ValType.F64];
    private static readonly ImmutableArray<ValType> OneV128 = [ValType.V128];
    private static readonly ImmutableArray<ValType> OneFuncRef = [ValType.FuncRef];
    private static readonly ImmutableArray<ValType> OneExternRef = [ValType.ExternRef];
}
