;; A function with 43,469 i64 locals (a mutant of the generated module, seed 12045598 of the hour-long
;; interpreter x compiler x Wasmtime run) recursing through another: the compiler's entry check ran after each
;; frame of several hundred kilobytes was allocated, and 193 of them overflowed the worker's 64 MiB stack,
;; killing the process. The frame is now probed before the call (runtime/RATIONALE.md, "How does the compiler
;; bound recursion?"). The harness's script workers have 256 MiB stacks, on which the old code happened to survive
;; this script; CompilerEngineTests.RecursionThroughHugeFramesTrapsAndTheProcessLives reproduces the crash on the
;; fuzz workers' 64 MiB. Binary, so that the locals take one declaration instead of 43,469 words of text:
;; (func 2 (param v128 f32 i32) (result i32 externref f64) (local f32 f64 v128 i64 x 43469)
;;   (call 2 (i32.const 0) (local.get 0) (f32.const 0) (i32.const 0)) drop drop drop (ref.null extern) (f64.const 0))
;; (func 3 (export "f2") (type 2) (call 2 (local.get 0) (f32.const 1) (i32.const 0)))
(module binary
  "\00\61\73\6d\01\00\00\00\01\13\03\60\01\7d\00\60\02\7c\7c\00\60\03\7b\7d"
  "\7f\03\7f\6f\7c\02\5d\04\08\73\70\65\63\74\65\73\74\09\70\72\69\6e\74\5f"
  "\66\33\32\00\00\08\73\70\65\63\74\65\73\74\0d\70\72\69\6e\74\5f\66\36\34"
  "\5f\66\36\34\00\01\08\73\70\65\63\74\65\73\74\0a\67\6c\6f\62\61\6c\5f\69"
  "\36\34\03\7e\00\08\73\70\65\63\74\65\73\74\0a\67\6c\6f\62\61\6c\5f\66\33"
  "\32\03\7d\00\03\03\02\02\02\07\06\01\02\66\32\00\03\0a\37\02\27\04\01\7d"
  "\01\7c\01\7b\cd\d3\02\7e\41\00\20\00\43\00\00\00\00\41\00\10\02\1a\1a\1a"
  "\d0\6f\44\00\00\00\00\00\00\00\00\0b\0d\00\20\00\43\00\00\80\3f\41\00\10"
  "\02\0b"
)
(assert_exhaustion (invoke "f2" (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000) (f32.const 0x0p+0) (i32.const 0)) "call stack exhausted")
