// `npm run setup`: make sure a Chromium exists, installing one when none does.
// First Playwright's installer; where that cannot download and we are root with apt, Debian's
// chromium and its headless shell (what headless runs use: lib/browser.ts). As root with apt, also
// Xvfb, the display the test of `login --interactive`'s headed window uses.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, SYSTEM_HEADLESS_SHELL_PATHS } from '../lib/browser.ts';

function run(command: string, args: string[]): boolean {
  process.stderr.write(`setup: ${command} ${args.join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000 }).status === 0;
}

function isRootWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

const DEBIAN_PACKAGES = ['chromium', 'chromium-headless-shell'];

function aptInstall(packages: string[]): void {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages]);
}

// `login --interactive` opens a window; its test runs that window under Xvfb when there is no display.
if (spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status !== 0 && isRootWithApt()) {
  process.stderr.write("setup: adding Debian's xvfb (a display for the headed-window test of login --interactive)\n");
  aptInstall(['xvfb']);
}

const before = findBrowser();
if (before?.source === 'system' && !SYSTEM_HEADLESS_SHELL_PATHS.some((path) => existsSync(path)) && isRootWithApt()) {
  process.stderr.write("setup: adding Debian's chromium-headless-shell for headless runs\n");
  aptInstall(['chromium-headless-shell']);
}
if (before) {
  const now = findBrowser() ?? before;
  process.stderr.write(`setup: browser ok (${now.source}: ${now.executablePath})\n`);
} else {
  if (!run('npx', ['playwright', 'install', 'chromium']) && isRootWithApt()) {
    process.stderr.write(`setup: Playwright's download failed; installing Debian's ${DEBIAN_PACKAGES.join(' and ')}\n`);
    aptInstall(DEBIAN_PACKAGES);
  }
  const after = findBrowser();
  if (!after) {
    process.stderr.write(
      'setup: no browser could be installed. Install Chromium (`apt-get install -y chromium` as root) ' +
        'or set PORTAL_BROWSER to a Chromium/Chrome executable.\n',
    );
    process.exitCode = 1;
  } else {
    process.stderr.write(`setup: browser ok (${after.source}: ${after.executablePath})\n`);
  }
}
