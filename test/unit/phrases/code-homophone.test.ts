/**
 * 马 for 码 (the sixteenth and seventeenth writers; RULES §2: a QR code is
 * third-party information): 二维马, 收款马, 扫这个马 are the code as surely as
 * 🐎 (which folds to 码), while 马上 ("at once") and a horse stay clean.
 * Our own lines, written beside the writers' misses, not copied from them.
 */
import { describe, expect, it } from 'vitest';
import { findingsIn } from './pattern-table';

describe('马 for 码 in a code word', () => {
  it.each(['加我二维马，图里', '收款马发你了，扫了付', '扫这个马加我', '扫我这个收款马转过来', '扫个马就能进群', 'erweima 在图里'])('holds %s', (text) => {
    expect(findingsIn(text, 'qrcode')).not.toEqual([]);
  });
  it.each(['收款马上到账，您放心', '您扫这个马上就能看到说明', '二维马上给您发官方的', '这匹马的摆件底部有防伪码', '马蹄形的收纳盒', '扫个马上的灰'])('leaves %s', (text) => {
    expect(findingsIn(text, 'qrcode')).toEqual([]);
  });
});
