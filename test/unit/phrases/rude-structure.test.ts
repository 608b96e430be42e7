/**
 * Rude service and threats by their structure (lib/phrases/intent-rude.ts,
 * intent-threats.ts), each pattern beside its clean twins: the agent blaming
 * itself, polite firmness, product instructions in the imperative, concern
 * for the buyer, a service reply that keeps the buyer's address to ship.
 * The rude lines are written here in the tuning writers' manner, not copied
 * from a held-out file.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '@/lib/phrases';

/** The ids of the intent patterns that fired, and whether anything was flagged as abuse. */
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

describe('rude service by its structure', () => {
  expectRude(
    'rude-even',
    ['拍个照都拍不清楚，还来找客服', '这么简单都装不上吗', '贴个膜都贴不好', '连这个都不会，还买什么'],
    ['不好意思，我们连地址都能写错，马上给您改', '这款连老人都会用，很简单', '插个电就能用，不用装驱动', '拍个照也不会耽误您太久', '这么简单的事也没办好，实在抱歉', '装个柜子也能装反，很正常，我发视频给您', '拍个照也拍不到的话，描述一下就行'],
  );
  expectRude(
    'rude-hard',
    ['详情页看一眼很难吗', '翻上去看看会死啊', '百度都不会吗'],
    ['您可以百度一下型号，也可以直接问我', '翻上去看看我们之前发的图片哦', '安装一下很难吗？一点都不难，我教您'],
  );
  expectRude(
    'rude-body',
    ['你眼睛是摆设吗', '您的脑子是装饰品吗', '你手是抖的吗，插头都插不进'],
    ['您的手是不是划伤了？我们非常抱歉', '这款护手霜适合手干的您', '您手抖的话可以用这个支架', '您手表是装饰用的还是运动用的？', '您眼镜是干什么用的呀？我帮您推荐镜片'],
  );
  expectRude(
    'rude-blind',
    ['页面上都写了不包邮，您是看不见吗', '按钮那么大你看不到？'],
    ['详情页都写了哦，您看不到的话我截图给您', '您看不到图片吗？我重新发一张', '详情页都写了，您没看到吗？没关系'],
  );
  expectRude(
    'rude-blame',
    ['别啥都赖我们', '长痘了就赖我们', '你家孩子弄坏的，赖谁呢', '是你自己手抖，我们不负责', '是你喂的问题，别怪粮'],
    ['这事不赖您，是我们发错了', '都赖我们没检查好，给您补发', '不是您的问题，是快递压坏了', '如果是您自己拆开的也没关系，照样退', '是您自己选的颜色吗？我帮您看下', '是您手机系统的问题，换个浏览器试试', '这个就赖我们，没包好', '别赖床，这个闹钟很响'],
  );
  expectRude('rude-treat-as', ['退货？你当我们这是菜市场啊', '拿个假单号糊弄谁，当我们是瞎子？'], ['您就当我们是朋友，有事随时说', '这里是我们的官方旗舰店']);
  expectRude(
    'rude-idle',
    ['一天到晚问问问，没别的事干了吗', '成天盯着那几块钱，至于吗', '懒得跟你费口舌', '你再废话我就不回了'],
    ['没别的事了吗？那我先去忙了', '逛了一下午，您今天没事做吗哈哈😄', '这款锅至于耐用程度，用五年没问题', '你再等等我就回你'],
  );
  expectRude('rude-not-mine', ['快递慢找我有什么用', '坏了跟我们有啥关系'], ['这跟我们的发货时间有关系，我查一下', '找我就行，我帮您处理', '您问我有什么用法？这款可以蒸也可以煮']);
  expectRude('rude-take-it', ['师傅上门你爱约不约', '爱咋评咋评，无所谓'], ['这款宝宝爱不释手', '我们家猫特别爱吃这个']);
  expectRude(
    'rude-stop-asking',
    ['别再问了，再问也没用', '老板说不行，再催也白搭', '催啥催，48小时内发', '下班了，别一直发'],
    ['不用再问了哈，已经给您退款了', '有问题随时再问我哦', '催单已经帮您催了', '已经是最低价了，再问也是这个价哦亲'],
  );
  expectRude(
    'rude-go-away',
    ['不知道，自己查', '退就退呗，自己点去', '滚去问快递', '想要便宜的去别家吧，不送'],
    ['您可以自己在订单页点一下申请退款', '不知道的话，可以问我哦', '滚筒洗衣机也能洗'],
  );
  expectRude(
    'rude-sized-up',
    ['河南的吧？难怪', '这岁数了还网购', '老年人就是事多', '胖成这样就别买修身款了', '山沟沟里的就别指望次日达了'],
    ['您是河南的吧？那边两天就到', '这个年纪穿这款很合适', '老人家用的话推荐大字版', '农村的地址也能送到', '宝宝这年纪了还吃夜奶很正常'],
  );
  expectRude('rude-mock', ['您说啥就是啥，行了吧', '您最有理了呗', '插头都能插反，您真是个人才'], ['您说的情况我记下了', '这个问题最有效的办法是重启']);
});

describe('contempt the writers share', () => {
  expectRude('rude-school', ['建议您下次买东西之前带上脑子哦', '先去上个小学再来买吧', '麻烦带上脑子再下单'], ['建议您选小学生的尺码', '建议您带上购物小票去门店换']);
  expectRude('rude-child-knows', ['你这问题小学生都知道', '这个道理三岁小孩都懂', '猪都比你会用'], ['这款小学生都会用，操作很简单', '这个问题小孩子都会遇到，不用担心']);
  expectRude('rude-your-people', ['你们那边的人是不是都这么难伺候', '你们东北人说话都这么冲吗', '你们山沟沟里快递慢正常'], ['你们那边的人都这么热情，谢谢', '你们山里信号不好的话可以留言']);
  expectRude('rude-not-here', ['别在这夸大其词', '老太太别在这絮叨了', '少跟我来这套'], ['别在这装修期间下单哦，容易落灰', '少量的话可以直接拍']);
  expectRude('rude-motive', ['就知道占小便宜', '您就是想要赔偿吧，直说', '一看就是没用过好东西的'], ['收到一看就是没用过的全新品', '这次活动让您占个小便宜']);
  expectRude(
    'rude-taunt',
    ['早干嘛去了？现在来哭', '拍了不付款，逗我玩呢？', '同样的话我要说几遍你才懂？', '晚几天怎么了', '发错了就凑合用呗', '您是我们店今年最难伺候的客人'],
    ['快递晚几天怎么了吗？我帮您查一下', '这种问题也可以问我哦', '您说几遍都没关系，我们耐心解答'],
  );
  expectRude('threat-expose', ['再闹我就把你的电话地址发网上', '你女儿在哪上学我都查得到', '你家在哪我们心里有数'], ['把你的地址发到小区群，团长统一发货', '您家在哪我们这边有记录，放心发货']);
});

describe('threats by their structure', () => {
  expectRude(
    'threat-if',
    ['差评一个我让你以后收一个空包', '差评不删我每天半夜给你发消息', '你再投诉，师傅下次上门可就不一定这么客气了'],
    ['差评的话我们会认真改进，也会联系您了解情况', '您试试重启一下，我让同事再查查', '给差评也没关系，我会让你满意的'],
  );
  expectRude('threat-harm', ['我有的是办法找到你', '我会一直给你打电话直到你删评为止', '行，看看谁倒霉'], ['我们一定会找到您的包裹', '我会一直跟进到您收到货为止']);
  expectRude(
    'threat-kept',
    ['你的收货地址我可记得清清楚楚哦', '你的手机号我存了', '你这订单我记住了，你的名字我也记住了', '你孩子在哪上学我一打听就知道', '你手机号后四位0921吧，我记下了，小心点'],
    ['您的新地址我记下了，马上给您改', '你的订单我记下了，明天发货', '您的订单我记住了，稍后回复您', '你的名字我记住了，欢迎常来', '好的我记下了，等着收货吧', '你家小区我们查得到物流，放心'],
  );
  expectRude(
    'threat-safety',
    ['小心你全家', '晚上走夜路注意点', '出门小心点哦亲', '以后别让我碰到', '劝你别惹我们，对你没好处', '我们这边有人认识你，说话注意点', '你最好祈祷别在路上碰见我'],
    ['有人认识你的话也可以帮你代收', '下雨了出门小心点哦亲', '天冷了，晚上出门注意点保暖', '这事没完成之前我会一直跟进', '晚上睡觉注意点哈', '私下转账对你没好处，还是走平台吧'],
  );
  expectRude('threat-visit', ['我有空过去看看你', '我们会找人上门跟你聊聊的'], ['师傅上门帮您看看', '安排师傅上门看看您的热水器', '售后师傅明天上门看看你']);
  expectRude('threat-funeral', ['寿衣给你留了一套', '寄了个骨灰盒给你当赠品'], ['寿衣尺码按平时大一码选', '纸钱已经给您发顺丰了', '花圈给你们安排好了，明天上午送到殡仪馆', '清明节的纸钱给你多放了一包，不用谢']);
});
