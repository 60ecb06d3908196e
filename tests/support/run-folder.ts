// A fresh working folder for one command run, inside the test's own output folder: a failing
// test keeps it beside its error context, and the next `playwright test` clears it (the temp
// folder used to collect thousands). The command reads `.env` from its working folder only, so
// the project's own `.env` never reaches it from here.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { test } from '@playwright/test';

export async function runFolder(prefix: string): Promise<string> {
  const parent = test.info().outputPath('runs');
  await mkdir(parent, { recursive: true });
  return mkdtemp(`${parent}/${prefix}-`);
}
