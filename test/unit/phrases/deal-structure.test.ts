/**
 * Paying the agent off the order named by its structure (lib/phrases/intent.ts
 * PAY, overlaps.ts INDUCEMENT): money asked for straight (直接给我打钱), paid to
 * the agent's own place (定金付到我这), handed over in person or in cash (尾款当面给
 * 师傅, 现金结账), money promised once the buyer adds a contact (加我，我把运费补给你).
 * Each beside its refusal or a platform fact.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';

const dealIn = (text: string) => scan(text, { model: false }).some((f) => f.category === 'deal');

describe('paying off the order by its structure', () => {
  it.each([
    '直接给我打钱，我给你发货',
    '先付一半定金到我这，剩下的货到付',
    '押金交到我这里就行',
    '把钱打到我这边就行',
    '尾款当面给师傅',
    '到我们门店自提，现金结账还能打折',
    '付款后加我，我把运费补给你',
  ])('holds %s', (text) => {
    expect(dealIn(text)).toBe(true);
  });
  it.each([
    '不要给我打钱，走平台',
    '本店不支持现金结账',
    '安装费平台已收，不用当面给师傅',
    '您付款成功后钱会到我们这边',
    '打到我这边的电话也行',
    '有问题在这里找我，差价平台会退给您',
  ])('leaves %s', (text) => {
    expect(dealIn(text)).toBe(false);
  });
});
