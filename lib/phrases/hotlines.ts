/**
 * A courier's public service number (安能客服电话 4001-000-001, 顺丰热线
 * 95338 …) named so that the buyer can check a parcel is not the shop's
 * contact (the label rules' logistics case): numbers.ts skips a 400 / 800
 * number whose clause names a courier right before it. The shop's or a
 * brand's own hotline (我们的售后电话 400…, 厂家400) stays a phone number,
 * and so does a courier's personal mobile.
 */

/** Couriers by the names agents write. */
const COURIER = /顺丰|中通|圆通|申通|韵达|极兔|邮政|ems|京东物流|京东快递|德邦|安能|百世|日日顺|跨越|壹米滴答|优速|宅急送|丰网|菜鸟|天天快递|快递公司|物流公司/g;
/** What makes the number the shop's or a brand's own after the courier's name. */
const OWN = /我|咱|店|厂|品牌|售后|师傅|小哥|快递员|派送员|司机|手机/;
/** How far before the number the courier's name may stand (within its clause). */
const REACH = 14;
const isClauseEnd = (c: string) => c === ',' || c === '。' || c === '!' || c === '?' || c === ';' || c === '\n';

/** Whether the 400 / 800 number with `digits` at `start` of `folded` is a courier's public hotline. */
export function courierHotline(folded: string, start: number, digits: string): boolean {
  if (digits.length !== 10 || !/^[48]00/.test(digits)) return false;
  let from = start;
  while (from > 0 && start - from < REACH && !isClauseEnd(folded[from - 1]!)) from--;
  const window = folded.slice(from, start);
  let last = -1;
  COURIER.lastIndex = 0;
  for (let m = COURIER.exec(window); m; m = COURIER.exec(window)) last = m.index + m[0].length;
  return last >= 0 && !OWN.test(window.slice(last));
}
