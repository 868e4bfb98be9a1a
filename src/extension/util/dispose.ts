// Disposable helpers on the pattern of VS Code's Markdown preview: dispose everything, then rethrow what failed.
import * as vscode from 'vscode';

export function disposeAll(disposables: Iterable<vscode.Disposable>): void {
  const errors: unknown[] = [];
  for (const disposable of disposables) {
    try {
      disposable.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Encountered errors while disposing of store');
}

export abstract class Disposable implements vscode.Disposable {
  #isDisposed = false;
  protected _disposables: vscode.Disposable[] = [];

  dispose(): void {
    if (this.#isDisposed) return;
    this.#isDisposed = true;
    disposeAll(this._disposables);
    this._disposables = [];
  }

  protected get isDisposed(): boolean {
    return this.#isDisposed;
  }

  /** Registers `value` for disposal with this object; a value registered after dispose is disposed at once. */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.#isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }
}
