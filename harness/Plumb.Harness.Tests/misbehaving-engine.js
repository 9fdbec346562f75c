// A deliberately bad engine for WorkerTests, speaking harness/PROTOCOL.md: it accepts
// every module, answers (i32.const 1) to every invoke, hangs on an export named "hang" and exits
// on one named "die".
'use strict';
let handles = 0;
require('readline').createInterface({ input: process.stdin }).on('line', line => {
  const req = JSON.parse(line);
  if (req.op === 'invoke' && req.export === 'hang') return; // never answers
  if (req.op === 'invoke' && req.export === 'die') process.exit(3);
  const res = req.op === 'load' ? { ok: true, module: handles++ }
    : req.op === 'instantiate' ? { ok: true, instance: handles++ }
    : req.op === 'invoke' ? { ok: true, values: [{ type: 'i32', value: '1' }] }
    : { ok: true };
  process.stdout.write(JSON.stringify(res) + '\n');
});
