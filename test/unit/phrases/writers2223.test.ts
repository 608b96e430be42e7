/**
 * Issue 21's twenty-second and twenty-third independent writers (2026-12-07; they
 * never read the code), copied unchanged: 408 and 415 messages. Tuning text
 * (for the rules; for the model once in TUNING of scripts/lib/phrase-model.ts).
 * w22 is weighted to deal 30 % without app names or banned words (私下, 走线下,
 * 加价私发, 好评截图返N元, paying to drop an after-sales request), bank 20 % (some
 * lines also carry a deal where the buyer is told to transfer), abuse 20 %,
 * contact 15 %, phone 15 %; w23 to abuse 31 %, contact 20 % (vague names such as
 * 绿色那个聊天软件), bank 15 % (zfb, 蓝色那个软件), deal 15 %, phone 10 %, QR code 10 %.
 * First score, engine as on main (ad918b5) before any use of them:
 * w22 0.970 / 0.885 (abuse R 0.730, bank R 0.833, deal P/R 0.765/0.886, phone 0.926/0.926),
 * w23 0.981 / 0.849 (abuse R 0.741, contact P/R 0.848/0.757, deal P 0.475, phone R 0.778,
 * QR code R 0.889).
 * The round's rules (型号 before a model code, a wish echoed and refused, chat apps under other names, 售后专线, deals
 * without an app's name, rude service without a rude word; classes2223.test.ts) and the model retrained on the 22 tuning
 * files: w22 0.994 / 0.962, w23 0.994 / 0.951; with 0 元, the platform's shop group and WeChat described (绿色那个软件):
 * w22 1.000 / 0.962, w23 1.000 / 0.957.
 * The floors are the level reached: a change that loses ground fails here.
 */
import { writerFloors } from './writer-floors';

const TRAIN = [
  { file: 'test/corpus/phrases-train-w22.json', messages: 408, precision: 0.995, recall: 0.96 },
  { file: 'test/corpus/phrases-train-w23.json', messages: 415, precision: 0.995, recall: 0.955 },
];

writerFloors('twenty-second and twenty-third writers: tuning sets (misses printed)', TRAIN, false);
