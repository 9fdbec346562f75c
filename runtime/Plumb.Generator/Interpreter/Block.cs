using Plumb.Engines.Interpreter;
using Plumb.Instructions;

namespace Plumb.Generator.Interpreter;

/// <summary>A field of <see cref="InterpretedOp"/> that a handler may read as a slot (bit 1 &lt;&lt; the value in <see cref="LoopCodes.SlotFields"/>).</summary>
internal enum Field
{
    A,
    B,
    C,
    D,
    H,
}

/// <summary>
/// One labelled block of <c>Machine.Execute</c>: a handler (one loop code, one translator code) or a
/// tail block that handlers jump to. A template writes the body through this class, whose helpers
/// return the text and record what it means: the fields read as slots (so that
/// <see cref="LoopCodes.SlotFields"/> comes from the templates), the blocks run next with the same op,
/// and the dispatch sites jumped to.
/// </summary>
internal sealed class Block
{
    private readonly List<string> _lines = [];
    private readonly SortedSet<Field> _slots = [];
    private readonly List<string> _continues = [];
    private readonly List<string> _gotos = [];
    private readonly SortedSet<Site> _sites = [];

    private Block(string label, Opcode? code, string? caseText)
    {
        Label = label;
        Code = code;
        CaseText = caseText;
    }

    /// <summary>The block's label in <c>Machine.Execute</c>, and its <see cref="LoopCode"/> name if it is a handler.</summary>
    public string Label { get; }

    /// <summary>The translator's code the handler runs; null for the default handler and for tail blocks.</summary>
    public Opcode? Code { get; }

    /// <summary>The translator's code as C# (<c>Opcode.I32Add + RegisterOp.Slots</c>), "default", or null for a tail block.</summary>
    public string? CaseText { get; }

    /// <summary>True for a handler (a loop code), false for a tail block.</summary>
    public bool IsHandler => CaseText is not null;

    /// <summary>The body, one line each, indented relative to the block.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The fields the body itself reads as slots.</summary>
    public IReadOnlySet<Field> Slots => _slots;

    /// <summary>The blocks the body jumps to with the op it ran (their slot fields are this block's too).</summary>
    public IReadOnlyList<string> Continues => _continues;

    /// <summary>Every block the body jumps to (with the same op or after moving to another).</summary>
    public IReadOnlyList<string> Gotos => _gotos;

    /// <summary>The dispatch sites the body jumps to.</summary>
    public IReadOnlySet<Site> Sites => _sites;

    /// <summary>The handler of a table row the loop runs as it is.</summary>
    public static Block Handler(Opcode row, Action<Block> body) =>
        Build(new Block(row.ToString(), row, $"Opcode.{row}"), body);

    /// <summary>The handler of a row's register form.</summary>
    public static Block Handler(Opcode row, RegisterOp.Form form, Action<Block> body)
    {
        var code = row + Offset(form);
        if (RegisterOp.FormOf(code, out var back) != form || back != row)
        {
            throw new InvalidOperationException($"{row} has no {form} form");
        }
        return Build(new Block($"{row}_{form}", code, $"Opcode.{row} + RegisterOp.{form}"), body);
    }

    /// <summary>The handler of a code of <see cref="RegisterOp"/> that is no form of a row (<see cref="RegisterOp.CallDirect"/>).</summary>
    public static Block Handler(string name, Opcode code, Action<Block> body) =>
        Build(new Block(name, code, $"RegisterOp.{name}"), body);

    /// <summary>The handler of every code without one of its own (<see cref="LoopCode.Other"/>): the switches' default.</summary>
    public static Block Default(string label, Action<Block> body) => Build(new Block(label, null, "default"), body);

    /// <summary>A block after the dispatch sites, which handlers jump to.</summary>
    public static Block Tail(string label, Action<Block> body) => Build(new Block(label, null, null), body);

    private static Block Build(Block block, Action<Block> body)
    {
        body(block);
        return block;
    }

    /// <summary>The offset that makes a row's code the code of its <paramref name="form"/>.</summary>
    private static ushort Offset(RegisterOp.Form form) => form switch
    {
        RegisterOp.Form.Slots => RegisterOp.Slots,
        RegisterOp.Form.Immediate => RegisterOp.Immediate,
        RegisterOp.Form.JumpSlots => RegisterOp.JumpSlots,
        RegisterOp.Form.JumpImmediate => RegisterOp.JumpImmediate,
        RegisterOp.Form.AddressSlots => RegisterOp.AddressSlots,
        RegisterOp.Form.AddressImmediate => RegisterOp.AddressImmediate,
        RegisterOp.Form.StoreImmediate => RegisterOp.StoreImmediate,
        RegisterOp.Form.LoadOperand => RegisterOp.LoadOperand,
        RegisterOp.Form.Update => RegisterOp.Update,
        RegisterOp.Form.StepJumpSlots => RegisterOp.StepJumpSlots,
        RegisterOp.Form.StepJumpImmediate => RegisterOp.StepJumpImmediate,
        RegisterOp.Form.UpdateProduct => RegisterOp.UpdateProduct,
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>
    /// The address of the slot whose byte offset (from the frame base) is <paramref name="field"/>: the one
    /// place the loop's slot access is written. A built function holds byte offsets, so the loop adds
    /// them without scaling; C and D are 64-bit fields, read as int.
    /// </summary>
    public string SlotAddress(Field field)
    {
        _slots.Add(field);
        string cast = field is Field.C or Field.D ? "(int)" : "";
        return $"(WasmValue*)((byte*)fp + {cast}ip->{field})";
    }

    /// <summary>The slot whose byte offset is <paramref name="field"/>, as a <c>WasmValue</c> variable.</summary>
    public string Slot(Field field) => $"(*{SlotAddress(field)})";

    /// <summary>The jump to <paramref name="site"/>, which runs the next op.</summary>
    public string Dispatch(Site site)
    {
        _sites.Add(site);
        return $"goto Dispatch{site};";
    }

    /// <summary>The jump to the block <paramref name="label"/>, which goes on with the same op (and reads its slot fields).</summary>
    public string Continue(string label)
    {
        _continues.Add(label);
        _gotos.Add(label);
        return $"goto {label};";
    }

    /// <summary>The jump to the block <paramref name="label"/> once the body has moved to another op.</summary>
    public string Goto(string label)
    {
        _gotos.Add(label);
        return $"goto {label};";
    }

    /// <summary>
    /// <paramref name="text"/>, lines after the first indented <paramref name="depth"/> levels: for text of
    /// several lines that a template inserts inside its own blocks (a raw string indents only its own lines).
    /// </summary>
    public static string Nest(int depth, string text) =>
        text.Replace("\n", "\n" + new string(' ', 4 * depth), StringComparison.Ordinal);

    /// <summary>Appends <paramref name="text"/> (one or more lines, as a raw string literal leaves them) to the body.</summary>
    public void Write(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            _lines.Add(line.TrimEnd('\r', ' '));
        }
    }
}
