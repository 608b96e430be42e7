/**
 * Every selector of the 客服数据 / 店铺体验 pages in one place, with the
 * self-check. The real markup is not public (shared/PDD-PAGES.md §(h) gives
 * URLs, calls and labels only), so the adapter anchors on the page's own
 * words: the figure labels, the "近N天" buttons and dates in the date picker,
 * never on class names. Reads only; never writes into the page.
 */
import { parsePickerText } from './official-dates';
import { FIGURE_LABELS } from './official-text';
import type { OfficialSource, PageDates } from './official-figures';

/** Elements that carry one piece of text of their own (no element children). */
function leaves(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) => el.childElementCount === 0 && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE' && !isOurs(el),
  );
}

/** Our own overlays (custom elements named kefu-*) are not the page. */
const isOurs = (el: Element): boolean => el.closest('[data-kefu-guard], kefu-data-notice') !== null || /^KEFU-/.test(el.tagName);

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const ACTIVE_CLASS = /(^|[\s_-])(active|selected|checked|current)([\s_-]|$)/i;

function looksActive(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth += 1) {
    if (ACTIVE_CLASS.test(node.getAttribute('class') ?? '')) return true;
    if (['aria-pressed', 'aria-selected', 'aria-checked'].some((a) => node!.getAttribute(a) === 'true')) return true;
  }
  return false;
}

/**
 * The dates the page's controls show: dates in the date-picker inputs first,
 * else the active "近N天" button. Null when neither is visible.
 */
export function readPageDates(doc: Document): PageDates {
  const values = [...doc.querySelectorAll('input')].filter((i) => !isOurs(i)).map((i) => i.value.trim()).filter((v) => v !== '');
  const picked = parsePickerText(values.filter((v) => parsePickerText(v) !== null).slice(0, 2).join(' ~ '));
  if (picked) return picked;
  for (const el of leaves(doc.body ?? doc)) {
    const m = /^近\s*(\d{1,2})\s*天$/.exec(textOf(el));
    if (m && looksActive(el)) return { lastDays: Number(m[1]) };
  }
  return null;
}

const VALUE_TEXT = /^-?[\d,.]+\s*(%|秒|分|分钟|小时)?|^[-—–]+$|^\d+\s*(小时|分钟|分|秒)/;

/**
 * Label and value of each figure card: the leaf whose text is a known label,
 * and the first value-looking leaf after it inside the same small container.
 */
export function readFigureCards(doc: Document): Array<{ label: string; value: string }> {
  const pairs: Array<{ label: string; value: string }> = [];
  const all = leaves(doc.body ?? doc);
  for (const label of all) {
    const text = textOf(label);
    if (text.length > 20 || !FIGURE_LABELS.some(([, pattern]) => pattern.test(text))) continue;
    for (let box: Element | null = label.parentElement, depth = 0; box && depth < 3; box = box.parentElement, depth += 1) {
      const inBox = leaves(box);
      const after = inBox.slice(inBox.indexOf(label) + 1).find((el) => VALUE_TEXT.test(textOf(el)));
      if (after) {
        pairs.push({ label: text, value: textOf(after) });
        break;
      }
    }
  }
  return pairs;
}

/** The whole visible text of the page, for the 店铺体验 scores. */
export function pageText(doc: Document): string {
  return leaves(doc.body ?? doc)
    .map(textOf)
    .filter((t) => t !== '')
    .join(' ');
}

export interface DataPageCheck {
  recognised: boolean;
  /** What the page lacks, for the notice. */
  missing: string[];
}

/**
 * Whether the page still looks like the one the adapter knows: 服务数据 shows
 * its figure labels and a date control, 客服绩效 a 3分钟人工回复率 column, 店铺体验
 * the 近30天3分钟人工回复率 score.
 */
export function checkDataPage(doc: Document, kind: OfficialSource): DataPageCheck {
  const missing: string[] = [];
  const text = pageText(doc);
  if (kind === 'service-overview') {
    if (readFigureCards(doc).length === 0) missing.push('服务数据指标');
    if (readPageDates(doc) === null) missing.push('日期选择');
  } else if (kind === 'cs-report') {
    if (!/3分钟人工回复率/.test(text)) missing.push('3分钟人工回复率');
  } else if (!/近\s*30\s*天\s*3\s*分钟人工回复率/.test(text)) {
    missing.push('近30天3分钟人工回复率');
  }
  return { recognised: missing.length === 0, missing };
}
