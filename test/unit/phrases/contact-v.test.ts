/**
 * WeChat as a bare v asked for or given without 加 before it, Telegram as tg,
 * and a Tenpay account (the sixteenth and seventeenth writers' misses; RULES
 * §2: off-platform contact, a payment account). V-necks, V shapes and a
 * refund to Tenpay stay clean. Our own lines, not the writers'.
 */
import { describe, expect, it } from 'vitest';
import { findingsIn } from './pattern-table';

describe('v, tg and Tenpay', () => {
  it.each([
    ['留个v吗，我发您细节图', 'contact'],
    ['加一下我v，拉您进售后群', 'contact'],
    ['你有v吗？我加你', 'contact'],
    ['我的v就是下单那个手机号', 'contact'],
    ['有问题tg找我', 'contact'],
    ['加个tg聊', 'contact'],
    ['财付通账号发您了，转这个就行', 'bank'],
  ] as const)('holds %s (%s)', (text, category) => {
    expect(findingsIn(text, category)).not.toEqual([]);
  });
  it.each([
    ['V领和圆领都有货', 'contact'],
    ['这件有V领吗？有的亲', 'contact'],
    ['留个V字形的口子透气', 'contact'],
    ['我V是大码，您拍L就行', 'contact'],
    ['TG系列是我们的旗舰款', 'contact'],
    ['您用财付通付的款，退款原路退回', 'bank'],
  ] as const)('leaves %s (%s)', (text, category) => {
    expect(findingsIn(text, category)).toEqual([]);
  });
});
