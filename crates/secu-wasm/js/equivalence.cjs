// For every examples/*.json household (not *.expect.json): the WASM `assess`
// (the Node build and the web build of the package) equals `secu assess FILE --json`.
// And the case module: a case file it opens and records into is read back by
// `secu case status --json` (chain verified) with the module's own status.
// Usage: node equivalence.cjs PACKAGE_DIR SECU_BINARY EXAMPLES_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { execFileSync } = require('child_process');
const [pkg, secu, examples] = process.argv.slice(2);

/** The example with facts removed: `bare` (members with only `id` and
 * `relationship`) and `half` (every second fact of each member removed, nested
 * ones included), each with the household's `as_of`. */
function partialVariants(household) {
  const bare = { ...household, members: household.members.map((m) => ({ id: m.id, relationship: m.relationship })) };
  let n = 0;
  const thin = (o) => Object.fromEntries(Object.entries(o).flatMap(([k, v]) => {
    if (k === 'id' || k === 'relationship') return [[k, v]];
    if (v && typeof v === 'object' && !Array.isArray(v)) return [[k, thin(v)]];
    n += 1;
    return n % 2 === 0 ? [] : [[k, v]];
  }));
  const half = { ...household, members: household.members.map(thin) };
  return [['bare', bare], ['half', half]];
}
let partials = 0;

/** The modules embed no language (issue 14): English and French are added
 * from the compiled tables shipped in the package (the page's web/l10n/),
 * as the page does. */
const language = (tag) => [tag, ...['msg', 'tsv'].map((ext) => fs.readFileSync(path.resolve(pkg, 'l10n', `${tag}.${ext}`), 'utf8'))];
const languages = [language('en'), language('fr')];

(async () => {
  const node = require(path.resolve(pkg, 'node/secu_wasm.js'));
  const web = await import(path.resolve(pkg, 'web/secu_wasm.js'));
  await web.default({ module_or_path: fs.readFileSync(path.resolve(pkg, 'web/secu_wasm_bg.wasm')) });
  for (const m of [node, web]) for (const l of languages) m.addLanguage(...l);
  // Issue 15: the codes module. `web` never loads it (its `initCodes` is not
  // called): its `assess` is the main module's own. `webCodes`, a second
  // instance of the web build, has it loaded; the Node build loads it on
  // its first codes call. `codesModule` is the codes module itself.
  const webCodes = await import(`${path.resolve(pkg, 'web/secu_wasm.js')}?codes`);
  await webCodes.default({ module_or_path: fs.readFileSync(path.resolve(pkg, 'web/secu_wasm_bg.wasm')) });
  for (const l of languages) webCodes.addLanguage(...l);
  await webCodes.initCodes(fs.readFileSync(path.resolve(pkg, 'web/secu_codes_bg.wasm')));
  const codesModule = require(path.resolve(pkg, 'node/secu_codes.js'));
  /** The codes module's own answer (JSON text), or undefined. */
  const fastText = (text, options) => {
    const b = codesModule.assessCodes(Buffer.from(text), options);
    if (b === undefined) return undefined;
    const body = Buffer.from(b.buffer, b.byteOffset, b.length - 1);
    return b[b.length - 1] & 2 ? body.toString('latin1') : body.toString('utf8');
  };
  let fastAnswers = 0;
  const files = fs.readdirSync(examples).filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json')).sort();
  assert(files.length > 0, 'no example households');
  for (const f of files) {
    const file = path.join(examples, f);
    const household = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const lang of ['en', 'fr']) {
      const cli = JSON.parse(execFileSync(secu, ['assess', file, '--json', '--lang', lang], { encoding: 'utf8' }));
      const options = { asOf: household.as_of, lang };
      assert.deepStrictEqual(node.assess(household, options), cli, `${f} (${lang}, node build)`);
      assert.deepStrictEqual(web.assess(household, options), cli, `${f} (${lang}, web build)`);
    }
    // Issue 15: `detail: 'codes'` equals `secu assess --detail codes`.
    const codes = JSON.parse(execFileSync(secu, ['assess', file, '--detail', 'codes'], { encoding: 'utf8' }));
    assert.deepStrictEqual(node.assess(household, { asOf: household.as_of, detail: 'codes' }), codes, `${f} (codes, node build)`);
    assert.deepStrictEqual(web.assess(household, { asOf: household.as_of, detail: 'codes' }), codes, `${f} (codes, web build)`);
    assert.deepStrictEqual(webCodes.assess(household, { asOf: household.as_of, detail: 'codes' }), codes, `${f} (codes, web build with the codes module)`);
    // The codes module answers these calls itself, with exactly the main
    // module's text; a language or `partial` goes to the main module.
    const own = fastText(fs.readFileSync(file, 'utf8'), { asOf: household.as_of, detail: 'codes', output: 'json' });
    assert.strictEqual(own, web.assess(fs.readFileSync(file, 'utf8'), { asOf: household.as_of, detail: 'codes', output: 'json' }), `${f} (the codes module's own text)`);
    assert.strictEqual(fastText(JSON.stringify(household), { asOf: household.as_of, detail: 'codes', lang: 'fr' }), undefined, `${f} (the codes module leaves French to the main module)`);
    fastAnswers += 1;
    for (const m of [node, webCodes]) {
      assert.deepStrictEqual(m.assess(household, { asOf: household.as_of, detail: 'codes', lang: 'fr' }), codes, `${f} (codes, fr)`);
      for (const [variant, partial] of partialVariants(household)) {
        const options = { asOf: household.as_of, detail: 'codes', partial: true };
        assert.deepStrictEqual(m.assess(partial, options), web.assess(partial, options), `${f} (codes, ${variant}, partial)`);
      }
    }
    assert.throws(() => node.assess(household, { asOf: household.as_of, detail: 'short' }), (e) => Array.isArray(e.errors) && e.errors[0].path === 'options.detail');
    // Issue 15: the household as JSON text (the file's own bytes), and
    // `output: 'json'`: the same assessment as the object path, as text
    // (exactly the JSON text of the objects, key order included).
    const text = fs.readFileSync(file, 'utf8');
    for (const [build, m] of [['node', node], ['web', web]]) {
      const byText = m.assess(text, { asOf: household.as_of, detail: 'codes' });
      assert.deepStrictEqual(byText, codes, `${f} (JSON text in, codes, ${build} build)`);
      const out = m.assess(text, { asOf: household.as_of, detail: 'codes', output: 'json' });
      assert.strictEqual(out, web.assess(text, { asOf: household.as_of, detail: 'codes', output: 'json' }), `${f} (codes text, ${build} build = the main module's)`);
      assert.strictEqual(typeof out, 'string', `${f} (output json, ${build} build)`);
      assert.strictEqual(out, JSON.stringify(m.assess(household, { asOf: household.as_of, detail: 'codes' })), `${f} (text to text, codes, ${build} build)`);
      const full = m.assess(household, { asOf: household.as_of, lang: 'fr', output: 'json' });
      assert.strictEqual(full, JSON.stringify(m.assess(household, { asOf: household.as_of, lang: 'fr' })), `${f} (object to text, fr, ${build} build)`);
    }
    assert.throws(() => node.assess(household, { asOf: household.as_of, output: 'xml' }), (e) => Array.isArray(e.errors) && e.errors[0].path === 'options.output');
    // Contract §5: `partial: true` equals `secu assess --partial --json` on
    // the example with facts removed: every fact but id and relationship
    // (a new household), then every second fact of each member.
    for (const [variant, partial] of partialVariants(household)) {
      const tmp = path.join(pkg, '..', `equivalence-partial-${variant}.json`);
      fs.writeFileSync(tmp, JSON.stringify(partial));
      for (const lang of ['en', 'fr']) {
        const cli = JSON.parse(execFileSync(secu, ['assess', tmp, '--partial', '--json', '--lang', lang], { encoding: 'utf8' }));
        const options = { asOf: household.as_of, lang, partial: true };
        assert.deepStrictEqual(node.assess(partial, options), cli, `${f} (${variant}, ${lang}, partial, node build)`);
        assert.deepStrictEqual(web.assess(partial, options), cli, `${f} (${variant}, ${lang}, partial, web build)`);
        // JSON text in and out (issue 15), partial too.
        assert.deepStrictEqual(JSON.parse(node.assess(JSON.stringify(partial), { ...options, output: 'json' })), cli, `${f} (${variant}, ${lang}, partial, text to text)`);
      }
      fs.unlinkSync(tmp);
      partials += 1;
    }
  }
  // Errors: the CLI's stderr lines are the thrown message.
  const bad = { members: [{ id: 'a', birthdate: '1990-01-01' }] };
  const tmp = path.join(pkg, '..', 'equivalence-bad.json');
  fs.writeFileSync(tmp, JSON.stringify(bad));
  let stderr = '';
  try { execFileSync(secu, ['assess', tmp, '--json', '--as-of', '2026-11-27'], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { stderr = e.stderr; }
  fs.unlinkSync(tmp);
  assert.throws(() => node.assess(bad, { asOf: '2026-11-27' }), (e) => e.message === stderr.trimEnd() && Array.isArray(e.errors));
  // The same household as JSON text: the same errors; text that is not JSON:
  // the CLI's own `malformed_json` (with line and column) for that text.
  assert.throws(() => node.assess(JSON.stringify(bad), { asOf: '2026-11-27', output: 'json' }), (e) => e.message === stderr.trimEnd() && Array.isArray(e.errors));
  const broken = '{"members": [\n  {"id": "a",}\n]}';
  fs.writeFileSync(tmp, broken);
  let brokenStderr = '';
  try { execFileSync(secu, ['assess', tmp, '--json', '--as-of', '2026-11-27'], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { brokenStderr = e.stderr; }
  fs.unlinkSync(tmp);
  assert.ok(brokenStderr.length > 0, 'the CLI refuses malformed JSON');
  assert.throws(() => node.assess(broken, { asOf: '2026-11-27' }), (e) => e.message === brokenStderr.trimEnd() && e.errors[0].code === 'malformed_json');
  // Issue 15: every bad input of the CLI's tests, with `detail: 'codes'`,
  // throws the main module's error through the codes route too (the codes
  // module leaves errors to it), as text and as an object.
  const badDir = path.resolve(examples, '../crates/secu-cli/tests/bad');
  const badFiles = fs.readdirSync(badDir).filter((b) => b.endsWith('.json')).sort();
  assert(badFiles.length > 20, 'the bad inputs of crates/secu-cli/tests/bad');
  const thrown = (call) => {
    try {
      call();
    } catch (e) {
      return { message: e.message, errors: e.errors };
    }
    return 'no error';
  };
  let badCompared = 0;
  for (const b of badFiles) {
    const text = fs.readFileSync(path.join(badDir, b), 'utf8');
    let object;
    try { object = JSON.parse(text); } catch { object = undefined; }
    for (const input of object === undefined ? [text] : [text, object]) {
      for (const lang of ['en', 'fr']) {
        const options = { asOf: '2026-11-27', detail: 'codes', lang };
        const main = thrown(() => web.assess(input, options));
        if (main === 'no error') continue;
        assert.deepStrictEqual(thrown(() => node.assess(input, options)), main, `${b} (codes, ${lang}, node build)`);
        assert.deepStrictEqual(thrown(() => webCodes.assess(input, options)), main, `${b} (codes, ${lang}, web build with the codes module)`);
        badCompared += 1;
      }
    }
  }
  assert(badCompared > 40, `bad inputs compared: ${badCompared}`);
  assert(require.cache[path.resolve(pkg, 'node/secu_codes.js')], 'the Node build loaded the codes module');
  // The case module (both builds): open, record, read back by the CLI.
  const nodeCase = require(path.resolve(pkg, 'node/secu_case.js'));
  const webCase = await import(path.resolve(pkg, 'web/secu_case.js'));
  await webCase.default({ module_or_path: fs.readFileSync(path.resolve(pkg, 'web/secu_case_bg.wasm')) });
  for (const m of [nodeCase, webCase]) for (const l of languages) m.addLanguage(...l);
  const family = JSON.parse(fs.readFileSync(path.join(examples, 'talent_passport_family.json'), 'utf8'));
  const entropy = 'a5'.repeat(32);
  for (const [build, m] of [['node', nodeCase], ['web', webCase]]) {
    let file = m.newCase(family, { createdAt: '2026-11-27T09:00:00Z', entropy, openedOn: '2026-11-27' });
    const member = family.members[0].id;
    assert.ok(m.allowedEvents(file, member, '2026-12-01').includes('document_received'), build);
    file = m.recordEvent(file, { member, date: '2026-12-01', event: { event: 'document_received', kind: 'identity_document' }, recordedAt: '2026-12-01T10:00:00Z', entropy });
    const caseTmp = path.join(pkg, '..', `equivalence-${build}.case.json`);
    fs.writeFileSync(caseTmp, JSON.stringify(file, null, 2));
    for (const lang of ['en', 'fr']) {
      const cli = JSON.parse(execFileSync(secu, ['case', 'status', caseTmp, '--as-of', '2026-12-02', '--json', '--lang', lang], { encoding: 'utf8' }));
      assert.deepStrictEqual(m.caseStatus(file, { asOf: '2026-12-02', lang }), cli, `case status (${lang}, ${build} build)`);
    }
    fs.unlinkSync(caseTmp);
  }
  assert.ok(partials >= 2 * files.length, `partial variants compared: ${partials}`);
  console.log(`equivalence: ${files.length} households x 2 languages x 2 builds equal the CLI, and with detail codes, from JSON text and as JSON text; ${partials} partial households (facts removed) equal \`secu assess --partial --json\`; errors too; the codes module answered ${fastAnswers} households itself with the main module's text, and ${badCompared} bad inputs with detail codes throw the main module's errors through it; a case file of the case module reads back in the CLI with the same status`);
})().catch((e) => { console.error(e); process.exit(1); });
