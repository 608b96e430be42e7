/**
 * A hand-made traditional → simplified table of the characters the built-in
 * words use, pairwise. The product folds with OpenCC's complete table
 * (fold.ts TRAD); tests and the bench add this one so that they run
 * without the OpenCC data.
 */
export const HAND_TRAD_PAIRS =
  '寶宝貓猫東东號号碼码維维衛卫電电話话聯联繫系係系銀银轉转帳账賬账戶户掃扫閒闲閑闲魚鱼鹹咸麗丽說说購购蘇苏寧宁會会' +
  '書书紅红騰腾訊讯釘钉們们媽妈殺杀滾滚廢废腦脑殘残癡痴豬猪賤贱網网連连鏈链機机雞鸡親亲兩两貳贰陸陆進进塊块鬥斗開开' +
  '對对匯汇錢钱給给點点郵邮華华為为個个頭头罵骂瘋疯經经種种雜杂貨货壽寿紙纸幣币約约識识別别長长訂订單单運运線线麼么' +
  '嗎吗這这裡里裏里發发買买賣卖寫写請请問问題题價价優优條条傳传裝装門门無无蕩荡戲戏醜丑狗狗屌屌癢痒擊击陰阴僅仅換换' +
  '號号';
