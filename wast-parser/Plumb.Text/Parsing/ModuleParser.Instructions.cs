using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>
/// Functions and instructions (https://webassembly.github.io/spec/core/text/instructions.html): plain and
/// folded forms, block labels, and immediates read by each row's <see cref="Immediate"/> shape.
/// </summary>
internal sealed partial class ModuleParser
{
    /// <summary>An open block: its label id (if any) and which instruction opened it.</summary>
    private record struct Label(string? Name, Opcode Kind, bool SeenElse);

    // State of the function (or constant expression) being read.
    private IndexSpace _locals = new("local", "local");
    private List<Label> _labels = [];
    private List<Instruction> _code = [];
    private List<int> _positions = [];
    private List<uint> _vectors = [];

    // Labels of the function being read, numbered as the name section numbers them: every block, loop and if in order.
    private int _blockCount;
    private ImmutableDictionary<uint, string>.Builder _blockNames = ImmutableDictionary.CreateBuilder<uint, string>();

    /// <summary>Appends an instruction, remembering where its text starts for error reports.</summary>
    private void Emit(Token at, Instruction instruction)
    {
        _code.Add(instruction);
        _positions.Add(at.Offset);
    }

    private void RemoveCodeAt(int index)
    {
        _code.RemoveAt(index);
        _positions.RemoveAt(index);
    }

    /// <summary>Opens a block, loop or if: numbers it for the name section and binds its label.</summary>
    private void OpenBlock(Token at, Opcode opcode, BlockType blockType, Token? label)
    {
        if (label is not null)
        {
            _blockNames[(uint)_blockCount] = label.Text[1..];
        }
        _blockCount++;
        Emit(at, new Instruction(opcode, C: (ulong)blockType.Raw));
        _labels.Add(new Label(label?.Text, opcode, false));
    }

    /// <summary>(func id? export* import? typeuse local* instr*).</summary>
    private void ReadFunc(Cursor c)
    {
        c.TryAtom(TokenKind.Id, out _);
        uint index = (uint)(_importCounts[(int)ExternKind.Func] + _functions.Count);
        ReadInlineExports(c, ExternKind.Func, index);
        if (ReadInlineImport(c) is { } import)
        {
            var importUse = ReadTypeUse(c, allowNames: true);
            c.ExpectEnd();
            AddImport(new Import(import.Module, import.Name, ExternKind.Func) { FuncTypeIndex = importUse.Index });
            return;
        }
        var use = ReadTypeUse(c, allowNames: true);
        _locals = new IndexSpace("local", "local");
        foreach (var id in use.ParamIds) _locals.Add(id);
        var runs = ImmutableArray.CreateBuilder<LocalRun>();
        while (c.PeekList("local"))
        {
            var lc = Cursor.Of(c.Next());
            if (lc.TryAtom(TokenKind.Id, out var id))
            {
                _locals.Add(id);
                AddLocal(runs, ReadValType(lc.Next()));
                lc.ExpectEnd();
                continue;
            }
            while (!lc.AtEnd)
            {
                _locals.Add(null);
                AddLocal(runs, ReadValType(lc.Next()));
            }
        }
        _labels = [new Label(null, Opcode.Block, false)];
        _code = [];
        _positions = [];
        _vectors = [];
        _blockCount = 0;
        _blockNames = ImmutableDictionary.CreateBuilder<uint, string>();
        ReadInstrs(c);
        Emit(c.EndToken, new Instruction(Opcode.End));
        _functions.Add(use.Index);
        _codes.Add(new FunctionBody(runs.ToImmutable(), [.. _code], [.. _vectors]));
        _codePositions.Add([.. _positions]);
        if (_locals.Names is { IsEmpty: false } localNames) _localNames[index] = localNames;
        if (_blockNames.Count > 0) _labelNames[index] = _blockNames.ToImmutable();
    }

    private static void AddLocal(ImmutableArray<LocalRun>.Builder runs, ValType type)
    {
        // Consecutive locals of one type share a run, as the binary format's local declarations do.
        if (runs.Count > 0 && runs[^1].Type == type)
        {
            runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
        }
        else
        {
            runs.Add(new LocalRun(1, type));
        }
    }

    /// <summary>A constant expression: instructions without the final <c>end</c> and without labels or locals.</summary>
    private ConstExpr ReadExpr(Cursor c)
    {
        _locals = new IndexSpace("local", "local");
        _labels = [];
        _code = [];
        _positions = [];
        _vectors = [];
        ReadInstrs(c);
        var expr = new ConstExpr([.. _code]) { Vectors = [.. _vectors] };
        _exprPositions[expr] = [.. _positions];
        return expr;
    }

    /// <summary>instr* to the end of the cursor; plain blocks opened here must close here.</summary>
    private void ReadInstrs(Cursor c)
    {
        int baseDepth = _labels.Count;
        while (!c.AtEnd)
        {
            var node = c.Next();
            if (node.IsList)
            {
                ReadFolded(node);
            }
            else
            {
                ReadPlain(node, c, baseDepth);
            }
        }
        if (_labels.Count != baseDepth) throw Errors.At(c.EndToken, "unexpected token");
    }

    private void ReadPlain(SExpr op, Cursor c, int baseDepth)
    {
        if (!op.IsAtom(TokenKind.Keyword)) throw Errors.Unexpected(op);
        switch (op.Token.Text)
        {
            case "block" or "loop" or "if":
            {
                var opcode = InstructionTable.ByMnemonic[op.Token.Text].Opcode;
                c.TryAtom(TokenKind.Id, out var label);
                var blockType = ReadBlockType(c);
                OpenBlock(op.Token, opcode, blockType, label);
                return;
            }
            case "else":
            {
                if (_labels.Count == baseDepth || _labels[^1].Kind != Opcode.If || _labels[^1].SeenElse) throw Errors.Unexpected(op);
                CheckEndLabel(c);
                _labels[^1] = _labels[^1] with { SeenElse = true };
                Emit(op.Token, new Instruction(Opcode.Else));
                return;
            }
            case "end":
            {
                if (_labels.Count == baseDepth) throw Errors.Unexpected(op);
                CheckEndLabel(c);
                if (_labels[^1].SeenElse && _code[^1].Opcode == Opcode.Else)
                {
                    // An empty else is not encoded, as the reference interpreter's encoder does.
                    RemoveCodeAt(_code.Count - 1);
                }
                _labels.RemoveAt(_labels.Count - 1);
                Emit(op.Token, new Instruction(Opcode.End));
                return;
            }
        }
        Emit(op.Token, ReadOperator(op, c));
    }

    /// <summary>An id after <c>else</c> or <c>end</c> must repeat the block's label.</summary>
    private void CheckEndLabel(Cursor c)
    {
        if (c.TryAtom(TokenKind.Id, out var id) && id.Text != _labels[^1].Name) throw Errors.At(id, "mismatching label");
    }

    /// <summary>A folded instruction (https://webassembly.github.io/spec/core/text/instructions.html#folded-instructions).</summary>
    private void ReadFolded(SExpr node)
    {
        // The tree's depth is bounded (SExpr.MaxDepth), but the thread's stack may be smaller still.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Errors.At(node, "nesting too deep");
        var c = Cursor.Of(node, 0);
        var op = c.Next();
        if (!op.IsAtom(TokenKind.Keyword)) throw Errors.Unexpected(op);
        switch (op.Token.Text)
        {
            case "block" or "loop":
            {
                var opcode = InstructionTable.ByMnemonic[op.Token.Text].Opcode;
                c.TryAtom(TokenKind.Id, out var label);
                var blockType = ReadBlockType(c);
                OpenBlock(op.Token, opcode, blockType, label);
                ReadInstrs(c);
                _labels.RemoveAt(_labels.Count - 1);
                Emit(node.Close ?? op.Token, new Instruction(Opcode.End));
                return;
            }
            case "if":
            {
                c.TryAtom(TokenKind.Id, out var label);
                var blockType = ReadBlockType(c);
                // The condition is evaluated outside the if's label.
                while (c.Peek is { IsList: true } condition && !condition.Is("then")) ReadFolded(c.Next());
                OpenBlock(op.Token, Opcode.If, blockType, label);
                var then = c.Next();
                if (!then.Is("then")) throw Errors.Unexpected(then);
                ReadInstrs(Cursor.Of(then));
                if (c.PeekList("else"))
                {
                    var elseNode = c.Next();
                    Emit(elseNode.Token, new Instruction(Opcode.Else));
                    int elseAt = _code.Count;
                    ReadInstrs(Cursor.Of(elseNode));
                    if (_code.Count == elseAt)
                    {
                        // An empty else is not encoded, as the reference interpreter's encoder does.
                        RemoveCodeAt(elseAt - 1);
                    }
                }
                c.ExpectEnd();
                _labels.RemoveAt(_labels.Count - 1);
                Emit(node.Close ?? op.Token, new Instruction(Opcode.End));
                return;
            }
            case "else" or "end" or "then":
                throw Errors.Unexpected(op);
        }
        var instruction = ReadOperator(op, c);
        while (!c.AtEnd)
        {
            var operand = c.Next();
            if (!operand.IsList) throw Errors.Unexpected(operand);
            ReadFolded(operand);
        }
        Emit(op.Token, instruction);
    }

    /// <summary>
    /// A non-structured instruction: the mnemonic is looked up in the instruction table and its
    /// immediates are read by the row's shape.
    /// </summary>
    private Instruction ReadOperator(SExpr op, Cursor c)
    {
        if (!InstructionTable.ByMnemonic.TryGetValue(op.Token.Text, out var info) || info.Immediate == Immediate.BlockType ||
            info.Opcode is Opcode.Else or Opcode.End)
        {
            throw Errors.Unexpected(op);
        }
        if (info.Opcode == Opcode.Select && c.PeekList("result"))
        {
            // select (result t)*: the typed form (https://webassembly.github.io/spec/core/text/instructions.html#parametric-instructions).
            int first = _vectors.Count;
            while (c.PeekList("result"))
            {
                var rc = Cursor.Of(c.Next());
                while (!rc.AtEnd) _vectors.Add((uint)ReadValType(rc.Next()));
            }
            return new Instruction(Opcode.SelectT, A: (uint)first, B: (uint)(_vectors.Count - first));
        }
        var opcode = info.Opcode;
        switch (info.Immediate)
        {
            case Immediate.None:
                return new Instruction(opcode);
            case Immediate.Label:
                return new Instruction(opcode, A: ResolveLabel(c.Next()));
            case Immediate.BrTable:
            {
                int first = _vectors.Count;
                do
                {
                    _vectors.Add(ResolveLabel(c.Next()));
                }
                while (IsVar(c.Peek));
                return new Instruction(opcode, A: (uint)first, B: (uint)(_vectors.Count - first));
            }
            case Immediate.Func:
                return new Instruction(opcode, A: _funcSpace.Resolve(c.Next()));
            case Immediate.CallIndirect:
            {
                uint table = IsVar(c.Peek) ? _tableSpace.Resolve(c.Next()) : 0;
                var use = ReadTypeUse(c, allowNames: false);
                return new Instruction(opcode, A: use.Index, B: table);
            }
            case Immediate.Local:
                return new Instruction(opcode, A: _locals.Resolve(c.Next()));
            case Immediate.Global:
                return new Instruction(opcode, A: _globalSpace.Resolve(c.Next()));
            case Immediate.Table:
                return new Instruction(opcode, A: IsVar(c.Peek) ? _tableSpace.Resolve(c.Next()) : 0);
            case Immediate.MemArg:
            {
                var (align, offset) = ReadMemArg(c, info);
                return new Instruction(opcode, A: align, C: offset);
            }
            case Immediate.Memory:
                return new Instruction(opcode);
            case Immediate.I32:
                return new Instruction(opcode, C: ReadInt(c.Next(), 32));
            case Immediate.I64:
                return new Instruction(opcode, C: ReadInt(c.Next(), 64));
            case Immediate.F32:
                return new Instruction(opcode, C: ReadF32(c.Next()));
            case Immediate.F64:
                return new Instruction(opcode, C: ReadF64(c.Next()));
            case Immediate.V128:
            {
                var (low, high) = ReadV128(c);
                return new Instruction(opcode, C: low, D: high);
            }
            case Immediate.HeapType:
                return new Instruction(opcode, A: (uint)ReadHeapType(c.Next()));
            case Immediate.Elem:
                return new Instruction(opcode, A: _elemSpace.Resolve(c.Next()));
            case Immediate.Data:
                _usesDataCount = true;
                return new Instruction(opcode, A: _dataSpace.Resolve(c.Next()));
            case Immediate.MemoryInit:
                _usesDataCount = true;
                return new Instruction(opcode, A: _dataSpace.Resolve(c.Next()));
            case Immediate.MemoryCopy:
                return new Instruction(opcode);
            case Immediate.TableInit:
            {
                // table.init x? y: with two indices the first is the table.
                if (IsVar(c.Peek) && IsVar(c.PeekSecond))
                {
                    uint table = _tableSpace.Resolve(c.Next());
                    return new Instruction(opcode, A: _elemSpace.Resolve(c.Next()), B: table);
                }
                return new Instruction(opcode, A: _elemSpace.Resolve(c.Next()));
            }
            case Immediate.TableCopy:
            {
                if (IsVar(c.Peek))
                {
                    uint destination = _tableSpace.Resolve(c.Next());
                    return new Instruction(opcode, A: destination, B: _tableSpace.Resolve(c.Next()));
                }
                return new Instruction(opcode);
            }
            case Immediate.Lane:
                return new Instruction(opcode, A: ReadLaneIndex(c.Next(), shuffle: false));
            case Immediate.MemArgLane:
            {
                var (align, offset) = ReadMemArg(c, info);
                return new Instruction(opcode, A: align, C: offset, D: ReadLaneIndex(c.Next(), shuffle: false));
            }
            case Immediate.Shuffle:
            {
                Span<byte> lanes = stackalloc byte[16];
                int count = 0;
                while (c.PeekAtom(TokenKind.Number))
                {
                    var lane = c.Next();
                    if (count == 16) throw Errors.At(lane, "invalid lane length");
                    lanes[count++] = (byte)ReadLaneIndex(lane, shuffle: true);
                }
                if (count != 16) throw Errors.At(c.Peek?.Token ?? c.EndToken, "invalid lane length");
                return new Instruction(opcode, C: BitConverter.ToUInt64(lanes[..8]), D: BitConverter.ToUInt64(lanes[8..]));
            }
            default:
                throw Errors.Unexpected(op);
        }
    }

    private static bool IsVar(SExpr? node) => node is { IsList: false } && (node.Token.Kind == TokenKind.Id ||
        (node.Token.Kind == TokenKind.Number && NumberLiterals.IsNat(node.Token.Text)));

    /// <summary>A label: a number (relative depth) or the id of an enclosing block, innermost first.</summary>
    private uint ResolveLabel(SExpr node)
    {
        if (node.IsAtom(TokenKind.Id))
        {
            for (int i = _labels.Count - 1; i >= 0; i--)
            {
                if (_labels[i].Name == node.Token.Text) return (uint)(_labels.Count - 1 - i);
            }
            throw Errors.At(node, "unknown label " + node.Token.Text);
        }
        return ParseU32(node);
    }

    /// <summary>offset=n? align=m? (https://webassembly.github.io/spec/core/text/instructions.html#memory-instructions).</summary>
    private static (uint AlignExponent, ulong Offset) ReadMemArg(Cursor c, InstructionInfo info)
    {
        ulong offset = 0;
        uint align = (uint)info.NaturalAlignmentLog2;
        if (c.Peek is { IsList: false } o && o.Token.Kind == TokenKind.Keyword && o.Token.Text.StartsWith("offset=", StringComparison.Ordinal))
        {
            c.Next();
            if (!Keywords.IsMemArg(o.Token.Text, out _, out string value)) throw Errors.Unexpected(o);
            if (!NumberLiterals.TryParseNat(value, out offset) || offset > uint.MaxValue) throw Errors.At(o, "i32 constant out of range");
        }
        if (c.Peek is { IsList: false } a && a.Token.Kind == TokenKind.Keyword && a.Token.Text.StartsWith("align=", StringComparison.Ordinal))
        {
            c.Next();
            if (!Keywords.IsMemArg(a.Token.Text, out _, out string value)) throw Errors.Unexpected(a);
            if (!NumberLiterals.TryParseNat(value, out ulong alignment) || alignment > uint.MaxValue) throw Errors.At(a, "i32 constant out of range");
            if (alignment == 0 || (alignment & (alignment - 1)) != 0) throw Errors.At(a, "alignment must be a power of two");
            align = (uint)System.Numerics.BitOperations.Log2(alignment);
        }
        return (align, offset);
    }

    /// <summary>
    /// A lane index: an unsigned integer below 256. A signed or float literal is an unexpected token
    /// after <c>extract_lane</c>/<c>replace_lane</c> but a malformed lane index inside <c>i8x16.shuffle</c>,
    /// as the suite's simd_lane.wast expects.
    /// </summary>
    private static uint ReadLaneIndex(SExpr node, bool shuffle)
    {
        if (!node.IsAtom(TokenKind.Number)) throw Errors.Unexpected(node);
        if (!shuffle && !NumberLiterals.IsNat(node.Token.Text)) throw Errors.At(node, "unexpected token");
        if (!NumberLiterals.IsNat(node.Token.Text) || !NumberLiterals.TryParseNat(node.Token.Text, out ulong lane) || lane > 255)
        {
            throw Errors.At(node, "malformed lane index");
        }
        return (uint)lane;
    }

    /// <summary>An integer literal of the width, as its two's complement bits.</summary>
    internal static ulong ReadInt(SExpr node, int bits)
    {
        if (!node.IsAtom(TokenKind.Number)) throw Errors.Unexpected(node);
        if (!NumberSyntax.IsInteger(node.Token.Text)) throw Errors.At(node, "unexpected token");
        return NumberLiterals.ParseInt(node.Token.Text, bits) ?? throw Errors.At(node, "constant out of range");
    }

    /// <summary>An f32 literal's bits.</summary>
    internal static ulong ReadF32(SExpr node)
    {
        if (!node.IsAtom(TokenKind.Number)) throw Errors.Unexpected(node);
        return NumberLiterals.ParseF32(node.Token.Text) ?? throw Errors.At(node, "constant out of range");
    }

    /// <summary>An f64 literal's bits.</summary>
    internal static ulong ReadF64(SExpr node)
    {
        if (!node.IsAtom(TokenKind.Number)) throw Errors.Unexpected(node);
        return NumberLiterals.ParseF64(node.Token.Text) ?? throw Errors.At(node, "constant out of range");
    }

    /// <summary>
    /// v128.const shape lane* (https://webassembly.github.io/spec/core/text/instructions.html#vector-instructions):
    /// the lanes little-endian as two 64-bit halves.
    /// </summary>
    internal static (ulong Low, ulong High) ReadV128(Cursor c)
    {
        var shape = c.Next();
        var (count, bits, isFloat) = shape.IsList ? throw Errors.Unexpected(shape) : shape.Token.Text switch
        {
            "i8x16" => (16, 8, false),
            "i16x8" => (8, 16, false),
            "i32x4" => (4, 32, false),
            "i64x2" => (2, 64, false),
            "f32x4" => (4, 32, true),
            "f64x2" => (2, 64, true),
            _ => throw Errors.Unexpected(shape),
        };
        // The lane count is checked before any lane's value ("wrong number of lane literals" first).
        var lanes = new List<SExpr>();
        while (c.Peek is { IsList: false } lane && lane.Token.Kind != TokenKind.Eof)
        {
            if (lane.Token.Kind == TokenKind.Reserved || (lane.Token.Kind == TokenKind.Keyword && !Keywords.IsKnown(lane.Token.Text)))
            {
                throw Errors.Unexpected(lane);
            }
            if (lane.Token.Kind != TokenKind.Number) break;
            lanes.Add(c.Next());
        }
        if (lanes.Count != count) throw Errors.At(lanes.Count > count ? lanes[count].Token : c.Peek?.Token ?? c.EndToken, "wrong number of lane literals");
        Span<byte> bytes = stackalloc byte[16];
        int width = bits / 8;
        for (int i = 0; i < count; i++)
        {
            ulong value = isFloat ? (bits == 32 ? ReadF32(lanes[i]) : ReadF64(lanes[i])) : ReadInt(lanes[i], bits);
            for (int b = 0; b < width; b++) bytes[i * width + b] = (byte)(value >> (8 * b));
        }
        return (BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..]));
    }
}
