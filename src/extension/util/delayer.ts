// Runs the latest of a burst of requests once, after a quiet period (on the pattern of VS Code's Delayer).
import type * as vscode from 'vscode';

export class Delayer<T> implements vscode.Disposable {
  #timeout: ReturnType<typeof setTimeout> | undefined;
  #task: (() => T | Promise<T>) | undefined;

  constructor(readonly defaultDelay: number) {}

  /** Schedules `task` (replacing any not yet run) to run after `delay` ms of quiet. */
  trigger(task: () => T | Promise<T>, delay = this.defaultDelay): void {
    this.#task = task;
    if (this.#timeout !== undefined) clearTimeout(this.#timeout);
    this.#timeout = setTimeout(() => {
      this.#timeout = undefined;
      const run = this.#task;
      this.#task = undefined;
      void run?.();
    }, delay);
  }

  dispose(): void {
    if (this.#timeout !== undefined) clearTimeout(this.#timeout);
    this.#timeout = undefined;
    this.#task = undefined;
  }
}
