// Hand-rolled option parsing shared by `check` and `fix`: `--name value`, `--name=value`, flags, `--` and `-` (stdin).

export interface ParsedArgs {
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly files: readonly string[];
}

/** Parses `args`; throws an Error naming the bad option (the caller prints usage and returns 2). */
export function parseArgs(args: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (valueOptions.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new Error(`option ${name} needs a value`);
      values.set(name, value);
    } else if (flagOptions.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      throw new Error(`unknown option '${arg}'`);
    }
  }
  return { values, flags, files };
}
