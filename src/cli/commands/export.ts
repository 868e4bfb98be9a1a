// `newsdump export`: writes the page JSON of each input (minimal first version: --format json [--out DIR] FILE...).
import type { CliIo, ExitCode } from '../io';
import { analyzePage } from '../../core/analyze';
import { pageJsonText } from '../../core/export/pageJson';

const USAGE = 'Usage: newsdump export --format json [--out DIR] FILE...\n';

function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1];
}

function stem(file: string): string {
  return baseName(file).replace(/\.[^.]*$/, '');
}

export async function runExport(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let format = 'json';
  let outDir: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--out') outDir = args[++i] ?? null;
    else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else if (arg.startsWith('--') && arg !== '-') { io.stderr(`newsdump export: unknown option '${arg}'\n${USAGE}`); return 2; }
    else files.push(arg);
  }
  if (format !== 'json') { io.stderr(`newsdump export: format '${format}' is not supported yet\n${USAGE}`); return 2; }
  if (files.length === 0) { io.stderr(USAGE); return 2; }
  if (outDir === null && files.length > 1) { io.stderr(`newsdump export: give --out DIR for more than one file\n${USAGE}`); return 2; }
  const resolve = (p: string) => (/^([a-zA-Z]:)?[\\/]/.test(p) ? p : `${io.cwd}/${p}`);
  if (outDir !== null) io.fs.mkdirSync(resolve(outDir), { recursive: true });
  let failed = false;
  for (const file of files) {
    try {
      const buffer = file === '-' ? await io.readStdin() : io.fs.readFileSync(resolve(file));
      const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
      const source = file === '-' ? 'stdin' : baseName(file);
      const json = pageJsonText(analyzePage(text), source);
      if (outDir === null) io.stdout(json);
      else io.fs.writeFileSync(`${resolve(outDir)}/${file === '-' ? 'stdin' : stem(file)}.json`, json);
    } catch (error) {
      failed = true;
      io.stderr(`newsdump export: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}
