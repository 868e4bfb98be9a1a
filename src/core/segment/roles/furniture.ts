// Page furniture that belongs to no article: page headers, masthead slogans, section labels, ads and jump lines.
import type { NoiseKind } from '../../model';
import { compact } from '../page/text';

/** Section labels newspapers print in the page's top band. */
const SECTION_WORDS = new Set([
  '要闻', '国际', '国内', '经济', '社会', '地方', '文化', '体育', '评论', '观点', '视点', '综合', '时事', '财经', '科技',
  '教育', '健康', '民生', '法治', '政治', '副刊', '理论', '读书', '旅游', '娱乐', '文体', '专题', '关注', '新闻', '本地',
  '城事', '深度', '天下', '中国', '世界', '调查', '生活', '文艺', '环球', '区县', '港澳台',
]);

const DATE = /(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.．/-]\d{1,2}[.．/-]\d{1,2})/;
const PAGE_MARK = /(?:星期[一二三四五六日天]|第[0-9一二三四五六七八九十百]+版|(?:^|[^A-Za-z])[A-Z]\d{1,2}(?:$|[^0-9])|[报刊])/;
const EDITOR_CREDIT = /^(?:本版|责任|版式|美术)?(?:责编|编辑|责任编辑|美编|组版|校对|版式设计|本版编辑|本版责编)[：:]?/;
const JUMP = /^[（(][上下][转接](?:第?[A-Za-z]?[0-9０-９一二三四五六七八九十百]+版|[^()（）]{1,8}版)[)）]$/;
const AD = /(?:热线|招租|广告|认购|招商|订阅|便民服务|咨询电话|联系电话)/;
const SLOGAN = /^(?:找记者上壹点|打开APP看更多|看新闻上新闻客户端|有事找记者|权威发布每日必读|新闻热线\d+)$/i;
/** A short invitation to the paper's app or QR code (`扫码看视频`, `下载客户端看直播`): papers print these as slogans. */
const APP_SLOGAN = /^(?:扫码|扫一扫)[\u4e00-\u9fffA-Za-z]{0,10}$|^[\u4e00-\u9fff]{0,6}(?:客户端|公众号|APP|App)[\u4e00-\u9fff]{0,6}$/;

export interface FurnitureMatch {
  readonly kind: NoiseKind;
}

/** Whether a compact line is a section label like `要闻`, `国 际` or `今日济宁`. */
export function isSectionLabel(text: string): boolean {
  const c = compact(text);
  return SECTION_WORDS.has(c) || /^今日[\u4e00-\u9fff]{2,3}$/.test(c);
}

/** Whether a compact line is a jump line such as `（下转第四版）` or `(下转A08版)`. */
export function isJumpLine(text: string): boolean {
  return JUMP.test(compact(text));
}

/**
 * Classifies one line as furniture, or returns null. `nearTop` says whether the line sits in the page's first few
 * non-blank lines, where mastheads and spaced-out slogans print.
 */
export function detectFurniture(text: string, nearTop: boolean): FurnitureMatch | null {
  const c = compact(text);
  if (c.length === 0) return null;
  if (isJumpLine(c)) return { kind: 'jump' };
  if (c.length <= 60 && DATE.test(c) && PAGE_MARK.test(c) && !/[。，；！？]/.test(c)) return { kind: 'page-header' };
  if (c.length <= 50 && EDITOR_CREDIT.test(c) && /[：:\s]/.test(text) && !/[。，；]/.test(c)) return { kind: 'page-header' };
  if (c.length <= 30 && /(?:责编|美编|组版|校对)/.test(c) && /(?:责编|编辑)/.test(c) && !/[。，]/.test(c)) return { kind: 'page-header' };
  if (SLOGAN.test(c) || APP_SLOGAN.test(c)) return { kind: 'masthead' };
  if (c.length <= 24 && AD.test(c) && !/[。，；]/.test(c)) return { kind: 'ad' };
  // A slogan set letter-spaced (` 找 记 者 上 壹 点`) in the page's top band (a sentence's comma or stop makes it a
  // justified line of text instead).
  if (nearTop && c.length <= 12 && /^\s*(?:\S\s+){3,}\S\s*$/.test(text) && !isSectionLabel(c) && !/[，。；！？,;!?]/.test(c)) return { kind: 'masthead' };
  return null;
}
