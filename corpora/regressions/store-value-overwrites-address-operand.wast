;; Found by plumb fuzz (seed 1276) with the translator's fix for stores reverted, and reduced by it: the
;; address is i32.const 0 plus a computed value, and the stored value's op (global.get) writes the slot
;; that computed value sits in. Moving that op ahead of the add stored to the f64's bits: out of bounds.
(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (param externref f64 funcref)))
  (type (;2;) (func (param v128 i32 f32 f32) (result funcref)))
  (type (;3;) (func (param funcref) (result externref)))
  (type (;4;) (func (result v128 externref i32 v128)))
  (import "spectest" "print_i64" (func (;0;) (type 0)))
  (import "spectest" "table" (table (;0;) 10 20 funcref))
  (import "spectest" "memory" (memory (;0;) 1 2))
  (import "spectest" "global_i32" (global (;0;) i32))
  (func (;1;) (type 4)
    (local funcref f64 i64 f32 f64 v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    i32.const 0
    i32.const 0
    f64.const 0
    f64.const 0
    f64.ne
    i32.add
    global.get 2
    f64.store offset=7 align=1
    drop
    ref.null extern
    i32.const 0
    v128.const i32x4 0x8336ace9 0xf4fae71f 0x8e9d4562 0x8f79c12f)
  (func (;2;) (type 4)
    call 1)
  (global (;1;) (mut i32) (i32.const 0))
  (global (;2;) f64 (f64.const 0x1.65844ed109404p+1003))
  (export "f4" (func 2))
)
(assert_return (invoke "f4") (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000) (ref.null extern) (i32.const 0) (v128.const i32x4 0x8336ace9 0xf4fae71f 0x8e9d4562 0x8f79c12f))

