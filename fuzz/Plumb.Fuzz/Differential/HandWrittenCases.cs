using Plumb.Binary;
using Plumb.Structure;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// A small fixed set of hand-written modules with seeded calls: the case source of <c>plumb fuzz</c>
/// and of the oracle's tests until the generator of valid modules is plugged in through
/// <see cref="FuzzCaseSource"/>. The seed picks the module and draws the calls and their arguments from
/// values near the operators' edges (zero, ±1, powers of two, the extremes, NaNs, infinities).
/// </summary>
public static class HandWrittenCases
{
    /// <summary>Calls per case.</summary>
    public const int CallsPerCase = 8;

    private static readonly string[] Texts =
    [
        // Integer arithmetic, including the trapping operators.
        """
        (module
          (global $count (export "count") (mut i32) (i32.const 0))
          (func $tick (global.set $count (i32.add (global.get $count) (i32.const 1))))
          (func (export "i32.add") (param i32 i32) (result i32) (call $tick) (i32.add (local.get 0) (local.get 1)))
          (func (export "i32.sub") (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
          (func (export "i32.mul") (param i32 i32) (result i32) (call $tick) (i32.mul (local.get 0) (local.get 1)))
          (func (export "i32.div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
          (func (export "i32.rem_u") (param i32 i32) (result i32) (i32.rem_u (local.get 0) (local.get 1)))
          (func (export "i32.shl") (param i32 i32) (result i32) (i32.shl (local.get 0) (local.get 1)))
          (func (export "i32.rotr") (param i32 i32) (result i32) (i32.rotr (local.get 0) (local.get 1)))
          (func (export "i32.clz") (param i32 i32) (result i32) (i32.add (i32.clz (local.get 0)) (i32.popcnt (local.get 1))))
          (func (export "i64.mul") (param i64 i64) (result i64) (i64.mul (local.get 0) (local.get 1)))
          (func (export "i64.div_u") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
          (func (export "i64.rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
          (func (export "i64.shr_s") (param i64 i64) (result i64) (i64.shr_s (local.get 0) (local.get 1))))
        """,
        // Floating point: NaN propagation, rounding, conversions (some trapping).
        """
        (module
          (func (export "f32.add") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1)))
          (func (export "f32.div") (param f32 f32) (result f32) (f32.div (local.get 0) (local.get 1)))
          (func (export "f32.min") (param f32 f32) (result f32) (f32.min (local.get 0) (local.get 1)))
          (func (export "f64.mul") (param f64 f64) (result f64) (f64.mul (local.get 0) (local.get 1)))
          (func (export "f64.sqrt") (param f64 f64) (result f64) (f64.sqrt (f64.sub (local.get 0) (local.get 1))))
          (func (export "f64.copysign") (param f64 f64) (result f64) (f64.copysign (local.get 0) (local.get 1)))
          (func (export "i32.trunc_f32_s") (param f32 f32) (result i32) (i32.trunc_f32_s (f32.add (local.get 0) (local.get 1))))
          (func (export "i64.trunc_f64_u") (param f64 f64) (result i64) (i64.trunc_f64_u (local.get 0)))
          (func (export "f32.demote") (param f64 f64) (result f32) (f32.demote_f64 (f64.add (local.get 0) (local.get 1)))))
        """,
        // Memory: stores, loads, growth and out-of-bounds accesses; state in globals.
        """
        (module
          (memory (export "memory") 1 2)
          (data (i32.const 16) "\01\02\03\04\05\06\07\08")
          (global $last (export "last") (mut i64) (i64.const 0))
          (func (export "store32") (param i32 i32) (result i32)
            (i32.store (local.get 0) (local.get 1)) (i32.load (local.get 0)))
          (func (export "load8_s") (param i32 i32) (result i32) (i32.load8_s offset=16 (i32.add (local.get 0) (local.get 1))))
          (func (export "load64") (param i32 i32) (result i64)
            (global.set $last (i64.load (local.get 0))) (global.get $last))
          (func (export "grow") (param i32 i32) (result i32) (memory.grow (i32.and (local.get 0) (i32.const 1))))
          (func (export "sum") (param i32 i32) (result i32) (local $i i32) (local $s i32)
            (local.set $i (i32.and (local.get 1) (i32.const 63)))
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get $i)))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (local.get 0) (local.get $i)))))
                (br $next)))
            (local.get $s)))
        """,
        // Control: br_table dispatch, indirect calls with type mismatches, recursion (the exported entry
        // bounds the depth: an exhausted stack ends the comparison of a case, fuzz/RATIONALE.md).
        """
        (module
          (type $ii (func (param i32) (result i32)))
          (type $v (func))
          (table 4 funcref)
          (elem (i32.const 0) $double $square $nothing)
          (global $depth (export "depth") (mut i32) (i32.const 0))
          (func $double (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
          (func $square (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
          (func $nothing)
          (func (export "dispatch") (param i32 i32) (result i32)
            (block $c (block $b (block $a
              (br_table $a $b $c (i32.and (local.get 0) (i32.const 3))))
              (return (i32.add (local.get 1) (i32.const 64))))
              (return (i32.xor (local.get 1) (i32.const -1))))
            (i32.shr_u (local.get 1) (i32.const 3)))
          (func (export "indirect") (param i32 i32) (result i32)
            (call_indirect (type $ii) (local.get 1) (i32.and (local.get 0) (i32.const 7))))
          (func (export "down") (param i32 i32) (result i32)
            (call $down (i32.and (local.get 0) (i32.const 0x3ff)) (local.get 1)))
          (func $down (param i32 i32) (result i32)
            (global.set $depth (local.get 0))
            (if (result i32) (i32.eqz (local.get 0))
              (then (local.get 1))
              (else (call $down (i32.sub (local.get 0) (i32.const 1)) (i32.add (local.get 1) (i32.const 3))))))
          (func (export "select") (param i32 i32) (result i32)
            (select (i32.mul (local.get 0) (i32.const 64)) (local.get 1) (i32.lt_s (local.get 0) (local.get 1)))))
        """,
    ];

    private static readonly Lazy<(byte[] Wasm, (string Export, ValType[] Params)[] Exports)[]> Modules = new(() =>
        Texts.Select(text =>
        {
            byte[] wasm = Text.Wat.ToBinary(text);
            var module = ModuleReader.Read(wasm);
            int imported = module.Imports.Count(i => i.Kind == ExternKind.Func);
            var exports = module.Exports.Where(e => e.Kind == ExternKind.Func)
                .Select(e => (e.Name, module.Types[(int)module.Functions[(int)e.Index - imported]].Params.ToArray()))
                .ToArray();
            return (wasm, exports);
        }).ToArray());

    /// <summary>How many distinct modules the set has (case <c>seed</c> uses module <c>seed mod Count</c>).</summary>
    public static int Count => Texts.Length;

    /// <summary>The case for <paramref name="seed"/>: deterministic.</summary>
    public static FuzzCase Get(long seed)
    {
        var (wasm, exports) = Modules.Value[(int)(((seed % Count) + Count) % Count)];
        var random = new Random(unchecked((int)(seed ^ (seed >> 32))));
        var calls = new List<FuzzCall>(CallsPerCase);
        for (int i = 0; i < CallsPerCase; i++)
        {
            var (export, parameters) = exports[random.Next(exports.Length)];
            calls.Add(new FuzzCall(export, parameters.Select(p => Argument(p, random)).ToArray()));
        }
        return new FuzzCase(seed, wasm, calls);
    }

    private static WastValue Argument(ValType type, Random random) => type switch
    {
        ValType.I32 => new WastValue(ValType.I32, (uint)Int(random)),
        ValType.I64 => new WastValue(ValType.I64, (ulong)(random.Next(4) == 0 ? random.NextInt64() : Int(random))),
        ValType.F32 => new WastValue(ValType.F32, BitConverter.SingleToUInt32Bits((float)Float(random))),
        ValType.F64 => new WastValue(ValType.F64, BitConverter.DoubleToUInt64Bits(Float(random))),
        _ => new WastValue(type, 0, IsNull: true),
    };

    private static long Int(Random random) => random.Next(6) switch
    {
        0 => random.Next(-2, 3),
        1 => 1L << random.Next(32),
        2 => random.Next(2) == 0 ? int.MinValue : int.MaxValue,
        3 => random.Next(-1000, 1000),
        4 => random.Next(0, 70000),
        _ => random.Next(int.MinValue, int.MaxValue),
    };

    private static double Float(Random random) => random.Next(6) switch
    {
        0 => double.NaN,
        1 => random.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity,
        2 => random.Next(-3, 4) * 0.5,
        3 => -0.0,
        4 => random.NextDouble() * 4.3e9 - 2.1e9,
        _ => BitConverter.Int64BitsToDouble(random.NextInt64()),
    };
}
