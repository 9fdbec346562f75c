using Plumb.Engines.Interpreter;
using Plumb.Instructions;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The interpreter's loop as the generator builds it: the handlers, one per loop code, in the order
/// <c>Machine.Execute</c> lays them out, and the tail blocks after the dispatch sites. The order moves the
/// JIT's code layout (by 10-20% per kernel, runtime/RATIONALE.md, "What code does the interpreter run?"), so
/// it is kept as it was measured: change it only with a benchmark run.
/// </summary>
internal sealed class Loop
{
    private readonly Dictionary<string, Block> _blocks = [];

    private Loop(IReadOnlyList<Block> handlers, IReadOnlyList<Block> tails)
    {
        Handlers = handlers;
        Tails = tails;
        foreach (var block in handlers.Concat(tails))
        {
            if (!_blocks.TryAdd(block.Label, block))
            {
                throw new InvalidOperationException($"two blocks are labelled {block.Label}");
            }
        }
        if (handlers.Count(h => h.Code is null) != 1 || handlers[^1].Code is not null)
        {
            throw new InvalidOperationException("the default handler must be the one without a code, and the last");
        }
        var codes = handlers.Where(h => h.Code is not null).Select(h => h.Code!.Value).ToList();
        if (codes.Distinct().Count() != codes.Count)
        {
            throw new InvalidOperationException("two handlers run the same code");
        }
        foreach (var block in _blocks.Values)
        {
            if (block.Gotos.FirstOrDefault(label => !_blocks.ContainsKey(label)) is { } missing)
            {
                throw new InvalidOperationException($"{block.Label} jumps to {missing}, which is no block");
            }
        }
        var unused = Enum.GetValues<Site>().Except(_blocks.Values.SelectMany(b => b.Sites).Append(Entry)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"no block jumps to the sites {string.Join(", ", unused)}");
        }
        // Every scalar operator, load and store runs on slots: a row the tables lack would reach the loop
        // as a code without a handler.
        foreach (var info in InstructionTable.All)
        {
            if (RegisterOp.HasSlotsForm(info.Opcode) && !_blocks.ContainsKey($"{info.Opcode}_{RegisterOp.Form.Slots}"))
            {
                throw new InvalidOperationException($"{info.Mnemonic} has no handler: add its row to Numeric or Memory");
            }
        }
    }

    /// <summary>The site that <c>Machine.Execute</c> starts at, which runs the function's first op.</summary>
    public const Site Entry = Site.Misc;

    /// <summary>The handlers in layout order, the default (<see cref="LoopCode.Other"/>) last.</summary>
    public IReadOnlyList<Block> Handlers { get; }

    /// <summary>The blocks after the dispatch sites, which handlers jump to.</summary>
    public IReadOnlyList<Block> Tails { get; }

    /// <summary>Builds the loop from the templates.</summary>
    public static Loop Build() => new(
        [
            .. Control.Branches(),
            .. Calls.Handlers(),
            .. Control.Variables(),
            .. Memory.SizeAndGrow(),
            .. Numeric.ComparisonHandlers(),
            .. Numeric.BinaryHandlers(),
            .. Numeric.UnaryHandlers(),
            .. Memory.LoadHandlers(),
            .. Memory.StoreHandlers(),
            .. Numeric.JumpHandlers(),
            Control.Other(),
        ],
        [Control.TakeJumpBlock(), Memory.OutOfBoundsBlock(), Calls.EnterCalleeBlock()]);

    /// <summary>
    /// The fields of an op that <paramref name="block"/> reads as slots (bits: 1 A, 2 B, 4 C, 8 D, 16 H, as
    /// <see cref="LoopCodes.SlotFields"/>): its own, and those of the blocks it goes on to with the same op.
    /// </summary>
    public int SlotFields(Block block)
    {
        var seen = new HashSet<string>();
        int fields = 0;
        Add(block);
        return fields;

        void Add(Block b)
        {
            if (!seen.Add(b.Label))
            {
                return;
            }
            foreach (var field in b.Slots)
            {
                fields |= 1 << (int)field;
            }
            foreach (string label in b.Continues)
            {
                Add(_blocks[label]);
            }
        }
    }
}
