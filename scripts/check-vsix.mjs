// Checks a packaged .vsix: under the size limit, and no sources, tests, source maps or node_modules inside.
//
// Usage: node scripts/check-vsix.mjs newsdump.vsix   (run by `npm run package`; exits 1 with the reasons on failure)
import fs from 'node:fs';

const MAX_BYTES = 10 * 1024 * 1024;
const FORBIDDEN = [
  [/^extension\/(src|test|out|bench|scripts)\//, 'sources, tests or build scripts'],
  [/\.map$/, 'a source map'],
  [/(^|\/)node_modules\//, 'node_modules (the bundles must be self-contained)'],
  [/^extension\/\.vscode-test\//, 'the test host'],
  [/\.vsix$/, 'another package'],
];

/** Names of the entries in a ZIP file, read from its central directory. */
function zipEntryNames(buffer) {
  const END_SIGNATURE = 0x06054b50;
  const ENTRY_SIGNATURE = 0x02014b50;
  let end = buffer.length - 22;
  // The end record sits in the last 64 KiB (it may be followed by a comment).
  while (end >= Math.max(0, buffer.length - 65_557) && buffer.readUInt32LE(end) !== END_SIGNATURE) end--;
  if (end < 0 || buffer.readUInt32LE(end) !== END_SIGNATURE) throw new Error('not a ZIP file (no end of central directory)');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== ENTRY_SIGNATURE) throw new Error(`bad central directory entry ${i}`);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/check-vsix.mjs FILE.vsix');
  process.exit(2);
}
const buffer = fs.readFileSync(file);
const names = zipEntryNames(buffer);
const problems = [];
if (buffer.length > MAX_BYTES) problems.push(`${file} is ${(buffer.length / 1048576).toFixed(2)} MB, over the ${MAX_BYTES / 1048576} MB limit`);
for (const name of names) {
  const hit = FORBIDDEN.find(([pattern]) => pattern.test(name));
  if (hit) problems.push(`${name}: ${hit[1]} must not be packaged (see .vscodeignore)`);
}
for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/analysisWorker.js']) {
  if (!names.includes(required)) problems.push(`${required} is missing`);
}
if (problems.length > 0) {
  console.error(`check-vsix: ${file} fails:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-vsix: ${file} ok: ${(buffer.length / 1048576).toFixed(2)} MB, ${names.length} entries, no sources, tests or maps`);
