;; The module README.md's typed-functions example loads (divmod.wasm is this file encoded: plumb wat2wasm divmod.wat -o divmod.wasm).
(module
  (import "env" "check" (func $check (param i32) (result i32)))
  (func (export "divmod") (param i32 i32) (result i32 i32)
    (i32.div_u (call $check (local.get 0)) (local.get 1))
    (i32.rem_u (local.get 0) (local.get 1))))
