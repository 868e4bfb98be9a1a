// `newsdump check`. (Placeholder until its issue lands.)
import type { CliIo, ExitCode } from '../io';

export async function runCheck(_args: readonly string[], io: CliIo): Promise<ExitCode> {
  io.stderr('newsdump check: not implemented yet\n');
  return 2;
}
