// .reply-box: textarea#replyTextarea (v-model on `input`), Enter sends, Shift+Enter is a
// newline, nothing is sent while an IME composition is active, .send-btn sends, and the
// 快捷短语 panel inserts a phrase (value + an `input` event, as the Vue page does).
//
// Like a Vue `@keydown.enter` handler, the send handler does NOT look at
// event.defaultPrevented: something that wants to stop a send must stop the event
// before it reaches the textarea (capture phase + stopImmediatePropagation).

import { SCOPE, scoped, clear, append } from '../dom.js';
import { pageNow } from '/__sim/sim-link.js';
import { store, subscribe, applyMessage } from '../store.js';
import { sendMessage } from '../api.js';

const h = scoped(SCOPE.reply);

export const QUICK_REPLIES = [
  { title: '欢迎语', text: '亲，您好，欢迎光临本店，请问有什么可以帮您的吗？' },
  { title: '发货时间', text: '亲，今天16点前下单当天发货，默认中通快递哦~' },
  { title: '售后', text: '亲，收到商品有任何问题请随时联系我们，一定给您满意的处理' },
  { title: '加微信', text: '有问题可以加我微信 kefu2024 详聊' },
  { title: '好评', text: '感谢亲的支持，满意的话给个五星好评哦~' },
  { title: '其他平台', text: '亲，这款在淘宝店也有卖，可以去看看' },
];

export function mountReplyBox(root) {
  const broken = store.variant.replyBoxBroken;
  let panelOpen = false;
  /** the v-model value */
  let draft = '';

  const textarea = h('textarea', {
    id: broken ? 'chatInput' : 'replyTextarea',
    class: 'custom-scroll',
    attrs: { placeholder: '请输入内容，按Enter发送，Shift+Enter换行', maxlength: '500' },
  });
  const panel = h('div', { class: 'quick-reply-panel', style: 'display: none;' });
  const sendBtn = h('div', { class: broken ? 'send-button' : 'send-btn', text: '发送' });
  const tip = h('span', { class: 'send-tip', text: '' });

  const box = h(
    'div',
    { class: 'reply-box' },
    h(
      'div',
      { class: 'reply-toolbar' },
      h('i', { class: 'chat-icon chat-icon-emoji', attrs: { title: '表情' } }),
      h('i', { class: 'chat-icon chat-icon-picture', attrs: { title: '图片' } }),
      h('i', { class: 'chat-icon chat-icon-camera', attrs: { title: '视频' } }),
      h('span', { class: 'quick-reply-btn', text: '快捷短语', on: { click: () => togglePanel() } }),
      h('span', { class: 'toolbar-item', text: '推荐商品' }),
      h('span', { class: 'toolbar-item', text: '发优惠券' }),
    ),
    panel,
    h('div', { class: 'reply-input' }, textarea),
    h('div', { class: 'reply-footer' }, tip, h('span', { class: 'send-hint', text: 'Enter发送 / Shift+Enter换行' }), sendBtn),
  );
  root.appendChild(box);

  function togglePanel(force) {
    panelOpen = force ?? !panelOpen;
    panel.style.display = panelOpen ? '' : 'none';
    if (!panelOpen) return;
    clear(panel);
    append(panel, [
      h('div', { class: 'quick-reply-head' }, h('span', { text: '快捷短语' }), h('span', { class: 'quick-reply-close', text: '×', on: { click: () => togglePanel(false) } })),
      h(
        'ul',
        { class: 'quick-reply-list custom-scroll' },
        ...QUICK_REPLIES.map((q) =>
          h(
            'li',
            { class: 'quick-reply-item', on: { click: () => insertPhrase(q.text) } },
            h('span', { class: 'quick-reply-title', text: q.title }),
            h('p', { class: 'quick-reply-text', text: q.text }),
          ),
        ),
      ),
    ]);
  }

  function insertPhrase(text) {
    const start = textarea.selectionStart ?? textarea.value.length;
    const end = textarea.selectionEnd ?? textarea.value.length;
    textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
    textarea.selectionStart = textarea.selectionEnd = start + text.length;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    togglePanel(false);
    textarea.focus();
  }

  textarea.addEventListener('input', (e) => {
    draft = e.target.value;
    if (store.openUid) store.drafts.set(store.openUid, draft);
  });

  textarea.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.keyCode !== 13) return;
    if (e.isComposing || e.keyCode === 229) return; // IME is choosing a candidate
    if (e.shiftKey) return; // default action inserts the newline
    e.preventDefault();
    if (store.variant.trustedOnly && !e.isTrusted) return;
    send();
  });

  sendBtn.addEventListener('click', (e) => {
    if (store.variant.trustedOnly && !e.isTrusted) return;
    send();
  });

  let sending = false;
  async function send() {
    const uid = store.openUid;
    const text = draft;
    if (!uid || sending || !text.trim()) return;
    sending = true;
    draft = '';
    store.drafts.delete(uid);
    textarea.value = '';
    try {
      const res = await sendMessage(uid, text, Math.floor(pageNow() / 1000));
      if (!res.success) throw new Error(res.error_msg || 'send failed');
      if (res.result && res.result.message) applyMessage(res.result.message);
      tip.textContent = '';
    } catch {
      tip.textContent = '发送失败，请重试';
      draft = text;
      textarea.value = text;
    } finally {
      sending = false;
    }
  }

  function onOpen() {
    draft = store.openUid ? (store.drafts.get(store.openUid) ?? '') : '';
    textarea.value = draft;
    box.style.display = store.openUid ? '' : 'none';
  }
  onOpen();
  return subscribe((what) => {
    if (what === 'open') onOpen();
  });
}
