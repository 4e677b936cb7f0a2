// The team's page (issue 16): the UI of the team service, served by
// `secu serve --db URL` at /team/. It signs in, shows the portfolio, a case
// (status, next actions, the events allowed now, history, calendar, export),
// the administration (organisations, accounts, tokens) and, at
// /team/link/SECRET, an employee's read-only checklist.
//
// It decides nothing: every status, allowed event and refusal is the
// server's (the core's rules), and the server enforces who sees what; the
// page only hides what the role may not do. Its words are the core's Fluent
// messages (`page-team-*`, and the labels of the codes listed in labels.js),
// rendered by the server in the chosen language (GET /team/l10n/{lang}).
// The CSRF token lives in this module's memory only: a reload signs in again.

import { LABELS, LANGUAGES, EVENT_FIELDS, HOUSEHOLD_EVENTS } from '/team/labels.js';

const $ = (sel) => document.querySelector(sel);

let lang = 'en';
/** Message id → text in `lang`. */
let words = {};
/** The colon after a field's name in `lang` (« : » in French). */
let colonText = ': ';
/** The session's CSRF token (memory only). */
let csrf = null;
/** The signed-in account: `{ id, role, org, email }`. */
let me = null;
/** Organisations by id (for the firm's staff). */
let orgs = new Map();

// ---------------------------------------------------------------------------
// Words

/** A word of the page, its `{name}` variables replaced. */
function t(key, args = {}) {
  let s = words[`page-team-${key}`] ?? key;
  for (const [k, v] of Object.entries(args)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}
/** The label of a code (`step`, `prepare_file`), as the reports say it. */
const label = (table, code) => words[LABELS[table]?.[code]] ?? code;

async function loadWords(tag) {
  const r = await fetch(`/team/l10n/${encodeURIComponent(tag)}`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const body = await r.json();
  lang = body.lang;
  words = body.messages;
  colonText = body.colon;
  document.documentElement.lang = lang;
  document.documentElement.dir = body.dir;
  document.title = t('title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  $('#lang').value = lang;
  try { sessionStorage.setItem('secu-team-lang', lang); } catch { /* storage off */ }
}

/** The language: `?lang=`, the session's choice, the browser's, English. */
async function chooseLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  let stored = null;
  try { stored = sessionStorage.getItem('secu-team-lang'); } catch { /* storage off */ }
  for (const tag of [asked, stored, ...(navigator.languages ?? []), 'en']) {
    if (!tag) continue;
    try {
      await loadWords(tag);
      return;
    } catch { /* not one of ours: the next */ }
  }
}

// ---------------------------------------------------------------------------
// DOM

/** An element with attributes (`text` sets its text) and children. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

const SECTIONS = ['signin', 'portfolio', 'case', 'admin', 'link'];
function show(id) {
  for (const s of SECTIONS) $(`#${s}`).hidden = s !== id;
}
function notice(text, kind = '') {
  const n = $('#notice');
  n.textContent = text;
  n.className = `notice ${kind}`;
}
function say(sel, text, kind) {
  const el = $(sel);
  el.textContent = text;
  el.className = `message ${kind ?? ''}`;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const enc = encodeURIComponent;

// ---------------------------------------------------------------------------
// HTTP

class HttpError extends Error {
  constructor(status, body) {
    const errors = body?.errors ?? [];
    super(errors.length ? errors.map((e) => e.message).join('; ') : (body?.title ?? `HTTP ${status}`));
    this.status = status;
    this.body = body;
  }
}

/** A request to the team API; unsafe ones carry the CSRF token. A 401
 * (the session ended or expired) goes back to the sign-in form. */
async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const r = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (r.status === 401 && path !== '/v1/session') {
    signedOut();
    notice(t('session-ended'), 'error');
    throw new HttpError(401, data);
  }
  if (!r.ok) throw new HttpError(r.status, data);
  return data;
}

// ---------------------------------------------------------------------------
// Sign-in

const staff = () => me && (me.role === 'admin' || me.role === 'consultant');
const firm = staff;

function signedOut() {
  csrf = null;
  me = null;
  orgs = new Map();
  $('#who').textContent = '';
  $('#signout').hidden = true;
  $('#nav').hidden = true;
  show('signin');
}

async function signIn(ev) {
  ev.preventDefault();
  say('#si-message', '');
  const email = $('#si-email').value.trim();
  try {
    const r = await api('POST', '/v1/session', { email, password: $('#si-password').value });
    csrf = r.csrf_token;
    me = { ...r.user, email };
  } catch (e) {
    say('#si-message', e.status === 429 ? t('throttled') : e.status === 401 ? t('signin-failed') : t('error', { reason: e.message }), 'error');
    return;
  }
  $('#si-password').value = '';
  notice('');
  $('#who').textContent = t('signed-in-as', { email: me.email, role: t(`role-${me.role.replace('_', '-')}`) });
  $('#signout').hidden = false;
  $('#nav').hidden = false;
  $('#nav-admin').hidden = me.role !== 'admin';
  if (staff()) await loadOrgs();
  if (location.hash === '' || location.hash === '#/') route();
  else location.hash = '#/';
}

async function signOut() {
  try { await api('DELETE', '/v1/session'); } catch { /* ended anyway */ }
  signedOut();
}

async function loadOrgs() {
  const r = await api('GET', '/v1/orgs');
  orgs = new Map(r.orgs.map((o) => [o.id, o.name]));
}
const orgName = (id) => orgs.get(id) ?? id;

function fillOrgs(sel, withAll) {
  const before = sel.value;
  sel.replaceChildren(
    ...(withAll ? [h('option', { value: '', text: t('org-all') })] : []),
    ...[...orgs].map(([id, name]) => h('option', { value: id, text: name })));
  if ([...sel.options].some((o) => o.value === before)) sel.value = before;
}

// ---------------------------------------------------------------------------
// Portfolio

async function showPortfolio() {
  show('portfolio');
  $('#pf-org-field').hidden = !staff();
  fillOrgs($('#pf-org'), true);
  $('#open').hidden = !(staff() || me.role === 'client_hr');
  $('#open-org-field').hidden = !staff();
  fillOrgs($('#open-org'), false);
  if (!$('#open-on').value) $('#open-on').value = today();
  await loadPortfolio();
}

function deadlines(list) {
  return list.map((d) => h('div', { 'data-deadline': d.kind }, h('time', { datetime: d.date, text: d.date }), ` ${d.label}`));
}

async function loadPortfolio() {
  const q = new URLSearchParams({ filter: $('#pf-filter').value, lang });
  if (staff() && $('#pf-org').value) q.set('org', $('#pf-org').value);
  const data = await api('GET', `/v1/cases?${q}`);
  const rows = [];
  for (const c of data.cases) {
    c.members.forEach((m, i) => {
      rows.push(h('tr', { 'data-case': c.id, 'data-member': m.id, class: m.blocked ? 'blocked' : '' },
        h('td', {}, i === 0 ? h('a', { href: `#/case/${enc(c.id)}`, text: c.id }) : ''),
        h('td', { text: i === 0 ? orgName(c.org) : '' }),
        h('td', { text: m.label ?? m.id }),
        h('td', {}, label('phase', m.phase), m.blocked ? h('strong', { class: 'flag', text: ` ${t('blocked')}` }) : ''),
        h('td', { text: m.waiting_on ? label('actor', m.waiting_on) : '' }),
        h('td', {}, deadlines(m.overdue)),
        h('td', {}, deadlines(m.upcoming))));
    });
  }
  $('#pf-rows').replaceChildren(...rows);
  $('#pf-empty').hidden = rows.length > 0;
}

async function openCase(ev) {
  ev.preventDefault();
  say('#open-message', '');
  const file = $('#open-file').files[0];
  let household;
  try {
    household = JSON.parse(await file.text());
  } catch {
    say('#open-message', t('bad-json'), 'error');
    return;
  }
  const body = { org: staff() ? $('#open-org').value : me.org, household };
  if ($('#open-on').value) body.opened_on = $('#open-on').value;
  try {
    const r = await api('POST', '/v1/cases', body);
    location.hash = `#/case/${enc(r.id)}`;
    notice(t('opened', { id: r.id }), 'ok');
  } catch (e) {
    const lines = (e.body?.errors ?? []).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    say('#open-message', lines.length ? lines.join('\n') : t('error', { reason: e.message }), 'error');
  }
}

// ---------------------------------------------------------------------------
// A case

let current = null; // { id, status }
/** Counts the case views asked for: an answer to an older one (the user
 * moved on, or changed the language, meanwhile) is dropped. */
let caseViews = 0;

function memberView(m) {
  return h('article', { class: 'member', 'data-member': m.id },
    h('h3', { text: m.label ?? m.id }),
    h('p', { class: 'stage', 'data-phase': m.phase, text: m.stage ?? label('phase', m.phase) }),
    h('section', {}, h('h4', { text: t('next-actions') }),
      m.next_actions.length
        ? h('ul', { class: 'actions' }, m.next_actions.map((a) => h('li', { 'data-action': a.code }, h('strong', { text: label('actor', a.actor) }), `${colon()}${a.action}`)))
        : h('p', { class: 'muted', text: t('none') })),
    h('section', {}, h('h4', { text: t('steps') }),
      h('ol', { class: 'steps' }, m.steps.map((s) => h('li', { 'data-step': s.step, 'data-status': s.status },
        `${label('step', s.step)}${colon()}`, h('span', { class: `st-${s.status}`, text: label('step_status', s.status) }),
        s.done_on ? [' ', h('time', { datetime: s.done_on, text: s.done_on })] : '')))),
    h('section', {}, h('h4', { text: t('missing') }),
      m.missing_documents.length
        ? h('ul', { class: 'missing' }, m.missing_documents.map((d) => h('li', { 'data-document': d, text: label('document', d) })))
        : h('p', { class: 'muted', text: t('none') })),
    m.deadlines.length > 0 && h('section', {}, h('h4', { text: t('deadlines') }),
      h('ul', { class: 'deadlines' }, m.deadlines.map((d) => h('li', { 'data-deadline': d.kind, class: d.overdue ? 'overdue' : '' },
        h('time', { datetime: d.date, text: d.date }), ` — ${d.label}`,
        d.estimated ? ` (${t('estimated')})` : '',
        d.overdue ? h('strong', { class: 'flag', text: ` ${t('overdue')}` }) : '')))),
    m.warnings?.length > 0 && h('ul', { class: 'warnings' }, m.warnings.map((w) => h('li', { text: typeof w === 'string' ? w : (w.message ?? w.code) }))));
}

const colon = () => colonText;

async function showCase(id) {
  show('case');
  // Nothing of the previous case stays on screen while this one loads (or
  // when it cannot be seen).
  current = null;
  $('#case-title').textContent = '';
  $('#case-members').replaceChildren();
  $('#history-rows').replaceChildren();
  $('#record').hidden = true;
  $('#emp-link').hidden = true;
  $('#case-links').hidden = true;
  $('#case-history').hidden = true;
  const view = ++caseViews;
  const [status, history] = await Promise.all([
    api('GET', `/v1/cases/${enc(id)}?lang=${enc(lang)}`),
    api('GET', `/v1/cases/${enc(id)}/events?lang=${enc(lang)}`),
  ]);
  if (view !== caseViews) return;
  current = { id, status };
  $('#case-title').textContent = t('case-heading', { id });
  $('#case-calendar').href = `/v1/cases/${enc(id)}/calendar.ics?lang=${enc(lang)}`;
  $('#case-export').href = `/v1/cases/${enc(id)}/export`;
  $('#case-export').hidden = me.role === 'employee';
  $('#case-members').replaceChildren(...status.members.map(memberView));
  $('#case-links').hidden = false;
  $('#case-history').hidden = false;
  const ids = status.members.map((m) => m.id);
  for (const sel of [$('#ev-member'), $('#link-member')]) {
    const before = sel.value;
    sel.replaceChildren(...status.members.map((m) => h('option', { value: m.id, text: m.label ?? m.id })));
    if (ids.includes(before)) sel.value = before;
  }
  $('#record').hidden = !firm();
  $('#emp-link').hidden = !firm();
  if (firm()) {
    if (!$('#ev-date').value) $('#ev-date').value = today();
    $('#ev-date').max = today();
    await refreshEvents();
  }
  const names = new Map(status.members.map((m) => [m.id, m.label ?? m.id]));
  const rows = history.events.map((e) => h('tr', { 'data-seq': String(e.seq) },
    h('td', { text: String(e.seq) }), h('td', {}, h('time', { datetime: e.date, text: e.date })),
    h('td', { 'data-member': e.member, text: names.get(e.member) ?? e.member }), h('td', { 'data-event': e.event, text: label('event', e.event) }),
    h('td', { text: e.recorded_by ?? '' })));
  $('#history-rows').replaceChildren(...rows);
  $('#history-empty').hidden = rows.length > 0;
}

/** The events the server allows now for the chosen member, then those
 * about the household (allowed at any time). */
async function refreshEvents() {
  const member = $('#ev-member').value;
  const date = $('#ev-date').value || today();
  const sel = $('#ev-kind');
  const before = sel.value;
  let allowed = [];
  try {
    allowed = (await api('GET', `/v1/cases/${enc(current.id)}/allowed-events?member=${enc(member)}&as_of=${enc(date)}`)).events;
  } catch (e) {
    say('#ev-message', t('error', { reason: e.message }), 'error');
  }
  const household = HOUSEHOLD_EVENTS.filter((k) => !allowed.includes(k));
  const option = (k) => h('option', { value: k, text: label('event', k) });
  sel.replaceChildren(
    ...(allowed.length ? [h('optgroup', { label: t('member-events') }, allowed.map(option))] : []),
    h('optgroup', { label: t('household-events') }, household.map(option)));
  if ([...sel.options].some((o) => o.value === before)) sel.value = before;
  $('#ev-none').hidden = allowed.length > 0;
  // Documents: the member's missing ones first.
  const missing = current.status.members.find((m) => m.id === member)?.missing_documents ?? [];
  const all = Object.keys(LABELS.document);
  const docs = [...missing, ...all.filter((k) => !missing.includes(k))];
  const docOption = (k) => h('option', { value: k, text: label('document', k) });
  $('#ev-document').replaceChildren(...docs.map(docOption));
  if ($('#ev-documents').options.length === 0) $('#ev-documents').append(...all.map(docOption));
  refreshFields();
}

const carries = (kind, field) => (EVENT_FIELDS[kind] ?? []).includes(field);
/** The fields the form has an input for; the others are given as JSON. */
const FORM_FIELDS = ['kind', 'kinds', 'number', 'reason'];

function refreshFields() {
  const k = $('#ev-kind').value;
  for (const f of FORM_FIELDS) $(`#ev-f-${f}`).hidden = !carries(k, f);
  $('#ev-f-json').hidden = !(EVENT_FIELDS[k] ?? []).some((f) => !FORM_FIELDS.includes(f));
}

async function recordEvent(ev) {
  ev.preventDefault();
  say('#ev-message', '');
  const kind = $('#ev-kind').value;
  const body = { member: $('#ev-member').value, date: $('#ev-date').value, event: kind };
  if (carries(kind, 'kind')) body.kind = $('#ev-document').value;
  if (carries(kind, 'kinds')) body.kinds = [...$('#ev-documents').selectedOptions].map((o) => o.value);
  if (carries(kind, 'number')) body.number = $('#ev-number').value.trim();
  if (carries(kind, 'reason')) body.reason = $('#ev-reason').value.trim();
  if (!$('#ev-f-json').hidden) {
    let extra;
    try { extra = JSON.parse($('#ev-json').value || '{}'); } catch { extra = null; }
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
      say('#ev-message', t('bad-json'), 'error');
      return;
    }
    Object.assign(body, extra);
  }
  try {
    await api('POST', `/v1/cases/${enc(current.id)}/events`, body);
  } catch (e) {
    if (e.status === 409) {
      const allowed = (e.body?.allowed ?? []).map((k) => label('event', k)).join(', ');
      say('#ev-message', `${t('refused', { reason: e.message })} ${t('allowed-now')} ${allowed || t('none')}`, 'error');
    } else {
      say('#ev-message', t('error', { reason: e.message }), 'error');
    }
    return;
  }
  $('#ev-number').value = '';
  $('#ev-reason').value = '';
  $('#ev-json').value = '';
  await showCase(current.id);
  say('#ev-message', t('recorded', { event: label('event', kind) }), 'ok');
}

async function createLink(ev) {
  ev.preventDefault();
  say('#link-message', '');
  const member = $('#link-member').value;
  try {
    const r = await api('POST', `/v1/cases/${enc(current.id)}/employee-link`, { member });
    const secret = r.url.split('/').pop();
    $('#link-url').textContent = `${location.origin}/team/link/${secret}`;
    say('#link-message', t('link-made', { member: $('#link-member').selectedOptions[0]?.textContent ?? member }), 'ok');
  } catch (e) {
    say('#link-message', t('error', { reason: e.message }), 'error');
  }
}

// ---------------------------------------------------------------------------
// Administration

async function showAdmin() {
  show('admin');
  await loadOrgs();
  $('#org-list').replaceChildren(...[...orgs].map(([id, name]) => h('li', { 'data-org': id, text: name })));
  fillOrgs($('#user-org'), false);
  refreshUserOrg();
}

function refreshUserOrg() {
  const role = $('#user-role').value;
  $('#user-org-field').hidden = !(role === 'client_hr' || role === 'employee');
}

async function createOrg(ev) {
  ev.preventDefault();
  const name = $('#org-name').value.trim();
  try {
    await api('POST', '/v1/orgs', { name });
    $('#org-name').value = '';
    await showAdmin();
    say('#org-message', t('org-created', { name }), 'ok');
  } catch (e) {
    say('#org-message', t('error', { reason: e.message }), 'error');
  }
}

async function createUser(ev) {
  ev.preventDefault();
  const role = $('#user-role').value;
  const email = $('#user-email').value.trim();
  const body = { email, password: $('#user-password').value, role };
  if (!$('#user-org-field').hidden) body.org = $('#user-org').value;
  try {
    await api('POST', '/v1/users', body);
    $('#user-email').value = '';
    $('#user-password').value = '';
    say('#user-message', t('user-created', { email }), 'ok');
  } catch (e) {
    say('#user-message', t('error', { reason: e.message }), 'error');
  }
}

async function createToken(ev) {
  ev.preventDefault();
  try {
    const r = await api('POST', '/v1/tokens', { name: $('#token-name').value.trim() });
    $('#token-value').textContent = r.token;
    say('#token-message', t('token-once'), 'ok');
    $('#token-name').value = '';
  } catch (e) {
    say('#token-message', t('error', { reason: e.message }), 'error');
  }
}

// ---------------------------------------------------------------------------
// The employee's link: their checklist, nothing else.

async function showLink(secret) {
  show('link');
  const r = await fetch(`/v1/link/${enc(secret)}`, { credentials: 'omit' });
  const body = r.ok ? await r.json() : null;
  if (!body?.member) {
    $('#link-member-view').replaceChildren(h('p', { class: 'message error', text: t('link-invalid') }));
    return;
  }
  $('#link-member-view').replaceChildren(memberView(body.member));
}

// ---------------------------------------------------------------------------
// Routing

async function route() {
  caseViews += 1; // whatever case view was loading is no longer wanted
  const link = location.pathname.match(/^\/team\/link\/([^/]+)$/);
  if (link) return showLink(decodeURIComponent(link[1]));
  if (!me) return show('signin');
  const hash = location.hash.replace(/^#/, '') || '/';
  try {
    const c = hash.match(/^\/case\/(.+)$/);
    if (c) await showCase(decodeURIComponent(c[1]));
    else if (hash === '/admin' && me.role === 'admin') await showAdmin();
    else await showPortfolio();
  } catch (e) {
    if (e.status !== 401) notice(t('error', { reason: e.message }), 'error');
  }
}

async function start() {
  $('#lang').replaceChildren(...LANGUAGES.map(([tag, name]) => h('option', { value: tag, text: name, lang: tag })));
  await chooseLanguage();
  $('#lang').addEventListener('change', async () => {
    await loadWords($('#lang').value);
    if (me) $('#who').textContent = t('signed-in-as', { email: me.email, role: t(`role-${me.role.replace('_', '-')}`) });
    await route();
  });
  $('#signin-form').addEventListener('submit', signIn);
  $('#signout').addEventListener('click', signOut);
  $('#pf-filter').addEventListener('change', () => loadPortfolio().catch((e) => notice(t('error', { reason: e.message }), 'error')));
  $('#pf-org').addEventListener('change', () => loadPortfolio().catch((e) => notice(t('error', { reason: e.message }), 'error')));
  $('#open-form').addEventListener('submit', openCase);
  $('#ev-member').addEventListener('change', refreshEvents);
  $('#ev-date').addEventListener('change', refreshEvents);
  $('#ev-kind').addEventListener('change', refreshFields);
  $('#record-form').addEventListener('submit', recordEvent);
  $('#link-form').addEventListener('submit', createLink);
  $('#org-form').addEventListener('submit', createOrg);
  $('#user-role').addEventListener('change', refreshUserOrg);
  $('#user-form').addEventListener('submit', createUser);
  $('#token-form').addEventListener('submit', createToken);
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

start();
