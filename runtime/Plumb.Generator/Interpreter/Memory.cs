using Plumb.Engines.Interpreter;
using Plumb.Instructions;
using static Plumb.Generator.Interpreter.Field;
using Form = Plumb.Engines.Interpreter.RegisterOp.Form;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The handlers of loads and stores in every address form, of <c>memory.size</c> and <c>memory.grow</c>, and
/// the tail block of out-of-bounds accesses; and the helpers that every handler reading memory uses (the
/// address, the bounds check, the access). Memory is the instance's first, read from the machine's field
/// <c>_mem</c>; its bytes are native memory reserved for its largest size and committed up to <c>Length</c>,
/// so an access past <c>Length</c> traps before it happens (runtime/RATIONALE.md, "How is linear memory
/// represented, now that it is native?").
/// </summary>
internal static class Memory
{
    /// <summary>The tail block an access out of bounds jumps to.</summary>
    public const string OutOfBounds = "OutOfBounds";

    /// <summary>A load: the C# type it reads, and the conversion (sign or zero extension) to the slot's 64 bits.</summary>
    public sealed record Load(Opcode Row, string Type, string Extend);

    /// <summary>The loads, in table order: the type read, and how it extends to the slot.</summary>
    public static readonly Load[] Loads =
    [
        new(Opcode.I32Load, "uint", "(ulong)"),
        new(Opcode.I64Load, "ulong", ""),
        new(Opcode.F32Load, "uint", "(ulong)"),
        new(Opcode.F64Load, "ulong", ""),
        new(Opcode.I32Load8S, "sbyte", "(uint)(int)"),
        new(Opcode.I32Load8U, "byte", "(ulong)"),
        new(Opcode.I32Load16S, "short", "(uint)(int)"),
        new(Opcode.I32Load16U, "ushort", "(ulong)"),
        new(Opcode.I64Load8S, "sbyte", "(ulong)(long)"),
        new(Opcode.I64Load8U, "byte", "(ulong)"),
        new(Opcode.I64Load16S, "short", "(ulong)(long)"),
        new(Opcode.I64Load16U, "ushort", "(ulong)"),
        new(Opcode.I64Load32S, "int", "(ulong)(long)"),
        new(Opcode.I64Load32U, "uint", "(ulong)"),
    ];

    /// <summary>A store: the C# type it writes (the value's low bits).</summary>
    public sealed record Store(Opcode Row, string Type);

    /// <summary>The stores, in table order, and the type each writes.</summary>
    public static readonly Store[] Stores =
    [
        new(Opcode.I32Store, "uint"),
        new(Opcode.I64Store, "ulong"),
        new(Opcode.F32Store, "uint"),
        new(Opcode.F64Store, "ulong"),
        new(Opcode.I32Store8, "byte"),
        new(Opcode.I32Store16, "ushort"),
        new(Opcode.I64Store8, "byte"),
        new(Opcode.I64Store16, "ushort"),
        new(Opcode.I64Store32, "uint"),
    ];

    /// <summary><c>memory.size</c> and <c>memory.grow</c>, on the stack.</summary>
    public static IEnumerable<Block> SizeAndGrow()
    {
        yield return Block.Handler(Opcode.MemorySize, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            *sp++ = new WasmValue(_mem!.Pages);
            {{w.Dispatch(Site.Misc)}}
            """));
        // A grow costs fuel for the pages it adds, as bulk memory operations do (runtime/RATIONALE.md, "How do
        // cancellation and fuel stop a guest?"); only while fuel is metered or a cancellation has fired.
        yield return Block.Handler(Opcode.MemoryGrow, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            uint delta = (uint)sp[-1].Lo;
            if (_attention)
            {
                ChargeGrow(_mem!, delta);
            }
            sp[-1] = new WasmValue((uint)_mem!.Grow(delta));
            {{w.Dispatch(Site.Misc)}}
            """));
    }

    /// <summary>
    /// Every load in its forms: <see cref="Form.Slots"/> (address in B), <see cref="Form.AddressSlots"/> and
    /// <see cref="Form.AddressImmediate"/> (B plus the slot or constant D, wrapping at 2^32); C the static offset, A the result.
    /// </summary>
    public static IEnumerable<Block> LoadHandlers()
    {
        foreach (var load in Loads)
        {
            CheckType(load.Row, load.Type, RegisterOp.IsMemoryAccess(load.Row) && !RegisterOp.IsStore(load.Row));
            foreach (var (form, added) in AddressForms)
            {
                yield return Block.Handler(load.Row, form, w => LoadForm(w, load, Address(w.Slot(B), added(w), "ip->C")));
            }
        }

        static void LoadForm(Block w, Load load, string address) => w.Write($$"""
            ulong address = {{address}};
            {{BoundsCheck(w, Width(load.Row), "address")}}
            {{w.Slot(A)}}.Lo = {{load.Extend}}{{Read(load.Type, "At(memory, address)")}};
            {{w.Dispatch(Site.Load)}}
            """);
    }

    /// <summary>
    /// Every store in its forms: as loads, the address in A and the value in B; and <see cref="Form.StoreImmediate"/>,
    /// the constant D stored at A plus the constant H.
    /// </summary>
    public static IEnumerable<Block> StoreHandlers()
    {
        foreach (var store in Stores)
        {
            CheckType(store.Row, store.Type, RegisterOp.IsStore(store.Row));
            foreach (var (form, added) in AddressForms)
            {
                yield return Block.Handler(store.Row, form, w => StoreForm(w, store, Address(w.Slot(A), added(w), "ip->C"), $"({store.Type}){w.Slot(B)}.Lo"));
            }
            yield return Block.Handler(store.Row, Form.StoreImmediate, w => StoreForm(w, store, Address(w.Slot(A), "(uint)ip->H", "ip->C"), $"({store.Type})ip->D"));
        }

        static void StoreForm(Block w, Store store, string address, string value) => w.Write($$"""
            ulong address = {{address}};
            {{BoundsCheck(w, Width(store.Row), "address")}}
            {{Write("At(memory, address)", value)}};
            {{w.Dispatch(Site.Store)}}
            """);
    }

    /// <summary>The forms of a load or store by what is added to its address slot: nothing, the slot D, the constant D.</summary>
    private static readonly (Form Form, Func<Block, string?> Added)[] AddressForms =
    [
        (Form.Slots, w => null),
        (Form.AddressSlots, w => $"(uint){w.Slot(D)}.Lo"),
        (Form.AddressImmediate, w => "(uint)ip->D"),
    ];

    /// <summary>
    /// An access out of bounds traps, at the op (its pointer's low bit set: at the op's second access). The tail takes the
    /// op pointer only: measured, making the frame pointer live here too, or adding a second tail for the second access,
    /// took the hash kernel from about 13 to about 16 ms.
    /// </summary>
    public static Block OutOfBoundsBlock() => Block.Tail(OutOfBounds, w => w.Write("""
        throw OutOfBounds(ip);
        """));

    /// <summary>
    /// The effective address (64 bits, so that adding the static offset cannot wrap): the i32 in
    /// <paramref name="slot"/>, plus <paramref name="added"/> (a fused <c>i32.add</c>, which wraps at 2^32) if
    /// any, plus <paramref name="offset"/>.
    /// </summary>
    public static string Address(string slot, string? added, string offset) => added is null
        ? $"(uint){slot}.Lo + {offset}"
        : $"(uint)((uint){slot}.Lo + {added}) + {offset}";

    /// <summary>
    /// The bounds check (with its two-access form below, the one place it is written): reads the memory into the local <c>memory</c> and jumps
    /// to <see cref="OutOfBounds"/> unless <paramref name="width"/> bytes at <paramref name="address"/>
    /// (a local holding the effective address) end within its length. An access then reads its base through
    /// <c>At(memory, address)</c>: one load for the length, one for the base, which never moves (the memory is
    /// native and reserved once; runtime/RATIONALE.md, "How is linear memory represented, now that it is native?").
    /// </summary>
    public static string BoundsCheck(Block w, int width, string address) => $$"""
        var memory = _mem!;
        if ({{address}} + {{width}} > memory.Length)
        {
            {{w.Continue(OutOfBounds)}}
        }
        """;

    /// <summary>
    /// The bounds check of two accesses of <paramref name="width"/> bytes, at <paramref name="first"/> and then
    /// <paramref name="second"/>, as <see cref="BoundsCheck(Block, int, string)"/>: a second access out of bounds sets the
    /// op pointer's low bit (ops are 32-byte aligned) before it jumps, so that the trap names the instruction that failed first.
    /// </summary>
    public static string BoundsCheck(Block w, int width, string first, string second) => $$"""
        var memory = _mem!;
        if ({{first}} + {{width}} > memory.Length)
        {
            {{w.Continue(OutOfBounds)}}
        }
        if ({{second}} + {{width}} > memory.Length)
        {
            ip = (InterpretedOp*)((nint)ip | 1);
            {{w.Continue(OutOfBounds)}}
        }
        """;

    /// <summary>The <paramref name="type"/> at <paramref name="at"/> (a <c>ref byte</c> expression) in memory.</summary>
    public static string Read(string type, string at) => $"Unsafe.ReadUnaligned<{type}>(ref {at})";

    /// <summary>The statement (without its semicolon) that writes <paramref name="value"/> at <paramref name="at"/> in memory.</summary>
    public static string Write(string at, string value) => $"Unsafe.WriteUnaligned(ref {at}, {value})";

    /// <summary>The C# type that <paramref name="load"/> reads, which a fused operator reads as well.</summary>
    public static string TypeOf(Opcode load) => Loads.Single(l => l.Row == load).Type;

    /// <summary>The bytes <paramref name="row"/> accesses, from the instruction table.</summary>
    public static int Width(Opcode row) => InstructionTable.Get(row).MemoryBytes;

    // Checks that a table of this file agrees with the instruction table: a load or store of as many bytes as its type has.
    private static void CheckType(Opcode row, string type, bool kind)
    {
        int size = type switch
        {
            "byte" or "sbyte" => 1,
            "short" or "ushort" => 2,
            "int" or "uint" => 4,
            "ulong" => 8,
            _ => throw new InvalidOperationException($"{row}: unknown type {type}"),
        };
        if (!kind || size != Width(row))
        {
            throw new InvalidOperationException($"{row}: a {type} is not what the instruction table says it accesses");
        }
    }
}
