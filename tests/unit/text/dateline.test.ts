import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../../src/text/clean';
import { isDatelineOnly } from '../../../src/text/furniture';

describe('datelines in any script', () => {
  it.each(['TNW中文站2016年10月14日07:17', 'TNW中文站 10月14日报道', 'Reuters 28-04-2025', '1:39 PM ET', '2024.09.01. 15:20', '발행 2024.09.01'])('"%s" is a dateline', (t) => {
    expect(isDatelineOnly(t)).toBe(true);
  });

  it.each(["What You'll Need:", 'Open-source software', 'The council met on 12-05-2025 to vote on the harbour plan and its costs.', 'Aotearoa (Māori)'])(
    '"%s" is not',
    (t) => {
      expect(isDatelineOnly(t)).toBe(false);
    },
  );

  it('drops a dateline and a share prompt at the top of a Chinese article, keeps the story', () => {
    const story = '谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识的计算机。';
    const blocks = ['TNW中文站2016年10月14日07:17', '转播到腾讯微博', story].map((text) => ({ text, tag: 'P', linkDensity: 0 }));
    expect(cleanBlocks(blocks).map((b) => b.text)).toEqual([story]);
  });
});
