#!/usr/bin/env node
// `npm test` after the build: the type check and lint (`npm run check`) and the Playwright tests at
// the same time. The tests leave the CPU idle at every authenticator period's end (a sign-in waits
// for a fresh code), and the checks fill that time instead of running first. The tests print as
// they go; the checks' output is printed whole when both are done. Fails if either fails.
// Arguments go to `playwright test` (`npm test -- tests/cli`).
import { spawn } from 'node:child_process';

function run(command, args, stdio) {
  const child = spawn(command, args, { stdio });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output })));
}

const [check, tests] = await Promise.all([
  run('node', ['scripts/check.mjs'], ['ignore', 'pipe', 'pipe']),
  run('npx', ['playwright', 'test', ...process.argv.slice(2)], 'inherit'),
]);
process.stdout.write(`\n${check.output}`);
process.exitCode = check.code !== 0 ? check.code : tests.code;
