// Timings of the built package in one Node process (no dependencies):
//
// 1. instantiate: what a page pays before its first result, on the web build's
//    own .wasm bytes. Per fresh module: `WebAssembly.compile(bytes)` (decode and
//    validate; V8 compiles function bodies lazily, on first call), then the
//    package's own `initSync({ module })` (imports object, `new
//    WebAssembly.Instance`, wasm-bindgen's start function), then one `assess`
//    on that fresh instance (pays the lazy Liftoff compilation of every function
//    it reaches). Not included: reading the file or downloading it, and parsing
//    the JS glue (a fresh copy of the glue is imported before the clock starts,
//    so `initSync` does not return the instance of an earlier round). Each
//    round appends a distinct custom section to the bytes (no effect on the
//    code): otherwise V8's native module cache would hand back the previous
//    compilation of identical bytes and the "fresh" compile would measure a
//    cache lookup. The first round of the process (a cold engine) is reported
//    apart from the median of the others.
// 2. assess per household, end to end: `assess(household, { asOf })` of the
//    Node build on a JS object, i.e. the binding's JSON.stringify of the
//    household, serde_json decoding, the assessment, serde_json encoding and
//    the host's JSON.parse of the result. The native criterion figure
//    `assess/4_members` is the assessment alone; `parse+assess+serialize/
//    4_members` (JSON bytes in, JSON bytes out) is the closer analogue.
//    The same with `detail: 'codes'` (the compact assessment, issue 15).
// 3. for scale, the host's share of that crossing measured in plain JS:
//    JSON.stringify of the household plus JSON.parse of the assessment's text
//    (a lower bound: the binding also copies the text in and out of linear
//    memory and decodes it as UTF-8); the same for the compact assessment.
// 4. JSON text in and out (`assess(text, { detail: 'codes', output: 'json' })`),
//    and each half alone (text in, object out; object in, text out).
// 5. issue 15's codes module: `detail: 'codes'` answered by the main module
//    alone (a web-build instance whose `initCodes` is never called) and by
//    the package's `assess` (the Node build, which hands it to `secu_codes`),
//    text to text and object to object, interleaved in rounds so that both
//    see the same load; and the host's `JSON.parse` of the codes text alone.
// 6. checkNir, and caseStatus of the case module (a case opened on the same
//    household), same way.
// The load average is recorded: on a shared machine the spread says more
// than the median.
//
// Usage: node bench.cjs PACKAGE_DIR HOUSEHOLD_JSON OUT_JSON [--samples N]
//        [--calls M] [--rounds K]
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const os = require('os');
const { pathToFileURL } = require('url');

const args = process.argv.slice(2);
const positional = [];
const opt = { samples: 30, calls: 200, rounds: 20 };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('--')) {
    const name = a.slice(2);
    if (!(name in opt)) throw new Error(`unknown option ${a}`);
    const v = Number(args[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
    opt[name] = v;
  } else {
    positional.push(a);
  }
}
if (positional.length !== 3) {
  console.error('usage: node bench.cjs PACKAGE_DIR HOUSEHOLD_JSON OUT_JSON [--samples N] [--calls M] [--rounds K]');
  process.exit(2);
}
const [pkg, householdFile, out] = positional.map((p) => path.resolve(p));

const household = JSON.parse(fs.readFileSync(householdFile, 'utf8'));
// The native bench assesses on the household's own `as_of` (Options::default()).
const AS_OF = household.as_of;
assert.strictEqual(AS_OF, '2026-11-27', 'the criterion bench household evaluates on 2026-11-27');
const OPTIONS = { asOf: AS_OF };
const NIR = '2 95 10 99 126 111 93';
const STATUS_AS_OF = '2027-01-05';

const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function summary(xs, digits) {
  const r = (x) => Number(x.toFixed(digits));
  return { median: r(median(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)), n: xs.length };
}

// A real assessment of the 4-member household, not an error or an empty shell.
function checkAssessment(a) {
  assert.strictEqual(a.format, 'secu.assessment.v1');
  assert.strictEqual(a.as_of, AS_OF);
  assert.deepStrictEqual(a.members.map((m) => m.id), ['arjun', 'meera', 'aarav', 'diya']);
  for (const m of a.members) assert(m.affiliation && m.documents.length > 0, `${m.id}: no affiliation or documents`);
}

/// The bytes plus a custom section "secu-bench" holding `tag` (id 0, LEB128 sizes).
function withCustomSection(bytes, tag) {
  const leb = (n) => {
    const o = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      o.push(b);
    } while (n);
    return o;
  };
  const name = Buffer.from('secu-bench');
  const payload = Buffer.from(String(tag));
  const body = Buffer.concat([Buffer.from(leb(name.length)), name, payload]);
  return Buffer.concat([bytes, Buffer.from([0, ...leb(body.length)]), body]);
}

/** English's compiled messages and country table, from the package. */
const english = () => ['en', ...['msg', 'tsv'].map((ext) => fs.readFileSync(path.join(pkg, 'l10n', `en.${ext}`), 'utf8'))];

async function instantiate(webDir, bytes) {
  const glueUrl = pathToFileURL(path.join(webDir, 'secu_wasm.js')).href;
  const rounds = [];
  for (let i = 0; i <= opt.rounds; i++) {
    const b = withCustomSection(bytes, `${process.pid}-${i}`);
    // A fresh copy of the glue (its own `wasm` binding), imported off the clock.
    const glue = await import(`${glueUrl}?round=${i}`);
    const t0 = now();
    const module = await WebAssembly.compile(b);
    const t1 = now();
    glue.initSync({ module });
    const t2 = now();
    // The module embeds no language: English is added as the page adds it.
    glue.addLanguage(...english());
    const t2b = now();
    const first = glue.assess(household, OPTIONS);
    const t3 = now();
    checkAssessment(first);
    rounds.push({ compile: ms(t0, t1), instantiate: ms(t1, t2), addEnglish: ms(t2, t2b), firstAssess: ms(t2b, t3), total: ms(t0, t3) });
  }
  const [cold, ...warm] = rounds;
  const pick = (k) => summary(warm.map((r) => r[k]), 3);
  const round3 = (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toFixed(3))]));
  // For the record: the same bytes twice (the native module cache at work).
  const glue = await import(`${glueUrl}?cached`);
  const again = withCustomSection(bytes, `${process.pid}-${opt.rounds}`);
  const t0 = now();
  const module = await WebAssembly.compile(again);
  const t1 = now();
  glue.initSync({ module });
  return {
    rounds: warm.length,
    compile_ms: pick('compile'),
    instantiate_ms: pick('instantiate'),
    add_english_ms: pick('addEnglish'),
    compile_instantiate_ms: summary(warm.map((r) => r.compile + r.instantiate), 3),
    first_assess_ms: pick('firstAssess'),
    to_first_result_ms: pick('total'),
    cold_first_round_ms: round3(cold),
    cached_compile_ms: Number(ms(t0, t1).toFixed(3)),
  };
}

/// Per-call µs of each of `fns` (name → [f, check]), interleaved: after a
/// warm-up of each, `samples` rounds in which every function runs `calls`
/// times in turn; the median over rounds of each.
function interleaved(fns, samples, calls) {
  const keep = new Array(calls);
  for (const [f] of Object.values(fns)) {
    const until = now() + 1_500_000_000n;
    let warm = 0;
    while (now() < until || warm < 5 * calls) keep[warm++ % calls] = f();
  }
  const us = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let s = 0; s < samples; s++) {
    for (const [k, [f, check]] of Object.entries(fns)) {
      const t0 = now();
      for (let i = 0; i < calls; i++) keep[i] = f();
      us[k].push(Number(now() - t0) / 1e3 / calls);
      check(keep[s % calls]);
    }
  }
  return Object.fromEntries(Object.entries(us).map(([k, xs]) => [k, { ...summary(xs, 2), samples, calls_per_sample: calls }]));
}

/// Median per-call µs of `f` over `samples` batches of `calls`, after a warm-up.
function perCall(f, check, samples, calls) {
  const keep = new Array(calls);
  // Warm-up: long enough for V8's dynamic tier-up (Liftoff to TurboFan) of the hot functions.
  const until = now() + 1_500_000_000n;
  let warm = 0;
  while (now() < until || warm < 5 * calls) keep[warm++ % calls] = f();
  const us = [];
  for (let s = 0; s < samples; s++) {
    const t0 = now();
    for (let i = 0; i < calls; i++) keep[i] = f();
    const t1 = now();
    us.push(Number(t1 - t0) / 1e3 / calls);
    // Every result of the batch is kept and one is checked: nothing is optimised away.
    check(keep[s % calls]);
  }
  return { ...summary(us, 2), samples, calls_per_sample: calls, warmup_calls: warm };
}

(async () => {
  const loadBefore = os.loadavg()[0];
  const webDir = path.join(pkg, 'web');
  const wasmFile = path.join(webDir, 'secu_wasm_bg.wasm');
  const bytes = fs.readFileSync(wasmFile);
  const inst = await instantiate(webDir, bytes);

  const node = require(path.join(pkg, 'node/secu_wasm.js'));
  node.addLanguage(...english());
  const assessUs = perCall(() => node.assess(household, OPTIONS), checkAssessment, opt.samples, opt.calls);

  // The compact assessment (issue 15): codes, dates, ids; no rendered text.
  const CODES = { ...OPTIONS, detail: 'codes' };
  const codesUs = perCall(
    () => node.assess(household, CODES),
    (a) => {
      assert.strictEqual(a.detail, 'codes');
      assert.deepStrictEqual(a.members.map((m) => m.id), ['arjun', 'meera', 'aarav', 'diya']);
      for (const m of a.members) assert(m.affiliation && m.documents.length > 0, `${m.id}: codes without documents`);
    },
    opt.samples,
    opt.calls,
  );

  const assessmentText = JSON.stringify(node.assess(household, OPTIONS));
  const hostJsonUs = perCall(
    () => {
      const text = JSON.stringify(household);
      return text.length > 0 ? JSON.parse(assessmentText) : null;
    },
    checkAssessment,
    opt.samples,
    opt.calls,
  );

  // The same floor for the compact assessment: what the host alone spends on
  // a call taking and returning JS objects through JSON text, whatever the
  // module does (issue 15's 30 µs goal is end to end).
  const codesText = JSON.stringify(node.assess(household, CODES));
  const hostJsonCodesUs = perCall(
    () => {
      const text = JSON.stringify(household);
      return text.length > 0 ? JSON.parse(codesText) : null;
    },
    (a) => assert.strictEqual(a.detail, 'codes'),
    opt.samples,
    opt.calls,
  );

  // JSON text in and out (issue 15): the household as a JSON string, and
  // `output: 'json'` for the assessment's JSON text, as an integration that
  // holds text (a fetch body) calls it; then each half alone, to show what
  // the objects' crossing costs on either side. Each result is checked to
  // be the same codes assessment.
  const householdText = JSON.stringify(household);
  const codesJson = { ...CODES, output: 'json' };
  const checkCodesText = (t) => {
    assert.strictEqual(typeof t, 'string');
    assert.strictEqual(t, codesText);
  };
  const textToTextUs = perCall(() => node.assess(householdText, codesJson), checkCodesText, opt.samples, opt.calls);
  const objectToTextUs = perCall(() => node.assess(household, codesJson), checkCodesText, opt.samples, opt.calls);
  const textToObjectUs = perCall(
    () => node.assess(householdText, CODES),
    (a) => assert.strictEqual(a.detail, 'codes'),
    opt.samples,
    opt.calls,
  );
  const fullTextToTextUs = perCall(
    () => node.assess(householdText, { ...OPTIONS, output: 'json' }),
    (t) => assert.strictEqual(t, assessmentText),
    opt.samples,
    opt.calls,
  );

  // Issue 15: the main module alone against the package's `assess`, which
  // hands `detail: 'codes'` to the codes module.
  const mainOnly = await import(`${pathToFileURL(path.join(webDir, 'secu_wasm.js')).href}?main-only`);
  mainOnly.initSync({ module: bytes });
  mainOnly.addLanguage(...english());
  const checkCodesObject = (a) => assert.deepStrictEqual(a, JSON.parse(codesText));
  const codesRoute = interleaved(
    {
      main_text_to_text: [() => mainOnly.assess(householdText, codesJson), checkCodesText],
      codes_module_text_to_text: [() => node.assess(householdText, codesJson), checkCodesText],
      main_object_to_object: [() => mainOnly.assess(household, CODES), checkCodesObject],
      codes_module_object_to_object: [() => node.assess(household, CODES), checkCodesObject],
      host_json_parse_of_codes: [() => JSON.parse(codesText), checkCodesObject],
    },
    opt.samples,
    opt.calls,
  );
  assert(require.cache[path.join(pkg, 'node/secu_codes.js')], 'the Node build routes codes to secu_codes');

  const nirUs = perCall(
    () => node.checkNir(NIR),
    (r) => assert(r.valid === true && r.kind === 'nir' && r.key_given === 93),
    opt.samples,
    opt.calls,
  );

  const cases = require(path.join(pkg, 'node/secu_case.js'));
  cases.addLanguage(...english());
  const caseFile = cases.newCase(household, { createdAt: '2026-11-27T09:00:00Z', entropy: '5e'.repeat(32), openedOn: AS_OF });
  const statusUs = perCall(
    () => cases.caseStatus(caseFile, { asOf: STATUS_AS_OF }),
    (s) => assert(s.members.length === 4, 'caseStatus: 4 members'),
    opt.samples,
    Math.max(1, opt.calls >> 1),
  );

  const result = {
    format: 'secu.bench-wasm.v1',
    node: process.version,
    v8: process.versions.v8,
    wasm_bytes: bytes.length,
    household: path.basename(householdFile),
    as_of: AS_OF,
    cpus: os.cpus().length,
    load_average_1min: { before: loadBefore, after: os.loadavg()[0] },
    instantiate: inst,
    assess_us: assessUs,
    assess_codes_us: codesUs,
    host_json_us: hostJsonUs,
    host_json_codes_us: hostJsonCodesUs,
    assess_codes_text_to_text_us: textToTextUs,
    assess_codes_object_to_text_us: objectToTextUs,
    assess_codes_text_to_object_us: textToObjectUs,
    assess_full_text_to_text_us: fullTextToTextUs,
    codes_route_us: codesRoute,
    check_nir_us: nirUs,
    case_status_us: statusUs,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');

  const row = (name, s, unit) => `${name.padEnd(46)} ${String(s.median).padStart(9)} ${unit}  (min ${s.min}, max ${s.max}, n ${s.n})`;
  console.log(`secu-wasm in Node ${process.version} (V8 ${process.versions.v8}), ${bytes.length} bytes of .wasm`);
  console.log(row('compile (web build bytes)', inst.compile_ms, 'ms'));
  console.log(row('instantiate (initSync)', inst.instantiate_ms, 'ms'));
  console.log(row('compile + instantiate', inst.compile_instantiate_ms, 'ms'));
  console.log(row('first assess on the fresh instance', inst.first_assess_ms, 'ms'));
  console.log(row('compile + instantiate + first assess', inst.to_first_result_ms, 'ms'));
  const c = inst.cold_first_round_ms;
  console.log(`  (first round of the process: compile ${c.compile}, instantiate ${c.instantiate}, first assess ${c.firstAssess} ms; identical bytes again: compile ${inst.cached_compile_ms} ms)`);
  console.log(row('assess, 4 members, end to end (JSON across)', assessUs, 'µs'));
  console.log(row('  of which host JSON alone (stringify + parse)', hostJsonUs, 'µs'));
  console.log(row("assess, detail 'codes', end to end", codesUs, 'µs'));
  console.log(row('  of which host JSON alone (stringify + parse)', hostJsonCodesUs, 'µs'));
  console.log(row("assess, 'codes', JSON text in, JSON text out", textToTextUs, 'µs'));
  console.log(row("  object in, JSON text out", objectToTextUs, 'µs'));
  console.log(row("  JSON text in, object out", textToObjectUs, 'µs'));
  console.log(row("assess, full, JSON text in, JSON text out", fullTextToTextUs, 'µs'));
  console.log("issue 15, interleaved rounds: the main module alone / the package's assess (codes module)");
  console.log(row("  'codes' text to text, main module alone", codesRoute.main_text_to_text, 'µs'));
  console.log(row("  'codes' text to text, codes module", codesRoute.codes_module_text_to_text, 'µs'));
  console.log(row("  'codes' object to object, main module alone", codesRoute.main_object_to_object, 'µs'));
  console.log(row("  'codes' object to object, codes module", codesRoute.codes_module_object_to_object, 'µs'));
  console.log(row("  the host's JSON.parse of the codes text alone", codesRoute.host_json_parse_of_codes, 'µs'));
  console.log(row('checkNir', nirUs, 'µs'));
  console.log(row('caseStatus, 4 members, no events', statusUs, 'µs'));
  console.log(`load average (1 min) ${result.load_average_1min.before.toFixed(2)} before, ${result.load_average_1min.after.toFixed(2)} after, ${result.cpus} CPUs`);
  console.log(`written: ${out}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
