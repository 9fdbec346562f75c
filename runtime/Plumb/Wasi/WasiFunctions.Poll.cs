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
    /// poll_oneoff: descriptors are always ready (files and the standard streams never block here), so with any
    /// descriptor subscription those are reported at once; otherwise it sleeps until the earliest clock
    /// subscription and reports the ones due then. Under deterministic clocks a sleep advances the clocks.
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
                        ulong bytes = context.Get(fd) is FileDescriptor file && type == Witx.EventtypeFdRead
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
        if (events.Count == 0 && earliest is { } delay)
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
