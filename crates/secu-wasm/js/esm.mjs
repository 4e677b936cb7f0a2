// The package as an npm user gets it, under Node's ES modules: the documented
// universal import (`import init, { assess } from 'secu-wasm'; await init()`)
// must run unchanged in Node as in a page. `cargo xtask wasm --test` copies
// this file into a folder whose node_modules/secu-wasm is the built package
// and runs it there, so every import below goes through the package's
// `exports` conditions (node + import).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import init, { addLanguage, assess, birthDateForAge, checkNir, formShape, initCodes, isSecuError, latestEventDate, schema, version } from 'secu-wasm';
import initCase, { addLanguage as addCaseLanguage, caseStatus, isSecuError as isCaseError, newCase, recordEvent } from 'secu-wasm/case';

assert.equal(typeof init, 'function', 'the default export is init');
await init();
await init({ module_or_path: 'ignored under Node' });
assert.equal(typeof initCase, 'function', 'the case module has its init too');
await initCase();

// The modules embed no language: English from the package's l10n/, as the
// README says.
const require = createRequire(import.meta.url);
const l10n = (file) => readFileSync(require.resolve(`secu-wasm/l10n/${file}`), 'utf8');
for (const add of [addLanguage, addCaseLanguage]) add('en', l10n('en.msg'), l10n('en.tsv'));

// The form's shape and dates come from the core (secu::form).
const posting = formShape().fields.find((f) => f.field === 'activity.posting');
assert.deepEqual(posting, { field: 'activity.posting', refused: true, when: [{ field: 'activity.kind', one_of: ['posted'] }] });
assert.equal(birthDateForAge('2028-02-29', 35), '1993-02-28', 'the 29 February rule');
assert.equal(latestEventDate('2027-02-01', '2026-12-06'), '2026-12-06', 'no event after its recording day');
assert.throws(() => birthDateForAge('2026-02-30', 1), (e) => isSecuError(e) && e.errors[0].code === 'invalid_date');

// The README's example.
assert.equal(checkNir('2 90 04 99 216 001 77').valid, true, "the README's NIR has its right key");
assert.equal(checkNir('2 90 04 99 216 001 93').valid, false);

const household = {
  as_of: '2026-11-27',
  members: [
    { id: 'ana', relationship: 'primary', birth_date: '1990-04-02', nationality: 'BR', birth_country: 'BR',
      previously_insured_in_france: false,
      activity: { kind: 'employed', start_date: '2026-10-01' },
      residence: { arrival_date: '2026-09-20', permit: 'talent_passport', permit_valid_from: '2026-09-20', postcode: '92400' } },
  ],
};
// The household's as_of is the date when asOf is not given (as the CLI).
const withDate = assess(household, { asOf: '2026-11-27' });
assert.deepEqual(assess(household), withDate, 'no options: the household as_of');
assert.deepEqual(assess(household, {}), withDate, 'no asOf: the household as_of');
assert.equal(assess(household, { asOf: '2027-01-15' }).as_of, '2027-01-15', 'asOf beats the household as_of');

// Issue 15: `detail: 'codes'` through the codes module, from the installed
// package (its `initCodes` resolves; the module is loaded from node/).
await initCodes();
const codes = assess(household, { detail: 'codes' });
assert.equal(codes.detail, 'codes');
assert.equal(assess(JSON.stringify(household), { detail: 'codes', output: 'json' }), JSON.stringify(codes));
assert.ok(require.cache[require.resolve('secu-wasm/package.json').replace(/package\.json$/, 'node/secu_codes.js')], 'the codes module answered');

// Neither: one error that says both, reported with the household's other problems.
let thrown;
try {
  assess({ members: [] });
} catch (e) {
  thrown = e;
}
assert.ok(isSecuError(thrown), 'isSecuError recognises what the package throws');
assert.equal(thrown.name, 'SecuError');
assert.deepEqual(thrown.errors.map((p) => p.code), ['missing_as_of', 'no_members']);
assert.equal(thrown.errors[0].path, 'as_of');
assert.match(thrown.errors[0].message, /give "as_of" in the household or as an option/);
assert.ok(!isSecuError(new Error('other')), 'not another Error');
assert.ok(!isSecuError({ name: 'SecuError', errors: [] }), 'not a look-alike object');
assert.ok(!isSecuError(undefined) && !isSecuError('SecuError') && !isSecuError(null));

// The case module, through its own ESM entry.
const entropy = '00'.repeat(32);
let file = newCase(household, { createdAt: '2026-11-27T10:00:00Z', entropy });
file = recordEvent(file, { member: 'ana', date: '2026-11-27', event: { event: 'document_received', kind: 'identity_document' }, recordedAt: '2026-11-27T11:00:00Z', entropy });
assert.equal(caseStatus(file, { asOf: '2026-11-28' }).members[0].id, 'ana');
try {
  recordEvent(file, { member: 'nobody', date: '2026-11-27', event: { event: 'file_submitted' }, recordedAt: '2026-11-27T11:00:00Z', entropy });
  assert.fail('an unknown member is refused');
} catch (e) {
  assert.ok(isCaseError(e) && isSecuError(e), 'both modules recognise a thrown error');
}

// CommonJS still works, from the same package name (the same instance as the
// ES module, which wraps it: English is there already).
const cjs = require('secu-wasm');
assert.equal(typeof cjs.assess, 'function');
assert.equal(cjs.default, undefined, 'the CommonJS build is the plain one');
assert.deepEqual(cjs.assess(household), withDate);
assert.equal(typeof schema('household'), 'object');
assert.equal(typeof version().secu, 'string');

console.log('Node ESM: the documented import, asOf from the household, isSecuError, CommonJS: ok');
