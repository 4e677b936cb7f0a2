// A horizontal SVG timeline: a dated axis from the evaluation date to the
// last item, one marker per dated item, labels stacked on rows so they never
// overlap, and the same items as a (visually hidden) list for screen readers.
// In a right-to-left language (`rtl`) the axis runs from right to left: the
// layout is computed left to right, then every x is mirrored; the SVG's
// `direction` is set, so that each text anchor ("start": where the text
// begins) reads the other way.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const PAD = 16;
const ROW = 34;
const CHAR = 6.4; // average width of a 12px system-font character

function el(name, attrs = {}, text = null) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== null) e.textContent = text;
  return e;
}

const day = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** The short label shown on the axis: the text before a colon, at most 56 characters. */
function short(label) {
  const head = label.split(/\s?:\s/)[0];
  return head.length > 56 ? `${head.slice(0, 55)}…` : head;
}

/**
 * @param {{ items: {date: string, label: string, kind: string, attr: string, estimated?: boolean}[],
 *           asOf: string, todayLabel: string, title: string, locale: string, id: string, rtl?: boolean }} spec
 * @returns {HTMLElement} a figure holding the SVG and its text alternative
 */
export function timeline({ items, asOf, todayLabel, title, locale, id, rtl = false }) {
  // Mirrors an x in a right-to-left page.
  const mx = (v) => (rtl ? WIDTH - v : v);
  const fig = document.createElement('figure');
  fig.className = 'timeline';
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  const start = day(asOf);
  const last = Math.max(start + 86400000 * 30, ...sorted.map((i) => day(i.date)));
  const x = (iso) => PAD + 6 + ((day(iso) - start) / (last - start)) * (WIDTH - 2 * PAD - 12);

  // Rows: each label goes on the first row where it does not overlap; a
  // label that would leave the right edge is drawn to the left of its marker.
  const rows = [];
  const placed = sorted.map((item) => {
    const text = `${item.date} ${short(item.label)}`;
    const px = x(item.date);
    const w = text.length * CHAR + 12;
    const right = px + w <= WIDTH - PAD;
    const [a, b] = right ? [px, px + w] : [px - w, px];
    let row = rows.findIndex((spans) => spans.every(([s0, s1]) => b < s0 || a > s1));
    if (row < 0) { row = rows.length; rows.push([]); }
    rows[row].push([a, b]);
    return { item, text, px, row, right };
  });
  const axisY = 30;
  const height = axisY + 18 + Math.max(1, rows.length) * ROW;

  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': `${id}-t`, 'aria-describedby': `${id}-d`, class: 'timeline-svg', direction: rtl ? 'rtl' : 'ltr' });
  svg.append(el('title', { id: `${id}-t` }, title));
  // Axis, the evaluation date, and year ticks that do not collide with it.
  svg.append(el('line', { x1: PAD, y1: axisY, x2: WIDTH - PAD, y2: axisY, class: 'tl-axis' }));
  const todayText = `${asOf} · ${todayLabel}`;
  const todayEnd = x(asOf) + todayText.length * 5.8 + 8;
  svg.append(el('circle', { cx: mx(x(asOf)), cy: axisY, r: 5, class: 'tl-today' }));
  svg.append(el('text', { x: mx(x(asOf) - 4), y: axisY - 10, class: 'tl-year', 'text-anchor': 'start' }, todayText));
  const y0 = Number(asOf.slice(0, 4));
  const y1 = new Date(last).getUTCFullYear();
  const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
  for (let y = y0 + 1; y <= y1; y += step) {
    const tx = x(`${y}-01-01`);
    svg.append(el('line', { x1: mx(tx), y1: axisY - 5, x2: mx(tx), y2: axisY + 5, class: 'tl-tick' }));
    if (tx - 16 > todayEnd) svg.append(el('text', { x: mx(tx), y: axisY - 10, class: 'tl-year', 'text-anchor': 'middle' }, String(y)));
  }
  for (const { item, text, px, row, right } of placed) {
    const ly = axisY + 18 + row * ROW + 12;
    const g = el('g', { class: `tl-item${item.estimated ? ' tl-estimated' : ''}`, [`data-${item.attr}`]: item.kind, 'data-date': item.date });
    g.append(el('title', {}, `${item.date}: ${item.label}`));
    g.append(el('line', { x1: mx(px), y1: axisY, x2: mx(px), y2: ly + 4, class: 'tl-leader' }));
    g.append(el('circle', { cx: mx(px), cy: axisY, r: 6, class: 'tl-marker', 'data-x': mx(px) }));
    g.append(el('text', { x: mx(right ? px + 6 : px - 6), y: ly, class: 'tl-label', 'text-anchor': right ? 'start' : 'end' }, text));
    svg.append(g);
  }
  fig.append(svg);

  const list = document.createElement('ul');
  list.id = `${id}-d`;
  list.className = 'visually-hidden';
  for (const { item } of placed) {
    const li = document.createElement('li');
    li.textContent = `${new Date(day(item.date)).toLocaleDateString(locale, { timeZone: 'UTC', dateStyle: 'long' })}: ${item.label}`;
    list.append(li);
  }
  fig.append(list);
  return fig;
}
