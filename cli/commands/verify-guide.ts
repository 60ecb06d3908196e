// `portal-runbook verify-guide`: walk a written guide through the portal and report, in the
// guide's own words, where the portal no longer matches it (exit 0 match, 6 drift, 7 broken).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv, CommandModule } from 'yargs';
import { portalTarget, requireBrowser, SIMULATOR_DEFAULTS } from '../portal-target.ts';
import type { RunningSimulator } from '../simulator-lazily.ts';
import { badInput } from '../../runbooks/errors.ts';
import { loadGuide } from '../../runbooks/guide/load-guide.ts';
import { buildReport, freshCropDir, markdown, writeReports } from '../../runbooks/guide/reports.ts';
import { verifyGuide } from '../../runbooks/guide/verify-guide-runbook.ts';
import { ProgressPrinter } from '../progress-printer.ts';
import { reportError } from '../report-error.ts';
import { withSimulatorFlags, type SimulatorFlags } from '../simulator-flags.ts';


export const DEFAULT_GUIDE = fileURLToPath(new URL('../../guides/create-client-secret.yaml', import.meta.url));

type Flags = SimulatorFlags & {
  guide: string;
  app?: string;
  description?: string;
  param: string[];
  'report-dir': string;
  create: boolean;
  simulator: boolean;
  headed: boolean;
};


function builder(yargs: Argv): Argv<Flags> {
  const withFlags = yargs
    .usage('$0 verify-guide [--guide FILE] [--app NAME] [--report-dir DIR] [--create] [--simulator [simulator options]] [--headed]')
    .option('guide', { type: 'string', default: DEFAULT_GUIDE, defaultDescription: 'guides/create-client-secret.yaml', describe: 'The guide file (YAML, see guides/README.md)' })
    .option('app', { type: 'string', describe: "Fills the guide's {app}: the app registration's display name" })
    .option('description', { type: 'string', describe: "Fills the guide's {description}" })
    .option('param', { type: 'string', array: true, default: [] as string[], describe: 'Any other parameter, NAME=VALUE' })
    .option('report-dir', { type: 'string', default: 'reports/verify-guide', describe: 'Where report.md, report.json, report.junit.xml, report.html and crops/ go' })
    .option('create', { type: 'boolean', default: false, describe: 'Add the secret for real, check the result, then delete it and check it is gone' })
    .option('headed', { type: 'boolean', default: false, describe: 'Show the browser window' })
    .option('simulator', { type: 'boolean', default: false, describe: 'Run against the built-in portal simulator with its demo account' });
  return withSimulatorFlags(withFlags, 'Simulator options (with --simulator):', SIMULATOR_DEFAULTS) as unknown as Argv<Flags>;
}

export function parameterValues(flags: Pick<Flags, 'param' | 'app' | 'description'>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const entry of flags.param) {
    const at = entry.indexOf('=');
    if (at <= 0) throw badInput(`--param "${entry}": write NAME=VALUE`);
    values[entry.slice(0, at)] = entry.slice(at + 1);
  }
  if (flags.app !== undefined) values.app = flags.app;
  if (flags.description !== undefined) values.description = flags.description;
  return values;
}

async function handler(flags: Flags): Promise<void> {
  let simulator: RunningSimulator | undefined;
  try {
    // Everything that can be wrong with the input is found before a browser starts.
    const guide = await loadGuide(resolve(flags.guide), parameterValues(flags));
    requireBrowser();
    const target = await portalTarget(flags);
    simulator = target.simulator;
    const { account, stateFile } = target;
    const reportDir = resolve(flags['report-dir']);
    const cropDir = await freshCropDir(reportDir);
    const startedAt = new Date().toISOString();
    const { results, redactor } = await verifyGuide(guide, { account, steps: new ProgressPrinter(), headed: flags.headed, create: flags.create, stateFile, cropDir });
    const app = guide.steps.find((step) => step.target === 'app')?.value;
    const report = buildReport(guide, results, { portal: new URL(account.portalUrl).origin, app, create: flags.create, startedAt, reportDir });
    const files = await writeReports(report, reportDir, redactor);
    process.stderr.write(`\n${redactor.scrub(markdown(report))}\nReports: ${files.join(', ')}\n`);
    process.exitCode = report.exitCode;
  } catch (error) {
    process.exitCode = reportError(error);
  } finally {
    await simulator?.close();
  }
}

export const verifyGuideCommand: CommandModule<object, Flags> = {
  command: 'verify-guide',
  describe: "Check a written guide against the portal, in the guide's own words (exit 0 match, 6 drift, 7 broken)",
  builder,
  handler,
};
