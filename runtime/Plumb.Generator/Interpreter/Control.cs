using Plumb.Instructions;
using static Plumb.Generator.Interpreter.Field;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The handlers of control (<c>unreachable</c>, <c>else</c>, branches, <c>br_table</c>, <c>return</c>),
/// <c>select</c>, locals, globals and constants, the default handler that hands every other code to
/// <c>Machine.ExecuteOther</c>, and the tail block of taken compare-and-branch jumps. The ops' fields are
/// described on <see cref="Plumb.Engines.Interpreter.InterpretedOp"/>.
/// </summary>
internal static class Control
{
    /// <summary>The tail block a compare-and-branch jumps to when it is taken.</summary>
    public const string TakeJump = "TakeJump";

    /// <summary><c>unreachable</c>, <c>else</c>, <c>br_if</c>, <c>br</c>, <c>br_table</c>, <c>return</c>.</summary>
    public static IEnumerable<Block> Branches()
    {
        yield return Block.Handler(Opcode.Unreachable, w => w.Write($$"""
            Throw(TrapKind.Unreachable, ip);
            {{w.Dispatch(Site.Misc)}}
            """));
        yield return Block.Handler(Opcode.Else, w => w.Write($$"""
            ip += ip->A - 1;
            {{w.Dispatch(Site.Branch)}}
            """));
        yield return Block.Handler(Opcode.BrIf, w => w.Write($$"""
            if ((uint){{w.Slot(D)}}.Lo == 0)
            {
                {{w.Dispatch(Site.Branch)}}
            }
            {{w.Continue(nameof(Opcode.Br))}}
            """));
        yield return Block.Handler(Opcode.Br, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            int keep = ip->B;
            WasmValue* dst = {{w.SlotAddress(C)}};
            WasmValue* src = sp - keep;
            if (dst != src)
            {
                for (int i = 0; i < keep; i++)
                {
                    dst[i] = src[i];
                }
            }
            sp = dst + keep;
            if (ip->A <= 0)
            {
                // A backward branch: a loop iterates.
                {{Interruptible(1, "ip")}}
            }
            ip += ip->A - 1;
            {{w.Dispatch(Site.Branch)}}
            """));
        yield return Block.Handler(Opcode.BrTable, w => w.Write($$"""
            uint index = (uint){{w.Slot(B)}}.Lo;
            uint last = (uint)ip->A - 1;
            // The entries follow: run the one chosen as the op itself.
            ip += 1 + (index < last ? index : last);
            if (ip->Loop == LoopCode.Return)
            {
                {{w.Goto(nameof(Opcode.Return))}}
            }
            {{w.Goto(nameof(Opcode.Br))}}
            """));
        yield return Block.Handler(Opcode.Return, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            int count = ip->A;
            WasmValue* src = sp - count;
            for (int i = 0; i < count; i++)
            {
                fp[i] = src[i];
            }
            sp = fp + count;
            if (_depth == entryDepth)
            {
                _sp = (int)(sp - _base);
                return;
            }
            ref var frame = ref _frames[--_depth];
            ip = frame.Ip;
            fp = (WasmValue*)((byte*)_base + frame.Fp);
            if (frame.Caller is { } caller)
            {
                _inst = caller;
                _mem = caller.Memory0;
            }
            {{w.Dispatch(Site.Misc)}}
            """));
    }

    /// <summary><c>select</c>, <c>local.get</c>, <c>global.get</c>, <c>global.set</c>, <c>i32.const</c>.</summary>
    public static IEnumerable<Block> Variables()
    {
        yield return Block.Handler(Opcode.Select, w => w.Write($$"""
            // Picks the slot, not the value, so that the JIT can use a conditional move.
            var first = {{w.SlotAddress(B)}};
            var second = {{w.SlotAddress(C)}};
            {{w.Slot(A)}} = *((uint){{w.Slot(D)}}.Lo != 0 ? first : second);
            {{w.Dispatch(Site.Select)}}
            """));
        yield return Block.Handler(Opcode.LocalGet, w => w.Write($$"""
            {{w.Slot(A)}} = {{w.Slot(B)}};
            {{w.Dispatch(Site.Copy)}}
            """));
        yield return Block.Handler(Opcode.GlobalGet, w => w.Write($$"""
            {{w.Slot(A)}} = _inst!.Globals[ip->B].Value;
            {{w.Dispatch(Site.Misc)}}
            """));
        yield return Block.Handler(Opcode.GlobalSet, w => w.Write($$"""
            _inst!.Globals[ip->A].Value = {{w.Slot(B)}};
            {{w.Dispatch(Site.Misc)}}
            """));
        yield return Block.Handler(Opcode.I32Const, w => w.Write($$"""
            {{w.Slot(A)}} = new WasmValue(ip->C, ip->D);
            {{w.Dispatch(Site.Copy)}}
            """));
    }

    /// <summary>The default: SIMD, tables, references and bulk memory run outside the loop, on the stack, by their row.</summary>
    public static Block Other() => Block.Default("Other", w => w.Write($$"""
        sp = {{w.SlotAddress(H)}};
        WasmValue* b = _base;
        int top = ExecuteOther(ref *ip, _inst!, (int)(sp - b), (int)(fp - b));
        sp = b + top;
        {{w.Dispatch(Site.Misc)}}
        """));

    /// <summary>A compare-and-branch was taken: its D is the jump, relative to the op.</summary>
    public static Block TakeJumpBlock() => Block.Tail(TakeJump, w => w.Write($$"""
        // A compare-and-branch was taken: D is the jump, relative to the op.
        if ((int)ip->D <= 0)
        {
            {{Interruptible(1, "ip")}}
        }
        ip += (int)ip->D - 1;
        {{w.Dispatch(Site.Jump)}}
        """));

    /// <summary>
    /// The check that backward branches and calls make, nested <paramref name="depth"/> blocks deep: only while
    /// fuel is metered or an interruption is asked for do they touch the fuel counter (runtime/RATIONALE.md,
    /// "How do cancellation and fuel stop a guest?").
    /// </summary>
    public static string Interruptible(int depth, string site = "") => Block.Nest(depth, $$"""
        if (_attention && (_interrupt || --_fuel < 0))
        {
            Interrupt({{site}});
        }
        """);
}
