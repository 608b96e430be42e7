// Tiny React-like helpers for the simulated MMS shell (no framework): an element
// builder and CSS-module class names with a version suffix, e.g.
// cx('aftersale', 'card') → "aftersale_card__3xYz_5-94-1"; beast-core component
// classes look like "PGT_pagerItemActive_5-94-1".

export const BEAST_VERSION = '5-94-1';

function hash4(s) {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += abc[h % abc.length];
    h = Math.floor(h / abc.length) + i * 7919;
  }
  return out;
}

/** A CSS-module class: `${module}_${local}__${hash}_${version}`. */
export function cx(module, local, version = BEAST_VERSION) {
  return `${module}_${local}__${hash4(module + '/' + local)}_${version}`;
}

/** A beast-core component class: `${prefix}_${local}_${version}`. */
export function bc(prefix, local) {
  return `${prefix}_${local}_${BEAST_VERSION}`;
}

/** h(tag, props, ...children); props: { className, style, attrs, on, text }. Null children render nothing. */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    if (props.className) el.className = Array.isArray(props.className) ? props.className.filter(Boolean).join(' ') : props.className;
    if (props.style) el.setAttribute('style', props.style);
    if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) if (v !== undefined && v !== null && v !== false) el.setAttribute(k, String(v));
    if (props.on) for (const [k, fn] of Object.entries(props.on)) el.addEventListener(k, fn);
    if (props.text !== undefined) el.textContent = String(props.text);
  }
  add(el, children);
  return el;
}

function add(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) add(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

/** Injects a stylesheet once (like a CSS chunk). */
export function css(id, text) {
  if (document.querySelector(`style[data-href="${id}"]`)) return;
  const s = document.createElement('style');
  s.setAttribute('data-href', id);
  s.textContent = text;
  document.head.appendChild(s);
}

export async function post(path, body, headers = {}) {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** Stand-in for the page's risk token (sent as the anti-content header on mercury calls). */
export function antiContent() {
  let s = '0a';
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  for (let i = 0; i < 96; i++) s += abc[Math.floor(Math.random() * abc.length)];
  return s;
}

export const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;
