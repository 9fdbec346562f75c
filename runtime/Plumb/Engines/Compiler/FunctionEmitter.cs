using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using Plumb.Execution;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Engines.Compiler;

/// <summary>
/// Emits one validated function body as CIL into its <see cref="DynamicMethod"/>. Every Wasm operand stack
/// slot becomes a CIL local, one per (height, type), and the CIL evaluation stack holds values only within
/// one instruction: a branch then only copies the values it carries into the target's slots, and every
/// label is reached with an empty evaluation stack, whatever the block's params and results (see
/// runtime/RATIONALE.md, "How does the compiler map the operand stack?"). Wasm locals are the method's
/// arguments (parameters, after the context and the instance) and CIL locals (declared locals, zeroed by
/// the CIL method's init flag).
/// </summary>
internal sealed unsafe class FunctionEmitter
{
    private readonly ValidatedModule _module;
    private readonly ValidatedFunction _function;
    private readonly MethodInfo?[] _methods;
    private readonly long[] _frames;
    private readonly IReadOnlyDictionary<FuncType, MethodInfo> _dispatchers;
    private readonly ILGenerator _il;
    private readonly LocalBuilder?[] _locals;
    private readonly List<ValType> _stack = [];
    private readonly Dictionary<(int Height, ValType Type), LocalBuilder> _slots = [];
    private readonly List<Control> _controls = [];
    private LocalBuilder? _memory;
    private LocalBuilder? _memoryBase;
    private LocalBuilder? _memoryLength;
    private LocalBuilder? _scratch;
    private LocalBuilder? _target;
    // The byte offset of the instruction whose code last called out (where a trap comes from), this frame's
    // depth, and the single result, kept across the body's exception filter (see EmitBody).
    private LocalBuilder _site = null!;
    private LocalBuilder _depth = null!;
    private LocalBuilder? _result;
    private int _offset = -1;
    private bool _unreachable;
    private int _skipped;

    private FunctionEmitter(ValidatedModule module, ValidatedFunction function, MethodInfo?[] methods, long[] frames,
        IReadOnlyDictionary<FuncType, MethodInfo> dispatchers, ILGenerator il)
    {
        _frames = frames;
        _module = module;
        _function = function;
        _methods = methods;
        _dispatchers = dispatchers;
        _il = il;
        _locals = new LocalBuilder?[function.LocalTypes.Length];
    }

    /// <summary>A block, loop, if or the function's body while its instructions are emitted.</summary>
    private sealed class Control
    {
        public required Opcode Kind { get; init; }

        /// <summary>Where a branch to this label goes: the loop's start, else the end.</summary>
        public required Label Target { get; init; }

        /// <summary>An <c>if</c>'s false edge: its <c>else</c>, or its end.</summary>
        public Label Else { get; init; }

        public bool HasElse { get; set; }

        /// <summary>The stack height below the block's params.</summary>
        public required int Height { get; init; }

        public required ValType[] Params { get; init; }

        public required ValType[] Results { get; init; }

        /// <summary>An <c>if</c>'s params, kept for its <c>else</c> (the then branch may overwrite their slots).</summary>
        public LocalBuilder[]? SavedParams { get; set; }

        /// <summary>What a branch to this label carries.</summary>
        public ValType[] Carried => Kind == Opcode.Loop ? Params : Results;
    }

    /// <summary>The CIL type of values of <paramref name="type"/> in compiled code.</summary>
    public static Type ClrType(ValType type) => type switch
    {
        ValType.I32 => typeof(int),
        ValType.I64 => typeof(long),
        ValType.F32 => typeof(float),
        ValType.F64 => typeof(double),
        ValType.V128 => typeof(Vector128<byte>),
        _ => typeof(ulong),
    };

    /// <summary>
    /// The argument of a typed method's first Wasm parameter: before it come the context, the instance and the caller's
    /// depth (the callee's frame is one deeper; see runtime/RATIONALE.md, "What does a compiled call cost?").
    /// </summary>
    private const int FirstParam = 3;

    /// <summary>Declares the typed method of a function of <paramref name="type"/>: (context, instance, caller's depth, params...) → its first result, or void.</summary>
    public static MethodInfo Declare(MethodSink sink, string name, FuncType type)
    {
        var (result, parameters) = Signature(type);
        return sink.Define(name, result, parameters);
    }

    /// <summary>The CIL signature of the typed method of a function of <paramref name="type"/>.</summary>
    private static (Type Result, Type[] Parameters) Signature(FuncType type)
    {
        var parameters = new Type[type.Params.Length + FirstParam];
        parameters[0] = typeof(CallContext);
        parameters[1] = typeof(Instance);
        parameters[2] = typeof(int);
        for (int i = 0; i < type.Params.Length; i++)
        {
            parameters[i + FirstParam] = ClrType(type.Params[i]);
        }
        return (type.Results.Length == 1 ? ClrType(type.Results[0]) : typeof(void), parameters);
    }

    /// <summary>
    /// Calls function <paramref name="index"/> (of the instance's index space, a defined function of a lazy module) of
    /// <paramref name="type"/> through its code pointer, its arguments on the stack: <see cref="CompiledOps.CodePointer"/>
    /// emits it on its first call. <paramref name="site"/> records this frame's site first (null: no site, a dispatcher).
    /// </summary>
    private static void EmitPointerCall(ILGenerator il, FuncType type, int index, long frame, Action? site)
    {
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldc_I4, index);
        site?.Invoke();
        EmitEnsureFrame(il, frame);
        il.Emit(OpCodes.Call, Methods.CodePointer);
        var (result, parameters) = Signature(type);
        il.EmitCalli(OpCodes.Calli, CallingConventions.Standard, result, parameters, null);
    }

    /// <summary>
    /// The dispatcher of <c>call_indirect</c> in a lazy module: as <see cref="EmitDispatcher"/>, each case calling its
    /// function (<paramref name="candidates"/>: indices in the instance's function index space) through its code pointer.
    /// </summary>
    public static MethodInfo EmitLazyDispatcher(MethodSink sink, string name, FuncType type, IReadOnlyList<int> candidates, IReadOnlyList<long> frames) =>
        EmitSwitchDispatcher(sink, name, type, candidates.Count, 24, (il, i) => EmitPointerCall(il, type, candidates[i], frames[i], site: null));

    /// <summary>
    /// Functions whose frame may be larger than this get their frame's stack probed before they are called
    /// (<see cref="CompiledOps.EnsureFrame"/>): the check at each function's entry leaves room for the next
    /// ordinary frame, not for one of hundreds of kilobytes.
    /// </summary>
    public const int LargeFrame = 32 * 1024;

    /// <summary>
    /// An upper bound of the bytes of the CIL locals of <paramref name="function"/>, before the JIT's own
    /// temporaries (which <see cref="CompiledOps.EnsureFrame"/> allows for by probing twice this): 16 bytes per
    /// Wasm local, per operand slot (one per height and value type the validator's maximum height allows), per
    /// block parameter saved and per buffer of a call with several results, and the scratch buffer of calls out.
    /// </summary>
    public static long FrameEstimate(ValidatedModule module, ValidatedFunction function)
    {
        const int valueTypes = 7;
        long slots = function.LocalTypes.Length + (long)valueTypes * function.MaxStackHeight + 8;
        int scratch = 0;
        foreach (var instruction in function.Code)
        {
            FuncType? type = instruction.Opcode switch
            {
                Opcode.Call => module.FunctionTypes[(int)instruction.A],
                Opcode.CallIndirect => module.Module.Types[(int)instruction.A],
                Opcode.Block or Opcode.Loop or Opcode.If when !instruction.BlockType.IsEmpty && !instruction.BlockType.IsValueType
                    => module.Module.Types[(int)instruction.BlockType.TypeIndex],
                _ => null,
            };
            if (type is not null)
            {
                slots += type.Params.Length + (type.Results.Length > 1 ? 1 : 0);
                scratch = Math.Max(scratch, Math.Max(type.Params.Length, type.Results.Length));
            }
        }
        return (slots + scratch) * 16;
    }

    /// <summary>Emits the body of <paramref name="function"/> into <paramref name="method"/>; <paramref name="methods"/> are the module's defined functions' methods, <paramref name="frames"/> their <see cref="FrameEstimate"/>s.</summary>
    public static void Emit(MethodSink sink, ValidatedModule module, ValidatedFunction function, MethodInfo?[] methods, long[] frames,
        IReadOnlyDictionary<FuncType, MethodInfo> dispatchers, MethodInfo method) =>
        new FunctionEmitter(module, function, methods, frames, dispatchers, sink.GetILGenerator(method, Math.Max(64, function.Code.Length * 12))).EmitBody();

    /// <summary>
    /// Emits the dispatcher of <c>call_indirect</c> to the module's own functions of <paramref name="type"/>:
    /// (context, instance, caller's depth, params..., dispatch index) → the first result, a <c>switch</c> over
    /// <paramref name="candidates"/> (their methods, in dispatch index order) to typed direct calls, each probing
    /// the stack first when its <paramref name="frames"/> estimate is large.
    /// </summary>
    public static MethodInfo EmitDispatcher(MethodSink sink, string name, FuncType type, IReadOnlyList<MethodInfo> candidates, IReadOnlyList<long> frames) =>
        EmitSwitchDispatcher(sink, name, type, candidates.Count, 16, (il, i) =>
        {
            EmitEnsureFrame(il, frames[i]);
            il.Emit(OpCodes.Call, candidates[i]);
        });

    /// <summary>
    /// A dispatcher of <paramref name="type"/>'s signature plus a dispatch index: a <c>switch</c> over the index to
    /// <paramref name="count"/> cases, each loading the arguments and calling through <paramref name="call"/>.
    /// </summary>
    private static MethodInfo EmitSwitchDispatcher(MethodSink sink, string name, FuncType type, int count, int caseSize, Action<ILGenerator, int> call)
    {
        var (result, typed) = Signature(type);
        Type[] parameters = [.. typed, typeof(int)];
        var dispatcher = sink.Define(name, result, parameters);
        var il = sink.GetILGenerator(dispatcher, 16 + count * caseSize);
        var labels = new Label[count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = il.DefineLabel();
        }
        il.Emit(OpCodes.Ldarg, (short)(parameters.Length - 1));
        il.Emit(OpCodes.Switch, labels);
        // The index comes from a CompiledFunction of this module and this type: no other value reaches here.
        il.Emit(OpCodes.Newobj, typeof(InvalidOperationException).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Throw);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            for (int a = 0; a < parameters.Length - 1; a++)
            {
                il.Emit(OpCodes.Ldarg, (short)a);
            }
            call(il, i);
            il.Emit(OpCodes.Ret);
        }
        return dispatcher;
    }

    /// <summary>Before a call to a function whose frame may exceed <see cref="LargeFrame"/>: probes the stack for it.</summary>
    private static void EmitEnsureFrame(ILGenerator il, long frame)
    {
        if (frame > LargeFrame)
        {
            il.Emit(OpCodes.Ldc_I4, (int)Math.Min(frame, int.MaxValue / 4));
            il.Emit(OpCodes.Call, Methods.EnsureFrame);
        }
    }

    /// <summary>
    /// Emits the untyped entry of a function: reads the arguments from the values buffer, calls
    /// <paramref name="method"/>, and writes the results over the buffer.
    /// </summary>
    public static MethodInfo EmitEntry(MethodSink sink, string name, FuncType type, MethodInfo method, long frame)
    {
        var entry = sink.Define(name, typeof(void), [typeof(CallContext), typeof(Instance), typeof(WasmValue*)]);
        var il = sink.GetILGenerator(entry, 64);
        EmitEnsureFrame(il, frame);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        // The caller's depth: whoever calls an entry has published it (CompilerEngine.Invoke, or a compiled frame
        // before it calls out through the untyped path).
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, Fields.Depth);
        for (int i = 0; i < type.Params.Length; i++)
        {
            LoadValueAt(il, OpCodes.Ldarg_2, i);
            Unbox(il, type.Params[i]);
        }
        il.Emit(OpCodes.Call, method);
        if (type.Results.Length == 1)
        {
            var result = il.DeclareLocal(ClrType(type.Results[0]));
            il.Emit(OpCodes.Stloc, result);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Ldloc, result);
            Box(il, type.Results[0]);
            il.Emit(OpCodes.Stobj, typeof(WasmValue));
        }
        else if (type.Results.Length > 1)
        {
            for (int i = 0; i < type.Results.Length; i++)
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, i * 16);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldfld, Fields.Results);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelem, typeof(WasmValue));
                il.Emit(OpCodes.Stobj, typeof(WasmValue));
            }
        }
        il.Emit(OpCodes.Ret);
        return entry;
    }

    private static unsafe void LoadValueAt(ILGenerator il, OpCode pointer, int index)
    {
        il.Emit(pointer);
        if (index > 0)
        {
            il.Emit(OpCodes.Ldc_I4, index * sizeof(WasmValue));
            il.Emit(OpCodes.Add);
        }
        il.Emit(OpCodes.Ldobj, typeof(WasmValue));
    }

    private static void Box(ILGenerator il, ValType type) =>
        il.Emit(OpCodes.Call, type switch
        {
            ValType.I32 => Methods.BoxI32,
            ValType.I64 => Methods.BoxI64,
            ValType.F32 => Methods.BoxF32,
            ValType.F64 => Methods.BoxF64,
            ValType.V128 => Methods.BoxV128,
            _ => Methods.BoxRef,
        });

    private static void Unbox(ILGenerator il, ValType type) =>
        il.Emit(OpCodes.Call, type switch
        {
            ValType.I32 => Methods.UnboxI32,
            ValType.I64 => Methods.UnboxI64,
            ValType.F32 => Methods.UnboxF32,
            ValType.F64 => Methods.UnboxF64,
            ValType.V128 => Methods.UnboxV128,
            _ => Methods.UnboxRef,
        });

    private void EmitBody()
    {
        var code = _function.Code;
        var type = _function.Type;
        for (int i = type.Params.Length; i < _locals.Length; i++)
        {
            _locals[i] = Declare(ClrType(_function.LocalTypes[i]));
        }
        if (_module.Memories.Length > 0 && UsesMemory(_function))
        {
            _memory = Declare(typeof(MemoryInstance));
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, Fields.Memory0);
            _il.Emit(OpCodes.Stloc, _memory);
            _memoryBase = Declare(typeof(byte*));
            _memoryLength = Declare(typeof(ulong));
            ReloadMemory();
        }
        int scratch = ScratchWidth();
        if (scratch > 0)
        {
            _scratch = Declare(typeof(WasmValue*));
            _il.Emit(OpCodes.Ldc_I4, scratch * 16);
            _il.Emit(OpCodes.Conv_U);
            _il.Emit(OpCodes.Localloc);
            _il.Emit(OpCodes.Stloc, _scratch);
        }
        // The body runs in a try block whose filter records, while a trap's first pass walks the stack, this frame's
        // depth and the offset of the instruction it was at (a call, or the instruction that trapped): the offsets
        // of the Wasm stack trace (runtime/RATIONALE.md, "What does a trap print?"). The filter always declines,
        // so the exception goes on unwinding as before; the cost is a store of the offset before each call out.
        _site = Declare(typeof(int));
        _depth = Declare(typeof(int));
        _il.Emit(OpCodes.Ldc_I4_M1);
        _il.Emit(OpCodes.Stloc, _site);
        _il.BeginExceptionBlock();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_2);
        // A function whose frame may be large checks the .NET stack on every entry, the others on every
        // CompiledOps.StackCheckStride-th depth (runtime/RATIONALE.md, "How does the compiler bound recursion?").
        _il.Emit(OpCodes.Call, _function.LocalTypes.Length + code.Length > CompiledOps.SmallFrame ? Methods.EnterLarge : Methods.Enter);
        _il.Emit(OpCodes.Stloc, _depth);
        _controls.Add(new Control
        {
            Kind = Opcode.Block,
            Target = _il.DefineLabel(),
            Height = 0,
            Params = [],
            Results = [.. type.Results],
        });
        // The final end closes the body's block: it falls into the epilogue.
        for (int pc = 0; pc < code.Length; pc++)
        {
            _offset = code[pc].Offset;
            EmitInstruction(code[pc]);
        }
        _il.BeginExceptFilterBlock();
        // The exception is on the stack: RecordSite(exception, depth, site, function) returns 0. The filter does not
        // read the context argument, which would make the JIT keep it in a stack slot and reload it after every call.
        _il.Emit(OpCodes.Ldloc, _depth);
        _il.Emit(OpCodes.Ldloc, _site);
        _il.Emit(OpCodes.Ldc_I4, _function.FunctionIndex);
        _il.Emit(OpCodes.Call, Methods.RecordSite);
        _il.BeginCatchBlock(null!);
        // Never entered: the filter declines every exception.
        _il.Emit(OpCodes.Pop);
        _il.Emit(OpCodes.Rethrow);
        _il.EndExceptionBlock();
        if (_result is not null)
        {
            _il.Emit(OpCodes.Ldloc, _result);
        }
        _il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// Whether <paramref name="function"/> may touch a memory: an instruction with a memory immediate (loads, stores,
    /// size, grow, fill, copy, init) or any SIMD instruction. Only such a function loads the memory instance, base and
    /// length at entry and after calls: the others would pay a load and a null check per call for nothing.
    /// </summary>
    private static bool UsesMemory(ValidatedFunction function)
    {
        foreach (var instruction in function.Code)
        {
            var info = InstructionTable.Get(instruction.Opcode);
            if (info.Immediate is Immediate.MemArg or Immediate.Memory or Immediate.MemoryInit or Immediate.MemoryCopy
                    or Immediate.MemArgLane or Immediate.Data
                || (info.Feature & WasmFeatures.Simd) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Calls <paramref name="method"/>, which may trap, after recording the instruction's offset as this frame's site.</summary>
    private void CallOut(MethodInfo method, long frame = 0)
    {
        _il.Emit(OpCodes.Ldc_I4, _offset);
        _il.Emit(OpCodes.Stloc, _site);
        // The callee's frame may be larger than the margin its entry check leaves: probe for it first.
        EmitEnsureFrame(_il, frame);
        _il.Emit(OpCodes.Call, method);
    }

    /// <summary>The most values a call out of the module's own code passes or returns: the size of the frame's scratch buffer.</summary>
    private int ScratchWidth()
    {
        int width = 0;
        int imported = _module.ImportedFunctionCount;
        foreach (var instruction in _function.Code)
        {
            FuncType? type = instruction.Opcode switch
            {
                Opcode.Call when instruction.A < imported => _module.FunctionTypes[(int)instruction.A],
                Opcode.CallIndirect => _module.Module.Types[(int)instruction.A],
                _ => null,
            };
            if (type is not null)
            {
                width = Math.Max(width, Math.Max(1, Math.Max(type.Params.Length, type.Results.Length)));
            }
        }
        return width;
    }

    /// <summary>The most locals a CIL method may declare (ECMA-335, II.24.4.6: local variable indices are 16-bit).</summary>
    private const int MaxClrLocals = 65535;

    private int _declared;

    /// <summary>Declares a CIL local, or refuses the function when it would need more than a CIL method may have.</summary>
    private LocalBuilder Declare(Type type)
    {
        if (++_declared > MaxClrLocals)
        {
            throw new WasmResourceLimitException(
                $"function {_function.FunctionIndex} needs more than {MaxClrLocals} CIL locals (its locals and operand stack slots); the interpreter runs it (RuntimeConfig.WithEngine)");
        }
        return _il.DeclareLocal(type);
    }

    /// <summary>
    /// Reads the memory's base and length into the function's locals: at entry, and after what can change them
    /// (calls, which may grow the memory, and <c>memory.grow</c>).
    /// </summary>
    private void ReloadMemory()
    {
        if (_memory is null)
        {
            return;
        }
        Load(_memory);
        _il.Emit(OpCodes.Ldfld, Fields.MemoryBase);
        Store(_memoryBase!);
        Load(_memory);
        _il.Emit(OpCodes.Ldfld, Fields.MemoryLength);
        Store(_memoryLength!);
    }

    private LocalBuilder Slot(int height, ValType type)
    {
        if (!_slots.TryGetValue((height, type), out var local))
        {
            local = Declare(ClrType(type));
            _slots[(height, type)] = local;
        }
        return local;
    }

    private LocalBuilder Top(int depth = 0) => Slot(_stack.Count - 1 - depth, _stack[^(1 + depth)]);

    private LocalBuilder Push(ValType type)
    {
        _stack.Add(type);
        return Slot(_stack.Count - 1, type);
    }

    private LocalBuilder Pop()
    {
        var local = Top();
        _stack.RemoveAt(_stack.Count - 1);
        return local;
    }

    private void Load(LocalBuilder local) => _il.Emit(OpCodes.Ldloc, local);

    private void Store(LocalBuilder local) => _il.Emit(OpCodes.Stloc, local);

    private (ValType[] Params, ValType[] Results) BlockSignature(BlockType block)
    {
        if (block.IsEmpty)
        {
            return ([], []);
        }
        if (block.IsValueType)
        {
            return ([], [block.ValueType]);
        }
        var type = _module.Module.Types[(int)block.TypeIndex];
        return ([.. type.Params], [.. type.Results]);
    }

    private void EmitInstruction(in Instruction instruction)
    {
        var op = instruction.Opcode;
        if (_unreachable)
        {
            // Code after br, return or unreachable up to the end of its block is never run (and types
            // against a polymorphic stack): skip it, keeping count of the blocks it opens.
            switch (op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    _skipped++;
                    return;
                case Opcode.End when _skipped > 0:
                    _skipped--;
                    return;
                case Opcode.Else when _skipped > 0:
                    return;
                case Opcode.End or Opcode.Else:
                    break;
                default:
                    return;
            }
        }
        switch (op)
        {
            case Opcode.Nop:
                return;
            case Opcode.Unreachable:
                CallOut(Methods.Unreachable);
                _unreachable = true;
                return;
            case Opcode.Block:
            case Opcode.Loop:
            {
                var (parameters, results) = BlockSignature(instruction.BlockType);
                var control = new Control
                {
                    Kind = op,
                    Target = _il.DefineLabel(),
                    Height = _stack.Count - parameters.Length,
                    Params = parameters,
                    Results = results,
                };
                _controls.Add(control);
                if (op == Opcode.Loop)
                {
                    // Branches back to the loop (its Target) charge an iteration; entering it does not, as in the
                    // interpreter, which charges backward branches only: both leave the same fuel.
                    var body = _il.DefineLabel();
                    _il.Emit(OpCodes.Br, body);
                    _il.MarkLabel(control.Target);
                    EmitLoopCheck();
                    _il.MarkLabel(body);
                }
                return;
            }
            case Opcode.If:
            {
                var (parameters, results) = BlockSignature(instruction.BlockType);
                var condition = Pop();
                var control = new Control
                {
                    Kind = op,
                    Target = _il.DefineLabel(),
                    Else = _il.DefineLabel(),
                    Height = _stack.Count - parameters.Length,
                    Params = parameters,
                    Results = results,
                };
                if (parameters.Length > 0)
                {
                    control.SavedParams = new LocalBuilder[parameters.Length];
                    for (int i = 0; i < parameters.Length; i++)
                    {
                        control.SavedParams[i] = Declare(ClrType(parameters[i]));
                        Load(Slot(control.Height + i, parameters[i]));
                        Store(control.SavedParams[i]);
                    }
                }
                _controls.Add(control);
                Load(condition);
                _il.Emit(OpCodes.Brfalse, control.Else);
                return;
            }
            case Opcode.Else:
            {
                var control = _controls[^1];
                if (!_unreachable)
                {
                    _il.Emit(OpCodes.Br, control.Target);
                }
                _il.MarkLabel(control.Else);
                control.HasElse = true;
                Reset(control.Height, control.Params);
                for (int i = 0; i < control.Params.Length; i++)
                {
                    Load(control.SavedParams![i]);
                    Store(Slot(control.Height + i, control.Params[i]));
                }
                _unreachable = false;
                return;
            }
            case Opcode.End:
            {
                var control = _controls[^1];
                _controls.RemoveAt(_controls.Count - 1);
                if (control.Kind == Opcode.If && !control.HasElse)
                {
                    _il.MarkLabel(control.Else);
                }
                if (control.Kind != Opcode.Loop)
                {
                    _il.MarkLabel(control.Target);
                }
                Reset(control.Height, control.Results);
                _unreachable = false;
                if (_controls.Count == 0)
                {
                    EmitEpilogue();
                }
                return;
            }
            case Opcode.Br:
                EmitBranch(_controls[^(1 + (int)instruction.A)]);
                _unreachable = true;
                return;
            case Opcode.BrIf:
            {
                var condition = Pop();
                var target = _controls[^(1 + (int)instruction.A)];
                Load(condition);
                if (NeedsCopy(target))
                {
                    var skip = _il.DefineLabel();
                    _il.Emit(OpCodes.Brfalse, skip);
                    EmitBranch(target);
                    _il.MarkLabel(skip);
                }
                else
                {
                    _il.Emit(OpCodes.Brtrue, target.Target);
                }
                return;
            }
            case Opcode.BrTable:
                EmitBrTable(instruction);
                _unreachable = true;
                return;
            case Opcode.Return:
                EmitBranch(_controls[0]);
                _unreachable = true;
                return;
            case Opcode.Call:
                EmitCall((int)instruction.A);
                ReloadMemory();
                return;
            case Opcode.CallIndirect:
                EmitCallIndirect(instruction);
                ReloadMemory();
                return;
            case Opcode.Drop:
                Pop();
                return;
            case Opcode.Select:
            case Opcode.SelectT:
            {
                var condition = Pop();
                var second = Pop();
                var first = Top();
                var keep = _il.DefineLabel();
                Load(condition);
                _il.Emit(OpCodes.Brtrue, keep);
                Load(second);
                Store(first);
                _il.MarkLabel(keep);
                return;
            }
            case Opcode.LocalGet:
                LoadLocal((int)instruction.A);
                Store(Push(_function.LocalTypes[(int)instruction.A]));
                return;
            case Opcode.LocalSet:
                Load(Pop());
                StoreLocal((int)instruction.A);
                return;
            case Opcode.LocalTee:
                Load(Top());
                StoreLocal((int)instruction.A);
                return;
            case Opcode.GlobalGet:
            {
                var type = _module.Globals[(int)instruction.A].ValType;
                LoadGlobal((int)instruction.A);
                _il.Emit(OpCodes.Ldfld, Fields.GlobalValue);
                Unbox(_il, type);
                Store(Push(type));
                return;
            }
            case Opcode.GlobalSet:
            {
                var type = _module.Globals[(int)instruction.A].ValType;
                var value = Pop();
                LoadGlobal((int)instruction.A);
                Load(value);
                Box(_il, type);
                _il.Emit(OpCodes.Stfld, Fields.GlobalValue);
                return;
            }
            case Opcode.I32Const:
                _il.Emit(OpCodes.Ldc_I4, instruction.I32);
                Store(Push(ValType.I32));
                return;
            case Opcode.I64Const:
                _il.Emit(OpCodes.Ldc_I8, instruction.I64);
                Store(Push(ValType.I64));
                return;
            case Opcode.F32Const:
            {
                // A NaN comes from its bits through a call, as do 0 and 1: the JIT folds x - 0, x * 1 and x / 1
                // to x, which would keep a signalling NaN that the spec's arithmetic quiets.
                float value = BitConverter.Int32BitsToSingle((int)(uint)instruction.C);
                if (float.IsNaN(value) || Math.Abs(value) is 0f or 1f)
                {
                    _il.Emit(OpCodes.Ldc_I4, (int)(uint)instruction.C);
                    _il.Emit(OpCodes.Call, Methods.F32FromBits);
                }
                else
                {
                    _il.Emit(OpCodes.Ldc_R4, value);
                }
                Store(Push(ValType.F32));
                return;
            }
            case Opcode.F64Const:
            {
                double value = BitConverter.Int64BitsToDouble((long)instruction.C);
                if (double.IsNaN(value) || Math.Abs(value) is 0d or 1d)
                {
                    _il.Emit(OpCodes.Ldc_I8, (long)instruction.C);
                    _il.Emit(OpCodes.Call, Methods.F64FromBits);
                }
                else
                {
                    _il.Emit(OpCodes.Ldc_R8, value);
                }
                Store(Push(ValType.F64));
                return;
            }
            case Opcode.RefNull:
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Conv_U8);
                Store(Push((ValType)(byte)instruction.A));
                return;
            case Opcode.RefIsNull:
                Load(Pop());
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Conv_U8);
                _il.Emit(OpCodes.Ceq);
                Store(Push(ValType.I32));
                return;
            case Opcode.RefFunc:
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                CallOut(Methods.Named(nameof(CompiledOps.RefFunc)));
                Store(Push(ValType.FuncRef));
                return;
            case Opcode.TableGet:
            {
                var index = Pop();
                _il.Emit(OpCodes.Ldarg_1);
                Load(index);
                _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                CallOut(Methods.Named(nameof(CompiledOps.TableGet)));
                Store(Push(_module.Tables[(int)instruction.A].ElementType));
                return;
            }
            case Opcode.TableSet:
            {
                var value = Pop();
                var index = Pop();
                _il.Emit(OpCodes.Ldarg_1);
                Load(index);
                Load(value);
                _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                CallOut(Methods.Named(nameof(CompiledOps.TableSet)));
                return;
            }
            case Opcode.TableGrow:
            {
                var delta = Pop();
                var init = Pop();
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldarg_1);
                Load(init);
                Load(delta);
                _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                CallOut(Methods.Named(nameof(CompiledOps.TableGrow)));
                Store(Push(ValType.I32));
                return;
            }
            case Opcode.TableFill:
            {
                var count = Pop();
                var value = Pop();
                var start = Pop();
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldarg_1);
                Load(start);
                Load(value);
                Load(count);
                _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                CallOut(Methods.Named(nameof(CompiledOps.TableFill)));
                return;
            }
        }
        EmitOperator(instruction);
    }

    /// <summary>Sets the stack to <paramref name="height"/> values plus <paramref name="types"/>: the state after a block's end or at its else.</summary>
    private void Reset(int height, ValType[] types)
    {
        _stack.RemoveRange(height, _stack.Count - height);
        _stack.AddRange(types);
    }

    private void EmitEpilogue()
    {
        var results = _function.Type.Results;
        // Nothing to undo: the depth is an argument, the callers' frames never saw this one's.
        if (results.Length == 1)
        {
            Load(Slot(0, results[0]));
        }
        else if (results.Length > 1)
        {
            var buffer = Declare(typeof(WasmValue[]));
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldc_I4, results.Length);
            _il.Emit(OpCodes.Call, Methods.EnsureResults);
            Store(buffer);
            for (int i = 0; i < results.Length; i++)
            {
                Load(buffer);
                _il.Emit(OpCodes.Ldc_I4, i);
                Load(Slot(i, results[i]));
                Box(_il, results[i]);
                _il.Emit(OpCodes.Stelem, typeof(WasmValue));
            }
        }
        if (results.Length == 1)
        {
            // The try block is left with an empty stack; EmitBody returns the value after the filter.
            _result = Declare(ClrType(results[0]));
            _il.Emit(OpCodes.Stloc, _result);
        }
    }

    /// <summary>A loop's back edge: fuel and cancellation, inlined, with an out-of-line way out that never returns.</summary>
    private void EmitLoopCheck()
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldc_I4, _offset);
        _il.Emit(OpCodes.Call, Methods.Loop);
    }

    /// <summary>Whether a branch to <paramref name="target"/> must move the values it carries (they are not already in its slots).</summary>
    private bool NeedsCopy(Control target)
    {
        var carried = target.Carried;
        return carried.Length > 0 && _stack.Count - carried.Length != target.Height;
    }

    /// <summary>Copies the values a branch to <paramref name="target"/> carries into its slots, then jumps.</summary>
    private void EmitBranch(Control target)
    {
        var carried = target.Carried;
        int from = _stack.Count - carried.Length;
        if (from != target.Height)
        {
            // Ascending order: a slot is written only after every source below it has been read.
            for (int i = 0; i < carried.Length; i++)
            {
                Load(Slot(from + i, carried[i]));
                Store(Slot(target.Height + i, carried[i]));
            }
        }
        _il.Emit(OpCodes.Br, target.Target);
    }

    private void EmitBrTable(in Instruction instruction)
    {
        var index = Pop();
        var vectors = _function.Body.Vectors;
        int count = (int)instruction.B;
        var labels = new Label[count - 1];
        var stubs = new List<(Label Label, Control Target)>();
        Label Route(Control target)
        {
            if (!NeedsCopy(target))
            {
                return target.Target;
            }
            var stub = _il.DefineLabel();
            stubs.Add((stub, target));
            return stub;
        }
        for (int i = 0; i < count - 1; i++)
        {
            labels[i] = Route(_controls[^(1 + (int)vectors[(int)instruction.A + i])]);
        }
        var fallback = Route(_controls[^(1 + (int)vectors[(int)instruction.A + count - 1])]);
        Load(index);
        _il.Emit(OpCodes.Switch, labels);
        _il.Emit(OpCodes.Br, fallback);
        foreach (var (label, target) in stubs)
        {
            _il.MarkLabel(label);
            EmitBranch(target);
        }
    }

    private void EmitCall(int index)
    {
        var type = _module.FunctionTypes[index];
        int imported = _module.ImportedFunctionCount;
        if (index >= imported)
        {
            int from = _stack.Count - type.Params.Length;
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _depth);
            for (int i = 0; i < type.Params.Length; i++)
            {
                Load(Slot(from + i, type.Params[i]));
            }
            if (_methods[index - imported] is { } callee)
            {
                CallOut(callee, _frames[index - imported]);
            }
            else
            {
                // A lazy module's function not emitted before this one: through its code pointer.
                EmitPointerCall(_il, type, index, _frames[index - imported], () =>
                {
                    _il.Emit(OpCodes.Ldc_I4, _offset);
                    _il.Emit(OpCodes.Stloc, _site);
                });
            }
            _stack.RemoveRange(from, type.Params.Length);
            if (type.Results.Length == 1)
            {
                Store(Push(type.Results[0]));
            }
            else if (type.Results.Length > 1)
            {
                var buffer = Declare(typeof(WasmValue[]));
                _il.Emit(OpCodes.Ldarg_0);
                _il.Emit(OpCodes.Ldfld, Fields.Results);
                Store(buffer);
                foreach (var result in type.Results)
                {
                    Load(buffer);
                    _il.Emit(OpCodes.Ldc_I4, _stack.Count - from);
                    _il.Emit(OpCodes.Ldelem, typeof(WasmValue));
                    Unbox(_il, result);
                    Store(Push(result));
                }
            }
            return;
        }
        SpillArguments(type);
        PublishDepth();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldc_I4, index);
        Load(_scratch!);
        CallOut(Methods.Named(nameof(CompiledOps.CallImport)));
        FillResults(type);
    }

    private void EmitCallIndirect(in Instruction instruction)
    {
        var type = _module.Module.Types[(int)instruction.A];
        var element = Pop();
        if (!_dispatchers.TryGetValue(type, out var dispatcher))
        {
            SpillArguments(type);
            PublishDepth();
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldarg_1);
            Load(element);
            _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
            _il.Emit(OpCodes.Ldc_I4, (int)instruction.B);
            Load(_scratch!);
            CallOut(Methods.Named(nameof(CompiledOps.CallIndirect)));
            FillResults(type);
            return;
        }
        // The callee is checked (and its traps raised) first; one of this instance's own compiled functions is
        // then called through the type's dispatcher with typed arguments, anything else through the untyped path.
        _target ??= Declare(typeof(int));
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        Load(element);
        _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
        _il.Emit(OpCodes.Ldc_I4, (int)instruction.B);
        CallOut(Methods.Named(nameof(CompiledOps.IndirectTarget)));
        Store(_target);
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        Load(_target);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Blt, slow);
        int from = _stack.Count - type.Params.Length;
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldloc, _depth);
        for (int i = 0; i < type.Params.Length; i++)
        {
            Load(Slot(from + i, type.Params[i]));
        }
        Load(_target);
        _il.Emit(OpCodes.Call, dispatcher);
        if (type.Results.Length == 1)
        {
            Store(Slot(from, type.Results[0]));
        }
        else if (type.Results.Length > 1)
        {
            var buffer = Declare(typeof(WasmValue[]));
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, Fields.Results);
            Store(buffer);
            for (int i = 0; i < type.Results.Length; i++)
            {
                Load(buffer);
                _il.Emit(OpCodes.Ldc_I4, i);
                _il.Emit(OpCodes.Ldelem, typeof(WasmValue));
                Unbox(_il, type.Results[i]);
                Store(Slot(from + i, type.Results[i]));
            }
        }
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(slow);
        SpillArguments(type);
        PublishDepth();
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldarg_1);
        Load(_scratch!);
        CallOut(Methods.Named(nameof(CompiledOps.CallPending)));
        FillResults(type);
        _il.MarkLabel(done);
    }

    /// <summary>
    /// Before a call through the untyped path (an import, another instance's or a host function, an indirect call
    /// without a dispatcher): stores this frame's depth in <see cref="CallContext.Depth"/>, where entries, host calls and
    /// stack traces read it. Typed calls pass it as an argument instead.
    /// </summary>
    private void PublishDepth()
    {
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldloc, _depth);
        _il.Emit(OpCodes.Stfld, Fields.Depth);
    }

    /// <summary>Pops a call's arguments into the scratch buffer.</summary>
    private unsafe void SpillArguments(FuncType type)
    {
        int from = _stack.Count - type.Params.Length;
        for (int i = 0; i < type.Params.Length; i++)
        {
            Load(_scratch!);
            _il.Emit(OpCodes.Ldc_I4, i * sizeof(WasmValue));
            _il.Emit(OpCodes.Add);
            Load(Slot(from + i, type.Params[i]));
            Box(_il, type.Params[i]);
            _il.Emit(OpCodes.Stobj, typeof(WasmValue));
        }
        _stack.RemoveRange(from, type.Params.Length);
    }

    /// <summary>Pushes a call's results from the scratch buffer.</summary>
    private unsafe void FillResults(FuncType type)
    {
        for (int i = 0; i < type.Results.Length; i++)
        {
            Load(_scratch!);
            _il.Emit(OpCodes.Ldc_I4, i * sizeof(WasmValue));
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Ldobj, typeof(WasmValue));
            Unbox(_il, type.Results[i]);
            Store(Push(type.Results[i]));
        }
    }

    private void LoadLocal(int index)
    {
        if (_locals[index] is { } local)
        {
            Load(local);
        }
        else
        {
            EmitArgument(OpCodes.Ldarg_S, OpCodes.Ldarg, index + FirstParam);
        }
    }

    private void StoreLocal(int index)
    {
        if (_locals[index] is { } local)
        {
            Store(local);
        }
        else
        {
            EmitArgument(OpCodes.Starg_S, OpCodes.Starg, index + FirstParam);
        }
    }

    private void EmitArgument(OpCode shortForm, OpCode longForm, int index)
    {
        if (index < 256)
        {
            _il.Emit(shortForm, (byte)index);
        }
        else
        {
            _il.Emit(longForm, (short)index);
        }
    }

    private void LoadGlobal(int index)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldfld, Fields.Globals);
        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    /// <summary>An instruction with a fixed signature: inline CIL for the simple operators, else a call of its <see cref="CompiledOps"/> method.</summary>
    private void EmitOperator(in Instruction instruction)
    {
        var info = instruction.Info;
        if (!info.HasFixedSignature)
        {
            throw new NotSupportedException($"the compiler does not compile {info.Mnemonic}");
        }
        if (info.Feature == WasmFeatures.Simd)
        {
            EmitSimd(instruction, info);
            return;
        }
        var parameters = info.Params;
        int from = _stack.Count - parameters.Length;
        var method = Inline(instruction.Opcode) is null ? Methods.Named(instruction.Opcode.ToString()) : null;
        // The method's leading context, instance and memory parameters come before the operands.
        foreach (var parameter in method?.GetParameters() ?? [])
        {
            if (parameter.ParameterType == typeof(CallContext))
            {
                _il.Emit(OpCodes.Ldarg_0);
            }
            else if (parameter.ParameterType == typeof(Instance))
            {
                _il.Emit(OpCodes.Ldarg_1);
            }
            else if (parameter.ParameterType == typeof(MemoryInstance))
            {
                Load(_memory!);
            }
            else if (parameter.ParameterType == typeof(byte*))
            {
                Load(_memoryBase!);
            }
            else if (parameter.Name == "memoryLength")
            {
                Load(_memoryLength!);
            }
            else
            {
                break;
            }
        }
        for (int i = 0; i < parameters.Length; i++)
        {
            Load(Slot(from + i, parameters[i]));
        }
        if (method is null)
        {
            foreach (var (code, operand) in Inline(instruction.Opcode)!)
            {
                if (operand is long constant)
                {
                    _il.Emit(code, constant);
                }
                else if (operand is int small)
                {
                    _il.Emit(code, small);
                }
                else
                {
                    _il.Emit(code);
                }
            }
        }
        else
        {
            switch (info.Immediate)
            {
                case Immediate.MemArg:
                    // A load or store, inlined by the JIT: its offset goes as an argument to the out-of-line throw
                    // (CompiledOps.At), so that the access stores nothing on the way.
                    _il.Emit(OpCodes.Ldc_I8, (long)instruction.C);
                    _il.Emit(OpCodes.Ldc_I4, _offset);
                    _il.Emit(OpCodes.Call, method);
                    method = null;
                    break;
                case Immediate.Table or Immediate.Elem or Immediate.Data or Immediate.MemoryInit:
                    _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                    break;
                case Immediate.TableCopy or Immediate.TableInit:
                    _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                    _il.Emit(OpCodes.Ldc_I4, (int)instruction.B);
                    break;
            }
            if (method is not null)
            {
                CallOut(method);
            }
        }
        _stack.RemoveRange(from, parameters.Length);
        foreach (var result in info.Results)
        {
            Store(Push(result));
        }
        if (instruction.Opcode == Opcode.MemoryGrow)
        {
            ReloadMemory();
        }
    }

    /// <summary>
    /// A SIMD instruction: a call the JIT inlines into vector instructions on the typed v128 locals, of the
    /// instruction's own method (<see cref="SimdOps"/>, shared with the interpreter, or <see cref="CompiledOps"/> for
    /// memory accesses, constants, splats and lanes).
    /// </summary>
    private void EmitSimd(in Instruction instruction, InstructionInfo info)
    {
        var parameters = info.Params;
        int from = _stack.Count - parameters.Length;
        if (Methods.Vector(instruction.Opcode) is { } vector)
        {
            // Leading memory parameters, the operands, then the immediates the method names.
            var declared = vector.GetParameters();
            int next = 0;
            if (declared.Length > 0 && declared[0].ParameterType == typeof(byte*))
            {
                Load(_memoryBase!);
                Load(_memoryLength!);
                next = 2;
            }
            for (int i = 0; i < parameters.Length; i++)
            {
                Load(Slot(from + i, parameters[i]));
            }
            foreach (var immediate in declared.AsSpan(next + parameters.Length))
            {
                switch (immediate.Name)
                {
                    case "offset" or "lo":
                        _il.Emit(OpCodes.Ldc_I8, (long)instruction.C);
                        break;
                    case "hi":
                        _il.Emit(OpCodes.Ldc_I8, (long)instruction.D);
                        break;
                    case "lane":
                        _il.Emit(OpCodes.Ldc_I4, (int)instruction.A);
                        break;
                    case "memoryLane":
                        _il.Emit(OpCodes.Ldc_I4, (int)instruction.D);
                        break;
                    case "site":
                        _il.Emit(OpCodes.Ldc_I4, _offset);
                        break;
                    default:
                        throw new InvalidOperationException($"{vector.Name}: no immediate named {immediate.Name}");
                }
            }
            _il.Emit(OpCodes.Call, vector);
            _stack.RemoveRange(from, parameters.Length);
            foreach (var result in info.Results)
            {
                Store(Push(result));
            }
            return;
        }
        throw new NotSupportedException($"the compiler has no method for {info.Mnemonic}");
    }

    /// <summary>The CIL of the operators that are a few opcodes on their loaded operands, or null.</summary>
    private static (OpCode Code, object? Operand)[]? Inline(Opcode op) => op switch
    {
        Opcode.I32Add or Opcode.I64Add or Opcode.F32Add or Opcode.F64Add => [(OpCodes.Add, null)],
        Opcode.I32Sub or Opcode.I64Sub or Opcode.F32Sub or Opcode.F64Sub => [(OpCodes.Sub, null)],
        Opcode.I32Mul or Opcode.I64Mul or Opcode.F32Mul or Opcode.F64Mul => [(OpCodes.Mul, null)],
        Opcode.F32Div or Opcode.F64Div => [(OpCodes.Div, null)],
        Opcode.I32And or Opcode.I64And => [(OpCodes.And, null)],
        Opcode.I32Or or Opcode.I64Or => [(OpCodes.Or, null)],
        Opcode.I32Xor or Opcode.I64Xor => [(OpCodes.Xor, null)],
        // CIL leaves shifts by the width or more unspecified; Wasm takes the count modulo the width.
        Opcode.I32Shl => [(OpCodes.Ldc_I4, 31), (OpCodes.And, null), (OpCodes.Shl, null)],
        Opcode.I32ShrS => [(OpCodes.Ldc_I4, 31), (OpCodes.And, null), (OpCodes.Shr, null)],
        Opcode.I32ShrU => [(OpCodes.Ldc_I4, 31), (OpCodes.And, null), (OpCodes.Shr_Un, null)],
        Opcode.I64Shl => [(OpCodes.Conv_I4, null), (OpCodes.Ldc_I4, 63), (OpCodes.And, null), (OpCodes.Shl, null)],
        Opcode.I64ShrS => [(OpCodes.Conv_I4, null), (OpCodes.Ldc_I4, 63), (OpCodes.And, null), (OpCodes.Shr, null)],
        Opcode.I64ShrU => [(OpCodes.Conv_I4, null), (OpCodes.Ldc_I4, 63), (OpCodes.And, null), (OpCodes.Shr_Un, null)],
        Opcode.I32Eqz => [(OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I64Eqz => [(OpCodes.Ldc_I8, 0L), (OpCodes.Ceq, null)],
        Opcode.I32Eq or Opcode.I64Eq or Opcode.F32Eq or Opcode.F64Eq => [(OpCodes.Ceq, null)],
        Opcode.I32Ne or Opcode.I64Ne or Opcode.F32Ne or Opcode.F64Ne => [(OpCodes.Ceq, null), (OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I32LtS or Opcode.I64LtS or Opcode.F32Lt or Opcode.F64Lt => [(OpCodes.Clt, null)],
        Opcode.I32LtU or Opcode.I64LtU => [(OpCodes.Clt_Un, null)],
        Opcode.I32GtS or Opcode.I64GtS or Opcode.F32Gt or Opcode.F64Gt => [(OpCodes.Cgt, null)],
        Opcode.I32GtU or Opcode.I64GtU => [(OpCodes.Cgt_Un, null)],
        // a <= b is !(a > b), and for floats !(a > b or unordered), so that a NaN compares false.
        Opcode.I32LeS or Opcode.I64LeS => [(OpCodes.Cgt, null), (OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I32LeU or Opcode.I64LeU or Opcode.F32Le or Opcode.F64Le => [(OpCodes.Cgt_Un, null), (OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I32GeS or Opcode.I64GeS => [(OpCodes.Clt, null), (OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I32GeU or Opcode.I64GeU or Opcode.F32Ge or Opcode.F64Ge => [(OpCodes.Clt_Un, null), (OpCodes.Ldc_I4_0, null), (OpCodes.Ceq, null)],
        Opcode.I32WrapI64 => [(OpCodes.Conv_I4, null)],
        Opcode.I64ExtendI32S => [(OpCodes.Conv_I8, null)],
        Opcode.I64ExtendI32U => [(OpCodes.Conv_U8, null)],
        Opcode.F32ConvertI32S => [(OpCodes.Conv_R4, null)],
        Opcode.F64ConvertI32S or Opcode.F64ConvertI64S => [(OpCodes.Conv_R8, null)],
        Opcode.I32Extend8S => [(OpCodes.Conv_I1, null)],
        Opcode.I32Extend16S => [(OpCodes.Conv_I2, null)],
        Opcode.I64Extend8S => [(OpCodes.Conv_I1, null), (OpCodes.Conv_I8, null)],
        Opcode.I64Extend16S => [(OpCodes.Conv_I2, null), (OpCodes.Conv_I8, null)],
        Opcode.I64Extend32S => [(OpCodes.Conv_I4, null), (OpCodes.Conv_I8, null)],
        _ => null,
    };

    /// <summary>The runtime fields compiled code reads.</summary>
    private static class Fields
    {
        public static readonly FieldInfo Results = typeof(CallContext).GetField(nameof(CallContext.Results))!;
        public static readonly FieldInfo Depth = typeof(CallContext).GetField(nameof(CallContext.Depth))!;
        public static readonly FieldInfo Memory0 = typeof(Instance).GetField(nameof(Instance.Memory0))!;
        public static readonly FieldInfo MemoryBase = typeof(MemoryInstance).GetField(nameof(MemoryInstance.Base))!;
        public static readonly FieldInfo MemoryLength = typeof(MemoryInstance).GetField(nameof(MemoryInstance.Length))!;
        public static readonly FieldInfo Globals = typeof(Instance).GetField(nameof(Instance.Globals))!;
        public static readonly FieldInfo GlobalValue = typeof(GlobalInstance).GetField(nameof(GlobalInstance.Value))!;
    }

    /// <summary>The runtime methods compiled code calls.</summary>
    private static class Methods
    {
        private static readonly Dictionary<string, MethodInfo> ByName =
            typeof(CompiledOps).GetMethods(BindingFlags.Public | BindingFlags.Static).ToDictionary(m => m.Name, StringComparer.Ordinal);

        public static readonly MethodInfo BoxI32 = Named(nameof(CompiledOps.BoxI32));
        public static readonly MethodInfo BoxI64 = Named(nameof(CompiledOps.BoxI64));
        public static readonly MethodInfo BoxF32 = Named(nameof(CompiledOps.BoxF32));
        public static readonly MethodInfo BoxF64 = Named(nameof(CompiledOps.BoxF64));
        public static readonly MethodInfo BoxRef = Named(nameof(CompiledOps.BoxRef));
        public static readonly MethodInfo UnboxI32 = Named(nameof(CompiledOps.UnboxI32));
        public static readonly MethodInfo UnboxI64 = Named(nameof(CompiledOps.UnboxI64));
        public static readonly MethodInfo UnboxF32 = Named(nameof(CompiledOps.UnboxF32));
        public static readonly MethodInfo UnboxF64 = Named(nameof(CompiledOps.UnboxF64));
        public static readonly MethodInfo UnboxRef = Named(nameof(CompiledOps.UnboxRef));
        public static readonly MethodInfo BoxV128 = Named(nameof(CompiledOps.BoxV128));
        public static readonly MethodInfo UnboxV128 = Named(nameof(CompiledOps.UnboxV128));

        private static readonly Dictionary<string, MethodInfo> SimdByName =
            typeof(SimdOps).GetMethods(BindingFlags.Public | BindingFlags.Static).ToDictionary(m => m.Name, StringComparer.Ordinal);

        /// <summary>The method a SIMD instruction compiles to, when it has one of its own (SimdOps, or CompiledOps's loads, stores, constants, splats and lanes).</summary>
        public static MethodInfo? Vector(Opcode op)
        {
            string name = op.ToString();
            return SimdByName.GetValueOrDefault(name)
                ?? (ByName.TryGetValue(name, out var method) && (method.ReturnType == typeof(Vector128<byte>) || method.GetParameters().Any(p => p.ParameterType == typeof(Vector128<byte>))) ? method : null);
        }
        public static readonly MethodInfo F32FromBits = Named(nameof(CompiledOps.F32FromBits));
        public static readonly MethodInfo F64FromBits = Named(nameof(CompiledOps.F64FromBits));
        public static readonly MethodInfo Enter = Named(nameof(CompiledOps.Enter));
        public static readonly MethodInfo EnterLarge = Named(nameof(CompiledOps.EnterLarge));
        public static readonly MethodInfo EnsureFrame = Named(nameof(CompiledOps.EnsureFrame));
        public static readonly MethodInfo RecordSite = Named(nameof(CompiledOps.RecordSite));
        public static readonly MethodInfo Unreachable = Named(nameof(CompiledOps.Unreachable));
        public static readonly MethodInfo Loop = Named(nameof(CompiledOps.Loop));
        public static readonly MethodInfo CodePointer = typeof(CompiledOps).GetMethod(nameof(CompiledOps.CodePointer))!;
        public static readonly MethodInfo EnsureResults = typeof(CallContext).GetMethod(nameof(CallContext.EnsureResults))!;


        /// <summary>The <see cref="CompiledOps"/> method named <paramref name="name"/> (an opcode's name for an instruction).</summary>
        public static MethodInfo Named(string name) =>
            ByName.TryGetValue(name, out var method) ? method : throw new NotSupportedException($"the compiler has no method {name}");
    }
}
