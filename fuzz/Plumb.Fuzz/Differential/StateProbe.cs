using System.Globalization;
using Plumb.Binary;
using Plumb.Structure;

namespace Plumb.Fuzz.Differential;

/// <summary>What kind of export holds state.</summary>
public enum StateKind
{
    /// <summary>A global, read with <c>get</c>.</summary>
    Global,
    /// <summary>A linear memory, read by a probe.</summary>
    Memory,
    /// <summary>A table, read by a probe.</summary>
    Table,
}

/// <summary>An export whose state the oracle reads after a case's calls: a global, a memory or a table.</summary>
/// <param name="Name">The export name.</param>
/// <param name="Kind">Global, memory or table.</param>
/// <param name="Element">A table's element type (funcref or externref); unused otherwise.</param>
public sealed record StateExport(string Name, StateKind Kind, ValType Element = ValType.FuncRef)
{
    /// <summary>How steps name it: <c>global "g0"</c>, <c>memory "mem"</c>, <c>table "t1"</c>.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} \"{Name}\"";
}

/// <summary>
/// Reads a memory's or a table's state through the engine itself, with nothing but the engine contract:
/// the fuzzed instance is registered as <see cref="ModuleName"/> and a small probe module that imports
/// the export is instantiated; its <c>size</c> and <c>checksum</c> functions give the state (a 64-bit
/// FNV-1a over the memory's 8-byte words, or over a table's null and non-null entries, up to
/// <see cref="MemoryPagesChecked"/> and <see cref="TableEntriesChecked"/>). Any engine
/// that runs WebAssembly can be compared this way, and a reduced script checks the state with the same
/// probe (fuzz/RATIONALE.md, "What does the oracle compare, and what does it let vary?").
/// </summary>
public static class StateProbe
{
    /// <summary>The name the fuzzed instance is registered under for the probes.</summary>
    public const string ModuleName = "fuzzed";

    /// <summary>
    /// The memory checksum covers the first 16 pages (1 MiB) and the table checksum the first 65,536
    /// entries, so that a module that declares a huge memory or table (a mutant's limits) is read in
    /// about a millisecond; <c>size</c> still covers all of it. Generated modules stay far below both.
    /// </summary>
    public const int MemoryPagesChecked = 16;

    /// <inheritdoc cref="MemoryPagesChecked"/>
    public const int TableEntriesChecked = 65536;

    /// <summary>The probe's exports, read in this order.</summary>
    public static readonly IReadOnlyList<string> Functions = ["size", "checksum"];

    /// <summary>
    /// The exports of <paramref name="wasm"/> whose state is compared, globals first (a reduced script
    /// reads them before any probe module shadows the fuzzed one), then memories, then tables (tables
    /// only with reference types, which the table probe needs). None when Plumb cannot decode it.
    /// </summary>
    public static IReadOnlyList<StateExport> Exports(byte[] wasm, WasmFeatures features)
    {
        Module module;
        try
        {
            module = ModuleReader.Read(wasm, features);
        }
        catch (WasmException)
        {
            return [];
        }
        var tables = module.Imports.Where(i => i.Kind == ExternKind.Table).Select(i => i.Table.ElementType)
            .Concat(module.Tables.Select(t => t.ElementType)).ToList();
        var exports = module.Exports;
        var globals = exports.Where(e => e.Kind == ExternKind.Global).Select(e => new StateExport(e.Name, StateKind.Global));
        var memories = exports.Where(e => e.Kind == ExternKind.Memory).Select(e => new StateExport(e.Name, StateKind.Memory));
        var tableExports = features.HasFlag(WasmFeatures.ReferenceTypes)
            ? exports.Where(e => e.Kind == ExternKind.Table && e.Index < tables.Count).Select(e => new StateExport(e.Name, StateKind.Table, tables[(int)e.Index]))
            : [];
        return [.. globals, .. memories, .. tableExports];
    }

    /// <summary>The probe module for a memory or table export, as text.</summary>
    public static string Text(StateExport export)
    {
        string name = Quote(export.Name);
        const string fnv = "(local.set $h (i64.mul (i64.xor (local.get $h) {0}) (i64.const 0x100000001b3)))";
        if (export.Kind == StateKind.Memory)
        {
            return $$"""
                (module
                  (import "{{ModuleName}}" {{name}} (memory 0))
                  (func (export "size") (result i32) (memory.size))
                  (func (export "checksum") (result i64) (local $i i32) (local $end i32) (local $h i64)
                    (local.set $end (i32.shl (select (memory.size) (i32.const {{MemoryPagesChecked}}) (i32.lt_u (memory.size) (i32.const {{MemoryPagesChecked}}))) (i32.const 16)))
                    (local.set $h (i64.const 0xcbf29ce484222325))
                    (block $done
                      (loop $next
                        (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
                        {{string.Format(CultureInfo.InvariantCulture, fnv, "(i64.load (local.get $i))")}}
                        (local.set $i (i32.add (local.get $i) (i32.const 8)))
                        (br $next)))
                    (local.get $h)))
                """;
        }
        string type = export.Element == ValType.ExternRef ? "externref" : "funcref";
        return $$"""
            (module
              (import "{{ModuleName}}" {{name}} (table 0 {{type}}))
              (func (export "size") (result i32) (table.size 0))
              (func (export "checksum") (result i64) (local $i i32) (local $h i64)
                (local.set $h (i64.const 0xcbf29ce484222325))
                (block $done
                  (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (table.size 0)))
                    (br_if $done (i32.ge_u (local.get $i) (i32.const {{TableEntriesChecked}})))
                    {{string.Format(CultureInfo.InvariantCulture, fnv, "(i64.extend_i32_u (ref.is_null (table.get 0 (local.get $i))))")}}
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next)))
                (local.get $h)))
            """;
    }

    /// <summary>The probe module for a memory or table export, encoded.</summary>
    public static byte[] Binary(StateExport export) => Plumb.Text.Wat.ToBinary(Text(export), WasmFeatures.Core2);

    private static string Quote(string s) => "\"" + string.Concat(System.Text.Encoding.UTF8.GetBytes(s).Select(b =>
        b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : "\\" + b.ToString("x2", CultureInfo.InvariantCulture))) + "\"";
}
