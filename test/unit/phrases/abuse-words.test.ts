/**
 * Names, curses in shorthand and dismissive words for the buyer added to the
 * abuse groups (lib/phrases/dictionary-abuse.ts) beside clean twins: a scam
 * warning naming 骗子, a plant that is 不矫情, advice that 有病 needs a doctor,
 * a delay that is 烦人 for the buyer.
 */
import { describe, expect, it } from 'vitest';
import { findingsIn } from './pattern-table';

describe('abuse words for the buyer', () => {
  it.each([
    ['空包裹？装什么装，骗子'],
    ['你个文盲，看不懂字吗'],
    ['化了放冰箱不就又凝固了，矫情'],
    ['你个sha b'],
    ['zz买家'],
    ['你TM能不能讲点理'],
    ['大半夜的发什么消息，有病'],
    ['乡巴佬就是乡巴佬'],
    ['穿过还想退？脸皮真够厚的'],
    ['要退就快点，磨磨唧唧的'],
    ['这个价格还嫌贵，您平时都吃西北风吗'],
    ['专门薅羊毛的，建议你换家店祸害'],
    ['快递电话给你了，你自己打去问'],
    ['防盗门是我们装的，您说话客气点'],
    ['自己输错号码，钱没了只能自认倒霉'],
    ['退什么退，用都用了'],
    ['我们很忙，没空理你'],
    ['能不能别这么多事'],
    ['这是常识好吗'],
    ['差评就差评，我们不在乎'],
    ['您的要求我们满足不了，您还是另请高明吧'],
    ['我们店庙小，容不下您'],
    ['不好意思，我们不卖给您了'],
    ['您这是存心为难人'],
    ['都跟您说了没货，还一直问'],
    ['您要是不满意可以不买'],
    ['我们是卖货的，不是陪聊的'],
    ['只能说明是您的问题'],
    ['谁让您不看清楚再拍'],
  ])('holds %s', (text) => {
    expect(findingsIn(text, 'abuse').length).toBeGreaterThan(0);
  });
  it.each([
    ['谨防骗子冒充客服让您站外转账'],
    ['有人要卡号的话一定是骗子，千万别给'],
    ['这花不矫情，好养活'],
    ['保健品不能代替药物，有病还是要去医院'],
    ['物流慢确实烦人，我们帮您催'],
    ['扫盲班的教材我们也有卖'],
    ['电话里说话客气的师傅明天上门'],
    ['这种事我们会自己想办法处理好'],
    ['您要求太高的话可以选定制款'],
    ['这座古庙小巧精致，摆件很受欢迎'],
    ['您可以不买这个配件，原装自带'],
    ['不是你的问题，是我们发错了'],
    ['这不是您的问题，我们来处理'],
  ])('leaves %s', (text) => {
    expect(findingsIn(text, 'abuse')).toEqual([]);
  });
});
