;; A rotate whose result is a branch condition. With i32.rotl inlined into the compiled method, the JIT of
;; .NET 10 on x64 branched as if the rotated value were zero when it was not (apparently testing the flags
;; the rotate instruction leaves, which do not describe its result): "br_if" below returned 0 for every
;; non-zero input. The instruction row tests found it (450 of 7,452 calls differed from Wasmtime); the
;; compiler now calls the rotates instead of inlining them.
(module
  (func (export "br_if") (param i32 i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 1) (i32.rotl (local.get 0) (local.get 1)))
      (drop)
      (i32.const 0)))
  (func (export "br_if_const") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 1) (i32.rotl (local.get 0) (i32.const 1)))
      (drop)
      (i32.const 0)))
  (func (export "if_rotr") (param i32) (result i32)
    (if (result i32) (i32.rotr (local.get 0) (i32.const 2147483647))
      (then (i32.const 1))
      (else (i32.const 0))))
  (func (export "if_i64") (param i64) (result i32)
    (if (result i32) (i64.eqz (i64.rotl (local.get 0) (i64.const 63)))
      (then (i32.const 0))
      (else (i32.const 1)))))
(assert_return (invoke "br_if" (i32.const 1) (i32.const 1)) (i32.const 1))
(assert_return (invoke "br_if" (i32.const 0x80000000) (i32.const 1)) (i32.const 1))
(assert_return (invoke "br_if" (i32.const 0) (i32.const 5)) (i32.const 0))
(assert_return (invoke "br_if_const" (i32.const 2)) (i32.const 1))
(assert_return (invoke "br_if_const" (i32.const 33)) (i32.const 1))
(assert_return (invoke "br_if_const" (i32.const 0)) (i32.const 0))
(assert_return (invoke "if_rotr" (i32.const 7)) (i32.const 1))
(assert_return (invoke "if_rotr" (i32.const 0)) (i32.const 0))
(assert_return (invoke "if_i64" (i64.const 3)) (i32.const 1))
(assert_return (invoke "if_i64" (i64.const 0)) (i32.const 0))
