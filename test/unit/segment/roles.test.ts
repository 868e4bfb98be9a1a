// Unit tests of the line-role detectors: dateline, byline (with its name logic), caption, furniture, headline split.
import * as assert from 'node:assert/strict';
import { matchClosingDateline, matchClosingDatelineCredit, matchLeadingDateline } from '../../../src/core/segment/roles/dateline';
import { matchBareCredit, matchLeadingCredit, matchTrailingCredit, parseCredit } from '../../../src/core/segment/roles/byline';
import { looksLikeName } from '../../../src/core/segment/roles/names';
import { isPhotoCredit, looksLikeCaption } from '../../../src/core/segment/roles/caption';
import { detectFurniture, isJumpLine, isSectionLabel } from '../../../src/core/segment/roles/furniture';
import { isHeadlineCandidate, splitHeadlineBlock } from '../../../src/core/segment/roles/headline';

describe('segment roles', () => {
  describe('dateline', () => {
    const cases: readonly (readonly [string, string, string, string])[] = [
      ['本报聊城4月19日讯(记者', '本报聊城4月19日讯', '聊城', '4月19日'],
      ['本报北京1月14日电', '本报北京1月14日电', '北京', '1月14日'],
      ['新华社北京1月14日电（记者张三）', '新华社北京1月14日电', '北京', '1月14日'],
      ['据新华社墨西哥城1月30日电', '据新华社墨西哥城1月30日电', '墨西哥城', '1月30日'],
      ['本报华盛顿1月31日电', '本报华盛顿1月31日电', '华盛顿', '1月31日'],
      // An agency's special dispatch, and a date in full-width digits.
      ['新华社东京3月5日专电（记者张三）', '新华社东京3月5日专电', '东京', '3月5日'],
      ['本报杭州１２月３日讯（记者', '本报杭州１２月３日讯', '杭州', '１２月３日'],
    ];
    for (const [input, text, place, date] of cases) {
      it(`reads ${input}`, () => {
        const m = matchLeadingDateline(input);
        assert.ok(m);
        assert.equal(m.text, text);
        assert.equal(m.place, place);
        assert.equal(m.date, date);
        assert.equal(m.length, text.length);
      });
    }
    it('reads a bracketed closing dateline', () => {
      const m = matchClosingDateline('（本报华盛顿1月31日电）');
      assert.ok(m);
      assert.equal(m.text, '本报华盛顿1月31日电');
      assert.equal(m.length, '（本报华盛顿1月31日电）'.length);
    });
    it('reads the short forms without place and date: 本报电, 据新华社电', () => {
      assert.deepEqual(matchLeadingDateline('本报电北京大兴国际机场日前'), { text: '本报电', place: null, date: null, length: 3 });
      assert.equal(matchLeadingDateline('据新华社电（记者王昆）')?.text, '据新华社电');
      assert.equal(matchLeadingDateline('新华社电视台报道'), null);
    });
    it('reads a closing bracket holding dateline and credit, over a line end', () => {
      const m = matchClosingDatelineCredit('（据新华社电 记者阿依努尔、宿\n传义）');
      assert.ok(m);
      assert.equal(m.dateline.text, '据新华社电');
      assert.equal(m.credit, '记者阿依努尔、宿\n传义');
      assert.deepEqual(parseCredit(m.credit.replace(/\n/g, ' '))?.reporters, ['阿依努尔', '宿传义']);
    });
    it('does not take running text for a dateline', () => {
      assert.equal(matchLeadingDateline('本报记者了解到，4月19日召开会议'), null);
      assert.equal(matchLeadingDateline('日前，记者了解到'), null);
      assert.equal(matchClosingDateline('（本报华盛顿1月31日电）还有正文'), null);
    });
  });

  describe('byline', () => {
    it('splits reporters and correspondents: (记者 谢晓丽 通讯员 苗素红)', () => {
      const m = matchLeadingCredit('(记者 谢晓丽 通讯员 苗素红) 日');
      assert.ok(m);
      assert.deepEqual(m.parsed, { reporters: ['谢晓丽'], correspondents: ['苗素红'], authors: [] });
      assert.equal(m.length, '(记者 谢晓丽 通讯员 苗素红)'.length);
    });
    it('reads names joined by 、: （记者张三、李四）', () => {
      assert.deepEqual(parseCredit('记者张三、李四'), { reporters: ['张三', '李四'], correspondents: [], authors: [] });
    });
    it('reads （本报记者 张三） and letter-spaced role words and names', () => {
      assert.deepEqual(parseCredit('本报记者 张三'), { reporters: ['张三'], correspondents: [], authors: [] });
      assert.deepEqual(parseCredit(' 记 者 邹 春 宇 、 孟 俊 莉 '), { reporters: ['邹春宇', '孟俊莉'], correspondents: [], authors: [] });
    });
    it('reads a credit broken over a line end: 记者\\n谢晓丽', () => {
      assert.deepEqual(parseCredit('记者\n谢晓丽 通讯员 苗素红'.replace(/\n/g, ' ')), { reporters: ['谢晓丽'], correspondents: ['苗素红'], authors: [] });
    });
    it('puts back names a line end broke: （记者周 / 春俊）, (记者 王 / 文永 赵丽 通讯员 周秀帅)', () => {
      assert.deepEqual(parseCredit('记者周 春俊')?.reporters, ['周春俊']);
      assert.deepEqual(parseCredit('记者 王 文永 赵丽 通讯员 周秀帅'), { reporters: ['王文永', '赵丽'], correspondents: ['周秀帅'], authors: [] });
      assert.deepEqual(parseCredit('记者孟 子立、赵兰')?.reporters, ['孟子立', '赵兰']);
    });
    it('takes a bare name in brackets as the author: (马晓慧), on its own or ending the last paragraph', () => {
      assert.deepEqual(matchLeadingCredit('(马晓慧)')?.parsed, { reporters: [], correspondents: [], authors: ['马晓慧'] });
      const trailing = matchTrailingCredit('当，才能取得效果。 (秦晓丹)');
      assert.ok(trailing);
      assert.deepEqual(trailing.parsed.authors, ['秦晓丹']);
      assert.equal(trailing.start, '当，才能取得效果。 '.length);
    });
    it('reads an unbracketed credit: 本报记者 周浩 闫福琳', () => {
      assert.deepEqual(matchBareCredit('本报记者 周浩 闫福琳')?.reporters, ['周浩', '闫福琳']);
    });
    it('rejects brackets that hold words, not names', () => {
      assert.equal(matchLeadingCredit('(在聊城，很容易)政务服务'), null);
      assert.equal(matchTrailingCredit('这是会议的内容（国际视点）'), null);
      assert.equal(parseCredit('利用自有土地建设的改建'), null);
    });
    it('knows names by surname and length (jieba does not tag them)', () => {
      for (const name of ['谢晓丽', '苗素红', '王鑫', '欧阳洁', '马晓慧']) assert.ok(looksLikeName(name), name);
      for (const word of ['新区', '推介会上', '高新区党工委', '的']) assert.ok(!looksLikeName(word), word);
    });
  });

  describe('caption', () => {
    it('recognises photo credits', () => {
      assert.ok(isPhotoCredit('袁建兵摄（人民视觉）'));
      assert.ok(isPhotoCredit('马铭言摄（影像中国）'));
      assert.ok(isPhotoCredit('新华社记者 张三 摄'));
      assert.ok(!isPhotoCredit('摄影爱好者们来到现场拍摄了很多照片'));
    });
    it('takes a full sentence set wider than the column for a caption', () => {
      assert.ok(looksLikeCaption('推介会上，三大项目与高新区进行网上视频签约。', 44, 26));
      assert.ok(!looksLikeCaption('推介会上，三大项目与高新区', 26, 26));
      assert.ok(!looksLikeCaption('聊城高新区召开网络推介会，创新招商引资新模式', 44, 26));
    });
  });

  describe('furniture', () => {
    it('finds page headers', () => {
      assert.equal(detectFurniture('人民日报 2020年1月15日 第6版', false)?.kind, 'page-header');
      assert.equal(detectFurniture('A16 2019.2.1 星期五 责编：吴恩兰 组版：高国旭 校对：孙琳', false)?.kind, 'page-header');
      assert.equal(detectFurniture('责任编辑：黎雨冬 版式设计：蒋海俊', false)?.kind, 'page-header');
    });
    it('finds masthead slogans set letter-spaced at the top', () => {
      assert.equal(detectFurniture(' 找 记 者 上 壹 点', true)?.kind, 'masthead');
      assert.equal(detectFurniture('打 开 A P P 看 更 多', true)?.kind, 'masthead');
      // A justified line of text stretched at the page top carries a sentence's comma: no slogan.
      assert.equal(detectFurniture('基 层 ， 工 作 要 做 实 做 细', true), null);
    });
    it('finds invitations to the paper\'s app or QR code anywhere, and no sentence about one', () => {
      assert.equal(detectFurniture('扫码看视频', false)?.kind, 'masthead');
      assert.equal(detectFurniture('下载客户端看直播', false)?.kind, 'masthead');
      assert.equal(detectFurniture('关注本报公众号', false)?.kind, 'masthead');
      assert.equal(detectFurniture('市民可下载客户端预约挂号，十分方便。', false), null);
      assert.equal(detectFurniture('打开思路谋发展', false), null);
    });
    it('finds jump lines and section labels', () => {
      assert.ok(isJumpLine('（下转第四版）'));
      assert.ok(isJumpLine('(下转A0 8版)'));
      assert.equal(detectFurniture('（上接第1版）', false)?.kind, 'jump');
      assert.ok(isSectionLabel('要闻'));
      assert.ok(isSectionLabel('国 际'));
      assert.ok(isSectionLabel('今日济宁'));
      assert.ok(!isSectionLabel('要闻快递发布会'));
    });
    it('finds ads, and leaves body text alone', () => {
      assert.equal(detectFurniture('健康热线：0635-8888120', false)?.kind, 'ad');
      assert.equal(detectFurniture('前，记者了解到，在“一窗受理·一', false), null);
      assert.equal(detectFurniture('2019年9月中旬至今，全市已有20848家企业享受到改革红利。', false), null);
    });
  });

  describe('headline', () => {
    it('takes a line set wider than the column, without closing punctuation', () => {
      assert.ok(isHeadlineCandidate('聊城市“一窗受理·一次办好”改革评估成绩全省第五', 46, 26, true, true));
      assert.ok(!isHeadlineCandidate('列全省第五。去年以来，市政府办', 30, 28, false, true));
      assert.ok(!isHeadlineCandidate('推介会上，三大项目与高新区进行网上视频签约。', 44, 26, true, true));
    });
    it('refuses a quoted sentence closed by a full stop, however wide, and keeps a quoted title', () => {
      assert.ok(!isHeadlineCandidate('“演给乡亲们看，我们心里踏实。”', 40, 26, false, true));
      assert.ok(isHeadlineCandidate('“谢谢你们，中国记者！”（记者手记）', 40, 26, true, true));
    });
    it('splits kicker, headline and subheadline', () => {
      assert.deepEqual(splitHeadlineBlock(['外交部发言人——', '希望美方以开放包容心态看待他国科技发展进步']), { kicker: 0, headline: 1, subheadline: null });
      assert.deepEqual(splitHeadlineBlock(['3个州进入紧急状态 受影响人口超过1.4亿', '极寒天气肆虐美国中西部地区（国际视点）']), { kicker: 0, headline: 1, subheadline: null });
      assert.deepEqual(splitHeadlineBlock(['聊城市“一窗受理·一次办好”改革评估成绩全省第五', '36项指标获得满分或全省最高分']), { kicker: null, headline: 0, subheadline: 1 });
      assert.deepEqual(splitHeadlineBlock(['英雄岭的日与夜（点赞新时代）', '——青海油田工人的一天']), { kicker: null, headline: 0, subheadline: 1 });
    });
    it('takes a part naming who chaired or attended as the subheadline, even when set as parallel phrases', () => {
      assert.deepEqual(splitHeadlineBlock(['市政协召开季度协商会', '围绕“老旧小区改造”建言献策 张三主持']), { kicker: null, headline: 0, subheadline: 1 });
      assert.deepEqual(splitHeadlineBlock(['省长会见来访代表团', '李四出席']), { kicker: null, headline: 0, subheadline: 1 });
      assert.deepEqual(splitHeadlineBlock(['全市春运保障工作准备就绪', '张三看望慰问一线职工']), { kicker: null, headline: 0, subheadline: 1 });
      // A name that is the subject of the main title is no visit: the kicker still comes first.
      assert.deepEqual(splitHeadlineBlock(['市交通局发布新规', '王五当选劳动模范']), { kicker: 0, headline: 1, subheadline: null });
    });
    it('takes a second part telling what is to come as the subheadline', () => {
      assert.deepEqual(splitHeadlineBlock(['本市老旧电梯更新提速', '年底前将完成首批改造']), { kicker: null, headline: 0, subheadline: 1 });
      assert.deepEqual(splitHeadlineBlock(['新版道路标准发布', '将统一城乡路面标识']), { kicker: null, headline: 0, subheadline: 1 });
      assert.deepEqual(splitHeadlineBlock(['本周全省气温回升', '三月北部仍有降雪']), { kicker: null, headline: 0, subheadline: 1 });
      // Without such a cue the kicker still comes first.
      assert.deepEqual(splitHeadlineBlock(['市交通局发布新规', '规范共享单车停放管理']), { kicker: 0, headline: 1, subheadline: null });
    });
    it('keeps a long subheadline wrapped over several parts under a short main title', () => {
      assert.deepEqual(splitHeadlineBlock(['市政府召开常务会议', '听取一季度经济运行情况汇报，', '部署做好春耕生产；研究推进城市更新工作']),
        { kicker: null, headline: 0, subheadline: 1 });
    });
  });
});
