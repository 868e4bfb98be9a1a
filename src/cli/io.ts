// What the CLI needs from the outside world, injected so tests can run `main` in-process.
import type * as fs from 'node:fs';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for the `-` file argument). */
  readonly readStdin: () => Promise<Buffer>;
  readonly fs: typeof fs;
  readonly cwd: string;
}

/** 0 = ok / no error findings, 1 = problems found or some files failed, 2 = bad usage or runtime error. */
export type ExitCode = 0 | 1 | 2;

export type CommandRunner = (args: readonly string[], io: CliIo) => Promise<ExitCode>;
