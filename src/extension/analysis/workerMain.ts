// Entry point of `dist/analysisWorker.js`: the analysis worker thread's own bundle (core only, no `vscode`).
import { runAnalysisWorker } from './analysisWorker';

runAnalysisWorker();
