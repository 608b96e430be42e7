/**
 * The classes the twenty-second and twenty-third writers' tuning text showed
 * missing or over-flagged (issue 21), each with our own lines and clean twins
 * (none is a corpus line): the buyer's wish echoed and refused a clause later
 * (您问能不能…，这样真不行; with an apology clause between), a scammer's offer
 * reported and called a scam in the next sentence (有人说…？那是骗子); chat apps
 * under other names (飞机 / tele for Telegram, 丁丁 for DingTalk, vivi / 薇 for
 * WeChat, 蔻蔻 for QQ); a 400 number named as an after-sales line (售后专线 400…);
 * deals without an app's name: money sent later in private (回头我单独转您), for
 * withdrawing the platform's arbitration (撤销平台介入，这钱我转过去), the order
 * skipped as a bother (下单太麻烦就直接给我转) or a private sale at a mark-up (加价私发);
 * rude service without a rude word (关我们什么事, 字都认识吧, 然并卵, 有您好看的);
 * 0 元 after 确认收货 is no reward (先用后付: 确认收货后再付款，0元下单); the
 * platform's own shop group is no private one (拼多多店铺粉丝群).
 * Context rules (model-hyphen after 型号) carry their twins in their notes
 * (context.test.ts).
 */
import { afterAll, beforeAll } from 'vitest';
import { addTraditionalPairs, resetTraditionalPairs } from '@/lib/phrases/fold';
import { HAND_TRAD_PAIRS } from '@/lib/phrases/trad-pairs';
import { traditionalPairs } from '@/lib/phrases/variant-tools';
import { expectCategory } from './pattern-table';

beforeAll(() => addTraditionalPairs(traditionalPairs()));
afterAll(() => {
  resetTraditionalPairs();
  addTraditionalPairs(HAND_TRAD_PAIRS);
});

expectCategory(
  "the buyer's wish echoed and refused in the next clause",
  'deal',
  ['您想让我们私下退，这个做不了，我私下转您吧', '您说打到您支付宝上，不好意思，我的支付宝是 tea_lin88'],
  [
    '您想让我们私下退差价，这个真做不了，走平台售后吧',
    '您问能不能不下单直接把钱给我，这样真不行，请在平台拍下',
    '亲，您说让我们把差价打到您支付宝上，不好意思，我们只能按平台原路退',
    '您说让我们把退款转到您支付宝，抱歉，只能走平台售后',
  ],
);

expectCategory(
  "someone else's offer reported, called a scam in the next sentence",
  'contact',
  ['有人说加微信便宜？那是骗子，加我微信 lin_tea88 才是真的'],
  ['有人说可以用支付宝转账便宜点？这是骗子，我们只在拼多多收款'],
);

expectCategory(
  'chat apps under other names',
  'contact',
  ['小号 lin 88，绿色那个聊天软件搜一下', '绿色那个软件上加我，号 tea_lin', '资料太大，飞机上找我 @lin_fix', '丁丁上找我：shoe_lin', 'Tele搜 @lin_fix 就行', 'vivi号：tea_lin', '蔻蔻号在我主页', '加一下店长的薇，lin_tea'],
  ['坐飞机上找我们的客服也能帮您', '飞机上加热的餐盒我们不卖', '丁丁号码的尺码偏小', '玫瑰和蔷薇的种子都有货', '绿色那个款软糖是青苹果味的'],
);

expectCategory(
  'a 400 number named as a line after 售后',
  'phone',
  ['家电售后专线 4006-123-456，那边快', '售后专线：400 612 3456'],
  ['售后单号 4006123456 已提交', '物流专线单号 4006123456'],
);

expectCategory(
  "a deal without an app's name",
  'deal',
  ['邮费您先出，回头我单独转您', '您撤销平台介入，这钱我转过去', '拍单太麻烦就直接给我转吧', '现货没了，您加价私发我给您留一件'],
  ['回头我单独转告您仓库的回复', '完了我单独打给您说明', '您撤销平台介入后，款项会原路退回', '下单太麻烦的话可以直接联系平台客服', '加价私发是违规的，我们不做'],
);

expectCategory(
  'rude service without a rude word',
  'abuse',
  ['快递员没上楼关我们什么事', '说明书都写了，字都认识吧？', '以您的理解能力，说了也白说', '买东西前先把脑子带上', '催了也然并卵', '客服不是只伺候您一个', '您再闹，有您好看的'],
  ['这款手机壳有您好看的那种亮面', '宝宝三岁能认识字吧？这套识字卡正合适', '这套绘本适合有空多读点书的家长和孩子一起看'],
);

expectCategory(
  'no reward of 0 元 after a received order',
  'deal',
  ['确认收货后给您返10元', '好评后再补您5块'],
  ['支持先用后付，确认收货后再付款，0元下单', '先用后付：收货后才扣款，0元就能先拿到'],
);

expectCategory(
  "the platform's own shop group",
  'deal',
  ['我们有个粉丝群，进群有内部价', '拼多多店铺粉丝群满了，我拉你进私人福利群'],
  ['秒杀在咱们拼多多店铺粉丝群里，店铺首页点群聊就能看到', '多多店铺的会员群在店铺首页'],
);
