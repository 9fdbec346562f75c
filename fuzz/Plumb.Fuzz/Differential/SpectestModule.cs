namespace Plumb.Fuzz.Differential;

/// <summary>
/// The spec host module <c>spectest</c>, registered in every engine before any case so that generated
/// modules may import from it, as scripts do
/// (https://github.com/WebAssembly/spec/tree/main/interpreter#spectest-host-module). The harness's own
/// copy is internal to it; this one is the same module written as text, shared by the oracle, the
/// execute target and the tests.
/// </summary>
public static class SpectestModule
{
    /// <summary>The name modules import it by.</summary>
    public const string Name = "spectest";

    /// <summary>The module's binary.</summary>
    public static byte[] Binary { get; } = Text.Wat.ToBinary("""
        (module
          (func (export "print"))
          (func (export "print_i32") (param i32))
          (func (export "print_i64") (param i64))
          (func (export "print_f32") (param f32))
          (func (export "print_f64") (param f64))
          (func (export "print_i32_f32") (param i32 f32))
          (func (export "print_f64_f64") (param f64 f64))
          (table (export "table") 10 20 funcref)
          (memory (export "memory") 1 2)
          (global (export "global_i32") i32 (i32.const 666))
          (global (export "global_i64") i64 (i64.const 666))
          (global (export "global_f32") f32 (f32.const 666.6))
          (global (export "global_f64") f64 (f64.const 666.6)))
        """, WasmFeatures.Core1);
}
