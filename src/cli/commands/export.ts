// `newsdump export`. (Placeholder until its issue lands.)
import type { CliIo, ExitCode } from '../io';

export async function runExport(_args: readonly string[], io: CliIo): Promise<ExitCode> {
  io.stderr('newsdump export: not implemented yet\n');
  return 2;
}
