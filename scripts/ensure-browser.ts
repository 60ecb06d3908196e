// `npm run setup`: make sure a Chromium exists, installing one when none does.
// First Playwright's installer; where that cannot download and we are root with apt, Debian's chromium.
import { spawnSync } from 'node:child_process';
import { findBrowser } from '../lib/browser.ts';

function run(command: string, args: string[]): boolean {
  process.stderr.write(`setup: ${command} ${args.join(' ')}\n`);
  return spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000 }).status === 0;
}

function isRootWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

const before = findBrowser();
if (before) {
  process.stderr.write(`setup: browser ok (${before.source}: ${before.executablePath})\n`);
} else {
  if (!run('npx', ['playwright', 'install', 'chromium']) && isRootWithApt()) {
    process.stderr.write("setup: Playwright's download failed; installing Debian's chromium\n");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
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
