// Calls to the platform's JSON APIs, shaped like the real page's (PDD-PAGES §(d)).

import { store } from './store.js';

let seq = 0;
let pristine = null;

/**
 * Where the page takes XMLHttpRequest and WebSocket from: its own window, or
 * (variant trafficUnseen) a hidden blank iframe's, which a tap in the top
 * frame does not wrap.
 */
export function natives() {
  if (!store.variant?.trafficUnseen) return window;
  if (!pristine || !pristine.XMLHttpRequest) {
    const frame = document.createElement('iframe');
    frame.style.display = 'none';
    frame.setAttribute('aria-hidden', 'true');
    document.documentElement.appendChild(frame);
    pristine = frame.contentWindow;
  }
  return pristine;
}

/** A request_id like the page's: ms timestamp + a counter. */
export function requestId() {
  return Date.now() * 100 + (seq++ % 100);
}

/** Stand-in for the risk token the real page mints ("0a…"); the simulator never checks it. */
export function antiContent() {
  let s = '0a';
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';
  for (let i = 0; i < 120; i++) s += abc[Math.floor(Math.random() * abc.length)];
  return s;
}

/** POST JSON with XMLHttpRequest, as axios does in a Vue 2 app. */
export function post(path, body) {
  return new Promise((resolve, reject) => {
    const xhr = new (natives().XMLHttpRequest)();
    xhr.open('POST', new URL(path, location.href).href, true);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, text/plain, */*');
    xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(new Error(`${path}: HTTP ${xhr.status}`));
      try {
        resolve(JSON.parse(xhr.responseText));
      } catch (e) {
        reject(e);
      }
    };
    xhr.onerror = () => reject(new Error(`${path}: network error`));
    xhr.send(JSON.stringify(body));
  });
}

export const API_VERSION = '202506091557';

export function userInfo() {
  return post('/chats/userinfo/realtime?get_response=true', {});
}

export function getToken() {
  return post('/chats/getToken', { version: '3' });
}

export function latestConversations(page = 1, size = 100) {
  return post('/plateau/chat/latest_conversations', {
    data: {
      cmd: 'latest_conversations',
      request_id: requestId(),
      version: 2,
      need_unreply_time: true,
      page,
      size,
      anti_content: antiContent(),
    },
    client: 1,
  });
}

export function chatList(uid, size = 50) {
  return post('/plateau/chat/list', {
    data: {
      cmd: 'list',
      request_id: requestId(),
      list: { with: { role: 'user', uid }, start_msg_id: null, start_index: 0, size },
      anti_content: antiContent(),
    },
    client: 'WEB',
  });
}

export function sendMessage(uid, content, nowSec) {
  return post('/plateau/chat/send_message', {
    data: {
      cmd: 'send_message',
      request_id: requestId(),
      message: {
        to: { role: 'user', uid },
        from: { role: 'mall_cs' },
        ts: nowSec,
        content,
        msg_id: null,
        type: 0,
        is_aut: 0,
        manual_reply: 1,
      },
      random: Math.random().toString(16).slice(2, 10),
      anti_content: antiContent(),
    },
    client: 'WEB',
  });
}

export function setCsStatus(status) {
  return post('/plateau/chat/set_csstatus', {
    data: { cmd: 'set_csstatus', request_id: requestId(), status, anti_content: antiContent() },
    client: 'WEB',
  });
}
