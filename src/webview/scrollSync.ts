// Scroll sync on the webview side: blocks with data-line ↔ fractional source lines, throttled, with echo suppression.
import { offsetOfSourceLine, sourceLineAtOffset, type LineBlock } from '../core/preview/scrollMap';

const THROTTLE_MS = 50;
/** After a scroll we caused, scroll events within this window are our own echo. */
const ECHO_WINDOW_MS = 150;

export class ScrollSync {
  #blocks: LineBlock[] | undefined;
  /** Scroll events still expected from our own scrollTo calls (the Markdown preview's scrollDisabledCount). */
  #scrollDisabledCount = 0;
  #echoTimer: ReturnType<typeof setTimeout> | undefined;
  #throttleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly root: HTMLElement, private readonly onUserScroll: (line: number) => void) {
    window.addEventListener('scroll', () => this.#onScroll(), { passive: true });
    window.addEventListener('resize', () => this.invalidate());
  }

  /** Forget the cached block positions (after a render or a resize). */
  invalidate(): void {
    this.#blocks = undefined;
  }

  #collect(): LineBlock[] {
    if (this.#blocks) return this.#blocks;
    const blocks: LineBlock[] = [];
    for (const element of this.root.querySelectorAll<HTMLElement>('.block[data-line]')) {
      const rect = element.getBoundingClientRect();
      if (rect.height === 0 && rect.width === 0) continue;
      blocks.push({
        startLine: Number(element.dataset.line),
        endLine: Number(element.dataset.endLine ?? element.dataset.line),
        top: rect.top + window.scrollY,
        height: rect.height,
      });
    }
    // Blocks set side by side (dateline and byline) share a top; keep tops ascending for the binary search.
    blocks.sort((a, b) => a.top - b.top);
    this.#blocks = blocks;
    return blocks;
  }

  /** The fractional source line at the top of the view. */
  currentLine(): number | undefined {
    if (window.scrollY <= 0) return 0;
    return sourceLineAtOffset(this.#collect(), window.scrollY) ?? undefined;
  }

  /** Brings source `line` to the top without reporting the resulting scroll back. */
  scrollToLine(line: number): void {
    // The editor at its top shows the preview at its top, furniture and all.
    const offset = line <= 0 ? 0 : offsetOfSourceLine(this.#collect(), line);
    if (offset === null) return;
    const target = Math.max(0, Math.round(offset));
    if (Math.abs(window.scrollY - target) < 1) return;
    this.#scrollDisabledCount++;
    clearTimeout(this.#echoTimer);
    // A scroll that the browser clamps may fire no event; the timer makes sure user scrolls are not swallowed.
    this.#echoTimer = setTimeout(() => {
      this.#scrollDisabledCount = 0;
    }, ECHO_WINDOW_MS);
    window.scrollTo(0, target);
  }

  #onScroll(): void {
    if (this.#scrollDisabledCount > 0) {
      this.#scrollDisabledCount--;
      return;
    }
    if (this.#throttleTimer !== undefined) return;
    this.#throttleTimer = setTimeout(() => {
      this.#throttleTimer = undefined;
      if (this.#scrollDisabledCount > 0) return;
      const line = this.currentLine();
      if (line !== undefined) this.onUserScroll(line);
    }, THROTTLE_MS);
  }
}
