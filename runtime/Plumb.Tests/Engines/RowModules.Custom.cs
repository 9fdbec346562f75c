namespace Plumb.Tests.Engines;

internal static partial class RowModules
{
    /// <summary>
    /// Hand-written modules of the rows whose typing depends on context (control, calls, variables,
    /// references, tables) and of the bulk rows that need segments or tables to observe. Each export
    /// uses its row in one way and returns what it can see (results are numbers or vectors: references
    /// are observed through <c>ref.is_null</c> and calls). A module's exports are called in order on one
    /// instance, so later exports see what earlier ones changed.
    /// </summary>
    /// <summary>The keys of the rows with hand-written modules.</summary>
    public static IEnumerable<string> CustomKeys => Custom.Keys;

    private static readonly Dictionary<string, string> Custom = new(StringComparer.Ordinal)
    {
        ["unreachable"] = """
            (module
              (func (export "unreachable when the argument is not 0") (param i32) (result i32)
                local.get 0
                if
                  unreachable
                end
                i32.const 7)
              (func (export "unreachable after a br") (param i32) (result i32)
                block (result i32)
                  local.get 0
                  br 0
                  unreachable
                end))
            """,

        ["nop"] = """
            (module
              (func (export "nop between operands") (param i32 i32) (result i32)
                nop
                local.get 0
                nop
                local.get 1
                nop
                i32.sub
                nop))
            """,

        ["block"] = """
            (module
              (func (export "block [] -> [] left by br_if") (param i32) (result i32)
                (local i32)
                i32.const 10
                local.set 1
                block
                  local.get 0
                  br_if 0
                  i32.const 20
                  local.set 1
                end
                local.get 1)
              (func (export "block [] -> [i32]") (param i32) (result i32)
                block (result i32)
                  local.get 0
                  i32.const 1
                  i32.add
                end
                i32.const 3
                i32.mul)
              (func (export "block [i32 i32] -> [i32 i32]") (param i32 i32) (result i32 i32)
                (local i32 i32)
                local.get 0
                local.get 1
                block (param i32 i32) (result i32 i32)
                  local.set 2
                  local.set 3
                  local.get 2
                  local.get 3
                  i32.sub
                  local.get 3
                end)
              (func (export "block [] -> [i64 f64 v128]") (param i64 f64) (result i64 f64 v128)
                block (result i64 f64 v128)
                  local.get 0
                  local.get 1
                  v128.const i32x4 1 2 3 4
                end)
              (func (export "nested blocks, br_if 2 with a value") (param i32) (result i32)
                block (result i32)
                  block (result i32)
                    block (result i32)
                      local.get 0
                      local.get 0
                      br_if 2
                      drop
                      i32.const 5
                    end
                    i32.const 100
                    i32.add
                  end
                  i32.const 1000
                  i32.add
                end))
            """,

        ["loop"] = """
            (module
              (func (export "loop summing (n & 15) down to 1") (param i32) (result i32)
                (local i32 i32)
                local.get 0
                i32.const 15
                i32.and
                local.set 1
                loop
                  local.get 2
                  local.get 1
                  i32.add
                  local.set 2
                  local.get 1
                  i32.const 1
                  i32.sub
                  local.tee 1
                  i32.const 0
                  i32.gt_s
                  br_if 0
                end
                local.get 2)
              (func (export "loop [i32] -> [i32] doubling (n & 7) + 1 times") (param i32) (result i32)
                (local i32)
                local.get 0
                i32.const 7
                i32.and
                local.set 1
                i32.const 1
                loop (param i32) (result i32)
                  i32.const 2
                  i32.mul
                  local.get 1
                  i32.const 1
                  i32.sub
                  local.tee 1
                  i32.const 0
                  i32.ge_s
                  br_if 0
                end)
              (func (export "loop [] -> [i64] falling through") (param i64) (result i64)
                loop (result i64)
                  local.get 0
                  i64.const 3
                  i64.mul
                end)
              (func (export "loop stepping by 3 below (n & 255)") (param i32) (result i32)
                (local i32)
                loop
                  local.get 1
                  i32.const 3
                  i32.add
                  local.set 1
                  local.get 1
                  local.get 0
                  i32.const 255
                  i32.and
                  i32.lt_u
                  br_if 0
                end
                local.get 1))
            """,

        ["if"] = """
            (module
              (func (export "if [] -> [i32] with else") (param i32) (result i32)
                local.get 0
                if (result i32)
                  i32.const 1
                else
                  i32.const 2
                end)
              (func (export "if without else") (param i32) (result i32)
                (local i32)
                i32.const 7
                local.set 1
                local.get 0
                if
                  i32.const 8
                  local.set 1
                end
                local.get 1)
              (func (export "if [i32 i32] -> [i32]") (param i32 i32 i32) (result i32)
                local.get 0
                local.get 1
                local.get 2
                if (param i32 i32) (result i32)
                  i32.add
                else
                  i32.sub
                end)
              (func (export "if [f64] -> [f64] without else") (param f64 i32) (result f64)
                local.get 0
                local.get 1
                if (param f64) (result f64)
                  f64.neg
                end)
              (func (export "if on i32.lt_s") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                i32.lt_s
                if (result i32)
                  i32.const -1
                else
                  local.get 0
                  local.get 1
                  i32.ne
                end)
              (func (export "if on i64.gt_u of a constant") (param i64) (result i32)
                local.get 0
                i64.const 255
                i64.gt_u
                if (result i32)
                  i32.const 1
                else
                  i32.const 0
                end))
            """,

        ["else"] = """
            (module
              (func (export "if else chain") (param i32) (result i32)
                local.get 0
                i32.const 0
                i32.lt_s
                if (result i32)
                  i32.const -1
                else
                  local.get 0
                  if (result i32)
                    i32.const 1
                  else
                    i32.const 0
                  end
                end)
              (func (export "else leaving by br 1") (param i32) (result i32)
                block (result i32)
                  local.get 0
                  if (result i32)
                    i32.const 10
                  else
                    i32.const 20
                    br 1
                  end
                  i32.const 1
                  i32.add
                end)
              (func (export "else with a v128 result") (param v128 i32) (result v128)
                local.get 1
                if (result v128)
                  local.get 0
                else
                  local.get 0
                  i8x16.neg
                end))
            """,

        ["end"] = """
            (module
              (func (export "end of a block, loop, if and function") (param i32) (result i32)
                block (result i32)
                  loop (result i32)
                    local.get 0
                    if (result i32)
                      local.get 0
                    else
                      i32.const 3
                    end
                  end
                end)
              (func (export "end of an empty function")))
            """,

        ["br"] = """
            (module
              (func (export "br out of a block with a value") (param i32) (result i32)
                block (result i32)
                  local.get 0
                  br 0
                  i32.const 1
                end
                i32.const 1
                i32.add)
              (func (export "br back to a loop (n & 15) times") (param i32) (result i32)
                (local i32)
                block
                  loop
                    local.get 1
                    local.get 0
                    i32.const 15
                    i32.and
                    i32.ge_u
                    br_if 1
                    local.get 1
                    i32.const 1
                    i32.add
                    local.set 1
                    br 0
                  end
                end
                local.get 1)
              (func (export "br with two values") (param i64 f32) (result f32 i64)
                block (result f32 i64)
                  local.get 1
                  local.get 0
                  br 0
                end)
              (func (export "br to the function's label") (param i32) (result i32)
                local.get 0
                br 0)
              (func (export "br out of an if") (param i32) (result i32)
                block (result i32)
                  local.get 0
                  if
                    i32.const 9
                    br 1
                  end
                  i32.const 4
                end)
              (func (export "br 1 with a v128 past an i32 block") (param v128) (result v128)
                block (result v128)
                  block (result i32)
                    local.get 0
                    br 1
                  end
                  drop
                  v128.const i64x2 0 0
                end))
            """,

        ["br_if"] = """
            (module
              (func (export "br_if with a value") (param i32 i32) (result i32)
                block (result i32)
                  local.get 1
                  local.get 0
                  br_if 0
                  i32.const 1
                  i32.add
                end)
              (func (export "br_if on i32.lt_s") (param i32 i32) (result i32)
                block
                  local.get 0
                  local.get 1
                  i32.lt_s
                  br_if 0
                  i32.const 1
                  return
                end
                i32.const 0)
              (func (export "br_if on i64.ge_u") (param i64 i64) (result i32)
                block
                  local.get 0
                  local.get 1
                  i64.ge_u
                  br_if 0
                  i32.const 1
                  return
                end
                i32.const 0)
              (func (export "br_if on i32.eq of a constant") (param i32) (result i32)
                block
                  local.get 0
                  i32.const 65536
                  i32.eq
                  br_if 0
                  i32.const 1
                  return
                end
                i32.const 0)
              (func (export "br_if on i32.eqz") (param i32) (result i32)
                block
                  local.get 0
                  i32.eqz
                  br_if 0
                  i32.const 1
                  return
                end
                i32.const 0)
              (func (export "br_if with an f64 value") (param f64 i32) (result f64)
                block (result f64)
                  local.get 0
                  local.get 1
                  br_if 0
                  f64.const 1
                  f64.add
                end))
            """,

        ["br_table"] = """
            (module
              (func (export "br_table over three targets and a default") (param i32) (result i32)
                block
                  block
                    block
                      block
                        local.get 0
                        br_table 0 1 2 3
                      end
                      i32.const 10
                      return
                    end
                    i32.const 11
                    return
                  end
                  i32.const 12
                  return
                end
                i32.const 13)
              (func (export "br_table with a value") (param i32 i32) (result i32)
                block (result i32)
                  block (result i32)
                    local.get 0
                    local.get 1
                    br_table 0 1 0
                  end
                  i32.const 100
                  i32.add
                end)
              (func (export "br_table with only a default") (param i32) (result i32)
                block
                  local.get 0
                  br_table 0
                end
                i32.const 1)
              (func (export "br_table back to a loop (n & 7) times") (param i32) (result i32)
                (local i32)
                local.get 0
                i32.const 7
                i32.and
                local.set 0
                block
                  loop
                    local.get 1
                    i32.const 1
                    i32.add
                    local.set 1
                    local.get 0
                    i32.const 1
                    i32.sub
                    local.tee 0
                    i32.const 0
                    i32.gt_s
                    br_table 1 0
                  end
                end
                local.get 1))
            """,

        ["return"] = """
            (module
              (func (export "return from inside a loop") (param i32) (result i32)
                block
                  loop
                    local.get 0
                    if
                      local.get 0
                      i32.const 2
                      i32.mul
                      return
                    end
                    br 1
                  end
                end
                i32.const -5)
              (func (export "return two values") (param i32 i64) (result i64 i32)
                local.get 1
                local.get 0
                return)
              (func (export "return with more values on the stack") (param f32) (result f32)
                i32.const 1
                local.get 0
                return)
              (func (export "return from a function without results") (param i32)
                local.get 0
                if
                  return
                end))
            """,

        ["call"] = """
            (module
              (func $add (param i32 i32) (result i32)
                local.get 0
                local.get 1
                i32.add)
              (func $factorial (param i64) (result i64)
                local.get 0
                i64.const 1
                i64.le_s
                if (result i64)
                  i64.const 1
                else
                  local.get 0
                  local.get 0
                  i64.const 1
                  i64.sub
                  call $factorial
                  i64.mul
                end)
              (func $swap (param f32 f64) (result f64 f32)
                local.get 1
                local.get 0)
              (func $splat_add (param v128 i32) (result v128)
                local.get 0
                local.get 1
                i32x4.splat
                i32x4.add)
              (func (export "call [i32 i32] -> [i32]") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                call $add)
              (func (export "call the recursive factorial of (n & 31)") (param i64) (result i64)
                local.get 0
                i64.const 31
                i64.and
                call $factorial)
              (func (export "call [f32 f64] -> [f64 f32]") (param f32 f64) (result f64 f32)
                local.get 0
                local.get 1
                call $swap)
              (func (export "call [v128 i32] -> [v128]") (param v128 i32) (result v128)
                local.get 0
                local.get 1
                call $splat_add)
              (func (export "call keeps the caller's operands and locals") (param i32 i32) (result i32)
                (local i32)
                i32.const 3
                local.set 2
                local.get 0
                local.get 1
                local.get 1
                call $add
                local.get 2
                i32.add
                i32.mul))
            """,

        ["call_indirect"] = """
            (module
              (type $ii (func (param i32) (result i32)))
              (type $ii_again (func (param i32) (result i32)))
              (type $l (func (result i64)))
              (table $t 6 funcref)
              (table $u 2 funcref)
              (elem (table $t) (i32.const 0) func $double $negate $sixty_four $double)
              (elem (table $u) (i32.const 1) func $negate)
              (func $double (type $ii)
                local.get 0
                i32.const 2
                i32.mul)
              (func $negate (type $ii)
                i32.const 0
                local.get 0
                i32.sub)
              (func $sixty_four (type $l)
                i64.const 64)
              (func (export "call_indirect [i32] -> [i32] through slot n") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                call_indirect $t (type $ii))
              (func (export "call_indirect with an equivalent type") (param i32) (result i32)
                i32.const 21
                local.get 0
                call_indirect $t (type $ii_again))
              (func (export "call_indirect [] -> [i64] through slot n") (param i32) (result i64)
                local.get 0
                call_indirect $t (type $l))
              (func (export "call_indirect through a second table") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                call_indirect $u (type $ii)))
            """,

        ["drop"] = """
            (module
              (elem declare func $f)
              (func $f)
              (func (export "drop i32") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                drop)
              (func (export "drop i64") (param i64 i32) (result i32)
                local.get 0
                drop
                local.get 1)
              (func (export "drop f32") (param f32 f64) (result f64)
                local.get 0
                drop
                local.get 1)
              (func (export "drop f64") (param f64 f32) (result f32)
                local.get 0
                drop
                local.get 1)
              (func (export "drop v128") (param v128 v128) (result v128)
                local.get 0
                local.get 1
                drop)
              (func (export "drop references") (result i32)
                ref.func $f
                drop
                ref.null extern
                drop
                i32.const 1))
            """,

        ["select"] = """
            (module
              (func (export "select i32") (param i32 i32 i32) (result i32)
                local.get 0
                local.get 1
                local.get 2
                select)
              (func (export "select i64") (param i64 i64 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                select)
              (func (export "select f32") (param f32 f32 i32) (result f32)
                local.get 0
                local.get 1
                local.get 2
                select)
              (func (export "select f64") (param f64 f64 i32) (result f64)
                local.get 0
                local.get 1
                local.get 2
                select)
              (func (export "select v128") (param v128 v128 i32) (result v128)
                local.get 0
                local.get 1
                local.get 2
                select)
              (func (export "select on i32.lt_s (a minimum)") (param i32 i32) (result i32)
                local.get 0
                local.get 1
                local.get 0
                local.get 1
                i32.lt_s
                select))
            """,

        ["select (SelectT)"] = """
            (module
              (elem declare func $f)
              (func $f)
              (func (export "select (result i32)") (param i32 i32 i32) (result i32)
                local.get 0
                local.get 1
                local.get 2
                select (result i32))
              (func (export "select (result f64)") (param f64 f64 i32) (result f64)
                local.get 0
                local.get 1
                local.get 2
                select (result f64))
              (func (export "select (result v128)") (param v128 v128 i32) (result v128)
                local.get 0
                local.get 1
                local.get 2
                select (result v128))
              (func (export "select (result funcref)") (param i32) (result i32)
                ref.func $f
                ref.null func
                local.get 0
                select (result funcref)
                ref.is_null)
              (func (export "select (result externref)") (param i32) (result i32)
                ref.null extern
                ref.null extern
                local.get 0
                select (result externref)
                ref.is_null))
            """,

        ["local.get"] = """
            (module
              (func (export "local.get of zeroed locals") (result i32 i64 f32 f64 v128)
                (local i32 i64 f32 f64 v128)
                local.get 0
                local.get 1
                local.get 2
                local.get 3
                local.get 4)
              (func (export "local.get of null reference locals") (result i32 i32)
                (local externref funcref)
                local.get 0
                ref.is_null
                local.get 1
                ref.is_null)
              (func (export "local.get i32") (param i32 i32) (result i32)
                local.get 1)
              (func (export "local.get i64") (param i64) (result i64)
                local.get 0)
              (func (export "local.get f32") (param f32) (result f32)
                local.get 0)
              (func (export "local.get f64") (param f64) (result f64)
                local.get 0)
              (func (export "local.get v128") (param v128) (result v128)
                local.get 0))
            """,

        ["local.set"] = """
            (module
              (elem declare func $f)
              (func $f)
              (func (export "local.set i32") (param i32) (result i32)
                (local i32)
                local.get 0
                local.set 1
                local.get 1)
              (func (export "local.set i64 over a parameter") (param i64 i64) (result i64)
                local.get 1
                local.set 0
                local.get 0)
              (func (export "local.set f32") (param f32) (result f32)
                (local f32)
                local.get 0
                local.set 1
                local.get 1)
              (func (export "local.set f64") (param f64) (result f64)
                (local f64)
                local.get 0
                local.set 1
                local.get 1)
              (func (export "local.set v128") (param v128) (result v128)
                (local v128)
                local.get 0
                local.set 1
                local.get 1)
              (func (export "local.set of a computed value") (param i32 i32) (result i32)
                (local i32)
                local.get 0
                local.get 1
                i32.mul
                local.set 2
                local.get 2
                local.get 0
                i32.sub)
              (func (export "local.set funcref") (result i32)
                (local funcref)
                ref.func $f
                local.set 0
                local.get 0
                ref.is_null))
            """,

        ["local.tee"] = """
            (module
              (func (export "local.tee i32") (param i32) (result i32)
                (local i32)
                local.get 0
                local.tee 1
                local.get 1
                i32.add)
              (func (export "local.tee i64") (param i64) (result i64 i64)
                (local i64)
                local.get 0
                i64.const 1
                i64.add
                local.tee 1
                local.get 1)
              (func (export "local.tee f32") (param f32) (result f32)
                (local f32)
                local.get 0
                local.tee 1)
              (func (export "local.tee f64") (param f64) (result f64 f64)
                (local f64)
                local.get 0
                local.tee 1
                local.get 1)
              (func (export "local.tee v128 over a parameter") (param v128 v128) (result v128 v128)
                local.get 1
                local.tee 0
                local.get 0))
            """,

        ["global.get"] = """
            (module
              (elem declare func $f)
              (func $f)
              (global $i32 i32 (i32.const -7))
              (global $i64 (mut i64) (i64.const 0x123456789))
              (global $f32 f32 (f32.const nan:0x200001))
              (global $f64 (mut f64) (f64.const -0x1.8p-1022))
              (global $v128 v128 (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16))
              (global $funcref funcref (ref.func $f))
              (global $externref externref (ref.null extern))
              (func (export "global.get of each type") (result i32 i64 f32 f64 v128 i32 i32)
                global.get $i32
                global.get $i64
                global.get $f32
                global.get $f64
                global.get $v128
                global.get $funcref
                ref.is_null
                global.get $externref
                ref.is_null)
              (func (export "global.get in arithmetic") (param i32) (result i32)
                local.get 0
                global.get $i32
                i32.mul))
            """,

        ["global.set"] = """
            (module
              (elem declare func $f)
              (func $f)
              (global $i32 (mut i32) (i32.const 0))
              (global $i64 (mut i64) (i64.const 0))
              (global $f32 (mut f32) (f32.const 0))
              (global $f64 (mut f64) (f64.const 0))
              (global $v128 (mut v128) (v128.const i64x2 0 0))
              (global $funcref (mut funcref) (ref.null func))
              (func (export "global.set i32, accumulating") (param i32) (result i32)
                global.get $i32
                local.get 0
                i32.add
                global.set $i32
                global.get $i32)
              (func (export "global.set i64") (param i64) (result i64)
                local.get 0
                global.set $i64
                global.get $i64)
              (func (export "global.set f32") (param f32) (result f32)
                local.get 0
                global.set $f32
                global.get $f32)
              (func (export "global.set f64") (param f64) (result f64)
                local.get 0
                global.set $f64
                global.get $f64)
              (func (export "global.set v128") (param v128) (result v128)
                local.get 0
                global.set $v128
                global.get $v128)
              (func (export "global.set funcref") (param i32) (result i32)
                ref.func $f
                ref.null func
                local.get 0
                select (result funcref)
                global.set $funcref
                global.get $funcref
                ref.is_null))
            """,

        ["table.get"] = TableModule("""
              (func (export "table.get, then call what it got") (param i32) (result i32)
                i32.const 0
                local.get 0
                table.get $t
                table.set $probe
                i32.const 0
                call_indirect $probe (type $r))
              (func (export "table.get, ref.is_null") (param i32) (result i32)
                local.get 0
                table.get $t
                ref.is_null)
              (func (export "table.get of an externref table") (param i32) (result i32)
                local.get 0
                table.get $x
                ref.is_null)
            """),

        ["table.set"] = TableModule("""
              (func (export "table.set slot n to $f3") (param i32) (result i64)
                local.get 0
                ref.func $f3
                table.set $t
                call $snapshot)
              (func (export "table.set slot n to null") (param i32) (result i64)
                local.get 0
                ref.null func
                table.set $t
                call $snapshot)
              (func (export "table.set in an externref table") (param i32) (result i32)
                local.get 0
                ref.null extern
                table.set $x
                i32.const 1)
            """),

        ["ref.null"] = TableModule("""
              (func (export "ref.null func, ref.null extern") (result i32 i32)
                ref.null func
                ref.is_null
                ref.null extern
                ref.is_null)
              (func (export "ref.null stored in slot n") (param i32) (result i64)
                local.get 0
                ref.null func
                table.set $t
                call $snapshot)
            """),

        ["ref.is_null"] = TableModule("""
              (func (export "ref.is_null of ref.func and ref.null") (result i32 i32 i32)
                ref.func $f0
                ref.is_null
                ref.null func
                ref.is_null
                ref.null extern
                ref.is_null)
              (func (export "ref.is_null of slot n") (param i32) (result i32)
                local.get 0
                table.get $t
                ref.is_null)
            """),

        ["ref.func"] = TableModule("""
              (func (export "ref.func $f4 stored in slot n") (param i32) (result i64)
                local.get 0
                ref.func $f4
                table.set $t
                call $snapshot)
              (func (export "ref.func called through the probe table") (result i32)
                i32.const 0
                ref.func $f2
                table.set $probe
                i32.const 0
                call_indirect $probe (type $r))
            """),

        ["table.grow"] = TableModule("""
              (func (export "table.grow by n with null, then table.size") (param i32) (result i32 i32)
                ref.null func
                local.get 0
                table.grow $g
                table.size $g)
              (func (export "table.grow by n with $f1, then call the last slot") (param i32) (result i32 i32)
                ref.func $f1
                local.get 0
                table.grow $g
                table.size $g
                i32.const 1
                i32.sub
                call_indirect $g (type $r))
              (func (export "table.grow an externref table") (param i32) (result i32 i32)
                ref.null extern
                local.get 0
                table.grow $x
                table.size $x)
            """),

        ["table.size"] = TableModule("""
              (func (export "table.size of each table") (result i32 i32 i32 i32)
                table.size $t
                table.size $x
                table.size $g
                table.size $probe)
              (func (export "table.size after table.grow by n") (param i32) (result i32)
                ref.null func
                local.get 0
                table.grow $g
                drop
                table.size $g)
            """),

        ["table.fill"] = TableModule("""
              (func (export "table.fill from d, n slots of $f2") (param i32 i32) (result i64)
                local.get 0
                ref.func $f2
                local.get 1
                table.fill $t
                call $snapshot)
              (func (export "table.fill from d, n slots of null") (param i32 i32) (result i64)
                local.get 0
                ref.null func
                local.get 1
                table.fill $t
                call $snapshot)
              (func (export "table.fill an externref table") (param i32 i32) (result i32)
                local.get 0
                ref.null extern
                local.get 1
                table.fill $x
                table.size $x)
            """),

        ["table.init"] = TableModule("""
              (func (export "table.init d s n from a passive segment") (param i32 i32 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                table.init $t $passive
                call $snapshot)
              (func (export "table.init d s n from a segment of expressions") (param i32 i32 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                table.init $t $expressions
                call $snapshot)
              (func (export "table.init d s n from an active segment (dropped)") (param i32 i32 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                table.init $t $active
                call $snapshot)
            """),

        ["elem.drop"] = TableModule("""
              (func (export "table.init 2 0 3 before the drop") (result i64)
                i32.const 2
                i32.const 0
                i32.const 3
                table.init $t $passive
                call $snapshot)
              (func (export "elem.drop of the passive segment") (result i64)
                elem.drop $passive
                call $snapshot)
              (func (export "table.init 8 0 0 after the drop") (result i64)
                i32.const 8
                i32.const 0
                i32.const 0
                table.init $t $passive
                call $snapshot)
              (func (export "table.init d s n after the drop") (param i32 i32 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                table.init $t $passive
                call $snapshot)
              (func (export "elem.drop of an active and a declarative segment") (result i32)
                elem.drop $active
                elem.drop $declared
                i32.const 1)
            """),

        ["table.copy"] = TableModule("""
              (func (export "table.copy within a table, d s n") (param i32 i32 i32) (result i64)
                local.get 0
                local.get 1
                local.get 2
                table.copy $t $t
                call $snapshot)
              (func (export "table.copy to another table, d s n") (param i32 i32 i32) (result i32)
                local.get 0
                local.get 1
                local.get 2
                table.copy $probe $t
                call $probe_nulls)
            """),

        ["memory.size"] = MemoryModule("""
              (func (export "memory.size") (result i32)
                memory.size)
              (func (export "memory.grow by n, then memory.size") (param i32) (result i32 i32)
                local.get 0
                memory.grow
                memory.size)
            """),

        ["data.drop"] = MemoryModule("""
              (func (export "memory.init 100 0 11 before the drop")
                i32.const 100
                i32.const 0
                i32.const 11
                memory.init $passive)
              (func (export "data.drop of the passive segment")
                data.drop $passive)
              (func (export "memory.init d s n after the drop") (param i32 i32 i32)
                local.get 0
                local.get 1
                local.get 2
                memory.init $passive)
              (func (export "data.drop of an active segment")
                data.drop $active)
            """),
    };

    /// <summary>
    /// A module with tables to observe: <c>$t</c> (8 slots: $f0..$f4 from 1, then null), <c>$x</c>
    /// (externref, 4 of at most 8), <c>$g</c> (1 of at most 6), <c>$probe</c> (4, all null), element
    /// segments <c>$passive</c>, <c>$expressions</c>, <c>$active</c> and <c>$declared</c>, and
    /// <c>$snapshot</c>: <c>$t</c>'s slots 0 to 7 as i64 nibbles (0 out of bounds, 1 null, id + 2) with
    /// its size in the high 32 bits; <c>$probe_nulls</c>: which of <c>$probe</c>'s slots are null, as bits.
    /// Functions <c>$f0</c>..<c>$f4</c> return their ids 0..4.
    /// </summary>
    private static string TableModule(string functions) => $$"""
        (module
          (type $r (func (result i32)))
          (table $t 8 funcref)
          (table $x 4 8 externref)
          (table $g 1 6 funcref)
          (table $probe 4 funcref)
          (elem $active (table $t) (i32.const 1) func $f0 $f1 $f2 $f3 $f4)
          (elem $passive func $f4 $f3 $f2 $f1)
          (elem $expressions funcref (ref.func $f1) (ref.null func) (ref.func $f0))
          (elem $declared declare func $f0 $f1 $f2 $f3 $f4)
          (func $f0 (type $r) i32.const 0)
          (func $f1 (type $r) i32.const 1)
          (func $f2 (type $r) i32.const 2)
          (func $f3 (type $r) i32.const 3)
          (func $f4 (type $r) i32.const 4)
          (func $id (param $i i32) (result i32)
            local.get $i
            table.size $t
            i32.ge_u
            if (result i32)
              i32.const 0
            else
              local.get $i
              table.get $t
              ref.is_null
              if (result i32)
                i32.const 1
              else
                local.get $i
                call_indirect $t (type $r)
                i32.const 2
                i32.add
              end
            end)
          (func $snapshot (result i64)
            (local $i i32) (local $bits i64)
            table.size $t
            i64.extend_i32_u
            i64.const 32
            i64.shl
            local.set $bits
            loop
              local.get $bits
              local.get $i
              call $id
              i64.extend_i32_u
              local.get $i
              i32.const 4
              i32.mul
              i64.extend_i32_u
              i64.shl
              i64.or
              local.set $bits
              local.get $i
              i32.const 1
              i32.add
              local.tee $i
              i32.const 8
              i32.lt_u
              br_if 0
            end
            local.get $bits)
          (func $probe_nulls (result i32)
            i32.const 0
            table.get $probe
            ref.is_null
            i32.const 1
            table.get $probe
            ref.is_null
            i32.const 1
            i32.shl
            i32.or
            i32.const 2
            table.get $probe
            ref.is_null
            i32.const 2
            i32.shl
            i32.or
            i32.const 3
            table.get $probe
            ref.is_null
            i32.const 3
            i32.shl
            i32.or)
        {{functions}})
        """;

    /// <summary>
    /// A module with a memory of one page, at most eight (exported, so that it is compared; the maximum
    /// keeps growth within both engines' limits), a passive and an active data segment.
    /// </summary>
    private static string MemoryModule(string functions) => $$"""
        (module
          (memory (export "mem") 1 8)
          (data $passive "{{Pattern(11, 3)}}")
          (data $active (i32.const 65530) "{{Pattern(6, 4)}}")
        {{functions}})
        """;
}
