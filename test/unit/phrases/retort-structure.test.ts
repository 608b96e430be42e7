/**
 * Retorts whose frame carries the contempt (lib/phrases/intent-retort.ts), each
 * beside clean twins: a question about the order, a fact checked with 对吧, the
 * shop taking the fault, an explanation, a sizing question.
 */
import { describe } from 'vitest';
import { expectPattern } from './pattern-table';

describe('retorts by their frame', () => {
  expectPattern(
    'rude-presume',
    'abuse',
    [
      '扎？您这皮肤是豆腐做的吧',
      '孩子玩坏的还要退，您家孩子是搞拆迁的吧',
      '轮胎开了三万公里才说不行，您是开赛车的吧😂',
      '开了两万公里还说轮胎不行，您是开坦克的吗',
      '垃圾袋漏了？您装的是砖头吗',
    ],
    [
      '您是河北的吧？那边明天就到',
      '亲，这单发错货了，您收到的是白色对吧',
      '谢谢支持，您是老顾客吧，给您多送一包',
      '您是河北的吧',
      '收到了哈，您是老顾客吗',
      '不好意思，您是要退款吗',
      '尺码不对？您是说腰围吗',
    ],
  );
  expectPattern(
    'rude-your-fault',
    'abuse',
    ['腰疼是您自己睡姿的问题', '漏水跟我们的水管有什么关系', '楼道窄搬不上去也怪我们？', '连不上蓝牙是你手机太老了，该换手机了'],
    [
      '不是您自己的问题，是我们发错了',
      '这跟颜色没什么关系，是批次不同',
      '跟尺码有什么关系吗',
      '这次确实怪我们，马上补发',
      '是您买的尺码太小了，可以换大一号',
      '可能是您家网络太慢',
    ],
  );
  expectPattern(
    'rude-skipped',
    'abuse',
    ['楼道那么窄，买之前不量一下的吗', '饺子煮破了是火太大，会不会做饭啊'],
    ['买之前不确定尺码可以问我们', '会不会太大啊，我帮您看看尺码表', '下单前不用先付定金'],
  );
  expectPattern('rude-late', 'abuse', ['都十二点了还问，明天再说', '都几点了您还在催'], ['都十二点了还没发货，抱歉', '都一点了，我们明早给您回复']);
});
