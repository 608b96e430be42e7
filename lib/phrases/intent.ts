/**
 * Intent without a keyword (issue 21 items 5 and 6), as data: patterns read
 * on the folded text (lower case, half-width, simplified) that find
 * off-platform dealing, review inducement, threats and contempt where no
 * dictionary word stands; detectIntent also runs the detectors of numbers
 * and e-mails written in pieces (pieces.ts). Each pattern's reason and examples
 * are in intent-notes.ts (kept out of the chat bundle); every finding here is
 * a clear case (it holds whatever the category's setting).
 */
import { DIGIT_KIND, detectAtEmails, detectSpelledPhones, detectSplitPhones } from './pieces';
import { detected } from './detected';
import { ACCOUNT_PATTERNS } from './intent-accounts';
import { ASK_PATTERNS } from './intent-asks';
import { CODE_PATTERNS } from './intent-codes';
import { RETORT_PATTERNS } from './intent-retort';
import { DEAL_PATTERNS } from './intent-deals';
import { CONTEMPT_PATTERNS } from './intent-contempt';
import { RUDE_PATTERNS } from './intent-rude';
import { THREAT_PATTERNS } from './intent-threats';
import { SARCASM_PATTERNS } from './intent-sarcasm';
import { SCORN_PATTERNS } from './intent-scorn';
import { SNIDE_PATTERNS } from './intent-snide';
import { startTable, type StartTable } from './start-table';
import type { Finding, PhraseCategory } from './types';

export interface IntentPattern {
  id: string;
  category: PhraseCategory;
  re: RegExp;
  /**
   * The characters a match can start with: the pattern is tried (sticky)
   * only where one stands, not from every position (the p99 budget).
   */
  starts: string;
  /** Its only digit-led alternative is \d+…: tried at a run's first digit only (a later one matches only if that one does). */
  digitRun?: boolean;
  /**
   * What the match takes in before where it is tried, read back from there (a sum before 元: the pattern starts
   * at the rarer 元, its finding at the sum's first digit); the regex's look-behind requires it.
   */
  leadIn?: RegExp;
}

/** What a review or a received order is paid with; 0 元 is none (先用后付, 确认收货后再付款，0元下单). */
const REWARD = '(?:(?:多|再|另外|额外)送|送(?![货到达出])[^，。！？,!?]{0,6}?(?:[一两二三四五六七八九十\\d]|几)(?:片|袋|双|个|盒|瓶|包|支|张|份|件|条|只|套|罐|斤)|红bao|hb(?![a-z])|私(?:我|聊我?|信我?)(?:领|拿)|凭截图领|截图领|免单|奶茶|报销运费|送(?:个|一个|一份|一盒|一瓶|一包|一件|一支|一张)|💰|💵|hongbao|补(?:个|点)(?:💰|钱|现金|红包)|惊喜|🧧|送运费险|返现|返钱|返还|返[你您]|返\\d|返[一二三四五六七八九十两](?:元|块)|(?:打|转)钱|给[你您](?:打|转)钱|(?:发|给)(?:你|您)?(?:个|一个)包(?![裹邮装])|红包|奖励|补偿|补贴|现金|礼品|小礼物|赠品|送[你您]|送\\d|打[0-9一二三四五六七八九]折|优惠券|优惠价|立减|无门槛|(?![0零]\\s*(?:元|块))[\\d一二三四五六七八九十两]+\\s*(?:元|块|rmb))';
/** A review named soon after a reward (返现…好评). */
const REVIEW_SOON = '[^。！？!?\\n]{0,10}?(?:好评|五星|晒图|追评)';
const REVIEW = '(?:买家秀|好评|五星|5星|五分|5分|满分|晒图|晒(?:个|张|一下)图|晒单|晒(?:个|一下)?买家秀|追评|带图评|评价|确认收货|点确认|收货后|确认了(?=就|后|之后))';
/** Off-platform payment: money moved to the agent, around the order. WeChat sending without money (照片我V发你, VX发您) is the contact, not a payment; 直接打给我 beside a number is a call. */
const PAY =
  '(?:转账(?!记录)|(?:钱|款|费|差价|定金|尾款)[^，。！？,!?码不别没]{0,4}(?:转|打|付|给)(?:给|到)?我(?:老婆|老公|媳妇|同事|朋友|家人|哥|姐|弟|妹|爸|妈|助理)|转(?:给)?我(?:就|也)(?:行|好|可以)|转(?:给)?我(?!们)\\s?\\d{1,5}(?![\\d.])|(?:钱|款|费|差价|剩下的?|余下的?|定金|尾款)[^，。！？,!?码不别没]{0,4}(?:(?:转|打|付)给|(?<!交)给)我(?!们)|直接(?:转|付)(?:给)?我(?!们)|直接打(?:给)?我(?!们|电话|手机|[^。！？!?\\n]{0,4}[\\d一二三四五六七八九零幺](?:\\s?[\\d一二三四五六七八九零幺]){2})(?<![\\d一二三四五六七八九零幺]{4}[^。！？!?\\n]{0,4}直接打(?:给)?我)|私下(?:付|转|给|退|补|结|算)|线下付|(?:私下|单独)(?:给(?:你|您))?(?:补|转|返|退)(?:个)?(?:钱|现金|差价|红包)|' +
  '(?:微信|支付宝|zfb|vx|v)(?:直接)?(?:转|付|打|退|返)(?:账|款|钱)?(?:给)?(?:我(?!们)|你|您)|(?:支付宝|zfb)(?:直接)?发(?:账|款|钱)?(?:给)?(?:我(?!们)|你|您)|(?:微信|vx|v)(?:直接)?发(?:账|款|钱)(?:给)?(?:我(?!们)|你|您)|(?:微信|支付宝|zfb)(?:转账|红包)|(?<=[转打付](?:到)?我(?:的)?)(?:支付宝|微信|zfb)|(?<=给(?:你|您))(?:支付宝|微信)(?:转|打)|' +
  '发(?:个)?红包给(?:你|您|我)|红包(?:转|发)给(?:你|您|我)|(?<=[转打汇])过来(?:就行|就好|就可以|即可|吧))';

export const INTENT_PATTERNS: readonly IntentPattern[] = [
  { id: 'review-reward', category: 'deal', starts: '好五5晒追带评确点收满买', re: new RegExp(`${REVIEW}[^。！？!?\\n不没无]{0,14}?${REWARD}`, 'y') },
  { id: 'reward-review', category: 'deal', starts: '返红🧧h', re: new RegExp(`(?:返现|红包|红bao|hb(?![a-z])|🧧|hongbao|返[你您\\d])${REVIEW_SOON}`, 'y') },
  // The same with a sum (5元好评): tried at 元 / 块, not at every number's first digit; the match reaches back over the sum.
  { id: 'reward-review', category: 'deal', starts: '元块', leadIn: /\d+\s*$/, re: new RegExp(`(?<=\\d\\s*)(?:元|块)${REVIEW_SOON}`, 'y') },
  { id: 'change-review', category: 'deal', starts: '改删撤追差', re: /(?:(?:改|删|撤|删除|撤销|追加)(?:个|一下|掉)?(?:成)?(?:好评|差评)|删评|撤评|差评(?:能不能|可不可以|可以|麻烦)?(?:删|撤|改)(?!不)(?:一下|了|掉)?(?:[^。！？!?\n]{0,6}?(?:删|撤|改)(?:了|掉))?)[^。！？!?\n]{0,10}?(?:补|返|红包|给[你您]|退[你您]|送[你您]|[\d一二三四五六七八九十两百]+\s*(?:元|块))/y },
  // Money for dropping a complaint or a bad review (撤销投诉给您补五十): paying the buyer off the record.
  { id: 'drop-complaint', category: 'deal', starts: '撤取删', re: /(?:(?:撤销|撤回|撤掉|撤了|撤|取消|删了|删掉|删除|删)(?:一下|掉|了)?(?:这个|那个)?(?:投诉|举报|纠纷|平台介入|平台仲裁)|(?<=(?:投诉|举报|退款申请|售后申请|退款))(?:撤销|撤回|撤|取消)(?:了|掉)?)[^。！？!?\n]{0,10}?(?:补(?!发|寄|件|货|拍)|返|红包|退[你您](?!款)|钱我|给[你您](?:补|返|转|打|发)(?:个)?(?:钱|红包|[\d一二三四五六七八九十两])|[\d一二三四五六七八九十两百]+\s*(?:元|块))|(?<=(?:钱我|补[你您]|返[你您]|退[你您])[^。！？!?\n]{0,12}?(?:售后|投诉|举报|退款申请|差评))(?:撤|删|取消)/y },
  { id: 'pay-off-platform', category: 'deal', starts: '转钱款费差直私线微支zvf发红过剩余单定尾', re: new RegExp(PAY, 'y') },
  { id: 'skip-order', category: 'deal', starts: '不别无跳直链拍麻费私单', re: /(?<=(?:下单|拍单|拍下|走订单)(?:太|有点|比较)?)(?:麻烦|不方便|费事)(?:的话)?[^。！？!?\n]{0,4}?直接(?:给我转|转我|转给我|付给我|打给我)|(?<=加价)(?:私发|私下发|单独发|私卖|私下卖)|(?:不用|不必|别|不要|无需)(?:在平台|在这里|在这边|在拼多多|在这)?(?:拍|下单|走订单|拍下)[^。！？!?\n]{0,8}?(?:直接|私下|转|付|给我)|不拍(?:链接)?[^。！？!?\n]{0,4}?直接(?:付|转|给|打)|不能在(?:这里|这边|平台|拼多多)(?:拍|下单|付)(?=[^。！？!?\n]{0,8}?(?:平台|系统)(?:会)?(?:看到|查到|发现))|链接拍(?:了|下)(?:我)?(?:也)?不发(?!货?(?:可以|的话|就|会|能))|拍了我(?:也)?不发|跳过(?:订单|平台)|别走(?:平台|订单|拼多多)|不(?:想|用|必)?走(?:订单|平台|拼多多)|直接(?:找|联系)我(?:买|拿|订|下单)|(?:不用|不必|别|不要|无需)再?在(?:平台|拼多多|这里|这边)上?(?:拍|下|买|付)/y },
  // The platform's own shop group (拼多多店铺粉丝群, in the app under 群聊) is no private channel; 拉你进群 still holds.
  { id: 'private-group', category: 'deal', starts: '福粉会v内优领秒拉群专私老回宠', re: /(?<!(?:拼多多|多多|平台)(?:的)?(?:店铺|店)?(?:的)?)(?:福利群|粉丝群|会员群|vip群|老客户?群|回头客群|宠粉群|内部群|优惠群|领券群|秒杀群|专属群|私人群|拉(?:你|您)(?:进)?(?:个|我们的?)?(?:售后|宝妈|粉丝|vip|福利|会员|老客户?)?群|群里(?:领|发|有)(?:券|红包|福利))/y },
  // Moving the after-sales exchange off the platform ("视频发您微信") and perks for adding a contact ("加v领红包").
  { id: 'send-elsewhere', category: 'deal', starts: '视照图文资教', re: /(?:视频|照片|图片|文件|资料|教程)[^。！？!?\n别勿没]{0,10}?(?<!不|不用|不要|不能|别|勿|没|无需|不需要)发(?:到|给)?(?:你|您|我)?的?(?:[微薇威维徽]信|v信|vx|wx|qq)/y },
  {
    id: 'contact-perk',
    category: 'deal',
    starts: '加添扫联私找',
    re: /(?:(?:加|添加|扫码加)(?:我|我们|客服|个|一下|的)*(?:微信|薇信|v|vx|wx|qq|q|企鹅|好友|群)[^，。！？,!?]{0,8}?|(?:联系|私聊|找)(?:我|客服))(?:领|送|返|发|有|享)(?:个|张|份)?(?:红包|优惠券|券|福利|现金|礼品|小礼物|返现|赠品|补贴|奖励)/y,
  },
  { id: 'refund-private', category: 'deal', starts: '退差补钱回之到晚过完', re: /(?:退款|差价|补偿)[^。！？!?\n没不别]{0,6}?(?:私下|单独|直接)(?:给|转|打)|钱[^，。！？,!?\n]{0,4}?(?:私下|单独|直接|另外)(?:转|打|给)(?:给)?(?:你|您|过去)|(?:回头|之后|到时候|晚点|过后|完了)我(?:再)?(?:私下|单独|另外)转(?:给)?(?:你|您)/y },
  // A price talked over in private (私下聊价格好说), or the private chat named as where the sale closes (这个价只能私聊成交, 私聊更便宜);
  // 私聊发你优惠 / 私聊有老客价 stay a contact (the writers label them so).
  { id: 'private-price', category: 'deal', starts: '私', re: /私下(?:聊|谈|说)[^。！？!?\n]{0,6}?(?:价|便宜|优惠|好说)|私聊(?:更|才|会|能|就|可以)?(?:便宜|优惠|成交|交易)/y },
  { id: 'group-perk', category: 'deal', starts: '进加入', re: /(?:进|加|入)(?:个|我们的?)?群(?:就|即|可|可以|后)?(?:领|送|有|抢|享|拿|返)/y },
  { id: 'refund-rebate', category: 'deal', starts: '拍退不', re: /(?:拍下|退款|不发货)[^。！？!?\n]{0,12}?(?:返(?:现|你|您|\d)|再(?:给|返|转)(?:你|您))/y },
  // A card or account number given with its cue, whatever its check digit (the Luhn-checked detector misses a mistyped one); a company
  // account of 12 to 15 digits right after 账号 (对公账号 5719 0812 3410 602: banks number them so; a card has 16 to 19).
  {
    id: 'account-number',
    category: 'bank',
    starts: '银建工农招中交汇收户卡账帐开打转支z',
    re: /(?:银行|[建工农招中交]行|汇款|收款人|户名|卡号|账号|帐号|账户|帐户|卡上|卡里|卡|开户行|打到|转到|汇到|支付宝|zfb)[^0-9零〇一二三四五六七八九。！？!?\n]{0,10}?[0-9零〇一二三四五六七八九](?:[ ,，、-]?[0-9零〇一二三四五六七八九]){15,18}(?![0-9零〇一二三四五六七八九])|(?:账号|帐号)(?:是|为)?[:：\s]*\d{4}(?:[ -]?\d){8,11}(?![\d.])|(?<!会员|手机|电话|储值|购物|积分)卡号(?:的)?(?:前面|开头|前四位|前六位|后四位|尾号|末尾)?(?:是|为)?[:：\s]*\d{4}|(?:支付宝|zfb)(?:账号|帐号|账户|号)?(?:是|为)?[:：\s]*(?:1[3-9]\d[*＊]{4}\d{4}|1[3-9]\d(?:[ -]?\d){8}|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,6}|[a-z][a-z0-9_.-]{4,})/y,
  },
  // A bank named with the last digits, in figures or in words, or a card in groups (农业银行，尾号3306 / 浦发 尾号 六六二一 / 招行 6214 8300 xxxx 5521), or asked for to pay into (哪个银行的？我让财务打过去).
  {
    id: 'bank-named',
    category: 'bank',
    starts: '建工农招中交邮民浦兴光平哪什',
    re: /(?:[建工农招中交]行|(?:农业|工商|建设|招商|中国|交通|邮政|邮储|民生|浦发|兴业|光大|平安)银行|浦发|民生|兴业|光大|中信|邮储)(?:的)?(?:卡|储蓄卡)?[^。！？!?\n\d]{0,8}?(?:(?:尾号|卡号|账号|末四位|后四位)(?:是|为)?[:：\s]*(?:\d{4}|[零〇一二三四五六七八九]{4})|\d{4}(?:[ -]?[\dx*]{4}){2,4})|(?:哪个|哪家|什么)银行(?:的)?(?:卡)?[^。！？!?\n]{0,10}?(?:打|转|汇)(?:过去|给[你您]|到)/y,
  },
  // A mobile number given in scrambled pieces: its head, then its middle and last four named (号码是1 3 6，后四位0088，中间是5521).
  { id: 'phone-pieces', category: 'phone', starts: '号电手', re: /(?<!订单|快递|运单|单)(?:号码|电话|手机)(?:号)?(?:是|为)?[:：\s]*1\s?[3-9]\s?\d(?!\s?\d)(?=[^。！？!?\n]{0,24}?中间(?:是|为)?\s?\d{4})(?=[^。！？!?\n]{0,24}?(?:后四位|后面|尾号|后4位)(?:是|为)?\s?\d{4})/y },
  // A mobile number's head and its last four apart (打这个：177 2091，后四位 6688), a landline's area code apart (区号0755，号码 2658 1133).
  { id: 'phone-halves', category: 'phone', starts: '1', digitRun: true, re: /1[3-9]\d[ -]?\d{4}(?![ -]?\d)[^。！？!?\n\d]{0,6}?(?:后四位|后4位|后面四位|最后四位|尾号|尾数)(?:是|为)?[:：\s]*\d{4}(?!\d)/y },
  { id: 'area-code', category: 'phone', starts: '区', re: /区号(?:是|为)?[:：\s]*0\d{2,3}[^。！？!?\n\d]{0,6}?[2-9]\d{2,3}[ -]?\d{4}(?!\d)/y },
  // A group number (群号702836615（扣群）): a QQ group to join.
  { id: 'group-number', category: 'contact', starts: '群', re: /群号(?:是|为)?[:：\s]*[1-9](?:\s?\d){5,10}(?!\s?\d)/y },
  // Tried only where 付 / 6 stand (a rare start each, kept apart from the long alternations above).
  { id: 'pay-me', category: 'deal', starts: '付', re: /付(?:给)?我就(?:行|好|可以)/y },
  // Money asked for straight, to the agent's own place, in person or in cash (给我打钱, 定金付到我这, 当面给师傅, 现金结账): a payment
  // like PAY's (the same id, so scope reads it as one); each tried from a rare character, any look-behind after it.
  {
    id: 'pay-off-platform',
    category: 'deal',
    starts: '给我当现',
    re: /给我(?:打|转)(?:钱|款)(?<!(?:不要|别|不用|不能)给我..[钱款])|我(?=这|这里|这儿|这边)(?<=(?:[付转]|(?<=(?:钱|款|费|金)\s?(?:先|就|都|直接)?)交|(?:钱|款|费|金)[^，。！？,!?]{0,3}打|打(?=[^，。！？,!?]{0,4}?(?:钱|款|费|金)))[^，。！？,!?]{0,6}?(?:到|给)我)(?:这里|这儿|这边|这)(?!们)|当面(?:给|付|交)(?:师傅|我)(?!们)|现金(?:结账|结算|交易)|我(?:这边)?收现金/y,
  },
  { id: 'card-in-words', category: 'bank', starts: '六', re: /六\s?二(?:\s?[零〇一二三四五六七八九]){14,17}(?![零〇一二三四五六七八九])|六\s?二(?:\s?[零〇一二三四五六七八九]){6,}(?=[^。！？!?\n]{0,8}?卡)/y },
  // The head of a card given apart (前面是6222 0236).
  { id: 'card-head', category: 'bank', starts: '前开', re: /(?:前面|前几位|前[六八四4-8]位|开头)(?:是|为)?[:：\s]*6\s?2\d{2}(?:[ -]?\d){2,}/y },
  { id: 'card-then-pay', category: 'bank', starts: '6', re: /6\s?2(?:\s?\d){2}(?:[ -]?\d){12,15}(?!\d)(?=[^。！？!?\n]{0,6}?(?:转|打|汇|卡|账户|这张))/y },
  { id: 'to-card', category: 'bank', starts: '钱款打转汇', re: /(?:(?:钱|款)[^，。！？,!?]{0,3})?(?:打|转|汇)(?:到|进)(?:我的?|这张|这个)(?:[建工农招中交]行|[^，。！？,!?]{0,4}银行)?(?:卡|银行卡|账户|帐户)/y },
  // A code scanned to add, pay, follow or join (扫一下包裹里卡片上的码加我), the QR word left out.
  // Also the picture or 它 / 这个 scanned to reach the agent (扫这个图，就到我私人号了, 有问题扫它直接找我, 扫下这个，加上之后), 码 written
  // 玛 / 吗 (扫玛付款), a code offered and then scanned (给你看个码，扫了有惊喜, 码给你发了，扫完通过一下, 小方块码扫了能找到我本人, 黑白格子的图扫了
  // 就能加上我), a payment routed through one (尾款走这个码).
  { id: 'scan-code', category: 'qrcode', starts: '扫码图', re: /扫(?:一扫|一下|下)?(?:[^，。！？,!?码]{1,10}码[,，]?(?:就能|就可以|能|可以)?|(?:我发(?:你|您)?的)?(?:下面|上面)?(?:这|那)?(?:张|个)?(?:图|图片|qr)(?:里的码)?[,，]?(?:就能|就可以|就)?|它(?:就|直接)?|(?:这|那)个[,，]\s?|[玛吗](?=付|支付|加))(?:加|进群|付|支付|付款|领|关注|添加(?!设备)|补|转|找我|(?:到|跳到)我的?(?:私人|个人)?号)|码(?<=(?:个|张|的|块|格)码)[^。！？!?\n]{0,4}?扫(?:了|完|一下|下)?[^。！？!?\n,，]{0,4}?(?:加(?![湿热速厚长宽])|关注|进群|领|有惊喜|是我们的|找到我|找我|联系你|联系您|(?:跳|到)(?:到)?我)|图(?<=(?:的|这张|那张|这个|那个)图)[^。！？!?\n]{0,2}?扫(?:了|完|一下|下)?[,，]?\s?(?:就能|就可以|就|会|能)?(?:加(?![湿热速厚长宽])|关注|进群|领|有惊喜|是我们的|找到我|找我|联系你|联系您|(?:跳|到)(?:到)?我)|码(?<=(?:^|[，,\s])码)(?:给|发)[你您]?(?:发)?了[啊哈呀]?[,，]\s?扫(?:了|完|一下)?(?:就能|就)?(?:加|通过)|码(?<=(?:尾款|定金|运费|差价|货款)走(?:这个|这|那个)?码)/y },
  // A QQ number after the penguin or a homophone of QQ ("企鹅：44556677").
  { id: 'qq-number', category: 'contact', starts: '企扣抠球口秋', re: /(?:企鹅|扣扣|抠抠|球球|口口|秋秋)(?:(?:号|号码)?(?:是|为)?[:：\s]*[1-9一二三四五六七八九](?:\s?[\d零〇一二三四五六七八九幺]){4,10}(?!\s?[\d零〇一二三四五六七八九幺])|[^。！？!?\n\d]{0,6}?(?:号|发你了|发您了|发给你|发给您|加|是|👉|:)[^。！？!?\n\d]{0,4}?[1-9一二三四五六七八九](?:\s?[\d零〇一二三四五六七八九幺]){4,10}(?!\s?[\d零〇一二三四五六七八九幺]))/y },
  // A QQ number after q: in Chinese numerals or spaced digits (Q：二七六五三一零零八); a bare q stands alone, not inside a word.
  { id: 'qq-number', category: 'contact', starts: 'q', re: /(?<![a-z])qq?(?:(?:号)?[:：]|群(?:号)?[:：]?)\s*[1-9一二三四五六七八九](?:\s?[\d零〇一二三四五六七八九]){4,10}(?!\s?[\d零〇一二三四五六七八九])/y },
  // Patterns read backwards from a rarer character (a lookbehind is paid only where they may start).
  { id: 'pay-buyer', category: 'deal', starts: '转打给', re: /(?<=我(?!们)(?:直接|私下|单独|另外|再)?)给[你您](?:转|打)(?:个)?[\d一二三四五六七八九十两几]+\s*(?:块|元)|(?<=我(?!们)(?:直接|私下|单独|另外|再)?)(?:转|打)(?:给)?[你您][^，。！？,!?]{0,2}?[\d一二三四五六七八九十两几]+\s*(?:块|元)|(?<=(?:运费|差价|补偿|钱|款|费用)我(?:直接|私下|单独|另外)?)(?:转|打)(?:给)?(?:你|您)/y },
  { id: 'skip-order-2', category: 'deal', starts: '直那外别其', re: /(?<=[在去到])(?:别处|别的地方|其他地方)(?:拍|下单|付款)|(?<=(?:下次|以后|再买|再要)[^。！？!?\n]{0,4}?)直接(?:找|联系|私聊)我(?!们)|(?<=(?:别|不要|不用)(?:付|拍|下单)[^。！？!?\n]{0,12}?)(?:那边|外面|别处)(?:付|拍|买)/y },
  {
    id: 'threat-3',
    category: 'abuse',
    starts: '门付花寿纸冥骨棺白丧多楼混查找网',
    re: /(?<=我(?!们)[^，。！？,!?]{0,4}?(?:去|到)你(?:家|单位|公司|学校))(?:门口|楼下)|(?<=让你[^，。！？,!?]{0,6}?)混不下去|(?<=你(?:家|住)[^。！？!?\n]{0,10}?我(?!们)(?:都|也)?)(?:查得到|找得到)|(?<=你的?(?:地址|住址|电话|信息|照片)我(?:会|要|就)(?:发到|挂到|贴到))网上|(?<=上)门找你|(?<=对)付你(?!的|们)|(?<=(?:给你|你家)[^。！？!?\n]{0,12}?)(?:花圈|寿衣|纸钱|冥币|骨灰盒|棺材|白事用品|丧葬用品)|(?<=(?:还|怎么)(?:这么|那么))多事/y,
  },
  // Threats hold always (RULES §2 tier 2–3).
  {
    id: 'threat',
    category: 'abuse',
    starts: '我你给后有让小寄送买', re: /我(?:们)?(?:知道|晓得|查到|有)(?:了)?(?:你|您)(?:家)?(?:住哪|住在|的?地址|家在|在哪|的?电话|的?手机号|的?(?:单位|公司|学校|小区)(?:在哪|是哪|地址))|你(?:给|敢给|再给)?(?:个)?差评(?:试试|你试试|看看)|你给我等着|给我等着|你(?:就)?等着收(?:快递|包裹|礼物|东西)|你等着瞧|后果自负|有你好果子吃|让你好看|小心你的|(?:寄|送|买)(?:给)?(?:你(?!们))?(?:个|一个|一套|点|些|一箱|一包|一堆|几个)?(?:花圈|寿衣|纸钱|冥币|骨灰盒|棺材|白事用品|丧葬用品|挽联|遗像|香烛)/y,
  },
  {
    id: 'threat-2',
    category: 'abuse',
    starts: '走咱你我差出晚吃别信找后收等记让小叫给早全有曝把人怕慢天每打孩家老付半深夜知',
    re: /(?:咱们?)?走着瞧|(?<=^|[，,。！!])知道(?:你|您)(?:家)?住(?:哪|在)|你(?:就|给我)?等着(?:吧|啊|呢|瞧)?(?=$|[。！!，,~…\s])|你(?:最好|给我)(?:小心|当心|注意)|你(?:小心|当心)(?:点|些)(?:吧|啊)?(?=$|[。！!])|(?:出门|走路|晚上|夜里)[^。！？!?\n]{0,4}?(?:小心|当心)(?:点|些)(?:吧|啊)?(?=$|[。！!])|差评[^。！!\n]{0,6}?试试|你(?:要是)?敢(?:给|打)?(?:个)?差评|吃不了兜着走|别怪我不客气|信不信我(?!们)|找人(?:去你家|收拾你|弄你)|后果你?(?:自己)?(?:负|承担)|付出代价|我不会放过你|(?:晚上|半夜|深夜)(?:等我|给你打)的?电话|收拾你(?!的|们)|你(?:就)?等着(?:看|瞧|倒霉|吃亏|被)|你(?:的|住的?|家)?(?:那个)?(?:小区|地址|住址|单位|公司|村|楼)[^。！？!?\n]{0,12}?我(?!们)(?:都|也|已经)?(?:知道|记着|查到|去过)|我(?:已经)?把你的?(?:地址|电话|信息|住址)记下|等着(?:收)?[^。！？!?\n]{0,2}花圈|我(?:有|记得|记下了?)你(?:的|家)?(?:地址|电话|手机号)|你(?:家)?的?(?:地址|住址|电话)我(?:这|这边|这里)?(?:可是|可)?(?:都|也)?(?:有|知道|查到|记着|记住|记下)|你(?:住|家在)[^。！？!?\n]{0,14}?我(?!们)(?:都|已经)?(?:记住|记下|知道|查到)了|你最好别(?:给)?差评|记住你了(?=$|[。！!])|让我(?:在路上)?碰到你|你的(?:信息|资料)我(?:们)?都有|小心你(?:的)?家(?:里)?人|(?:让|叫)你后悔|你会后悔的|给你家寄(?:点|些)东西|我认识你们?那边的人|你家门口见|(?:找|让|叫)(?:几个)?人(?:上门)?(?:找你|去你|到你|上你)|你晚上睡得着|早日升天|给你烧(?:点|些)?纸|全家死|你的?(?:地址|住址|电话|信息)我(?:已经)?(?:发给|给了|告诉)(?:了)?(?:我的?)?(?:朋友|兄弟|别人|道上|大家)|差评我(?:们)?(?:都)?记(?:下|住)了|有种你|曝光你|你(?:要是)?敢(?:再)?(?:退|投诉|举报|申请|写)[^，。！？,!?]{0,4}?试试|(?:怕|小心|信不信)我(?!们)[^，。！？,!?]{0,3}?上门|把你(?:的)?(?:信息|照片|电话|地址|资料)(?:挂|发到网上|发网上|贴到网上|发到群里|曝光)|找(?:到|上)你(?:家|公司|单位|门口)|慢慢等着|(?:天天|每天)(?:给你打电话|打你电话)|打爆你的?电话|(?:孩子|家人|老婆|老公)在哪(?:上学|读书|上班|工作)[^。！？!?\n]{0,4}?我(?:都)?(?:知道|清楚)|人肉你|走夜路(?:小心|当心)/y,
  },
  {
    id: 'contempt-2',
    category: 'abuse',
    starts: '看事烦有写你是自到长字说这就几第谁再拉爱十又跟很',
    re: /看不懂[^，。！？,!?]{0,4}?(?:吗|嘛|么)|就你有问题|就你(?:事|毛病)多|你们?这种(?:买家|人|顾客|客户|客人)|自己不会(?:弄|装|用|看)(?:吗|啊|嘛)|第一天(?:上网|网购|买东西)|谁让(?:你|您)不|再问(?:一次|一遍|一句)?(?:我)?(?:就|直接)拉黑|跟(?:你|您)沟通(?:真|太|好)费劲|(?:很难|有那么难|这么难)(?:理解|懂|明白)(?:吗|嘛|么)|拉黑你|你说话注意点|爱咋咋地|就(?:这么|这)点钱|长哪(?:去|里)?了|看清楚(?:了)?再问|字都不认识|说了你也不懂|说了(?:多少|八百|好几|几)次|事多就别|这点(?:小)?事(?:都|也)(?:来)?问|看不懂啊|自己不会看|到底(?:买不买|要不要)|事儿?(?:真|太|怎么这么|咋这么|这么)多|烦不烦|有完没完|写得(?:清清楚楚|明明白白)(?![^\n]*(?:我再发|我发|再发|给您|截图|没关系|我标))|你是(?:不是)?(?:瞎|傻)|是不识字|你(?:的)?问题(?:怎么|咋)?(?:这么|那么|真|太)多|自己不会(?:百度|查|搜|上网查)|又不是你(?:家)?(?:的)?(?:保姆|佣人|仆人|爹|妈)|这么简单(?:的(?:事|东西))?(?:都|也|还)(?:不会|[装弄搞用修看学]不(?:好|会|懂|明白|了))|这么简单的?(?:事|事情|东西|问题)?(?:都|也|还)(?:要|得)(?:人|我)?(?:教|问)|(?:十几|几十|几)块(?:钱)?的(?:东西|玩意儿?)[^，。！？,!?]{0,6}?(?:要求(?:还|真|挺|这么|那么){0,2}(?:多|高)|事(?:还|真|挺|这么){0,2}多|还(?:想|挑|要求|嫌))/y,
  },
  // Contempt, blame and sarcasm without an insulting word.
  {
    id: 'contempt',
    category: 'abuse',
    starts: '不看说详描自你怪穷买还要第没那是跟我用有能', re: /是你自己[^。！？!?\n]{0,14}?(?:来找我|找我们|怪我|怪谁)|(?:不会|看不懂|不认)(?:看)?字|(?:说明书|详情页?|描述)(?:都|也)?(?:不会看|看不懂|不看)|(?:自己|你)(?:不会看|不看)(?:说明书|详情|描述)?(?:怪谁|吗|啊)|怪谁(?:呢|啊)?|怪我(?:们)?咯|你自己(?:弄|搞|修|装|去弄|想办法|看着办)|自己(?:弄去|搞去|修去|想办法去)|穷就别|买不起|自己(?:看|查|翻|读)(?:说明书|详情页?|描述|尺码表)去|说了(?:多少|八百|好几|几)遍(?![^。！？!?\n]{0,10}?(?:没说清|没讲清|是我的问题|是我没|我的错))|(?:还要|要)我说几遍|第一次网购|没见过世面|你行你上|(?:那是|(?<!不)是)(?:你|您)(?:自己)?的问题|跟我(?:有)?什么关系|我又不是你|用不起就别|有没有脑子|能不能(?:长点心|用点脑)/y,
  },
  // Accounts asked for or given in other words, and dealing named by its structure (intent-accounts.ts, intent-deals.ts).
  ...ACCOUNT_PATTERNS,
  ...DEAL_PATTERNS,
  // The buyer's phone number asked for by its structure (intent-asks.ts).
  ...ASK_PATTERNS,
  // Rude service and threats by their structure (intent-rude.ts, intent-contempt.ts, intent-threats.ts).
  ...RUDE_PATTERNS,
  ...CONTEMPT_PATTERNS,
  ...THREAT_PATTERNS,
  // Second round of rude service and veiled threats by structure (intent-sarcasm.ts, intent-scorn.ts).
  ...SARCASM_PATTERNS,
  ...SCORN_PATTERNS,
  // Third round: retorts by their frame (intent-retort.ts).
  ...RETORT_PATTERNS,
  // Fourth round: the buyer ranked low, brushed off, defied, taunted with money (intent-snide.ts).
  ...SNIDE_PATTERNS,
  // Codes offered without the QR word, chat handles (intent-codes.ts): last, so the patterns before keep their places.
  ...CODE_PATTERNS,
];

/** The ids of the patterns above: a finding carrying one came from intent (scope may lower a deal one). */
export const INTENT_IDS: ReadonlySet<string> = new Set(INTENT_PATTERNS.map((p) => p.id));


/** Per character and the next: the patterns worth trying there (start-table.ts), made on the first scan, not when the engine loads. */
let startsTable: StartTable | null = null;

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** How far back a lead-in is read (a sum and its spaces). */
const LEAD_IN_REACH = 32;

/** Tries `p` (sticky) at `i`; a match joins `out`. Returns where the pattern may next start. */
function tryAt(p: IntentPattern, text: string, folded: string, i: number, out: Finding[]): number {
  p.re.lastIndex = i;
  const m = p.re.exec(folded);
  if (!m || m[0].length === 0) return i + 1;
  const end = i + m[0].length;
  const ruleId = p.category === 'abuse' ? 'chat-abuse' : 'chat-contact';
  const start = p.leadIn ? i - (p.leadIn.exec(folded.slice(Math.max(0, i - LEAD_IN_REACH), i))?.[0].length ?? 0) : i;
  out.push(detected(text, p.category, ruleId, start, end, true, p.id));
  return end;
}

/** Where the digits of the text being read stand (reused; grown for a longer text). */
let digitAt = new Int32Array(512);

/** Per pattern, where it may next start in the text being read (reused: one array, cleared per text). */
const nextFrom = new Int32Array(INTENT_PATTERNS.length);

/** Intent patterns (tried only where a character they start with stands), split phones and (at) e-mails, appended to `out`. */
export function detectIntent(text: string, folded: string, out: Finding[]): void {
  nextFrom.fill(0);
  const table = (startsTable ??= startTable(INTENT_PATTERNS));
  table.newText();
  const starts = table.starts;
  if (digitAt.length < folded.length) digitAt = new Int32Array(folded.length * 2);
  let digits = 0;
  let financial = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // A digit, Arabic or Chinese: where it stands, for the numbers given in pieces.
    if (DIGIT_KIND[c]) {
      digitAt[digits++] = i;
      financial ||= DIGIT_KIND[c] === 2;
    }
    if (starts[c] === 0) continue;
    const next = folded.charCodeAt(i + 1);
    const patterns = table.at(c, next);
    if (patterns.length === 0) continue;
    const afterDigit = isAsciiDigit(c) && isAsciiDigit(folded.charCodeAt(i - 1));
    const third = folded.charCodeAt(i + 2);
    for (const k of patterns)
      if (i >= nextFrom[k]! && !(afterDigit && INTENT_PATTERNS[k]!.digitRun) && table.third(k, c, next, third)) nextFrom[k] = tryAt(INTENT_PATTERNS[k]!, text, folded, i, out);
  }
  if (digits >= 11) detectSplitPhones(text, folded, out, { at: digitAt, count: digits, financial });
  detectAtEmails(text, folded, out);
  detectSpelledPhones(text, folded, out);
  if (folded.includes(PENGUIN)) detectPenguin(text, folded, out);
}

/** A QQ number after QQ's penguin ("🐧 1234567890"): looked for only where the emoji stands. */
const PENGUIN = '\u{1F427}';
const PENGUIN_NUMBER = /\u{1F427}\s*(?:号|号码)?(?:是|为)?[:：\s]*[1-9](?:\s?\d){4,10}(?!\s?\d)/gu;

function detectPenguin(text: string, folded: string, out: Finding[]): void {
  for (const m of folded.matchAll(PENGUIN_NUMBER)) {
    const end = m.index + m[0].length;
    out.push(detected(text, 'contact', 'chat-contact', m.index, end, true, 'qq-number'));
  }
}
