// `npm run serve [-- FILE]`: a real VS Code (code-server) in the browser with this extension installed, showing FILE.
//
// Installs the test host if needed, links the built extension into a fresh extensions folder (so `npm run watch`
// plus a page reload picks up changes), starts code-server on 127.0.0.1 and prints the URL. Runs until Ctrl+C.
//
// Environment:
//   NEWSDUMP_SERVE_PORT=8080    port to listen on (default 8080, or a free one when 8080 is taken)
//   NEWSDUMP_SERVE_FOLDER=/dir  workspace folder to open (default: the folder that holds FILE)
import fs from 'node:fs';
import path from 'node:path';
import { ensureTestHost } from './install-code-server.mjs';
import { freePort, makeRunDir, remoteUri, repoRoot, startCodeServer, workbenchUrl, writeUserSettings } from './host.mjs';

function say(message) {
  console.log(`[serve] ${message}`);
}

/** Links the repo into the extensions folder under the name VS Code gives an installed copy (publisher.name-version). */
function linkExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folderName = `${id}-${manifest.version}`;
  fs.symlinkSync(repoRoot, path.join(extensionsDir, folderName), 'dir');
  return id;
}

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const userCwd = process.env.INIT_CWD || process.cwd();
  const fileArg = process.argv[2];
  const file = path.resolve(fileArg ? userCwd : repoRoot, fileArg || path.join('samples', 'page-01.txt'));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`${file} is not a file.`);
  const folder = path.resolve(userCwd, process.env.NEWSDUMP_SERVE_FOLDER || path.dirname(file));

  const paths = ensureTestHost();
  const dirs = makeRunDir('newsdump-serve-');
  let server = null;
  let stopping = false;
  const shutdown = async (reason, exitCode) => {
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping code-server`);
    await server?.stop();
    fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
    process.exit(exitCode);
  };
  process.on('SIGINT', () => shutdown('Ctrl+C', 0));
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  process.on('SIGHUP', () => shutdown('SIGHUP', 0));

  const extensionId = linkExtension(dirs.extensions);
  writeUserSettings(dirs);
  const logFile = path.join(dirs.root, 'code-server.log');
  const serverLog = fs.createWriteStream(logFile);
  const port = await freePort(Number(process.env.NEWSDUMP_SERVE_PORT || 8080));
  try {
    await startCodeServer({ paths, dirs, port, onOutput: (text) => serverLog.write(text), onSpawn: (handle) => { server = handle; } });
  } catch (error) {
    console.error(fs.readFileSync(logFile, 'utf8'));
    await shutdown(`code-server did not start (${error.message})`, 1);
  }
  server.exitedPromise.then((code) => {
    if (stopping) return;
    say(`code-server exited unexpectedly (code ${code}); its log: ${logFile}`);
    process.exit(1);
  });

  const url = workbenchUrl(port, { folder, payload: [['openFile', remoteUri(port, file)], ['skipWelcome', 'true']] });
  say(`extension ${extensionId} linked from ${repoRoot}`);
  say(`workspace ${folder}, file ${path.relative(folder, file) || file}`);
  say(`code-server log ${logFile}`);
  say('open this URL in a browser (Ctrl+C to stop):');
  console.log(url);
}

main().catch((error) => {
  console.error(`[serve] FAILED: ${error?.message ?? error}`);
  process.exit(1);
});
