// Summary bullets (`■…`) opening an article's lead, printed right after another article's last paragraph.
import * as assert from 'node:assert/strict';
import type { LineRole } from '../../../src/core/model';
import { bulletLeadStarts } from '../../../src/core/segment/links/bullets';
import { articlesOf, pageLines } from './pages';

describe('segment bullet leads', () => {
  it('finds the first bullet after finished running text, not a second bullet nor one after a bullet opened the run', () => {
    const texts = [
      '本报杭州3月2日电（记者王明）',
      '市图书馆日前发布了新的借阅规',
      '定，读者凭身份证即可办理借书卡。',
      '■推行“一卡通借”，市民在全',
      '市任一分馆都能借还图书。',
      '■鼓励各区开设夜间阅览室，',
      '方便上班族下班后阅读。',
      '',
      '新华社北京3月2日电 ■今年',
      '全国将新建口袋公园一千座。',
      '■各地将公布公园名录。',
    ];
    const lines = pageLines(texts);
    const roles: LineRole[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
    roles[0] = 'dateline';
    roles[8] = 'dateline';
    assert.deepEqual(bulletLeadStarts(lines, roles), [3]);
  });

  it('starts a new article at a bullet lead printed right after an article ends, below the titles of both', () => {
    const page = [
      '某某晚报 2019年3月2日 星期六',
      '',
      '市图书馆借阅规定更新',
      '',
      '本报杭州3月1日讯（记者王明）',
      '市图书馆日前发布了新的借阅规',
      '定，读者凭身份证即可免费办理',
      '借书卡，每人每次最多借十本书。',
      '“新规定让借书更方便了。”读者',
      '李女士说。',
      '■推行“一卡通借”，市民在全',
      '市任一分馆都能借还图书，无须',
      '再跑总馆。',
      '■鼓励各区开设夜间阅览室，方',
      '便上班族下班后读书学习。',
      '',
      '全民阅读有了新举措（政策解读）',
      '',
      '近日，省里印发全民阅读实施方',
      '案，提出到年底建成一批城市书房。',
    ].join('\n');
    const articles = articlesOf(page);
    const library = articles.find((a) => a.paragraphs.some((p) => p.text.includes('李女士')));
    assert.ok(library, 'the library article is found');
    assert.ok(!library.paragraphs.some((p) => p.text.startsWith('■')), JSON.stringify(library.paragraphs.map((p) => p.text)));
    const lead = articles.find((a) => a.paragraphs.some((p) => p.text.startsWith('■推行')));
    assert.ok(lead && lead !== library, 'the bullet lead opens another article');
  });
});
