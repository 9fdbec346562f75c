;; Found by an hour of plumb fuzz (interpreter x Wasmtime, first seed 5000000; this is seed 5515664)
;; and reduced by it. An `if` whose else branch pushes a value
;; below the values it returns: the interpreter's translator keeps constants lazy (not yet written to
;; their stack slot), and `return` writes only the values it returns. At the block's `end`, unreachable
;; after the `return`, the translator kept the dead branch's lazy constant as the description of the
;; slot where the block's result lives; the function's end then wrote that constant (0) over the
;; result, so the then-branch's 19933 came back as 0 (in the original case a wrong address later made
;; a store trap on Wasmtime only). Wasmtime and the compiler agree on 19933.
(module
  (type (;0;) (func (param i32 f32)))
  (type (;1;) (func (param f64 f32 i32) (result funcref i32 i32)))
  (type (;2;) (func (result i32 f32)))
  (import "spectest" "print_i32_f32" (func (;0;) (type 0)))
  (import "spectest" "global_i32" (global (;0;) i32))
  (import "spectest" "global_f32" (global (;1;) f32))
  (func (;1;) (type 2)
    (local funcref externref funcref f32 f64 v128)
    global.get 2
    if (result v128)
      v128.const i32x4 0xc9c0aca4 0x4ddd55a8 0x3fbeaa6f 0x131207c8
    else
      i32.const 0
      i32.const 0
      f32.const 0
      return
    end
    i16x8.extract_lane_s 3
    f32.const 0)
  (func (;2;) (type 2)
    call 1)
  (global (;2;) (mut i32) (i32.const 1))
  (export "f2" (func 2))
)
(assert_return (invoke "f2") (i32.const 19933) (f32.const 0x0p+0))

;; The same shape, written by hand: a v128 and an i32 result, with and without the extra value.
(module
  (global $g (mut i32) (i32.const 1))
  (func (export "three") (result i32 f32)
    global.get $g
    if (result v128)
      v128.const i32x4 0xc9c0aca4 0x4ddd55a8 0x3fbeaa6f 0x131207c8
    else
      i32.const 0
      i32.const 0
      f32.const 0
      return
    end
    i16x8.extract_lane_s 3
    f32.const 0)
  (func (export "two") (result i32 f32)
    global.get $g
    if (result v128)
      v128.const i32x4 0xc9c0aca4 0x4ddd55a8 0x3fbeaa6f 0x131207c8
    else
      i32.const 0
      f32.const 0
      return
    end
    i16x8.extract_lane_s 3
    f32.const 0)
  (func (export "i32") (result i32 f32)
    global.get $g
    if (result i32)
      i32.const 19933
    else
      i32.const 0
      i32.const 0
      f32.const 0
      return
    end
    f32.const 0)
  (func (export "noreturn") (result i32 f32)
    global.get $g
    if (result v128)
      v128.const i32x4 0xc9c0aca4 0x4ddd55a8 0x3fbeaa6f 0x131207c8
    else
      v128.const i32x4 0 0 0 0
    end
    i16x8.extract_lane_s 3
    f32.const 0)
)
(assert_return (invoke "three") (i32.const 19933) (f32.const 0))
(assert_return (invoke "two") (i32.const 19933) (f32.const 0))
(assert_return (invoke "i32") (i32.const 19933) (f32.const 0))
(assert_return (invoke "noreturn") (i32.const 19933) (f32.const 0))
