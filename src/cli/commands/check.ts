// `newsdump check [--format text|json] FILE...`: prints every finding; exit 1 when one has error severity, 2 on bad input.
import type { Finding, Locale, PageLine } from '../../core/model';
import { buildLayout } from '../../core/layout/layout';
import { formatMessage, runRules } from '../../core/rules/runRules';
import { parseArgs } from '../../node/cliArgs';
import { describeError, readPage } from '../../node/pageFile';
import { loadCliSegmenter, parseSegmenterBackend } from '../../node/segmenterOption';
import type { CliIo, ExitCode } from '../io';

const USAGE = `Usage: newsdump check [--format text|json] [--locale en|zh-cn] [--segmenter wasm|nodejieba|none] FILE...
  FILE may be '-' for standard input.
Exit codes: 0 no error-severity finding, 1 some error-severity finding, 2 bad usage or unreadable input.
`;

/** One finding as the CLI reports it: 1-based lines and columns (UTF-16 units), the fix as offsets into the decoded text. */
export interface CheckRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly messageId: string;
  readonly severity: string;
  readonly message: string;
  readonly fix: { readonly range: readonly [number, number]; readonly text: string; readonly preferred: boolean } | null;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function position(lines: readonly PageLine[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lines[lo].start + 1 };
}

export function toRecord(file: string, lines: readonly PageLine[], finding: Finding, locale: Locale): CheckRecord {
  const start = position(lines, finding.range.start);
  const end = position(lines, finding.range.end);
  return {
    file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    rule: finding.ruleId, messageId: finding.messageId, severity: finding.severity, message: formatMessage(finding, locale),
    fix: finding.fix ? { range: [finding.fix.range.start, finding.fix.range.end], text: finding.fix.text, preferred: finding.preferred } : null,
  };
}

export async function runCheck(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs(args, ['--format', '--locale', '--segmenter'], ['--help']);
  } catch (error) {
    io.stderr(`newsdump check: ${describeError(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.flags.has('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  const format = parsed.values.get('--format') ?? 'text';
  const locale = parsed.values.get('--locale') ?? 'en';
  const backend = parseSegmenterBackend(parsed.values.get('--segmenter'));
  if ((format !== 'text' && format !== 'json') || (locale !== 'en' && locale !== 'zh-cn') || backend === null || parsed.files.length === 0) {
    io.stderr(`newsdump check: ${parsed.files.length === 0 ? 'no input files' : 'bad option value'}\n${USAGE}`);
    return 2;
  }
  const segmenter = await loadCliSegmenter(backend, io.stderr);
  const records: CheckRecord[] = [];
  let unreadable = false;
  for (const name of parsed.files) {
    let text: string;
    try {
      text = (await readPage(io.fs, io.cwd, name, io.readStdin)).text;
    } catch (error) {
      io.stderr(`newsdump check: ${name}: ${describeError(error)}\n`);
      unreadable = true;
      continue;
    }
    const layout = buildLayout(text, segmenter);
    for (const finding of runRules(text, layout, { severities: {}, segmenter })) {
      records.push(toRecord(name, layout.lines, finding, locale));
    }
  }
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  } else {
    for (const r of records) io.stdout(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.message} [${r.rule}]\n`);
    const errors = records.filter((r) => r.severity === 'error').length;
    io.stderr(`${records.length} problem(s) (${errors} error(s)) in ${parsed.files.length} file(s)\n`);
  }
  if (unreadable) return 2;
  return records.some((r) => r.severity === 'error') ? 1 : 0;
}
