// Lists the host imports of a .wasm and fails on anything that reaches the
// network, storage, timers, clocks or randomness. wasm-bindgen names its
// imports `__wbg_<name>_<hash>` (JS functions) or `__wbindgen_<name>`
// (its own intrinsics).  Usage: node check-imports.cjs FILE.wasm
'use strict';
const fs = require('fs');
const FORBIDDEN = [
  'date', 'now', 'performance', 'crypto', 'getrandomvalues', 'randomfill', 'random',
  'fetch', 'xmlhttprequest', 'websocket', 'eventsource', 'sendbeacon', 'request',
  'localstorage', 'sessionstorage', 'indexeddb', 'storage', 'cookie', 'caches',
  'settimeout', 'setinterval', 'requestanimationframe', 'queuemicrotask', 'timeout',
  'interval', 'process', 'require', 'navigator', 'location', 'worker', 'import',
];
const file = process.argv[2];
const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(file)));
let bad = 0;
for (const { module, name, kind } of imports) {
  const m = /^__wbg_(.+)_[0-9a-f]{16}$/.exec(name) || /^__wbindgen_(.+)$/.exec(name);
  const words = m ? m[1].toLowerCase().split('_').filter(Boolean) : [name.toLowerCase()];
  const hit = !m ? 'not a wasm-bindgen import' : FORBIDDEN.find((f) => words.includes(f) || m[1].toLowerCase().includes(f));
  console.log(`  ${hit ? 'FORBIDDEN' : 'ok       '} ${kind} ${module}.${name}${hit ? `  (${hit})` : ''}`);
  if (hit) bad++;
}
console.log(`${imports.length} imports, ${bad} forbidden`);
process.exit(bad ? 1 : 0);
