using System.Collections.Immutable;
using Plumb.Instructions;
using Plumb.Structure;

namespace Plumb.Fuzz.Generation;

/// <summary>
/// Function bodies. The generator tracks the operand stack's types per control frame
/// (https://webassembly.github.io/spec/core/appendix/algorithm.html) and picks instructions that
/// fit it: a fixed-signature row of the table once its params are on top (reused when they
/// already are, otherwise produced as fresh operands), and the custom rows by their own rules.
/// Code after an unconditional branch is never generated: the frame is closed at once.
/// </summary>
internal sealed partial class Generator
{
    private enum FrameKind : byte
    {
        Function,
        Block,
        Loop,
        If,
    }

    private sealed class Frame(FrameKind kind, ImmutableArray<ValType> parameters, ImmutableArray<ValType> results, int height)
    {
        public FrameKind Kind { get; } = kind;
        public ImmutableArray<ValType> Params { get; } = parameters;
        public ImmutableArray<ValType> Results { get; } = results;
        /// <summary>Operand stack height below the frame's params.</summary>
        public int Height { get; } = height;
        public bool Unreachable { get; set; }
        /// <summary>What a branch to this frame carries (https://webassembly.github.io/spec/core/valid/instructions.html#control-instructions).</summary>
        public ImmutableArray<ValType> LabelTypes => Kind == FrameKind.Loop ? Params : Results;
    }

    private readonly List<Instruction> _code = [];
    private readonly List<uint> _vectors = [];
    private readonly List<ValType> _stack = [];
    private readonly List<Frame> _frames = [];
    private ValType[] _locals = [];
    /// <summary>The NaN canonicalization's scratch local of each type; outside <see cref="_locals"/>, so nothing else touches them.</summary>
    private readonly Dictionary<ValType, uint> _scratch = [];
    private int _budget;

    private List<InstructionInfo>? _rows;
    private List<InstructionInfo>? _scalarRows;
    private Dictionary<ValType, List<InstructionInfo>>? _rowsByResult;
    private List<(uint Elem, uint Table)> _tableInits = [];
    private List<(uint Destination, uint Source)> _tableCopies = [];

    /// <summary>The fixed-signature rows this module can use: feature on, and every index their immediates need exists.</summary>
    private void PrepareRows()
    {
        for (int e = 0; e < _elems.Count; e++)
        {
            for (int t = 0; t < _tables.Count; t++)
            {
                if (_elems[e].Type == _tables[t].ElementType)
                {
                    _tableInits.Add(((uint)e, (uint)t));
                }
            }
        }
        for (int d = 0; d < _tables.Count; d++)
        {
            for (int s = 0; s < _tables.Count; s++)
            {
                if (_tables[d].ElementType == _tables[s].ElementType)
                {
                    _tableCopies.Add(((uint)d, (uint)s));
                }
            }
        }
        _rows = [];
        _scalarRows = [];
        _rowsByResult = [];
        foreach (var row in InstructionTable.All)
        {
            if (!row.HasFixedSignature || (row.Feature & _features) != row.Feature)
            {
                continue;
            }
            bool usable = row.Immediate switch
            {
                Immediate.MemArg or Immediate.Memory or Immediate.MemoryCopy or Immediate.MemArgLane => _hasMemory,
                Immediate.Data or Immediate.MemoryInit => _hasMemory && _data.Count > 0,
                Immediate.Elem => _elems.Count > 0,
                Immediate.TableInit => _tableInits.Count > 0,
                Immediate.TableCopy => _tableCopies.Count > 0,
                Immediate.Table => _tables.Count > 0,
                _ => true,
            };
            if (!usable)
            {
                continue;
            }
            _rows.Add(row);
            if (row.Feature != WasmFeatures.Simd)
            {
                _scalarRows.Add(row);
            }
            if (row.Results.Length == 1)
            {
                if (!_rowsByResult.TryGetValue(row.Results[0], out var list))
                {
                    _rowsByResult[row.Results[0]] = list = [];
                }
                list.Add(row);
            }
        }
    }

    private FunctionBody GenerateBody(uint typeIndex)
    {
        if (_rows is null)
        {
            PrepareRows();
        }
        var type = _types[(int)typeIndex];
        _code.Clear();
        _vectors.Clear();
        _stack.Clear();
        _frames.Clear();
        var locals = RandomTypes(_c.Int(0, Math.Max(0, _options.MaxLocals)));
        _locals = [.. type.Params, .. locals];
        var scratchTypes = ScratchTypes();
        _scratch.Clear();
        for (int i = 0; i < scratchTypes.Length; i++)
        {
            _scratch[scratchTypes[i]] = (uint)(_locals.Length + i);
        }
        _budget = _c.Int(1, Math.Max(1, _options.MaxBodyInstructions));

        var frame = new Frame(FrameKind.Function, [], type.Results, 0);
        _frames.Add(frame);
        FuelCheck();
        GenerateContents(frame);
        FixStack(frame, frame.Results);
        Emit(new Instruction(Opcode.End));
        _frames.Clear();

        var runs = ImmutableArray.CreateBuilder<LocalRun>();
        foreach (var local in (IEnumerable<ValType>)[.. locals, .. scratchTypes])
        {
            if (runs.Count > 0 && runs[^1].Type == local)
            {
                runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
            }
            else
            {
                runs.Add(new LocalRun(1, local));
            }
        }
        return new FunctionBody(runs.ToImmutable(), [.. _code], [.. _vectors]);
    }

    /// <summary>
    /// wasm-smith's ensure_termination: at every function entry and loop header, trap when the fuel
    /// global is zero, else decrement it. Stack-neutral, so it fits under a loop's params.
    /// </summary>
    private void FuelCheck()
    {
        uint fuel = (uint)_fuelGlobal;
        Emit(new Instruction(Opcode.GlobalGet, fuel));
        Emit(new Instruction(Opcode.I32Eqz));
        Emit(new Instruction(Opcode.If, C: unchecked((ulong)BlockType.Empty.Raw)));
        Emit(new Instruction(Opcode.Unreachable));
        Emit(new Instruction(Opcode.End));
        Emit(new Instruction(Opcode.GlobalGet, fuel));
        Emit(new Instruction(Opcode.I32Const, C: 1));
        Emit(new Instruction(Opcode.I32Sub));
        Emit(new Instruction(Opcode.GlobalSet, fuel));
    }

    private void Emit(Instruction instruction)
    {
        _code.Add(instruction);
        _budget--;
    }

    private void Push(ValType type) => _stack.Add(type);

    private void Pop(int count) => _stack.RemoveRange(_stack.Count - count, count);

    private Frame Current => _frames[^1];

    private void GenerateContents(Frame frame)
    {
        while (!frame.Unreachable && _budget > 0)
        {
            // The smallest choice ends the frame, so exhausted fuzzer input ends every body.
            if (_c.Int(0, frame.Kind == FrameKind.Function ? 31 : 7) == 0)
            {
                break;
            }
            Step();
        }
    }

    private void Step()
    {
        int action = _c.Int(0, 99);
        switch (action)
        {
            case < 50:
                FixedRow();
                break;
            case < 58:
                Structured((FrameKind)(1 + (action % 3)));
                break;
            case < 62:
                Call();
                break;
            case < 64:
                CallIndirect();
                break;
            case < 72:
                LocalAccess();
                break;
            case < 76:
                GlobalAccess();
                break;
            case < 78:
                Drop();
                break;
            case < 81:
                Select();
                break;
            case < 86:
                Reference();
                break;
            case < 90:
                Branch(conditional: action >= 88);
                break;
            case < 92:
                BranchTable();
                break;
            case 92:
                Ensure(_frames[0].Results.AsSpan());
                Emit(new Instruction(Opcode.Return));
                Terminate();
                break;
            case 93:
                if (Chance(4))
                {
                    Emit(new Instruction(Opcode.Unreachable));
                    Terminate();
                }
                break;
            default:
                FixedRow();
                break;
        }
    }

    /// <summary>The rest of the frame is unreachable: stop generating it and close it.</summary>
    private void Terminate()
    {
        Current.Unreachable = true;
        _stack.RemoveRange(Current.Height, _stack.Count - Current.Height);
    }

    /// <summary>True when the top of the current frame's operands is exactly <paramref name="types"/>.</summary>
    private bool Fits(ReadOnlySpan<ValType> types)
    {
        int start = _stack.Count - types.Length;
        if (start < Current.Height)
        {
            return false;
        }
        for (int i = 0; i < types.Length; i++)
        {
            if (_stack[start + i] != types[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Leaves <paramref name="types"/> on top: the operands already there, or fresh ones. With
    /// <paramref name="small"/> (addresses, lengths, table indices) fresh i32s are mostly small
    /// constants, so that accesses are mostly in bounds rather than nearly always a trap.
    /// </summary>
    private void Ensure(ReadOnlySpan<ValType> types, bool small = false)
    {
        if (Fits(types) && _c.Int(0, 3) != 3)
        {
            return;
        }
        foreach (var type in types)
        {
            if (small && type == ValType.I32 && _c.Int(0, 3) != 0)
            {
                Emit(new Instruction(Opcode.I32Const, C: (uint)_c.Int(0, 64)));
                Push(type);
                if (_c.Int(0, 3) == 0)
                {
                    // A constant plus a computed, masked value: still mostly in bounds, and the shape of
                    // addresses that compilers emit (base + index), whose computed half sits one slot above
                    // the constant while the value stored through it is computed next. An interpreter once
                    // reordered exactly these and stored to the wrong address.
                    Produce(ValType.I32, 1);
                    Emit(new Instruction(Opcode.I32Const, C: 255));
                    Push(ValType.I32);
                    EmitFixed(InstructionTable.Get(Opcode.I32And));
                    EmitFixed(InstructionTable.Get(Opcode.I32Add));
                }
            }
            else
            {
                Produce(type, 2);
            }
        }
    }

    /// <summary>Pushes one value of <paramref name="type"/>: a constant, a local, a global, or a row's result.</summary>
    private void Produce(ValType type, int depth)
    {
        switch (_c.Int(0, 3))
        {
            case 3 when depth > 0 && _rowsByResult!.TryGetValue(type, out var rows):
            {
                var row = rows[_c.Int(0, rows.Count - 1)];
                foreach (var parameter in row.Params)
                {
                    Produce(parameter, depth - 1);
                }
                EmitFixed(row);
                return;
            }
            case 2:
            {
                var locals = Enumerable.Range(0, _locals.Length).Where(l => _locals[l] == type).ToList();
                if (locals.Count > 0)
                {
                    Emit(new Instruction(Opcode.LocalGet, (uint)locals[_c.Int(0, locals.Count - 1)]));
                    Push(type);
                    return;
                }
                break;
            }
            case 1:
            {
                var globals = Enumerable.Range(0, _globals.Count).Where(g => g != _fuelGlobal && _globals[g].ValType == type).ToList();
                if (globals.Count > 0)
                {
                    Emit(new Instruction(Opcode.GlobalGet, (uint)globals[_c.Int(0, globals.Count - 1)]));
                    Push(type);
                    return;
                }
                break;
            }
        }
        Emit(ConstantInstruction(type));
        Push(type);
    }

    private void FixedRow()
    {
        var rows = _rows!;
        InstructionInfo row;
        if (Chance(2))
        {
            var fitting = rows.Where(r => r.Params.Length > 0 && Fits(r.Params.AsSpan())).ToList();
            row = fitting.Count > 0 ? fitting[_c.Int(0, fitting.Count - 1)] : rows[_c.Int(0, rows.Count - 1)];
        }
        else if (_scalarRows!.Count > 0 && _c.Int(0, 1) == 1)
        {
            // SIMD is over half the table: without this, scalar code would be a minority of every body.
            row = _scalarRows[_c.Int(0, _scalarRows.Count - 1)];
        }
        else
        {
            row = rows[_c.Int(0, rows.Count - 1)];
        }
        bool small = row.MemoryBytes > 0 || row.Immediate is Immediate.Memory or Immediate.MemoryCopy or Immediate.MemoryInit
            or Immediate.TableInit or Immediate.TableCopy or Immediate.Table;
        Ensure(row.Params.AsSpan(), small);
        EmitFixed(row);
    }

    /// <summary>A fixed-signature row whose params are on top, with immediates by the row's shape.</summary>
    private void EmitFixed(InstructionInfo row)
    {
        var opcode = row.Opcode;
        var instruction = row.Immediate switch
        {
            Immediate.MemArg => new Instruction(opcode, Alignment(row), 0, MemoryOffset()),
            Immediate.MemArgLane => new Instruction(opcode, Alignment(row), 0, MemoryOffset(), (ulong)_c.Int(0, row.Lanes - 1)),
            Immediate.I32 or Immediate.I64 or Immediate.F32 or Immediate.F64 => ConstantInstruction(row.Results[0]),
            Immediate.V128 => V128Constant(),
            Immediate.Data => new Instruction(opcode, (uint)_c.Int(0, _data.Count - 1)),
            Immediate.MemoryInit => new Instruction(opcode, (uint)_c.Int(0, _data.Count - 1), 0),
            Immediate.Elem => new Instruction(opcode, (uint)_c.Int(0, _elems.Count - 1)),
            Immediate.TableInit => TablePair(opcode, _tableInits),
            Immediate.TableCopy => TablePair(opcode, _tableCopies),
            Immediate.Table => new Instruction(opcode, (uint)_c.Int(0, _tables.Count - 1)),
            Immediate.Lane => new Instruction(opcode, (uint)_c.Int(0, row.Lanes - 1)),
            Immediate.Shuffle => new Instruction(opcode, C: ShuffleLanes(), D: ShuffleLanes()),
            _ => new Instruction(opcode),
        };
        Emit(instruction);
        Pop(row.Params.Length);
        foreach (var result in row.Results)
        {
            Push(result);
        }
        if (_options.CanonicalizeNans && NanComparison(row) is { } comparison)
        {
            Canonicalize(comparison);
        }
    }

    private Instruction TablePair(Opcode opcode, List<(uint, uint)> pairs)
    {
        var (a, b) = pairs[_c.Int(0, pairs.Count - 1)];
        return new Instruction(opcode, a, b);
    }

    private uint Alignment(InstructionInfo row) => (uint)_c.Int(0, row.NaturalAlignmentLog2);

    /// <summary>Mostly small offsets (in bounds with a small address), sometimes past the memory (a trap).</summary>
    private ulong MemoryOffset() => _c.Int(0, 7) switch
    {
        < 4 => 0,
        < 6 => (ulong)_c.Int(0, 64),
        6 => (ulong)_c.Int(0, 2 * 65536),
        _ => _c.Bits() & 0xFFFFFFFF,
    };

    private ulong ShuffleLanes()
    {
        ulong lanes = 0;
        for (int i = 0; i < 8; i++)
        {
            lanes |= (ulong)_c.Int(0, 31) << (8 * i);
        }
        return lanes;
    }

    /// <summary><c>block</c>, <c>loop</c> or <c>if</c>, with an empty, single-value or (multi-value) type-index block type.</summary>
    private void Structured(FrameKind kind)
    {
        if (_frames.Count > Math.Max(0, _options.MaxNesting))
        {
            FixedRow();
            return;
        }
        ImmutableArray<ValType> parameters = [];
        ImmutableArray<ValType> results = [];
        BlockType blockType = BlockType.Empty;
        switch (_c.Int(0, Has(WasmFeatures.MultiValue) ? 2 : 1))
        {
            case 1:
                var result = RandomValType();
                results = [result];
                blockType = BlockType.Of(result);
                break;
            case 2:
                int available = _stack.Count - Current.Height;
                int count = _c.Int(0, Math.Min(available, Math.Max(0, _options.MaxTypeArity)));
                parameters = [.. _stack.Skip(_stack.Count - count)];
                results = RandomTypes(_c.Int(0, Math.Max(0, _options.MaxTypeArity)));
                blockType = BlockType.OfTypeIndex(TypeIndex(new FuncType(parameters, results)));
                break;
        }
        if (kind == FrameKind.If)
        {
            Produce(ValType.I32, 1);
            Pop(1);
        }
        var opcode = kind switch { FrameKind.Block => Opcode.Block, FrameKind.Loop => Opcode.Loop, _ => Opcode.If };
        Emit(new Instruction(opcode, C: unchecked((ulong)blockType.Raw)));
        var frame = new Frame(kind, parameters, results, _stack.Count - parameters.Length);
        _frames.Add(frame);
        if (kind == FrameKind.Loop)
        {
            FuelCheck();
        }
        GenerateContents(frame);
        FixStack(frame, results);
        // An if without else passes its params through as its results, so the types must agree.
        if (kind == FrameKind.If && (!parameters.SequenceEqual(results) || Chance(2)))
        {
            Emit(new Instruction(Opcode.Else));
            _stack.RemoveRange(frame.Height, _stack.Count - frame.Height);
            _stack.AddRange(parameters);
            frame.Unreachable = false;
            GenerateContents(frame);
            FixStack(frame, results);
        }
        Emit(new Instruction(Opcode.End));
        _frames.RemoveAt(_frames.Count - 1);
        _stack.RemoveRange(frame.Height, _stack.Count - frame.Height);
        _stack.AddRange(results);
    }

    /// <summary>Makes the frame's operands exactly <paramref name="types"/> before its <c>end</c> or <c>else</c>.</summary>
    private void FixStack(Frame frame, ImmutableArray<ValType> types)
    {
        if (frame.Unreachable)
        {
            return;
        }
        if (_stack.Count - frame.Height == types.Length && Fits(types.AsSpan()))
        {
            return;
        }
        while (_stack.Count > frame.Height)
        {
            Emit(new Instruction(Opcode.Drop));
            Pop(1);
        }
        foreach (var type in types)
        {
            Produce(type, 1);
        }
    }

    private void Call()
    {
        int function = _c.Int(0, _funcs.Count - 1);
        var type = _types[(int)_funcs[function]];
        Ensure(type.Params.AsSpan());
        Emit(new Instruction(Opcode.Call, (uint)function));
        Pop(type.Params.Length);
        _stack.AddRange(type.Results);
    }

    private void CallIndirect()
    {
        var tables = Enumerable.Range(0, _tables.Count).Where(t => _tables[t].ElementType == ValType.FuncRef).ToList();
        if (tables.Count == 0)
        {
            Call();
            return;
        }
        int table = tables[_c.Int(0, tables.Count - 1)];
        // Mostly a type some function has, so that calls succeed; otherwise any type (a mismatch trap).
        uint typeIndex = Chance(4) ? (uint)_c.Int(0, _types.Count - 1) : _funcs[_c.Int(0, _funcs.Count - 1)];
        var type = _types[(int)typeIndex];
        ValType[] operands = [.. type.Params, ValType.I32];
        if (!Fits(operands))
        {
            Ensure(type.Params.AsSpan());
            Emit(new Instruction(Opcode.I32Const, C: (uint)_c.Int(0, (int)_tables[table].Limits.Min + 1)));
            Push(ValType.I32);
        }
        Emit(new Instruction(Opcode.CallIndirect, typeIndex, (uint)table));
        Pop(operands.Length);
        _stack.AddRange(type.Results);
    }

    private void LocalAccess()
    {
        if (_locals.Length == 0)
        {
            FixedRow();
            return;
        }
        int local = _c.Int(0, _locals.Length - 1);
        var type = _locals[local];
        switch (_c.Int(0, 2))
        {
            case 0:
                Emit(new Instruction(Opcode.LocalGet, (uint)local));
                Push(type);
                break;
            case 1:
                Ensure([type]);
                Emit(new Instruction(Opcode.LocalSet, (uint)local));
                Pop(1);
                break;
            default:
                Ensure([type]);
                Emit(new Instruction(Opcode.LocalTee, (uint)local));
                break;
        }
    }

    private void GlobalAccess()
    {
        // The fuel counter stays out of reach: writing it could undo termination.
        var globals = Enumerable.Range(0, _globals.Count).Where(g => g != _fuelGlobal).ToList();
        var mutable = globals.Where(g => _globals[g].Mutable).ToList();
        if (mutable.Count > 0 && _c.Int(0, 1) == 1)
        {
            int global = mutable[_c.Int(0, mutable.Count - 1)];
            Ensure([_globals[global].ValType]);
            Emit(new Instruction(Opcode.GlobalSet, (uint)global));
            Pop(1);
        }
        else if (globals.Count > 0)
        {
            int global = globals[_c.Int(0, globals.Count - 1)];
            Emit(new Instruction(Opcode.GlobalGet, (uint)global));
            Push(_globals[global].ValType);
        }
        else
        {
            FixedRow();
        }
    }

    private void Drop()
    {
        if (_stack.Count == Current.Height)
        {
            Produce(RandomValType(), 1);
        }
        Emit(new Instruction(Opcode.Drop));
        Pop(1);
    }

    private void Select()
    {
        bool typed = Has(WasmFeatures.ReferenceTypes) && _c.Int(0, 1) == 1;
        ValType type;
        if (_stack.Count - Current.Height >= 3 && _stack[^1] == ValType.I32 && _stack[^2] == _stack[^3] &&
            (typed || !_stack[^2].IsReference()) && _c.Int(0, 1) == 0)
        {
            type = _stack[^2];
        }
        else
        {
            do
            {
                type = RandomValType();
            }
            while (!typed && type.IsReference());
            Produce(type, 1);
            Produce(type, 1);
            Produce(ValType.I32, 1);
        }
        if (typed)
        {
            Emit(new Instruction(Opcode.SelectT, (uint)_vectors.Count, 1));
            _vectors.Add((byte)type);
        }
        else
        {
            Emit(new Instruction(Opcode.Select));
        }
        Pop(3);
        Push(type);
    }

    /// <summary>The custom reference and table rows (reference types).</summary>
    private void Reference()
    {
        if (!Has(WasmFeatures.ReferenceTypes))
        {
            FixedRow();
            return;
        }
        int choice = _c.Int(0, 6);
        if (choice >= 3 && _tables.Count == 0)
        {
            choice = 0;
        }
        int table = choice >= 3 ? _c.Int(0, _tables.Count - 1) : 0;
        var element = choice >= 3 ? _tables[table].ElementType : ValType.FuncRef;
        switch (choice)
        {
            case 0:
                var referenceType = _c.Int(0, 1) == 0 ? ValType.FuncRef : ValType.ExternRef;
                Emit(new Instruction(Opcode.RefNull, (byte)referenceType));
                Push(referenceType);
                break;
            case 1:
                if (_stack.Count == Current.Height || !_stack[^1].IsReference())
                {
                    Produce(_c.Int(0, 1) == 0 ? ValType.FuncRef : ValType.ExternRef, 1);
                }
                Emit(new Instruction(Opcode.RefIsNull));
                Pop(1);
                Push(ValType.I32);
                break;
            case 2:
                Emit(new Instruction(Opcode.RefFunc, (uint)_c.Int(0, _funcs.Count - 1)));
                Push(ValType.FuncRef);
                break;
            case 3:
                Ensure([ValType.I32], small: true);
                Emit(new Instruction(Opcode.TableGet, (uint)table));
                Pop(1);
                Push(element);
                break;
            case 4:
                Ensure([ValType.I32, element], small: true);
                Emit(new Instruction(Opcode.TableSet, (uint)table));
                Pop(2);
                break;
            case 5:
                Ensure([element, ValType.I32], small: true);
                Emit(new Instruction(Opcode.TableGrow, (uint)table));
                Pop(2);
                Push(ValType.I32);
                break;
            default:
                Ensure([ValType.I32, element, ValType.I32], small: true);
                Emit(new Instruction(Opcode.TableFill, (uint)table));
                Pop(3);
                break;
        }
    }

    /// <summary><c>br</c> or <c>br_if</c> to any enclosing label, with that label's values on top.</summary>
    private void Branch(bool conditional)
    {
        int depth = _c.Int(0, _frames.Count - 1);
        var types = _frames[^(depth + 1)].LabelTypes;
        if (conditional)
        {
            ValType[] operands = [.. types, ValType.I32];
            if (!Fits(operands))
            {
                Ensure(types.AsSpan());
                Produce(ValType.I32, 1);
            }
            Emit(new Instruction(Opcode.BrIf, (uint)depth));
            Pop(1);
            return;
        }
        Ensure(types.AsSpan());
        Emit(new Instruction(Opcode.Br, (uint)depth));
        Terminate();
    }

    /// <summary><c>br_table</c> over labels that all carry the default label's types.</summary>
    private void BranchTable()
    {
        int fallback = _c.Int(0, _frames.Count - 1);
        var types = _frames[^(fallback + 1)].LabelTypes;
        var candidates = Enumerable.Range(0, _frames.Count)
            .Where(d => _frames[^(d + 1)].LabelTypes.SequenceEqual(types)).ToList();
        int count = _c.Int(0, 4);
        ValType[] operands = [.. types, ValType.I32];
        if (!Fits(operands))
        {
            Ensure(types.AsSpan());
            Produce(ValType.I32, 1);
        }
        int start = _vectors.Count;
        for (int i = 0; i < count; i++)
        {
            _vectors.Add((uint)candidates[_c.Int(0, candidates.Count - 1)]);
        }
        _vectors.Add((uint)fallback);
        Emit(new Instruction(Opcode.BrTable, (uint)start, (uint)(count + 1)));
        Terminate();
    }
}
