;; A loop that dispatches with br_table on a value loaded from memory, as a bytecode VM does.
;; The interpreter's translator moved the op computing a store's value (i64.extend_i32_s) ahead of
;; the i32.add computing its address, to fuse the add into the store; but the value's op wrote the
;; stack slot the add read its second operand from ((i32.add (i32.const 64) (i32.shl ...))), so
;; the store went to the wrong address and run returned 13 (a larger program looped forever).
;; Wasmtime, wabt's wasm-interp and the native build agree on 137.
(module
  (type (func (result i64)))
  (func (type 0) (result i64)
    (local i32 i32 i64)
    i32.const 1056
    i64.const 38654705671
    i64.store
    i32.const 1024
    local.set 0
    loop
      block
        block (result i32)
          block
            block
              block
                local.get 1
                br_table 0 4 4 4 4 4 4 1 4
              end
              i32.const 64
              i32.const 1
              i32.const 3
              i32.shl
              i32.add
              local.get 0
              i64.extend_i32_s
              i64.store
              br 1
            end
            i32.const 1
            br 1
          end
          local.get 0
          i32.const 8
          i32.add
        end
        local.set 0
        local.get 2
        i64.const 1
        i64.add
        local.set 2
        local.get 0
        i32.load
        local.set 1
        br 1
      end
    end
    local.get 2)
  (memory 2)
  (export "run" (func 0)))

(assert_return (invoke "run") (i64.const 137))
