using Plumb.Engines.Interpreter;
using Plumb.Instructions;
using static Plumb.Generator.Interpreter.Field;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The handlers of calls (<c>call</c>, <see cref="RegisterOp.CallDirect"/>, <c>call_indirect</c>) and the tail
/// block that enters a callee. Wasm-to-Wasm calls push a frame of the machine's own and go on in the
/// same loop, never on the .NET stack (runtime/RATIONALE.md, "How does the interpreter bound recursion?").
/// </summary>
internal static class Calls
{
    /// <summary>The tail block that enters the function in the local <c>callee</c>, its arguments below <c>sp</c>.</summary>
    public const string EnterCallee = "EnterCallee";

    /// <summary><c>call</c>, <see cref="RegisterOp.CallDirect"/>, <c>call_indirect</c>.</summary>
    public static IEnumerable<Block> Handlers()
    {
        yield return Block.Handler(Opcode.Call, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            callee = _inst!.Functions[ip->A];
            {{w.Continue(EnterCallee)}}
            """));
        yield return Block.Handler(nameof(RegisterOp.CallDirect), RegisterOp.CallDirect, w => w.Write($$"""
            // A call within the module: no lookups, and the callee runs in this instance.
            WasmValue* args = {{w.SlotAddress(H)}};
            PushFrame(0, ip, fp);
            {{Control.Interruptible(0)}}
            ulong sizes = ip->D;
            WasmValue* calleeFp = args - ip->B;
            if (calleeFp + (int)(sizes >> 32) > _end)
            {
                calleeFp = GrowForFrame(calleeFp, args, (int)(sizes >> 32));
            }
            fp = calleeFp;
            // Only the declared locals that may be read before they are written (A: the first, scaled).
            var locals = {{w.SlotAddress(A)}};
            int declared = (int)(uint)sizes;
            {{Zero(0, "locals", "declared")}}
            ip = (InterpretedOp*)ip->C - 1;
            {{w.Dispatch(Site.Call)}}
            """));
        yield return Block.Handler(Opcode.CallIndirect, w => w.Write($$"""
            sp = {{w.SlotAddress(H)}};
            var inst = _inst!;
            var table = inst.Tables[ip->B];
            uint index = (uint)(--sp)->Lo;
            if (index >= table.Size)
            {
                Throw(TrapKind.UndefinedElement, ip);
            }
            ulong handle = Entry(table.Elements, index);
            if (handle == 0)
            {
                ThrowUninitialized(index, ip);
            }
            callee = inst.Store.Function(handle)!;
            if (callee.TypeId != inst.TypeIds[ip->A])
            {
                Throw(TrapKind.IndirectCallTypeMismatch, ip);
            }
            {{w.Continue(EnterCallee)}}
            """));
    }

    /// <summary>
    /// Enters <c>callee</c>: a function of this engine runs in the loop, in a new frame (its instance
    /// becoming the loop's if it changes); any other (host functions, other engines' code) runs through
    /// <c>CallOutside</c>, which may move the stack.
    /// </summary>
    public static Block EnterCalleeBlock() => Block.Tail(EnterCallee, w => w.Write($$"""
        if (callee.Code is InterpretedFunction target)
        {
            ref var frame = ref PushFrame(callee.Handle, ip, fp);
            var instance = callee.Instance!;
            if (instance != _inst)
            {
                frame.Caller = _inst;
                _inst = instance;
                _mem = instance.Memory0;
            }
            {{Control.Interruptible(1)}}
            WasmValue* calleeFp = sp - target.ParamCount;
            if (calleeFp + target.MaxHeight > _end)
            {
                calleeFp = GrowForFrame(calleeFp, sp, target.MaxHeight);
            }
            fp = calleeFp;
            WasmValue* zero = fp + target.ZeroFrom;
            int count = target.ZeroCount;
            {{Zero(1, "zero", "count")}}
            ip = target.Start - 1;
        }
        else
        {
            WasmValue* b = _base;
            int fpIndex = (int)(fp - b);
            int top = CallOutside(callee, (int)(sp - b), ip);
            b = _base;
            sp = b + top;
            fp = b + fpIndex;
        }
        {{w.Dispatch(Site.Call)}}
        """));

    /// <summary>
    /// Zeroes the <paramref name="count"/> slots at <paramref name="first"/> (a callee's locals that may be
    /// read before they are written): a loop for a few, <c>Span.Clear</c> for more.
    /// </summary>
    private static string Zero(int depth, string first, string count) => Block.Nest(depth, $$"""
        if ({{count}} <= 8)
        {
            for (int i = 0; i < {{count}}; i++)
            {
                {{first}}[i] = default;
            }
        }
        else
        {
            new Span<WasmValue>({{first}}, {{count}}).Clear();
        }
        """);
}
