// A tiny element builder that leaves the same traces a Vue 2 template does:
// scoped-CSS `data-v-xxxxxxxx` attributes on every element of a component and
// `<!---->` comment nodes where a v-if is false.

/** Scope ids of the simulated Vue components (fixed, so saved pages are stable). */
export const SCOPE = {
  app: 'data-v-3e8a1b5c',
  nav: 'data-v-9a0c4e17',
  left: 'data-v-6f1c2d7a',
  list: 'data-v-1b9e4f02',
  middle: 'data-v-58d2a3e1',
  msg: 'data-v-7c4f9b26',
  reply: 'data-v-2d6e8a4f',
  right: 'data-v-4a7b1c93',
  setting: 'data-v-0e5f7d21',
};

/**
 * Returns h(tag, props, ...children) stamping `scope` on each element.
 * props: { class, id, style, attrs: {}, on: {}, text }
 */
export function scoped(scope) {
  return function h(tag, props, ...children) {
    const el = document.createElement(tag);
    el.setAttribute(scope, '');
    if (props) {
      if (props.class) el.className = Array.isArray(props.class) ? props.class.filter(Boolean).join(' ') : props.class;
      if (props.id) el.id = props.id;
      if (props.style) el.setAttribute('style', props.style);
      if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
      if (props.on) for (const [k, fn] of Object.entries(props.on)) el.addEventListener(k, fn);
      if (props.text !== undefined) el.textContent = String(props.text);
    }
    append(el, children);
    return el;
  };
}

/** Appends children like a template would: null/false become `<!---->`. */
export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) el.appendChild(document.createComment(''));
    else if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

/** A v-if that is false: `<!---->`. */
export const vIf = () => document.createComment('');

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}
