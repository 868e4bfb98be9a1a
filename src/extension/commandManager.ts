// Registers the extension's commands: each is a small class with an id matching package.json.
import * as vscode from 'vscode';

export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export class CommandManager implements vscode.Disposable {
  readonly #commands = new Map<string, vscode.Disposable>();

  register<T extends Command>(command: T): vscode.Disposable {
    if (!this.#commands.has(command.id)) {
      this.#commands.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
    }
    return new vscode.Disposable(() => {
      this.#commands.get(command.id)?.dispose();
      this.#commands.delete(command.id);
    });
  }

  dispose(): void {
    for (const registration of this.#commands.values()) registration.dispose();
    this.#commands.clear();
  }
}
