// For every examples/*.json household (not *.expect.json): the WASM `assess`
// (the Node build and the web build of the package) equals `secu assess FILE --json`.
// Usage: node equivalence.cjs PACKAGE_DIR SECU_BINARY EXAMPLES_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { execFileSync } = require('child_process');
const [pkg, secu, examples] = process.argv.slice(2);

(async () => {
  const node = require(path.resolve(pkg, 'node/secu_wasm.js'));
  const web = await import(path.resolve(pkg, 'web/secu_wasm.js'));
  await web.default({ module_or_path: fs.readFileSync(path.resolve(pkg, 'web/secu_wasm_bg.wasm')) });
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
  }
  // Errors: the CLI's stderr lines are the thrown message.
  const bad = { members: [{ id: 'a', birthdate: '1990-01-01' }] };
  const tmp = path.join(pkg, '..', 'equivalence-bad.json');
  fs.writeFileSync(tmp, JSON.stringify(bad));
  let stderr = '';
  try { execFileSync(secu, ['assess', tmp, '--json', '--as-of', '2026-11-27'], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { stderr = e.stderr; }
  fs.unlinkSync(tmp);
  assert.throws(() => node.assess(bad, { asOf: '2026-11-27' }), (e) => e.message === stderr.trimEnd() && Array.isArray(e.errors));
  console.log(`equivalence: ${files.length} households x 2 languages x 2 builds equal the CLI; errors too`);
})().catch((e) => { console.error(e); process.exit(1); });
