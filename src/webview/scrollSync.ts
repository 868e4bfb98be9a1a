// Scroll sync on the webview side: blocks with data-line ↔ fractional source lines, throttled, with echo suppression.
import { offsetOfSourceLine, sourceLineAtOffset, type LineBlock } from '../core/preview/scrollMap';

const THROTTLE_MS = 50;
/** How long a scroll event at the position we scrolled to counts as our own echo (slow machines deliver late). */
const ECHO_WINDOW_MS = 1000;

export class ScrollSync {
  #blocks: LineBlock[] | undefined;
  /**
   * Where our own last scrollTo went, and until when a scroll event there is its echo. Comparing positions rather
   * than counting events: a clamped scroll fires no event, and a late event must not pass for the user's.
   */
  #programmatic: { readonly target: number; readonly until: number } | undefined;
  #throttleTimer: ReturnType<typeof setTimeout> | undefined;

  /** `topInset` is the height of what covers the top of the view (the sticky toolbar): lines are placed below it. */
  constructor(private readonly root: HTMLElement, private readonly topInset: () => number, private readonly onUserScroll: (line: number) => void) {
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
    return sourceLineAtOffset(this.#collect(), window.scrollY + this.topInset()) ?? undefined;
  }

  /** Brings source `line` to the top without reporting the resulting scroll back. */
  scrollToLine(line: number): void {
    // The editor at its top shows the preview at its top, furniture and all.
    const offset = line <= 0 ? 0 : offsetOfSourceLine(this.#collect(), line);
    if (offset === null) return;
    const target = Math.max(0, Math.round(offset - (line <= 0 ? 0 : this.topInset())));
    if (Math.abs(window.scrollY - target) < 1) return;
    window.scrollTo(0, target);
    // The browser may clamp the target near the bottom; the echo arrives at the clamped position.
    this.#programmatic = { target: window.scrollY, until: Date.now() + ECHO_WINDOW_MS };
  }

  #isEcho(): boolean {
    const programmatic = this.#programmatic;
    if (!programmatic) return false;
    if (Date.now() < programmatic.until && Math.abs(window.scrollY - programmatic.target) < 2) return true;
    // Anywhere else, or later: the user has taken over.
    this.#programmatic = undefined;
    return false;
  }

  #onScroll(): void {
    if (this.#isEcho() || this.#throttleTimer !== undefined) return;
    this.#throttleTimer = setTimeout(() => {
      this.#throttleTimer = undefined;
      if (this.#isEcho()) return;
      const line = this.currentLine();
      if (line !== undefined) this.onUserScroll(line);
    }, THROTTLE_MS);
  }
}
