/**
 * Rude service and veiled threats by structure, second round
 * (lib/phrases/intent-sarcasm.ts), each pattern beside clean twins written
 * to break it: the agent blaming itself, an offer to help, a product
 * question, polite firmness, care. The rude lines are our own, in other
 * wordings than the tuning writers' (the frame, not the line), plus one
 * tuning line each; none from a held-out file.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';

const abuseBy = (text: string) => scan(text, { model: false }).filter((f) => f.category === 'abuse');

function expectRude(id: string, rude: readonly string[], clean: readonly string[]) {
  it.each(rude.map((t) => [t]))(`${id} holds %s`, (text) => {
    const found = abuseBy(text);
    expect(found.map((f) => f.context)).toContain(id);
    expect(found.find((f) => f.context === id)).toMatchObject({ severity: 'block', clear: true });
  });
  it.each(clean.map((t) => [t]))(`${id} leaves %s`, (text) => {
    expect(abuseBy(text)).toEqual([]);
  });
}

describe('rude service by its structure, second round', () => {
  expectRude(
    'rude-came-to-me',
    ['马桶堵了找我？', '自己摔碎的找我干嘛', '包裹丢了找我们？找快递去', '电池鼓了才想起来找我了？', '线剪断了来找我，真行'],
    ['东西坏了就找我，包换', '有问题随时找我哦', '您是要找我们客服吗？我就是', '收到货不满意可以找我们处理', '您找我干嘛呀😊 是想问尺码吗'],
  );
  expectRude(
    'rude-cannot-even',
    ['洗衣服都不会吗', '正反都分不清吗', '开关就在侧面，这都找不到？', '图纸也看不懂啊', '一个二维码都不认识吗'],
    ['这两件都不会起球吗？不会的，放心', '我们都不会用这种劣质胶水', '两个颜色都不会掉色哦', '您都不知道吗？今天有满减活动，我帮您算一下', '找不到的话我给您发个截图'],
  );
  expectRude(
    'rude-then-dont',
    ['嫌吵就别用', '不懂茶就别乱评价', '没见识就少说两句', '扛不动……练不动就别逞强', '用不起就少买点'],
    ['不会安装就别担心，我们包上门', '嫌麻烦的话就别自己装了，我们免费上门安装', '不懂的就别客气，随时问我', '嫌弃颜色的话就别勉强，可以换', '不会用就别着急，我发视频给您'],
  );
  expectRude(
    'rude-bother-me',
    ['别老问我', '发货慢别找我', '退款的事别跟我哭', '别在这挑三拣四', '嫌重就别买，谁逼你了', '又没人求你买', '谁让你非要选最便宜的'],
    ['您别担心，有事随时找我', '别客气，有问题尽管问我', '您别着急，我帮您问问仓库', '别找其他人，找我就行，我负责您的订单'],
  );
  expectRude(
    'rude-verdict',
    ['您这眼神我也是服了', '你这动手能力……', '您这算盘打得噼啪响', '那是您鼻子不行', '您是没长眼睛吗', '说几遍了，我真是无语', '您对加湿器有什么误解', '您对正品的理解挺独特', '您生活挺清闲啊'],
    ['您这手艺真好，做得太漂亮了', '您这记性真好，还记得上次的尺码', '真是服了，什么破质量', '我们真是服了自己，又发错了', '您的耳朵有没有不舒服？可以先停用', '可能是有什么误解，我解释一下'],
  );
  expectRude(
    'rude-used-as',
    ['您拿它当凳子坐了吧', '你是不是拿它当锤子使了吧', '您这是把面霜当饭吃了吗'],
    ['您可以把它当收纳盒用', '也能拿它当床头灯用哦', '您可以拿它当礼物送人吧，包装很精美'],
  );
  expectRude(
    'threat-veiled',
    ['差评我们看到了，您的住址我们存着呢', '您的地址我们可记着呢，投诉之前想清楚', '要再闹，我们“特别关照”一下您', '地址我这有，您再乱评，我们上门“拜访”', '您的照片我不保证会出现在哪', '敢给差评？我们有的是办法', '差评之前最好想一想', '改天好好聊聊差评的事'],
    ['您的地址我们存着呢，下次下单不用再填', '我们会“特别关照”您的订单，优先发货哦', '别担心，我们有的是办法帮您解决', '评价之前可以先用几天再写', '有的是办法找到适合您的尺码'],
  );
  expectRude(
    'threat-retaliate',
    ['再催一次我就把你的单子往后排', '花圈我们多的是，你再这么闹试试', '再闹下去，我看你也快用得上了', '差评给完了？出门小心点哦'],
    ['寿衣有现货，老人用得上的话可以先备着', '您再等等，快递已经在路上了，我帮您盯着', '差评我们收到了，会改进的', '我们是殡葬用品店，花圈当天可送达'],
  );
});

describe('scorn by its structure (intent-scorn.ts)', () => {
  expectRude(
    'rude-basics',
    ['开关在哪这也要我教？', '这种常识还要我来科普', '化学课没上过吗', '这车你驾照怎么考的', '放冰箱会结块，常识呢', '一分钱一分货懂吗', '说明书白送你的？', '尺寸都不给，我会算命吗'],
    ['还要我帮您查一下物流吗？', '这个要我教您吗？我发个视频', '驾照考试的书我们也有卖', '说明书白送的，不另收费', '常识类的问题也可以问我哦'],
  );
  expectRude(
    'rude-dare',
    ['不服你去平台告我啊', '投诉了也没用', '有什么好抱怨的'],
    ['如果不满意，您可以向平台投诉，我们会配合', '有什么好推荐的吗？这款卖得最好'],
  );
  expectRude(
    'rude-fault-theirs',
    ['您自己端着吧', '这锅我们可不背', '自己剪坏的怨谁', '晒太阳晒褪色了，不找您找谁', '摔碎是你自己太笨'],
    ['这锅我们背，马上给您补发', '这事不怨谁，快递压的', '找您找不到，所以留言了'],
  );
  expectRude(
    'rude-scold',
    ['下次长点记性', '先反省反省', '穿不上就先减肥吧', '现在知道听人劝了吧', '装这么多心里没数啊', '不知道的还以为您买的是钻石', '您但凡看一眼详情呢', '九块九还要包邮，想啥呢', '一根线头找半天，这么闲', '下雨也怪我们，您跟老天去投诉'],
    ['我们会长点记性，以后仔细核对', '这款茶适合减肥期间喝', '我们心里没数，帮您问下仓库', '想啥呢亲😄 新品下周上'],
  );
  expectRude(
    'rude-lumped',
    ['城里人就是不懂', '坐办公室的人都这么娇气吗', '你们那破地方快递就这样', '当妈的连这都不知道', '也不知道平时咋带孩子的', '那么小气，难怪要分手'],
    ['城里人也很喜欢我们的土鸡蛋', '宝宝皮肤娇气，建议选纯棉', '当妈的辛苦了，这款很省心', '带孩子出门可以用这款推车'],
  );
});
