// Runs the `newsdump` CLI's `main` in-process with captured output, for the CLI tests.
import * as fs from 'node:fs';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `main(args)` in `cwd` on the real file system, with `stdin` as standard input. */
export async function runCli(cwd: string, args: readonly string[], stdin: Uint8Array = new Uint8Array()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => Buffer.from(stdin),
    fs,
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
