// Cuts a long loop on the extension host into slices, yielding to the event loop between them.
import type * as vscode from 'vscode';

/** Longest stretch of work before yielding: well under the 200 ms a user notices. */
const SLICE_MS = 15;

export class TimeSlicer {
  #sliceStart = performance.now();

  constructor(private readonly token?: vscode.CancellationToken) {}

  /** Yields if the current slice is used up; resolves false once the work should stop (cancelled). */
  async continue(): Promise<boolean> {
    if (performance.now() - this.#sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      this.#sliceStart = performance.now();
    }
    return !this.token?.isCancellationRequested;
  }
}
