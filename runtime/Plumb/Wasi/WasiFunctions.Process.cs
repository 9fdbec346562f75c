using Plumb.Execution;

namespace Plumb.Wasi;

internal static partial class WasiFunctions
{
    private static void DefineProcess(HostModuleBuilder builder)
    {
        Define(builder, "args_get", [I, I], (context, memory, args) => WriteStrings(memory, context.Args, Ptr(args, 0), Ptr(args, 1)));
        Define(builder, "args_sizes_get", [I, I], (context, memory, args) => WriteSizes(memory, context.Args, Ptr(args, 0), Ptr(args, 1)));
        Define(builder, "environ_get", [I, I], (context, memory, args) => WriteStrings(memory, context.Environment, Ptr(args, 0), Ptr(args, 1)));
        Define(builder, "environ_sizes_get", [I, I], (context, memory, args) => WriteSizes(memory, context.Environment, Ptr(args, 0), Ptr(args, 1)));
        Define(builder, "clock_res_get", [I, I], (context, memory, args) =>
        {
            if (Clock(context, Int(args, 0)) is null)
            {
                return ClockError(Int(args, 0));
            }
            // The system clocks count in .NET ticks of 100 ns.
            memory.WriteU64(Ptr(args, 1), context.Deterministic ? 1UL : 100UL);
            return Errno.Success;
        });
        Define(builder, "clock_time_get", [I, L, I], (context, memory, args) =>
        {
            if (Clock(context, Int(args, 0)) is not { } clock)
            {
                return ClockError(Int(args, 0));
            }
            memory.WriteU64(Ptr(args, 2), (ulong)clock());
            return Errno.Success;
        });
        // proc_exit returns nothing: it unwinds the guest to WasiPreview1.Run (or the embedder's call).
        builder.WithFunction("proc_exit", [I], [], (caller, stack) => throw new WasiExitException(stack[0].I32));
        // Signals have no meaning in the sandbox; Wasmtime traps, wazero says ENOSYS (runtime/RATIONALE.md).
        Define(builder, "proc_raise", [I], (context, memory, args) => Errno.Nosys);
        Define(builder, "sched_yield", [], (context, memory, args) =>
        {
            Thread.Yield();
            return Errno.Success;
        });
        Define(builder, "random_get", [I, I], (context, memory, args) =>
        {
            context.Random(memory.Slice(Ptr(args, 0), Ptr(args, 1)));
            return Errno.Success;
        });
    }

    /// <summary>
    /// The clock <paramref name="id"/>, or null: the CPU-time clocks are not offered (they would time the host,
    /// and Wasmtime refuses them too).
    /// </summary>
    private static Func<long>? Clock(WasiContext context, int id) => id switch
    {
        Witx.ClockRealtime => context.WallClock,
        Witx.ClockMonotonic => context.MonotonicClock,
        _ => null,
    };

    private static Errno ClockError(int id) => id is Witx.ClockProcessCputime or Witx.ClockThreadCputime ? Errno.Badf : Errno.Inval;

    private static Errno WriteStrings(GuestMemory memory, byte[][] strings, uint pointers, uint buffer)
    {
        uint offset = buffer;
        for (int i = 0; i < strings.Length; i++)
        {
            memory.WriteU32(pointers + (uint)i * 4, offset);
            strings[i].CopyTo(memory.Slice(offset, (uint)strings[i].Length));
            offset += (uint)strings[i].Length;
        }
        return Errno.Success;
    }

    private static Errno WriteSizes(GuestMemory memory, byte[][] strings, uint countPointer, uint sizePointer)
    {
        memory.WriteU32(countPointer, (uint)strings.Length);
        memory.WriteU32(sizePointer, (uint)strings.Sum(s => s.Length));
        return Errno.Success;
    }
}
