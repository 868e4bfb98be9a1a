// `newsdump fix`. (Placeholder until its issue lands.)
import type { CliIo, ExitCode } from '../io';

export async function runFix(_args: readonly string[], io: CliIo): Promise<ExitCode> {
  io.stderr('newsdump fix: not implemented yet\n');
  return 2;
}
