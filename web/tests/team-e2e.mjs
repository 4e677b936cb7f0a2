// End-to-end test of the team's page (issue 16): `secu serve --db` and its
// UI at /team/, in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core; never downloads a browser).
//
//   node web/tests/team-e2e.mjs --secu <target>/release/secu \
//        --playwright <target>/tools/playwright-core --screenshots <dir>
//
// (`cargo xtask web-test` runs it after the self-service page's test;
// `cargo xtask web-test --team` runs it alone.) It creates a throwaway SQLite
// database with its first administrator (`secu admin init`), starts
// `secu serve --db` on a loopback port, and drives the page: the admin
// creates two client organisations, an HR user of the first and a
// consultant; the consultant opens a case in each organisation, records
// events through the form (only the allowed events offered; a refused one
// shows its reason) and creates an employee link; the HR user sees the
// first organisation's case and not the other's (absent from the portfolio,
// 404 when asked for by id); the employee's link shows that person's
// checklist and nothing else. Fails on any request to another origin, any
// page error, any console error but the failed loads it provokes on
// purpose, and any wrong result. Bounded: the server must start within 20 s,
// each step within its own timeouts, the whole run within 120 s.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const examples = join(root, 'examples');

function arg(name, env, fallback) {
  const i = process.argv.indexOf(name);
  if (i >= 0 && process.argv[i + 1]) return resolve(process.argv[i + 1]);
  return process.env[env] ? resolve(process.env[env]) : fallback;
}
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, 'target');
const playwrightDir = arg('--playwright', 'SECU_PLAYWRIGHT', join(target, 'tools/playwright-core'));
const shotDir = arg('--screenshots', 'SECU_SCREENSHOTS', join(target, 'web-screenshots'));
const secu = arg('--secu', 'SECU_CLI', join(target, 'release/secu'));

function fail(message) {
  console.error(`\nteam-e2e: FAILED: ${message}`);
  process.exit(1);
}
const pwEntry = join(playwrightDir, 'node_modules/playwright-core/index.mjs');
if (!existsSync(pwEntry)) fail(`playwright-core is missing under ${playwrightDir} (npm install --prefix ${playwrightDir} playwright-core@1.65.1)`);
if (!existsSync(secu)) fail(`${secu} is missing: build the CLI (cargo build -p secu-cli --release)`);
const { chromium } = await import(pathToFileURL(pwEntry).href);

// The whole run is bounded, whatever hangs.
const watchdog = setTimeout(() => fail('over 120 s: stopped'), 120_000);
watchdog.unref();

// ---------------------------------------------------------------------------
// The server: a fresh database, its first administrator, a loopback port.

const work = mkdtempSync(join(tmpdir(), 'secu-team-e2e-'));
const db = `sqlite:${join(work, 'team.db')}`;
const ADMIN = { email: 'admin@firm.test', password: 'admin-password-0001' };
const CONSULTANT = { email: 'consultant@firm.test', password: 'consultant-password-0002' };
const HR = { email: 'hr@acme.test', password: 'hr-acme-password-0003' };

const init = spawnSync(secu, ['admin', 'init', '--db', db, '--email', ADMIN.email], { input: `${ADMIN.password}\n`, encoding: 'utf8', timeout: 20_000 });
if (init.status !== 0) fail(`secu admin init: exit ${init.status}: ${init.stderr}`);

const server = spawn(secu, ['serve', '--db', db, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
const origin = await new Promise((ok, no) => {
  const timer = setTimeout(() => no(new Error(`secu serve did not start within 20 s:\n${log}`)), 20_000);
  const read = (chunk) => {
    log += chunk;
    const m = log.match(/"listening":"(127\.0\.0\.1:\d+)"/);
    if (m) {
      clearTimeout(timer);
      ok(`http://${m[1]}`);
    }
  };
  server.stdout.on('data', read);
  server.stderr.on('data', read);
  server.on('exit', (code) => no(new Error(`secu serve exited (${code}):\n${log}`)));
}).catch((e) => fail(e.message));

// ---------------------------------------------------------------------------
// The browser

const profile = mkdtempSync(join(tmpdir(), 'secu-team-e2e-profile-'));
mkdirSync(shotDir, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1360, height: 900 },
  locale: 'en-GB',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
context.setDefaultTimeout(8000);
const requests = [];
const foreign = [];
context.on('request', (r) => {
  const u = r.url();
  requests.push(u);
  if (!(u.startsWith(`${origin}/`) || u.startsWith('data:'))) foreign.push(u);
});
const pageProblems = [];
// The failed loads a step provokes on purpose (the HR user asking for
// another organisation's case, a refused event, a revoked link): counted
// down as they come; any other console error fails the test.
let expectedFailures = 0;
function watch(page) {
  page.on('pageerror', (e) => pageProblems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/Failed to load resource: the server responded with a status of (404|409)/.test(m.text()) && expectedFailures > 0) {
      expectedFailures -= 1;
      return;
    }
    pageProblems.push(`console ${m.type()}: ${m.text()}`);
  });
  return page;
}

const results = [];
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push(`  ok   ${name} (${Date.now() - t} ms)`);
    console.log(results.at(-1));
  } catch (e) {
    console.log(`  FAIL ${name}`);
    throw new Error(`${name}: ${e.message}`);
  }
}

let page = null;
async function open(path = '/team/?lang=en') {
  for (const p of context.pages()) await p.close();
  page = watch(await context.newPage());
  await page.goto(`${origin}${path}`);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  return page;
}
async function signIn(who) {
  await open();
  await page.fill('#si-email', who.email);
  await page.fill('#si-password', who.password);
  await page.click('#si-submit');
  await page.locator('#portfolio:not([hidden])').waitFor();
  assert.ok((await page.textContent('#who')).includes(who.email), 'signed in');
}
async function signOut() {
  await page.click('#signout');
  await page.locator('#signin:not([hidden])').waitFor();
}
/** The message of a form once it says something; fails unless it is `kind`. */
async function message(sel, kind) {
  await page.locator(`${sel}.ok, ${sel}.error`).waitFor();
  const text = await page.textContent(sel);
  assert.equal(await page.locator(`${sel}.${kind}`).count(), 1, `${sel}: expected ${kind}: ${text}`);
  return text;
}
const rowsOf = async () => page.locator('#pf-rows tr[data-case]').evaluateAll((rows) => [...new Set(rows.map((r) => r.dataset.case))]);
const shot = (name) => page.screenshot({ path: join(shotDir, `team-${name}.png`), fullPage: true });

const household = join(examples, 'adult_child.json');
const members = JSON.parse(readFileSync(household, 'utf8')).members.map((m) => m.id);
let acme = null;
let globex = null;
let caseA = null;
let caseB = null;
let linkUrl = null;
let exitCode = 0;

try {
  await step('the page: its own CSP, no inline script, nothing without sign-in', async () => {
    const r = await fetch(`${origin}/team/`);
    assert.equal(r.status, 200);
    const csp = r.headers.get('content-security-policy');
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    const html = await r.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handler');
    assert.equal((await fetch(`${origin}/`, { redirect: 'manual' })).headers.get('location'), '/team/');
    assert.equal((await fetch(`${origin}/v1/cases`)).status, 401);
  });

  await step('Arabic: right to left, the words from the core', async () => {
    await open('/team/?lang=ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    const ar = await (await fetch(`${origin}/team/l10n/ar`)).json();
    assert.equal(await page.textContent('#si-submit'), ar.messages['page-team-signin']);
    assert.match(await page.textContent('#si-submit'), /[\u0600-\u06FF]/);
    await shot('signin-ar');
  });

  await step('admin: signs in, creates two organisations, a consultant and an HR user', async () => {
    await signIn(ADMIN);
    assert.equal(await page.isVisible('#nav-admin'), true);
    await page.click('#nav-admin');
    await page.locator('#admin:not([hidden])').waitFor();
    for (const name of ['Acme', 'Globex']) {
      await page.fill('#org-name', name);
      await page.click('#org-submit');
      await message('#org-message', 'ok');
      await page.locator('#org-list li', { hasText: name }).waitFor();
    }
    acme = await page.getAttribute('#org-list li:text-is("Acme")', 'data-org');
    globex = await page.getAttribute('#org-list li:text-is("Globex")', 'data-org');
    assert.ok(acme && globex && acme !== globex);
    // A consultant belongs to the firm: no organisation asked.
    await page.selectOption('#user-role', 'consultant');
    assert.equal(await page.isVisible('#user-org'), false);
    await page.fill('#user-email', CONSULTANT.email);
    await page.fill('#user-password', CONSULTANT.password);
    await page.click('#user-submit');
    await message('#user-message', 'ok');
    await page.selectOption('#user-role', 'client_hr');
    assert.equal(await page.isVisible('#user-org'), true);
    await page.selectOption('#user-org', acme);
    await page.fill('#user-email', HR.email);
    await page.fill('#user-password', HR.password);
    await page.click('#user-submit');
    await message('#user-message', 'ok');
    // A token is shown once.
    await page.fill('#token-name', 'payroll export');
    await page.click('#token-submit');
    await message('#token-message', 'ok');
    const token = await page.textContent('#token-value');
    assert.ok(token.length >= 20, `token shown: ${token}`);
    const viaToken = await fetch(`${origin}/v1/orgs`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(viaToken.status, 200, 'the token works');
    await shot('admin');
    await signOut();
  });

  await step('consultant: opens a case in each organisation', async () => {
    await signIn(CONSULTANT);
    assert.equal(await page.isVisible('#nav-admin'), false, 'no administration for a consultant');
    for (const org of [globex, acme]) {
      await page.click('#nav-portfolio');
      await page.locator('#open:not([hidden])').waitFor();
      await page.selectOption('#open-org', org);
      await page.setInputFiles('#open-file', household);
      await page.click('#open-submit');
      await page.locator('#case:not([hidden])').waitFor();
      const id = decodeURIComponent(new URL(page.url()).hash.replace('#/case/', ''));
      if (org === acme) caseA = id;
      else caseB = id;
      await page.locator('#case-members article.member').first().waitFor();
    }
    assert.ok(caseA && caseB && caseA !== caseB);
    assert.deepEqual(await page.locator('#case-members article.member').evaluateAll((a) => a.map((e) => e.dataset.member)), members);
    await page.click('#nav-portfolio');
    await page.locator(`#pf-rows tr[data-case="${caseA}"]`).first().waitFor();
    assert.deepEqual((await rowsOf()).sort(), [caseA, caseB].sort(), 'the firm sees both');
    await page.selectOption('#pf-org', globex);
    await page.locator(`#pf-rows tr[data-case="${caseA}"]`).first().waitFor({ state: 'detached' });
    assert.deepEqual(await rowsOf(), [caseB], 'filtered by organisation');
    await page.selectOption('#pf-org', '');
    await page.selectOption('#pf-filter', 'blocked');
    await page.locator('#pf-empty:not([hidden])').waitFor();
    assert.deepEqual(await rowsOf(), [], 'a new case is not blocked');
    await page.selectOption('#pf-filter', 'all');
    await page.locator(`#pf-rows tr[data-case="${caseA}"]`).first().waitFor();
  });

  await step('consultant: records events with the allowed events offered; a refused one says why', async () => {
    await page.goto(`${origin}/team/?lang=en#/case/${encodeURIComponent(caseA)}`);
    await page.reload();
    // A reload forgets the session's CSRF token (memory only): sign in again.
    await page.locator('#signin:not([hidden])').waitFor();
    await page.fill('#si-email', CONSULTANT.email);
    await page.fill('#si-password', CONSULTANT.password);
    await page.click('#si-submit');
    await page.locator('#portfolio:not([hidden])').waitFor();
    await page.click(`#pf-rows a:text-is("${caseA}")`);
    await page.locator('#record:not([hidden])').waitFor();
    const member = members[0];
    await page.selectOption('#ev-member', member);
    // The form offers exactly the server's allowed events, then the household's.
    const allowed = await (await page.context().request.get(`${origin}/v1/cases/${encodeURIComponent(caseA)}/allowed-events?member=${member}`)).json();
    await page.waitForFunction((n) => document.querySelectorAll('#ev-kind optgroup:first-child option').length === n, allowed.events.length);
    const offered = await page.locator('#ev-kind optgroup').first().locator('option').evaluateAll((o) => o.map((e) => e.value));
    assert.deepEqual(offered, allowed.events, 'the member\'s events are the allowed ones');
    assert.ok(!offered.includes('nir_certified'), 'nir_certified is not offered at the start');
    // 1: a document received (the document field shown, the missing ones first).
    const missingBefore = await page.locator(`article[data-member="${member}"] .missing li`).evaluateAll((l) => l.map((e) => e.dataset.document));
    await page.selectOption('#ev-kind', 'document_received');
    assert.equal(await page.isVisible('#ev-document'), true);
    assert.equal(await page.isVisible('#ev-number'), false);
    assert.equal(await page.inputValue('#ev-document'), missingBefore[0]);
    await page.click('#ev-submit');
    await message('#ev-message', 'ok');
    await page.locator('#history-rows tr[data-seq="1"]').waitFor();
    assert.equal(await page.locator(`article[data-member="${member}"] .missing li[data-document="${missingBefore[0]}"]`).count(), 0, 'no longer missing');
    // 2: a document waived, with its reason.
    await page.selectOption('#ev-kind', 'document_waived');
    assert.equal(await page.isVisible('#ev-reason'), true);
    await page.fill('#ev-reason', 'issued by the employer directly');
    await page.click('#ev-submit');
    await message('#ev-message', 'ok');
    await page.locator('#history-rows tr[data-seq="2"]').waitFor();
    const history = await page.locator('#history-rows tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.dataset.event ?? c.textContent)));
    assert.deepEqual(history.map((r) => r[3]), ['document_received', 'document_waived']);
    assert.ok(history.every((r) => r[4].length > 0), 'each event names who recorded it');
    // 3: an event the procedure does not allow now (forced into the form): 409, its reason and the allowed events shown.
    await page.evaluate(() => document.querySelector('#ev-kind').append(new Option('nir_certified', 'nir_certified')));
    await page.selectOption('#ev-kind', 'nir_certified');
    await page.fill('#ev-number', '1 84 12 76 451 089 46');
    expectedFailures += 1;
    await page.click('#ev-submit');
    const refused = await message('#ev-message', 'error');
    assert.ok(refused.startsWith('Refused:'), refused);
    assert.ok(refused.includes('Allowed now:'), refused);
    assert.equal(await page.locator('#history-rows tr').count(), 2, 'nothing recorded');
    // Calendar and export links.
    assert.equal(await page.getAttribute('#case-calendar', 'href'), `/v1/cases/${encodeURIComponent(caseA)}/calendar.ics?lang=en`);
    const ics = await page.context().request.get(`${origin}${await page.getAttribute('#case-calendar', 'href')}`);
    assert.match(await ics.text(), /BEGIN:VCALENDAR/);
    const exported = await page.context().request.get(`${origin}${await page.getAttribute('#case-export', 'href')}`);
    assert.equal((await exported.json()).events.length, 2, 'the export holds both events');
    // The employee's link for the second member.
    await page.selectOption('#link-member', members[1]);
    await page.click('#link-submit');
    await message('#link-message', 'ok');
    linkUrl = await page.textContent('#link-url');
    assert.ok(linkUrl.startsWith(`${origin}/team/link/`), linkUrl);
    await shot('case');
    await signOut();
  });

  await step('HR user: sees their organisation\'s case, not the other\'s', async () => {
    await signIn(HR);
    await page.locator(`#pf-rows tr[data-case="${caseA}"]`).first().waitFor();
    assert.deepEqual(await rowsOf(), [caseA]);
    assert.equal(await page.isVisible('#pf-org'), false, 'no organisation filter for HR');
    assert.equal(await page.isVisible('#nav-admin'), false);
    await page.click(`#pf-rows a:text-is("${caseA}")`);
    await page.locator('#case-members article.member').first().waitFor();
    assert.equal(await page.isVisible('#record'), false, 'HR records nothing');
    assert.equal(await page.isVisible('#emp-link'), false);
    assert.equal(await page.locator('#history-rows tr').count(), 2, 'HR reads the history');
    // Another language: the page's words in it, and the status asked for in it.
    const fr = await (await fetch(`${origin}/team/l10n/fr`)).json();
    const asked = page.waitForRequest((r) => r.url().includes(`/v1/cases/${encodeURIComponent(caseA)}?lang=fr`));
    await page.selectOption('#lang', 'fr');
    await page.locator('html[lang="fr"]').waitFor({ state: 'attached' });
    await asked;
    assert.equal(await page.textContent('#nav-portfolio'), fr.messages['page-team-nav-portfolio']);
    assert.equal(await page.textContent('#case-history h3'), fr.messages['page-team-history-heading']);
    assert.equal(await page.textContent('#history-rows tr[data-seq="1"] td[data-event]'), fr.messages['ev-document-received']);
    await page.selectOption('#lang', 'en');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    // The other organisation's case, asked for by its id: as if it did not exist.
    expectedFailures += 2;
    await page.evaluate((id) => { location.hash = `#/case/${encodeURIComponent(id)}`; }, caseB);
    await page.locator('#notice.error').waitFor();
    assert.match(await page.textContent('#notice'), /no such case/);
    assert.equal(await page.locator('#case-members article.member').count(), 0, 'no member shown');
    assert.equal(await page.locator('#history-rows tr').count(), 0, 'no history shown');
    assert.equal(await page.isVisible('#case-calendar'), false, 'no calendar link left');
    assert.ok(!(await page.textContent('#case-title')).includes(caseA), 'nothing of the previous case left');
    await shot('hr');
    await signOut();
  });

  await step('employee link: their checklist and nothing else', async () => {
    for (const p of context.pages()) await p.close();
    await context.clearCookies();
    page = watch(await context.newPage());
    await page.goto(linkUrl);
    await page.locator('#link:not([hidden]) article.member').waitFor();
    assert.deepEqual(await page.locator('article.member').evaluateAll((a) => a.map((e) => e.dataset.member)), [members[1]], 'only their own member');
    assert.ok(await page.locator('article.member .steps li').count() > 0, 'their steps');
    for (const sel of ['#signin', '#portfolio', '#case', '#admin', '#nav', '#signout']) {
      assert.equal(await page.isVisible(sel), false, `${sel} hidden`);
    }
    const text = await page.innerText('body');
    for (const other of members.filter((m) => m !== members[1])) assert.ok(!text.includes(other), `nothing of ${other}`);
    assert.ok(!text.includes(caseA), 'not even the case id');
    await shot('link');
    // A wrong secret says so, and shows nothing.
    expectedFailures += 1;
    await page.goto(`${origin}/team/link/not-a-secret`);
    await page.locator('#link-member-view .error').waitFor();
    assert.equal(await page.locator('article.member').count(), 0);
  });

  assert.deepEqual(foreign, [], `requests outside ${origin}: ${foreign.join(', ')}`);
  assert.deepEqual(pageProblems, [], `page errors or console errors:\n${pageProblems.join('\n')}`);
} catch (e) {
  exitCode = 1;
  console.error(`\nteam-e2e: FAILED: ${e.message}`);
  if (pageProblems.length) console.error(`page problems:\n  ${pageProblems.join('\n  ')}`);
} finally {
  await context.close();
  server.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${requests.length} browser requests, all to ${origin}: ${foreign.length === 0 ? 'yes' : `NO (${foreign.length} elsewhere)`}`);
console.log(`team-e2e: ${exitCode === 0 ? 'all passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
