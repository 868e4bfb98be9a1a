// `npm run bench`: runs every benchmark case (add yours in bench/cases/ and import it below) and prints medians and ratios.
// Usage: node out/bench/bench.js [name filter]. Wall times suffer on a busy machine; the CPU columns do much less.
import './cases/repair';
import './segment.bench';
// Asynchronous (file I/O): schedules itself after the synchronous cases.
import './export.bench';
import { runAll } from './harness';

const filter = process.argv[2] ?? '';
console.log(`node ${process.version}, ${new Date().toISOString()}`);
runAll(filter, (line) => console.log(line));
