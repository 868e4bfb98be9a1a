// User corrections written into the dump itself: a line `#@ <command>` overrides one segmentation decision.
import type { LineRole, PageLine } from '../model';

/** Commands that set the role of the next non-blank line. */
export type RoleCommand = 'headline' | 'kicker' | 'subheadline' | 'dateline' | 'byline' | 'caption' | 'furniture' | 'body';
/** Commands that act on the article boundary before the next non-blank line. */
export type BoundaryCommand = 'article' | 'merge';
export type MarkerCommand = RoleCommand | BoundaryCommand;

export interface Marker {
  /** 0-based line of the marker itself. */
  readonly line: number;
  readonly command: MarkerCommand;
}

const ROLE_COMMANDS: ReadonlySet<string> = new Set(['headline', 'kicker', 'subheadline', 'dateline', 'byline', 'caption', 'furniture', 'body']);
const ALIASES: Readonly<Record<string, MarkerCommand>> = {
  title: 'headline', head: 'headline', 标题: 'headline', 引题: 'kicker', 副题: 'subheadline', 电头: 'dateline',
  署名: 'byline', 图说: 'caption', 图片说明: 'caption', 杂项: 'furniture', 正文: 'body', new: 'article', 新文章: 'article',
  合并: 'merge', noise: 'furniture',
};

/** The marker prefix: `#@` never occurs in newspaper text and is quick to type. */
export const MARKER_PREFIX = '#@';
const MARKER_LINE = /^\s*#@\s*(\S+)\s*$/;

/** Parses one line as a marker, or returns null (unknown commands are not markers, so nothing is silently eaten). */
export function parseMarker(text: string, line: number): Marker | null {
  const m = MARKER_LINE.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const command = ALIASES[word] ?? (ROLE_COMMANDS.has(word) || word === 'article' || word === 'merge' ? (word as MarkerCommand) : null);
  return command ? { line, command } : null;
}

/** Whether a command sets a line role (as opposed to an article boundary). */
export function isRoleCommand(command: MarkerCommand): command is RoleCommand {
  return ROLE_COMMANDS.has(command);
}

/** The line role a role command forces. */
export function roleOf(command: RoleCommand): LineRole {
  return command;
}

/**
 * Reads the page's markers: marks their lines as markers and binds each command to the next non-blank line, as the
 * role it forces or the article boundary before it.
 */
export function readMarkers(lines: readonly PageLine[], roles: LineRole[]): { forcedRole: Map<number, LineRole>; boundary: Map<number, BoundaryCommand> } {
  const forcedRole = new Map<number, LineRole>();
  const boundary = new Map<number, BoundaryCommand>();
  let pending: Marker[] = [];
  for (const line of lines) {
    const marker = parseMarker(line.text, line.index);
    if (marker) { roles[line.index] = 'marker'; pending.push(marker); continue; }
    if (line.blank || pending.length === 0) continue;
    for (const m of pending) {
      if (isRoleCommand(m.command)) forcedRole.set(line.index, m.command);
      else boundary.set(line.index, m.command);
    }
    pending = [];
  }
  return { forcedRole, boundary };
}
