// Shared by run-integration.mjs and serve.mjs: starts code-server in an isolated home, prepares workspaces, finds ports.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Chromium flags measured to work headless on our machines (see ../shared/docs/vscode-test-host.md). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function chromiumPath() {
  const candidates = [process.env.NEWSDUMP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}): apt-get install chromium, or set NEWSDUMP_CHROMIUM.`);
  return found;
}

/** Resolves to `preferred` if nothing listens there, else to a port the OS hands out. */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error) => {
      if (preferred !== 0) resolve(freePort(0));
      else reject(error);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Makes a fresh folder tree for one code-server run: its own HOME, XDG dirs and TMPDIR (code-server writes its
 * config.yaml under HOME, the server drops sockets into TMPDIR, Chromium writes crash reports under HOME).
 */
export function makeRunDir(prefix) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    home: path.join(root, 'home'),
    config: path.join(root, 'home', '.config'),
    data: path.join(root, 'home', '.local', 'share'),
    tmp: path.join(root, 'tmp'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  return dirs;
}

/** User settings for a throwaway profile: nothing reaches for the network, no welcome pages, no AI panels. */
export const QUIET_USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'github.gitAuthentication': false,
  'git.autoRepositoryDetection': false,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.enabled': false,
};

export function writeUserSettings(dirs, settings = QUIET_USER_SETTINGS) {
  const userDir = path.join(dirs.userData, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

/** The test workspace's source folder: test/integration/workspace, or NEWSDUMP_TEST_WORKSPACE. */
export function workspaceSource() {
  return path.resolve(process.env.NEWSDUMP_TEST_WORKSPACE || path.join(repoRoot, 'test', 'integration', 'workspace'));
}

/** Copies the test workspace into `target` and adds the seed page as samples/page-01.txt. */
export function prepareTestWorkspace(target) {
  const source = workspaceSource();
  if (!fs.existsSync(source)) throw new Error(`test workspace ${source} does not exist.`);
  fs.cpSync(source, target, { recursive: true });
  fs.mkdirSync(path.join(target, 'samples'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'samples', 'page-01.txt'), path.join(target, 'samples', 'page-01.txt'));
}

/**
 * Starts code-server in its own process group. `onOutput` gets its stdout/stderr text; `onSpawn` gets the handle at
 * once. Resolves to the handle once its health endpoint answers; `await handle.stop()` ends the whole group.
 */
export async function startCodeServer({ paths, dirs, port, extraArgs = [], env = {}, onOutput = () => {}, onSpawn = () => {}, startTimeoutMs = 60_000 }) {
  const args = [
    paths.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs,
  ];
  const child = spawn(paths.nodeBin, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: dirs.home,
      XDG_CONFIG_HOME: dirs.config,
      XDG_DATA_HOME: dirs.data,
      TMPDIR: dirs.tmp,
      NEWSDUMP_REPO_ROOT: repoRoot,
      // No extension marketplace: the workbench would otherwise query one on a host we cannot (and must not) reach.
      EXTENSIONS_GALLERY: 'null',
      ...env,
    },
  });
  child.stdout.setEncoding('utf8').on('data', onOutput);
  child.stderr.setEncoding('utf8').on('data', onOutput);
  let exited = null;
  const exitedPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(code ?? signal);
    });
  });

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // The group is already gone.
    }
  };
  /** Asks the whole process group to stop, waits up to 3 s, then kills whatever of it is left. */
  const stop = async () => {
    if (child.pid === undefined) return;
    if (!killGroup('SIGTERM')) return;
    await Promise.race([exitedPromise, new Promise((resolve) => setTimeout(resolve, 3000))]);
    // The server's children (extension host, file watcher) share its group and may outlive it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    killGroup('SIGKILL');
  };

  // Lets the caller stop the server on a signal that arrives before it is ready.
  onSpawn({ child, stop, exitedPromise });

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it was ready (code ${exited.code}, signal ${exited.signal}).`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on port ${port} within ${startTimeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, stop, exitedPromise };
}

/** The workbench URL that opens `folder` and hands VS Code a payload (vscode-remote:// paths run in the Node host). */
export function workbenchUrl(port, { folder, payload = [] }) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query.toString()}`;
}

export function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}
