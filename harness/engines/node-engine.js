#!/usr/bin/env node
// A Plumb conformance-harness engine for Node.js's V8, speaking harness/PROTOCOL.md over stdin/stdout.
//
// Values never cross the JavaScript boundary as JS numbers: each invoke builds a tiny wrapper
// module that imports the function, calls it with the arguments as constants and stores the
// results in memory. So NaN payloads, i64 and v128 reach the harness bit for bit, and the figures
// measure V8, not the JS API's conversions. Reading a function's type needs V8's type reflection,
// which Node 20 only enables with a flag: without it the script re-runs itself with the flag.
'use strict';

if (typeof WebAssembly.Function !== 'function' || typeof WebAssembly.Function.type !== 'function') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--experimental-wasm-type-reflection', __filename],
    { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const readline = require('readline');

const modules = [];
const instances = [];
const registry = Object.create(null);
const hostRefs = new Map();      // number -> object (identity kept for the whole script)
const hostNumbers = new Map();   // object -> number

function hostRef(n) {
  if (!hostRefs.has(n)) {
    const o = { hostref: n };
    hostRefs.set(n, o);
    hostNumbers.set(o, n);
  }
  return hostRefs.get(n);
}

// ---- binary encoding of wrapper modules -------------------------------------------------------

const TYPE = { i32: 0x7f, i64: 0x7e, f32: 0x7d, f64: 0x7c, v128: 0x7b, funcref: 0x70, externref: 0x6f };
const isRef = t => t === 'funcref' || t === 'externref' || t === 'anyfunc';
const typeName = t => (t === 'anyfunc' ? 'funcref' : t);

function uleb(n) {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n !== 0) b |= 0x80; out.push(b); } while (n !== 0);
  return out;
}
function sleb(big) {
  const out = [];
  for (;;) {
    const b = Number(big & 0x7fn);
    big >>= 7n;
    const done = (big === 0n && (b & 0x40) === 0) || (big === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}
const str = s => { const b = Buffer.from(s, 'utf8'); return [...uleb(b.length), ...b]; };
const vec = items => [...uleb(items.length), ...items.flat()];
const section = (id, body) => [id, ...uleb(body.length), ...body];
const functype = (ps, rs) => [0x60, ...vec(ps.map(t => [TYPE[typeName(t)]])), ...vec(rs.map(t => [TYPE[typeName(t)]]))];
function le(hexOrBig, bytes) {
  const out = [];
  let v = BigInt(hexOrBig);
  for (let i = 0; i < bytes; i++) { out.push(Number(v & 0xffn)); v >>= 8n; }
  return out;
}

function constInstr(arg) {
  switch (arg.type) {
    case 'i32': return [0x41, ...sleb(BigInt.asIntN(32, BigInt(arg.value)))];
    case 'i64': return [0x42, ...sleb(BigInt.asIntN(64, BigInt(arg.value)))];
    case 'f32': return [0x43, ...le(arg.value, 4)];
    case 'f64': return [0x44, ...le(arg.value, 8)];
    case 'v128': return [0xfd, ...uleb(12), ...Buffer.from(arg.value, 'hex')];
    default: throw new Error('no constant for ' + arg.type);
  }
}

const STORE = { i32: [0x36, 2], i64: [0x37, 3], f32: [0x38, 2], f64: [0x39, 3], v128: [0xfd, ...uleb(11), 4] };

// (module (import "t" "f" (func P->R)) (memory (export "m") 1)
//   (func (export "run") (param refArgs) (result refResults) consts... call 0; store numeric results))
function callWrapper(params, results, args) {
  const refParams = params.filter(isRef);
  const refResults = results.filter(isRef);
  const types = section(1, vec([functype(params, results), functype(refParams, refResults)]));
  const imports = section(2, vec([[...str('t'), ...str('f'), 0x00, 0x00]]));
  const funcs = section(3, vec([[0x01]]));
  const memory = section(5, vec([[0x00, 0x01]]));
  const exports = section(7, vec([[...str('run'), 0x00, 0x01], [...str('m'), 0x02, 0x00]]));
  const body = [];
  let refIndex = 0;
  for (let i = 0; i < params.length; i++) {
    if (isRef(params[i])) body.push(0x20, ...uleb(refIndex++));
    else body.push(...constInstr(args[i]));
  }
  body.push(0x10, 0x00);
  const firstLocal = refParams.length;
  for (let k = results.length - 1; k >= 0; k--) body.push(0x21, ...uleb(firstLocal + k));
  results.forEach((t, k) => {
    if (isRef(t)) return;
    const [op, ...rest] = STORE[t];
    const align = rest[rest.length - 1];
    const prefix = rest.slice(0, -1);
    body.push(0x41, ...sleb(BigInt(k * 16)), 0x20, ...uleb(firstLocal + k), op, ...prefix, align, 0x00);
  });
  results.forEach((t, k) => { if (isRef(t)) body.push(0x20, ...uleb(firstLocal + k)); });
  body.push(0x0b);
  const locals = vec(results.map(t => [0x01, TYPE[typeName(t)]]));
  const code = [...locals, ...body];
  const codeSection = section(10, vec([[...uleb(code.length), ...code]]));
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...types, ...imports, ...funcs, ...memory, ...exports, ...codeSection]);
}

// (module (import "t" "g" (global T)) (memory (export "m") 1)
//   (func (export "run") (result refT?) i32.const 0; global.get 0; T.store | global.get 0))
function globalWrapper(t, mutable) {
  const ref = isRef(t);
  const types = section(1, vec([functype([], ref ? [t] : [])]));
  const imports = section(2, vec([[...str('t'), ...str('g'), 0x03, TYPE[typeName(t)], mutable ? 1 : 0]]));
  const funcs = section(3, vec([[0x00]]));
  const memory = section(5, vec([[0x00, 0x01]]));
  const exports = section(7, vec([[...str('run'), 0x00, 0x00], [...str('m'), 0x02, 0x00]]));
  let body;
  if (ref) body = [0x23, 0x00, 0x0b];
  else {
    const [op, ...rest] = STORE[t];
    body = [0x41, 0x00, 0x23, 0x00, op, ...rest.slice(0, -1), rest[rest.length - 1], 0x00, 0x0b];
  }
  const code = [0x00, ...body];
  const codeSection = section(10, vec([[...uleb(code.length), ...code]]));
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...types, ...imports, ...funcs, ...memory, ...exports, ...codeSection]);
}

function readNumeric(memory, t, offset) {
  const view = new DataView(memory.buffer);
  switch (t) {
    case 'i32': case 'f32': return String(view.getUint32(offset, true));
    case 'i64': case 'f64': return String(view.getBigUint64(offset, true));
    case 'v128': return Buffer.from(memory.buffer, offset, 16).toString('hex');
    default: throw new Error('not numeric: ' + t);
  }
}

function refValue(t, v) {
  t = typeName(t);
  if (v === null || v === undefined) return { type: t, value: null };
  if (t === 'externref') return { type: t, value: hostNumbers.has(v) ? String(hostNumbers.get(v)) : '18446744073709551615' };
  return { type: t, value: '0' };
}

function refArg(arg) {
  if (arg.value === null || arg.value === undefined) return null;
  if (arg.type === 'externref') return hostRef(arg.value);
  throw new Error('a non-null funcref argument cannot be named in a script');
}

// ---- errors in the spec's categories ------------------------------------------------------------

const TRAPS = [
  [/Instance\(\): table index is out of bounds/, 'out of bounds table access'], // element segment at instantiation
  [/unreachable/, 'unreachable'],
  [/memory access out of bounds|data segment (is )?out of bounds|memory out of bounds/, 'out of bounds memory access'],
  [/divide by zero|remainder by zero/, 'integer divide by zero'],
  [/divide result unrepresentable|integer overflow/, 'integer overflow'],
  [/float unrepresentable|unrepresentable in integer range/, 'invalid conversion to integer'],
  [/table index is out of bounds/, 'undefined element'],
  [/null function or function signature mismatch/, 'uninitialized element'],
  [/signature mismatch/, 'indirect call type mismatch'],
  [/table.*out of bounds|element segment out of bounds|out of bounds table/, 'out of bounds table access'],
  [/null/, 'null reference'],
];

function failure(e) {
  const message = e && e.message ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(message)) return { ok: false, kind: 'exhaustion', message: 'call stack exhausted' };
  if (e instanceof WebAssembly.RuntimeError) {
    for (const [re, spec] of TRAPS) if (re.test(message)) return { ok: false, kind: 'trap', message: spec };
    return { ok: false, kind: 'trap', message };
  }
  if (e instanceof WebAssembly.CompileError) return { ok: false, kind: 'rejected', message };
  if (e instanceof WebAssembly.LinkError || e instanceof TypeError) return { ok: false, kind: 'unlinkable', message };
  if (e instanceof RangeError) return { ok: false, kind: 'unlinkable', message }; // e.g. memory or table too large to allocate
  return { ok: false, kind: 'error', message: (e && e.stack) || message };
}

// ---- requests -------------------------------------------------------------------------------

function handle(req) {
  switch (req.op) {
    case 'init':
      return { ok: true, name: 'v8 ' + process.versions.v8, exactMessages: false };
    case 'load': {
      try {
        modules.push(new WebAssembly.Module(Buffer.from(req.bytes, 'base64')));
      } catch (e) { return failure(e); }
      return { ok: true, module: modules.length - 1 };
    }
    case 'instantiate': {
      const module = modules[req.module];
      if (!module) return { ok: false, kind: 'error', message: 'no module ' + req.module };
      const imports = Object.create(null);
      for (const imp of WebAssembly.Module.imports(module)) {
        const provider = registry[imp.module];
        if (!provider || !(imp.name in provider)) return { ok: false, kind: 'unlinkable', message: 'unknown import' };
        (imports[imp.module] = imports[imp.module] || Object.create(null))[imp.name] = provider[imp.name];
      }
      try {
        instances.push(new WebAssembly.Instance(module, imports));
      } catch (e) { return failure(e); }
      return { ok: true, instance: instances.length - 1 };
    }
    case 'register': {
      const instance = instances[req.instance];
      if (!instance) return { ok: false, kind: 'error', message: 'no instance ' + req.instance };
      registry[req.name] = instance.exports;
      return { ok: true };
    }
    case 'invoke': {
      const instance = instances[req.instance];
      const f = instance && instance.exports[req.export];
      if (typeof f !== 'function') return { ok: false, kind: 'error', message: 'unknown function export ' + req.export };
      const type = WebAssembly.Function.type(f);
      const params = type.parameters, results = type.results;
      if (params.length !== req.args.length) return { ok: false, kind: 'error', message: 'wrong number of arguments' };
      let wrapper;
      try {
        wrapper = new WebAssembly.Instance(new WebAssembly.Module(callWrapper(params, results, req.args)), { t: { f } });
      } catch (e) { return { ok: false, kind: 'error', message: 'wrapper: ' + e.message }; }
      const refArgs = req.args.filter((a, i) => isRef(params[i])).map(refArg);
      let returned;
      try {
        returned = wrapper.exports.run(...refArgs);
      } catch (e) { return failure(e); }
      const refResults = results.filter(isRef).length === 1 ? [returned] : (returned || []);
      let r = 0;
      const values = results.map((t, k) => isRef(t) ? refValue(t, refResults[r++]) : { type: t, value: readNumeric(wrapper.exports.m, t, k * 16) });
      return { ok: true, values };
    }
    case 'get': {
      const instance = instances[req.instance];
      const g = instance && instance.exports[req.export];
      if (!(g instanceof WebAssembly.Global)) return { ok: false, kind: 'error', message: 'unknown global export ' + req.export };
      const type = g.type();
      const wrapper = new WebAssembly.Instance(new WebAssembly.Module(globalWrapper(type.value, type.mutable)), { t: { g } });
      const v = wrapper.exports.run();
      return { ok: true, values: [isRef(type.value) ? refValue(type.value, v) : { type: type.value, value: readNumeric(wrapper.exports.m, type.value, 0) }] };
    }
    default:
      return { ok: false, kind: 'error', message: 'unknown op ' + req.op };
  }
}

const rl = readline.createInterface({ input: process.stdin, terminal: false });
rl.on('line', line => {
  if (line.trim() === '') return;
  let res;
  try { res = handle(JSON.parse(line)); } catch (e) { res = { ok: false, kind: 'error', message: String((e && e.stack) || e) }; }
  process.stdout.write(JSON.stringify(res) + '\n');
});
