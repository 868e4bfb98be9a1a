// Entry point of the `newsdump` binary: wires the real process into `main` and sets the exit code.
import * as fs from 'node:fs';
import { main } from './main';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

// A reader that stops early (`newsdump check … | head`) closes the pipe: that ends the output, it is no failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  fs,
  cwd: process.cwd(),
}).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`newsdump: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
