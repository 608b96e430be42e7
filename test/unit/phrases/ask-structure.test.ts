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

describe('the agent phone offered apart, or its first half given', () => {
  expectPattern('phone-offer', 'phone', ['直接去我们门店，不走线上更便宜，电话发你', '地址和电话我私信你'], ['快递电话发你了，您联系一下快递', '不能把电话发你，在这里说就行']);
  expectPattern('phone-pieces', 'phone', ['亲，手机号前半截 139 0866，后半截我下条发'], ['订单号前几位是 1388 的那单', '电话前面加区号就行']);
});

describe('a code pointed to as the agent own, as the one sent, or as what opens a group or a perk', () => {
  expectPattern(
    'scan-code',
    'qrcode',
    ['亲，扫我头像里的码就能加我', '要猫粮临期款扫我名片上的码', '进团购群每月领一袋，扫下面码', '扫描箱子侧面的码进小程序买', '包裹里那张小卡片有码，扫了领下次的优惠'],
    ['扫我们包装上的防伪码验真伪', '扫上面的码可以看安装视频', '说明书背面印着二维码，扫了就是安装教程', '不要扫下面这个码，是骗子发的'],
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
