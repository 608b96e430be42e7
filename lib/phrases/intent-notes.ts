/**
 * Why each structural intent pattern of rude service, threats and accounts
 * holds a message (intent-rude.ts, intent-contempt.ts, intent-threats.ts,
 * intent-accounts.ts), in Chinese then English, for the options page's checker
 * beside CONTEXT_NOTES (its reasonOf reads a finding's context id). Not
 * imported by the chat content script. test/unit/phrases/intent-notes.test.ts
 * checks that every such pattern has one.
 */
export interface IntentNote {
  reason: string;
  reasonEn: string;
}

export const INTENT_NOTES: Readonly<Record<string, IntentNote>> = {
  'rude-even': { reason: '说买家连简单的事都做不好（拍个照都拍不清楚）：轻视买家', reasonEn: 'telling the buyer they fail even at a trivial act' },
  'rude-hard': { reason: '反问买家“搜一下很难吗”：嘲讽买家', reasonEn: 'asking the buyer back whether a trivial act is hard' },
  'rude-body': { reason: '问买家的眼睛、手、脑子是不是摆设：人身嘲讽', reasonEn: "mocking the buyer's eyes, hands or brain" },
  'rude-blind': { reason: '先说写得清清楚楚，再问买家是不是看不见：嘲讽买家', reasonEn: 'stating the obvious, then asking whether the buyer can see' },
  'rude-treat-as': { reason: '“你当我们这是菜市场啊”：反问顶撞买家', reasonEn: 'a retort: "you take us for a market stall?"' },
  'rude-idle': { reason: '说买家没事干、不值得搭理（至于吗、懒得跟你说）：怠慢买家', reasonEn: 'calling the buyer idle or not worth a word' },
  'rude-blame': { reason: '把责任推给买家（啥都赖我们、是你自己手抖）：指责买家', reasonEn: 'turning the blame on the buyer' },
  'rude-not-mine': { reason: '“跟我们有啥关系”“找我有什么用”：推卸、怠慢', reasonEn: '"none of our business": brushing the buyer off' },
  'rude-take-it': { reason: '“爱约不约”“爱咋评咋评”：爱要不要的服务态度', reasonEn: 'take it or leave it' },
  'rude-stop-asking': { reason: '不让买家再问、催（再问也没用、催啥催）：怠慢买家', reasonEn: 'telling the buyer to stop asking' },
  'rude-go-away': { reason: '让买家自己去查、滚去别处、“不送”：打发买家', reasonEn: 'sending the buyer away to fend for themselves' },
  'rude-sized-up': { reason: '拿地域、年龄、身材评判买家（河南的吧？难怪）：歧视买家', reasonEn: "judging the buyer by place, age or body" },
  'rude-mock': { reason: '反话嘲讽（插头都能插反，真是个人才；您说啥就是啥，行了吧）', reasonEn: 'sarcasm dressed as praise or deference' },
  'rude-hehe': { reason: '以冷冷的“呵呵”开头的回话：讽刺买家', reasonEn: 'a cold 呵呵 opening a retort: sarcasm' },
  'rude-school': { reason: '让买家“带上脑子”“先上个小学”：侮辱买家', reasonEn: 'telling the buyer to bring a brain or go back to school' },
  'rude-child-knows': { reason: '“这问题小学生都知道”：贬低买家', reasonEn: '"even a child knows this": belittling the buyer' },
  'rude-your-people': { reason: '“你们那边的人都这么…”：地域歧视', reasonEn: "lumping the buyer's region together" },
  'rude-not-here': { reason: '“别在这絮叨”“少跟我来这套”：呵斥买家', reasonEn: 'telling the buyer to stop their noise' },
  'rude-motive': { reason: '说买家就知道占便宜、就是想要赔偿：恶意揣测买家', reasonEn: 'accusing the buyer of a bad motive' },
  'rude-taunt': { reason: '挖苦买家（早干嘛去了、逗我玩呢、说几遍你才懂）', reasonEn: 'taunting the buyer' },
  'threat-if': { reason: '以差评、投诉为条件威胁买家（差评一个我让你…）：威胁，平台按较重档处罚', reasonEn: "a harm made the consequence of the buyer's review or complaint: a threat" },
  'threat-harm': { reason: '说要找到买家、一直骚扰买家、“看看谁倒霉”：威胁', reasonEn: 'announcing to find, pester or punish the buyer: a threat' },
  'threat-kept': { reason: '说记下了买家的地址、电话、名字（且不是为了发货）：威胁', reasonEn: "the buyer's details said to be kept, not to ship: a threat" },
  'threat-safety': { reason: '提到买家家人或人身安全（小心你全家、走夜路注意点）：威胁', reasonEn: "naming the buyer's family or safety: a threat" },
  'threat-visit': { reason: '说要上门、过去“看看”买家：威胁', reasonEn: 'announcing a visit to the buyer: a threat' },
  'threat-funeral': { reason: '给买家寄花圈、寿衣、纸钱等丧葬用品：严重威胁', reasonEn: 'funeral items sent to the buyer: a grave threat' },
  'threat-expose': { reason: '说要把买家信息发到网上、提到买家孩子的去处：威胁、曝光', reasonEn: "threatening to post the buyer's details or naming their family" },
  'card-photo': { reason: '索要银行卡照片：收款账户信息', reasonEn: "asking for a photo of a bank card: account details" },
  'account-is-phone': { reason: '说收款账号就是自己的手机号：私下收付款的账户', reasonEn: "the payee's account given as the agent's phone number" },
  'bank-card-part': { reason: '银行名后跟卡号的一部分：收款账户', reasonEn: 'part of a card number after its bank' },
  'card-rest': { reason: '卡号分两段给出（前几位…后面是…）：收款账户', reasonEn: 'a card number given in two pieces' },
  'which-bank': { reason: '说要把钱打到买家卡里并问哪个银行：私下付款的账户', reasonEn: "asking the buyer's bank to pay into their card by hand" },
  'which-bank-pay': { reason: '问哪个银行，好让自己或财务打款：私下付款的账户', reasonEn: 'asking which bank, for the agent to pay by hand' },
  'account-noun-ask': { reason: '索要银行账户、收款方式、账户信息：收款账户', reasonEn: 'asking for a bank account or payment details' },
  'payee-bank': { reason: '收款人加银行、或把钱打到某人的某银行卡：收款账户', reasonEn: "a payee named with a bank, or money into someone's card at a bank" },
  'has-card': { reason: '问买家有没有银行卡、好直接打款：私下付款', reasonEn: 'asking whether the buyer has a card to be paid into' },
};
