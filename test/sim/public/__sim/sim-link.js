// Sim-only helpers shared by the simulated pages (NOT part of the real platform):
// - the page clock: the simulator's time, learnt at load from GET /__sim/boot and on every
//   change from the control socket wss://mms.pinduoduo.com/__sim/ws, ticking locally in between
//   (a frozen sim clock makes the page clock stand still, so saved pages are deterministic);
// - the control socket also carries {sim:"aftersales-rerender"}, re-emitted as a window event;
// - Beijing-time formatting (pages render Beijing time whatever the browser's time zone).

let base = { now: Date.now(), frozen: false, perf: performance.now() };
let boot = null;
const clockListeners = new Set();

/** Current simulated time, epoch ms. */
export function pageNow() {
  return base.frozen ? base.now : Math.floor(base.now + (performance.now() - base.perf));
}

/** Calls cb() whenever the sim clock jumps or freezes. */
export function onClockChange(cb) {
  clockListeners.add(cb);
  return () => clockListeners.delete(cb);
}

function setClock(msg) {
  base = { now: msg.now, frozen: !!msg.frozen, perf: performance.now() };
  for (const cb of clockListeners) cb();
}

/** Loads {now, frozen, variant, account} once and opens the control socket. */
export async function simBoot() {
  if (boot) return boot;
  const res = await fetch('/__sim/boot', { cache: 'no-store' });
  boot = await res.json();
  setClock(boot);
  connect();
  return boot;
}

function connect() {
  let ws;
  try {
    ws = new WebSocket(`wss://${location.host}/__sim/ws`);
  } catch {
    return;
  }
  ws.onmessage = (ev) => {
    let msg;
    try {
      msg = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (msg.sim === 'clock') setClock(msg);
    else if (typeof msg.sim === 'string') window.dispatchEvent(new CustomEvent(`sim:${msg.sim}`, { detail: msg }));
  };
  ws.onclose = () => setTimeout(connect, 1000);
}

// ---- Beijing time ---------------------------------------------------------------

const BJ = 8 * 3600000;
const pad = (n) => String(n).padStart(2, '0');

export function bjParts(ms) {
  const d = new Date(ms + BJ);
  return {
    y: d.getUTCFullYear(),
    M: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    m: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    wd: d.getUTCDay(),
  };
}

/** Epoch ms of 00:00 Beijing of the day containing ms. */
export function bjMidnight(ms) {
  const p = bjParts(ms);
  return Date.UTC(p.y, p.M - 1, p.d) - BJ;
}

/** "2026-09-28 07:58:03" */
export function fmtDateTime(ms) {
  const p = bjParts(ms);
  return `${p.y}-${pad(p.M)}-${pad(p.d)} ${pad(p.h)}:${pad(p.m)}:${pad(p.s)}`;
}

/** "2026年09月08日 17:12:14" */
export function fmtChineseDateTime(ms) {
  const p = bjParts(ms);
  return `${p.y}年${pad(p.M)}月${pad(p.d)}日 ${pad(p.h)}:${pad(p.m)}:${pad(p.s)}`;
}

/** "12:40" today, 昨天, 星期X within a week, else "09/01". */
export function fmtListTime(ms, now) {
  const today = bjMidnight(now);
  const p = bjParts(ms);
  if (ms >= today) return `${pad(p.h)}:${pad(p.m)}`;
  if (ms >= today - 86400000) return '昨天';
  if (ms >= today - 6 * 86400000) return `星期${'日一二三四五六'[p.wd]}`;
  return `${pad(p.M)}/${pad(p.d)}`;
}
