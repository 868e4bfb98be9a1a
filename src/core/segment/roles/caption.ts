// Photo captions and photo credits (`袁建兵摄（人民视觉）`, `新华社记者 张三 摄`), which are not part of a body.
import { compact } from '../text';

const CREDIT = /^(?:新华社记者|本报记者|记者|通讯员)?[\u4e00-\u9fff·]{2,8}[/／]?摄(?:[（(][^（()）]{1,12}[)）])?$/;
const CREDIT_PAIR = /^(?:[\u4e00-\u9fff·]{2,8}[/／]?摄[、，]?){1,3}(?:[（(][^（()）]{1,12}[)）])?$/;

/** Whether a line is a photo credit. */
export function isPhotoCredit(text: string): boolean {
  const c = compact(text);
  return c.length <= 30 && (CREDIT.test(c) || CREDIT_PAIR.test(c));
}

/**
 * Whether a line reads like a caption: one complete sentence set wider than the body column, standing on its own.
 * `columnWidth` is the local body column width in cells; `width` the line's own.
 */
export function looksLikeCaption(text: string, width: number, columnWidth: number): boolean {
  const c = compact(text);
  if (c.length < 8 || c.length > 120) return false;
  if (!/[。！]$/.test(c)) return false;
  return width > columnWidth * 1.3 + 4;
}
