// `npm run bench -- --apps N`: a many-apps run of the runbook's CLI against the many-apps floor,
// at a small size (10 apps) and at N, each run on a fresh simulator; at N also the floor in tabs
// (would `--concurrency` pay?). Writes the many-apps section of BENCHMARKS.md from the measurement.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientBundle } from '../simulator/portal/bundle.ts';
import { appsSummary, writeAppsSection } from './apps-report.ts';
import { appsRun, type AppsRunKind, type AppsRunRecord } from './apps-runs.ts';
import { marginalMs } from './apps-tables.ts';
import { buildFloor, FLOOR_APPS_SCRIPT } from './build-floor.ts';
import { measureCliStart } from './cli-start.ts';
import { describeMachine } from './machine.ts';
import { currentLoad } from './report.ts';
import { ms } from './stats.ts';

export interface AppsBenchOptions {
  command: string;
  apps: number;
  small: number;
  tabs: number;
  latency: number;
  jitter: number;
  timeoutSeconds: number;
  out: string;
  log: (line: string) => void;
}

export async function runAppsBench(options: AppsBenchOptions): Promise<boolean> {
  const { log } = options;
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const machine = describeMachine();
  log('Compiling the many-apps floor; timing node and CLI start…');
  const floorScript = await buildFloor('bench/floor-apps-main.ts', FLOOR_APPS_SCRIPT);
  await clientBundle();
  const cliStart = await measureCliStart(5);
  const sizes = [...new Set([options.small, options.apps])].sort((a, b) => a - b);
  const work = await mkdtemp(join(tmpdir(), 'portal-runbook-bench-apps-'));
  const runs: AppsRunRecord[] = [];
  const measure = async (kind: AppsRunKind, size: number, tabs = 1) => {
    log(`  ${size} apps, ${kind}${tabs > 1 ? ` (${tabs} tabs)` : ''}…`);
    const setting = { size, latency: options.latency, jitter: options.jitter, folder: join(work, `${size}-${kind}`), timeoutMs: options.timeoutSeconds * 1000 };
    const run = await appsRun(kind, setting, floorScript, tabs);
    runs.push(run);
    log(`    ${run.ok ? 'ok' : 'FAILED'}: ${ms(run.wallMs)}, first result ${ms(run.firstResultMs)}, marginal ${ms(marginalMs(run))}/app, sign-ins ${run.signIns.full} full ${run.signIns.silent} silent, load ${run.loadAtStart.toFixed(1)}`);
    if (run.problem) log(run.problem);
  };
  for (const [at, size] of sizes.entries()) {
    const order: AppsRunKind[] = at % 2 === 0 ? ['floor', 'runbook'] : ['runbook', 'floor'];
    for (const kind of order) await measure(kind, size);
  }
  if (options.tabs > 1) await measure('floor-tabs', options.apps, options.tabs);
  const result = {
    command: options.command,
    startedAt,
    durationMs: performance.now() - started,
    machine,
    loadAtEnd: currentLoad(),
    options: { sizes, latency: options.latency, jitter: options.jitter, tabs: options.tabs },
    cliStart,
    runs,
  };
  await writeAppsSection(options.out, result);
  console.log(`\n${appsSummary(result)}\n\nWritten to ${options.out} (its many-apps section).`);
  const ok = runs.every((run) => run.ok);
  if (ok) await rm(work, { recursive: true, force: true });
  else log(`Folders of the failed runs kept under ${work}`);
  return ok;
}
