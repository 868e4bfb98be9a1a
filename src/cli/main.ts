// The `newsdump` command: parses the subcommand and hands over; returns an exit code and never exits itself.
import type { CliIo, CommandRunner, ExitCode } from './io';

const USAGE = `Usage: newsdump <command> [options] FILE...

Commands:
  check   [--format text|json] FILE...        print the findings
  fix     (--stdout | --write) FILE...        apply every preferred fix
  export  --format json|jsonl|md|txt [--out DIR] FILE|DIR...   export cleaned articles

Exit codes: 0 ok, 1 problems found or some files failed, 2 bad usage or runtime error.
`;

const commands: Record<string, () => Promise<CommandRunner>> = {
  check: async () => (await import('./commands/check')).runCheck,
  fix: async () => (await import('./commands/fix')).runFix,
  export: async () => (await import('./commands/export')).runExport,
};

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const load = commands[command];
  if (!load) {
    io.stderr(`newsdump: unknown command '${command}'\n${USAGE}`);
    return 2;
  }
  const run = await load();
  return run(rest, io);
}
