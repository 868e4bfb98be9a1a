// `newsdump fix FILE... (--stdout | --write)`: applies every preferred fix; --write replaces each file atomically,
// keeping its encoding, BOM and line endings.
import * as path from 'node:path';
import { fixAll } from '../../core/fix';
import { parseArgs } from '../../node/cliArgs';
import { describeError, encodePage, readPage, writeAtomic } from '../../node/pageFile';
import { loadCliSegmenter, parseSegmenterBackend } from '../../node/segmenterOption';
import type { CliIo, ExitCode } from '../io';

const USAGE = `Usage: newsdump fix (--stdout | --write) [--segmenter wasm|nodejieba|none] FILE...
  --stdout  print the fixed text (UTF-8); FILE may be '-' for standard input
  --write   replace each file in place (atomic; encoding, BOM and line endings kept)
Exit codes: 0 done, 2 bad usage or unreadable/unwritable input.
`;

/** The text without whitespace: fixes must leave it unchanged. */
function nonSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

export async function runFix(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs(args, ['--segmenter'], ['--stdout', '--write', '--help']);
  } catch (error) {
    io.stderr(`newsdump fix: ${describeError(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.flags.has('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const toStdout = parsed.flags.has('--stdout');
  const write = parsed.flags.has('--write');
  const backend = parseSegmenterBackend(parsed.values.get('--segmenter'));
  if (toStdout === write || backend === null || parsed.files.length === 0 || (write && parsed.files.includes('-'))) {
    const why = toStdout === write ? 'give exactly one of --stdout and --write' : parsed.files.length === 0 ? 'no input files'
      : backend === null ? 'bad --segmenter value' : "'-' (standard input) cannot be written back";
    io.stderr(`newsdump fix: ${why}\n${USAGE}`);
    return 2;
  }
  const segmenter = await loadCliSegmenter(backend, io.stderr);
  let failed = false;
  let fixCount = 0;
  let changedFiles = 0;
  for (const name of parsed.files) {
    try {
      const page = await readPage(io.fs, io.cwd, name, io.readStdin);
      const result = fixAll(page.text, { segmenter });
      // A safety net for the invariant every rule promises: only whitespace moves or goes.
      if (nonSpace(result.text) !== nonSpace(page.text)) throw new Error('internal error: a fix changed a non-space character; file left as it was');
      fixCount += result.fixCount;
      if (toStdout) {
        io.stdout(result.text);
      } else if (result.text !== page.text) {
        writeAtomic(io.fs, path.resolve(io.cwd, name), encodePage(page, result.text));
        changedFiles++;
      }
    } catch (error) {
      io.stderr(`newsdump fix: ${name}: ${describeError(error)}\n`);
      failed = true;
    }
  }
  if (write) io.stderr(`fixed ${fixCount} problem(s); ${changedFiles} file(s) changed\n`);
  return failed ? 2 : 0;
}
