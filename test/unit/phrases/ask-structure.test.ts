/**
 * The buyer's phone asked for by its structure (lib/phrases/intent-asks.ts) and
 * a mobile number typed digit by digit in pieces (lib/phrases/pieces.ts), each
 * beside clean twins: a refusal, the order's own phone field, a call from the
 * courier, a tracking number typed the same way.
 */
import { describe, expect, it } from 'vitest';
import { expectPattern, findingsIn } from './pattern-table';

describe('the buyer phone asked for by its structure', () => {
  expectPattern(
    'phone-ask',
    'phone',
    ['配件到了你把手机号留下，我到货打你', '你把电话给我，我打给你说清楚', '你给我个手机号，我让师傅联系你', '绑定需要家长的手机号，您发我一个'],
    ['别把电话给我，在这里说就行', '您把手机号改一下再提交', '手机号留在订单上就行', '快递员会给您打电话', '您给个好评吧'],
  );
});

describe('a mobile number typed digit by digit in pieces', () => {
  it.each([['小区团长的手机 1 8 6 、0 3 2 1、7 7 8 9'], ['老板 手机号 1 5 2 后面 8 3 3 0 再后面 2 7 6 1']])('holds %s', (text) => {
    expect(findingsIn(text, 'phone')).toHaveLength(1);
  });
  it.each([['快递单号 1 3 8 、0 0 1 3、8 0 0 0 0 0'], ['订单 12 件，每件 35 元，共 420 元，运费 10 元']])('leaves %s', (text) => {
    expect(findingsIn(text, 'phone')).toEqual([]);
  });
});
