using System.Text;

namespace Plumb.RealPrograms;

/// <summary>The few calls a host makes into an instance of CRuby's reactor, on either runtime.</summary>
internal interface IRubyGuest
{
    /// <summary>Calls the export <paramref name="name"/> with i32 arguments; its i32 result, or 0 when it returns none.</summary>
    int Call(string name, params int[] args);

    /// <summary>Writes <paramref name="bytes"/> to linear memory at <paramref name="address"/>.</summary>
    void Write(int address, ReadOnlySpan<byte> bytes);

    /// <summary>Reads a little-endian i32 of linear memory.</summary>
    int ReadInt32(int address);
}

/// <summary>
/// CRuby's reactor (ruby.wasm's <c>rb-abi-guest</c>, wit-bindgen's canonical ABI of 2022), driven as
/// ruby.wasm's JavaScript does: strings and lists are allocated in the guest with <c>cabi_realloc</c>, a returned
/// tuple is read from the return area, and a returned <c>rb-abi-value</c> handle is taken out of the host's
/// <see cref="RubyResources"/> table and dropped through <c>canonical_abi_drop_rb-abi-value</c>.
/// </summary>
internal static class RubyReactor
{
    private const string Init = "ruby-init: func(args: list<string>) -> ()";
    private const string EvalProtect = "rb-eval-string-protect: func(str: string) -> tuple<handle<rb-abi-value>, s32>";

    /// <summary>ruby-init with <paramref name="args"/>, each passed NUL-terminated as ruby.wasm's <c>RubyVM.initialize</c> does.</summary>
    public static void Initialize(IRubyGuest guest, IReadOnlyList<string> args)
    {
        int list = guest.Call("cabi_realloc", 0, 0, 4, args.Count * 8);
        Span<byte> element = stackalloc byte[8];
        for (int i = 0; i < args.Count; i++)
        {
            var (pointer, length) = String(guest, args[i] + "\0");
            BitConverter.TryWriteBytes(element, pointer);
            BitConverter.TryWriteBytes(element[4..], length);
            guest.Write(list + i * 8, element);
        }
        guest.Call(Init, list, args.Count);
    }

    /// <summary>rb-eval-string-protect: evaluates <paramref name="script"/> and returns its state (0 when no exception escaped).</summary>
    public static int Evaluate(IRubyGuest guest, RubyResources resources, string script)
    {
        var (pointer, length) = String(guest, script);
        int area = guest.Call(EvalProtect, pointer, length);
        int handle = guest.ReadInt32(area);
        int state = guest.ReadInt32(area + 4);
        guest.Call("canonical_abi_drop_rb-abi-value", resources.Remove(handle));
        return state;
    }

    private static (int Pointer, int Length) String(IRubyGuest guest, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int pointer = guest.Call("cabi_realloc", 0, 0, 1, bytes.Length);
        guest.Write(pointer, bytes);
        return (pointer, bytes.Length);
    }
}

/// <summary>
/// The host's table of <c>rb-abi-value</c> handles (wit-bindgen's slab): the guest's <c>canonical_abi.resource_new</c>
/// stores a guest pointer and gets a handle, <c>resource_get</c> reads it back, the host removes it when it takes a
/// returned value.
/// </summary>
internal sealed class RubyResources
{
    private readonly List<int?> _slots = [];

    /// <summary>The host module of the canonical ABI's resource functions.</summary>
    public const string ModuleName = "canonical_abi";

    /// <summary>Stores <paramref name="pointer"/>; its handle.</summary>
    public int New(int pointer)
    {
        int free = _slots.IndexOf(null);
        if (free < 0)
        {
            _slots.Add(pointer);
            return _slots.Count - 1;
        }
        _slots[free] = pointer;
        return free;
    }

    /// <summary>The pointer behind <paramref name="handle"/>.</summary>
    public int Get(int handle) =>
        (uint)handle < (uint)_slots.Count && _slots[handle] is { } pointer ? pointer : throw new InvalidOperationException($"rb-abi-value handle {handle} is not live");

    /// <summary>Takes <paramref name="handle"/> out of the table; its pointer.</summary>
    public int Remove(int handle)
    {
        int pointer = Get(handle);
        _slots[handle] = null;
        return pointer;
    }
}

/// <summary>
/// Raised by the imports of ruby.wasm's JavaScript bridge (<c>rb-js-abi-host</c>, the js-abi-value resource): this
/// host has no JavaScript, so a script that reaches for <c>require "js"</c> fails with this instead of a wrong answer.
/// </summary>
internal sealed class JavaScriptBridgeException(string import)
    : Exception($"{import}: ruby.wasm's JavaScript bridge is not available outside a JavaScript host");
