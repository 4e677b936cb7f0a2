// Usage: node compare.cjs BEFORE_PACKAGE AFTER_PACKAGE HOUSEHOLD_JSON (packages as built
// by `cargo xtask wasm`, e.g. a copy of <target>/npm/secu-wasm at each commit).
'use strict';
// Before (the package at de264ef) and after (this branch), alternating in one
// Node process: CPU time per call (process.cpuUsage), R rounds × N calls.
const fs=require('fs'); const assert=require('assert');
const [before, after, hf] = process.argv.slice(2);
const B=require(before+'/node/secu_wasm.js'), A=require(after+'/node/secu_wasm.js');
const text=fs.readFileSync(hf,'utf8'); const h=JSON.parse(text);
const o={asOf:h.as_of, detail:'codes'}; const oj={...o, output:'json'};
assert.deepStrictEqual(A.assess(h,o), B.assess(h,o)); assert.strictEqual(A.assess(text,oj), B.assess(text,oj));
const N=300, R=21;
function cpu(f){ const t=process.cpuUsage(); for(let i=0;i<N;i++) f(); const d=process.cpuUsage(t); return (d.user+d.system)/N; }
const rows={}; const add=(k,v)=>(rows[k]=rows[k]||[]).push(v);
const med=x=>{const s=[...x].sort((a,b)=>a-b);return s[s.length>>1]};
const t=A.assess(text,oj);
for(let r=0;r<R;r++){
 add('object → object, before',cpu(()=>B.assess(h,o)));
 add('object → object, after',cpu(()=>A.assess(h,o)));
 add('text → text, before',cpu(()=>B.assess(text,oj)));
 add('text → text, after',cpu(()=>A.assess(text,oj)));
 add('JSON.parse of the codes text alone',cpu(()=>JSON.parse(t)));
 add('JSON.stringify of the household alone',cpu(()=>JSON.stringify(h)));
}
for(const k in rows) console.log(k.padEnd(40), med(rows[k]).toFixed(1).padStart(7),'µs  (min', Math.min(...rows[k]).toFixed(1)+', max', Math.max(...rows[k]).toFixed(1)+')');
