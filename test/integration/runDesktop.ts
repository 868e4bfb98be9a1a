// `npm run test:desktop`: runs the integration suite in desktop VS Code, downloaded by @vscode/test-electron.
//
// Needs the VS Code download servers, so it is for developers' desktops (CI and our build machines use
// `npm run test:integration`, which runs the same suite in code-server). Same workspace and environment as there.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// This file is bundled to out/test/integration/runDesktop.js.
const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** A fresh copy of the test workspace plus the seed page, as scripts/test-host/host.mjs prepares it for code-server. */
function prepareWorkspace(): string {
  const source = path.resolve(process.env.NEWSDUMP_TEST_WORKSPACE || path.join(repoRoot, 'test', 'integration', 'workspace'));
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdump-desktop-'));
  const workspace = path.join(target, 'workspace');
  fs.cpSync(source, workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'samples'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'samples', 'page-01.txt'), path.join(workspace, 'samples', 'page-01.txt'));
  return workspace;
}

async function main(): Promise<void> {
  const workspace = prepareWorkspace();
  try {
    await runTests({
      version: process.env.NEWSDUMP_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { NEWSDUMP_REPO_ROOT: repoRoot },
    });
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
