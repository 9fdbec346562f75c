;; The WASI program README.md's WASI example runs (app.wasm is this file encoded: plumb wat2wasm app.wat -o app.wasm):
;; it opens its first argument in the first preopened directory (descriptor 3) and copies the file to standard
;; output. Exit codes: 0 done, 1 the file cannot be opened or read, 2 no argument.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  ;; 0: argc, 4: size of the arguments, 16: argv, 256: the arguments, 1024: an iovec, 1100: a count,
  ;; 1104: the file's descriptor, 4096: the buffer.
  (memory (export "memory") 1)
  (func (export "_start")
    (local $name i32) (local $length i32) (local $count i32)
    (if (call $args_sizes_get (i32.const 0) (i32.const 4)) (then (call $proc_exit (i32.const 2))))
    (if (i32.lt_u (i32.load (i32.const 0)) (i32.const 2)) (then (call $proc_exit (i32.const 2))))
    (if (i32.gt_u (i32.load (i32.const 4)) (i32.const 768)) (then (call $proc_exit (i32.const 2))))
    (drop (call $args_get (i32.const 16) (i32.const 256)))
    (local.set $name (i32.load (i32.const 20)))
    (block $end
      (loop $scan
        (br_if $end (i32.eqz (i32.load8_u (i32.add (local.get $name) (local.get $length)))))
        (local.set $length (i32.add (local.get $length) (i32.const 1)))
        (br $scan)))
    ;; path_open(dir 3, no lookup flags, the name, no open flags, rights fd_read, none inherited, no fd flags)
    (if (call $path_open (i32.const 3) (i32.const 0) (local.get $name) (local.get $length)
          (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 1104))
      (then (call $proc_exit (i32.const 1))))
    (loop $copy
      (i32.store (i32.const 1024) (i32.const 4096))
      (i32.store (i32.const 1028) (i32.const 4096))
      (if (call $fd_read (i32.load (i32.const 1104)) (i32.const 1024) (i32.const 1) (i32.const 1100))
        (then (call $proc_exit (i32.const 1))))
      (local.set $count (i32.load (i32.const 1100)))
      (if (local.get $count)
        (then
          (i32.store (i32.const 1028) (local.get $count))
          (drop (call $fd_write (i32.const 1) (i32.const 1024) (i32.const 1) (i32.const 1100)))
          (br $copy))))
    (call $proc_exit (i32.const 0))))
