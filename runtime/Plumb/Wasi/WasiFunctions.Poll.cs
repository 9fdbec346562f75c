using Plumb.Execution;

namespace Plumb.Wasi;

internal static partial class WasiFunctions
{
    private static void DefinePoll(HostModuleBuilder builder) =>
        Define(builder, "poll_oneoff", [I, I, I, I], (context, memory, args) => Poll(context, memory, Ptr(args, 0), Ptr(args, 1), Ptr(args, 2), Ptr(args, 3)));

    private static void DefineSockets(HostModuleBuilder builder)
    {
        // No socket can be given to a guest (ModuleConfig offers none), so every descriptor is not a socket.
        Define(builder, "sock_accept", [I, I, I], (context, memory, args) => NotSocket(context, Int(args, 0)));
        Define(builder, "sock_recv", [I, I, I, I, I, I], (context, memory, args) => NotSocket(context, Int(args, 0)));
        Define(builder, "sock_send", [I, I, I, I, I], (context, memory, args) => NotSocket(context, Int(args, 0)));
        Define(builder, "sock_shutdown", [I, I], (context, memory, args) => NotSocket(context, Int(args, 0)));
    }

    private static Errno NotSocket(WasiContext context, int fd)
    {
        context.Get(fd);
        return Errno.Notsock;
    }

    /// <summary>
    /// poll_oneoff: files, output streams and a seekable standard input are always ready and reported at once, with
    /// the bytes left to read. Standard input from a pipe or console is ready when a read would not block
    /// (<see cref="StreamDescriptor.IsReadable"/>). With nothing ready it waits for standard input, if subscribed,
    /// until the earliest clock subscription (forever without one), or else sleeps until that clock, and reports
    /// what is ready or due then. Under deterministic clocks a sleep, or a wait that times out, advances the clocks.
    /// </summary>
    private static Errno Poll(WasiContext context, GuestMemory memory, uint input, uint output, uint count, uint eventsPointer)
    {
        if (count == 0)
        {
            return Errno.Inval;
        }
        if ((ulong)count * Witx.SubscriptionSize > uint.MaxValue || (ulong)count * Witx.EventSize > uint.MaxValue)
        {
            throw GuestMemory.OutOfBounds();
        }
        memory.Slice(input, count * Witx.SubscriptionSize);
        memory.Slice(output, count * Witx.EventSize);
        memory.Slice(eventsPointer, 4);
        var events = new List<(ulong UserData, Errno Error, byte Type, ulong Bytes)>();
        long? earliest = null;
        var clocks = new List<(ulong UserData, long Due)>();
        var inputs = new List<(ulong UserData, StreamDescriptor Input)>();
        for (uint i = 0; i < count; i++)
        {
            uint at = input + i * Witx.SubscriptionSize;
            ulong userData = memory.U64(at);
            byte type = memory.Slice(at + 8, 1)[0];
            switch (type)
            {
                case Witx.EventtypeClock:
                {
                    int id = (int)memory.U32(at + 16);
                    long timeout = (long)memory.U64(at + 24);
                    bool absolute = (memory.U16(at + 40) & Witx.SubclockflagsAbstime) != 0;
                    if (Clock(context, id) is not { } clock)
                    {
                        events.Add((userData, ClockError(id), type, 0));
                        break;
                    }
                    long wait = absolute ? timeout - clock() : timeout;
                    wait = Math.Max(0, wait);
                    clocks.Add((userData, wait));
                    earliest = Math.Min(earliest ?? long.MaxValue, wait);
                    break;
                }
                case Witx.EventtypeFdRead or Witx.EventtypeFdWrite:
                {
                    int fd = (int)memory.U32(at + 16);
                    try
                    {
                        var descriptor = context.Get(fd);
                        if (type == Witx.EventtypeFdRead && descriptor is StreamDescriptor { Output: false } stdin)
                        {
                            if (stdin.IsReadable(out ulong available))
                            {
                                events.Add((userData, Errno.Success, type, available));
                            }
                            else
                            {
                                inputs.Add((userData, stdin));
                            }
                            break;
                        }
                        ulong bytes = descriptor is FileDescriptor file && type == Witx.EventtypeFdRead
                            ? (ulong)Math.Max(0, file.Stream.Length - file.Stream.Position) : 0;
                        events.Add((userData, Errno.Success, type, bytes));
                    }
                    catch (WasiErrnoException e)
                    {
                        events.Add((userData, e.Errno, type, 0));
                    }
                    break;
                }
                default:
                    return Errno.Inval;
            }
        }
        if (events.Count == 0 && inputs.Count > 0)
        {
            if (WaitForInput(context, inputs[0].Input, earliest))
            {
                foreach (var (userData, stdin) in inputs)
                {
                    if (stdin.IsReadable(out ulong available))
                    {
                        events.Add((userData, Errno.Success, Witx.EventtypeFdRead, available));
                    }
                }
            }
            else
            {
                long waited = earliest!.Value;
                foreach (var (userData, due) in clocks)
                {
                    if (due <= waited)
                    {
                        events.Add((userData, Errno.Success, Witx.EventtypeClock, 0));
                    }
                }
            }
        }
        else if (events.Count == 0 && earliest is { } delay)
        {
            Sleep(context, delay);
            foreach (var (userData, due) in clocks)
            {
                if (due <= delay)
                {
                    events.Add((userData, Errno.Success, Witx.EventtypeClock, 0));
                }
            }
        }
        for (int e = 0; e < events.Count; e++)
        {
            uint at = output + (uint)e * Witx.EventSize;
            memory.Slice(at, Witx.EventSize).Clear();
            memory.WriteU64(at, events[e].UserData);
            memory.WriteU16(at + 8, (ushort)events[e].Error);
            memory.WriteU8(at + 10, events[e].Type);
            memory.WriteU64(at + 16, events[e].Bytes);
        }
        memory.WriteU32(eventsPointer, (uint)events.Count);
        return Errno.Success;
    }

    /// <summary>
    /// Waits until <paramref name="input"/> can be read, or <paramref name="nanoseconds"/> pass (forever when null);
    /// whether it became readable. Standard input is the only stream that can block, so waiting on the one
    /// descriptor covers every subscription to it. Under deterministic clocks the wait is real but a timeout
    /// advances the fake clocks as a sleep would.
    /// </summary>
    private static bool WaitForInput(WasiContext context, StreamDescriptor input, long? nanoseconds)
    {
        var timeout = nanoseconds is { } n ? TimeSpan.FromTicks(Math.Min(n / 100, TimeSpan.FromDays(24).Ticks)) : Timeout.InfiniteTimeSpan;
        bool ready;
        try
        {
            ready = input.WaitReadable(timeout, context.Cancellation);
        }
        catch (OperationCanceledException)
        {
            throw new WasmTrapException(TrapKind.Cancelled);
        }
        if (!ready && context.Deterministic && nanoseconds is { } elapsed)
        {
            context.Advance(elapsed);
        }
        return ready;
    }

    private static void Sleep(WasiContext context, long nanoseconds)
    {
        if (nanoseconds <= 0)
        {
            return;
        }
        if (context.Deterministic)
        {
            context.Advance(nanoseconds);
            return;
        }
        var time = TimeSpan.FromTicks(Math.Min(nanoseconds / 100, TimeSpan.FromDays(24).Ticks));
        if (!context.Cancellation.CanBeCanceled)
        {
            Thread.Sleep(time);
        }
        else if (context.Cancellation.WaitHandle.WaitOne(time))
        {
            throw new WasmTrapException(TrapKind.Cancelled);
        }
    }
}
