using System.Buffers.Binary;
using System.Text;

namespace Plumb.Harness;

/// <summary>
/// The spec host module <c>spectest</c> (https://github.com/WebAssembly/spec/tree/main/interpreter#spectest-host-module),
/// provided once for every engine as an ordinary binary module that the runner loads, instantiates
/// and registers under "spectest" before each script (and the fuzzers before each case). Its print functions do nothing: no suite
/// assertion observes their output. Written by hand here (a few dozen bytes) so that the harness
/// does not depend on the text parser it is meant to check. See harness/RATIONALE.md, "Why is `spectest` a binary module rather than host functions per engine?".
/// </summary>
public static class Spectest
{
    /// <summary>The name scripts import it by.</summary>
    public const string Name = "spectest";

    /// <summary>The module's binary encoding (valid in Core 1.0, so every suite can load it).</summary>
    public static byte[] Binary { get; } = Build();

    private static byte[] Build()
    {
        // (name, param types) in type index order; each print function has its own type.
        (string Name, byte[] Params)[] prints =
        [
            ("print", []),
            ("print_i32", [0x7F]),
            ("print_i64", [0x7E]),
            ("print_f32", [0x7D]),
            ("print_f64", [0x7C]),
            ("print_i32_f32", [0x7F, 0x7D]),
            ("print_f64_f64", [0x7C, 0x7C]),
        ];
        var module = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };

        var types = new List<byte>();
        Leb(types, (uint)prints.Length);
        foreach (var (_, ps) in prints)
        {
            types.Add(0x60);
            Leb(types, (uint)ps.Length);
            types.AddRange(ps);
            types.Add(0x00);
        }
        Section(module, 1, types);

        var funcs = new List<byte>();
        Leb(funcs, (uint)prints.Length);
        for (int i = 0; i < prints.Length; i++)
            Leb(funcs, (uint)i);
        Section(module, 3, funcs);

        // table 10 20 funcref
        Section(module, 4, [0x01, 0x70, 0x01, 10, 20]);
        // memory 1 2
        Section(module, 5, [0x01, 0x01, 1, 2]);

        var globals = new List<byte> { 0x04 };
        globals.AddRange([0x7F, 0x00, 0x41]);
        Sleb(globals, 666);
        globals.Add(0x0B);
        globals.AddRange([0x7E, 0x00, 0x42]);
        Sleb(globals, 666);
        globals.Add(0x0B);
        globals.AddRange([0x7D, 0x00, 0x43]);
        Span<byte> f32 = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(f32, 666.6f);
        globals.AddRange(f32.ToArray());
        globals.Add(0x0B);
        globals.AddRange([0x7C, 0x00, 0x44]);
        Span<byte> f64 = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(f64, 666.6);
        globals.AddRange(f64.ToArray());
        globals.Add(0x0B);
        Section(module, 6, globals);

        var exports = new List<(string Name, byte Kind, uint Index)>();
        for (int i = 0; i < prints.Length; i++)
            exports.Add((prints[i].Name, 0x00, (uint)i));
        exports.Add(("table", 0x01, 0));
        exports.Add(("memory", 0x02, 0));
        exports.Add(("global_i32", 0x03, 0));
        exports.Add(("global_i64", 0x03, 1));
        exports.Add(("global_f32", 0x03, 2));
        exports.Add(("global_f64", 0x03, 3));
        var exportSection = new List<byte>();
        Leb(exportSection, (uint)exports.Count);
        foreach (var (name, kind, index) in exports)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(name);
            Leb(exportSection, (uint)utf8.Length);
            exportSection.AddRange(utf8);
            exportSection.Add(kind);
            Leb(exportSection, index);
        }
        Section(module, 7, exportSection);

        var code = new List<byte>();
        Leb(code, (uint)prints.Length);
        for (int i = 0; i < prints.Length; i++)
            code.AddRange([0x02, 0x00, 0x0B]); // body size 2: no locals, end
        Section(module, 10, code);
        return module.ToArray();
    }

    private static void Section(List<byte> module, byte id, IReadOnlyCollection<byte> contents)
    {
        module.Add(id);
        Leb(module, (uint)contents.Count);
        module.AddRange(contents);
    }

    private static void Leb(List<byte> to, uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            to.Add(value != 0 ? (byte)(b | 0x80) : b);
        } while (value != 0);
    }

    private static void Sleb(List<byte> to, long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            to.Add(done ? b : (byte)(b | 0x80));
            if (done)
                return;
        }
    }
}
