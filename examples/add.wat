;; The module README.md's embedding example loads (add.wasm is this file encoded: wat2wasm add.wat -o add.wasm,
;; or plumb wat2wasm).
(module
  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add))
