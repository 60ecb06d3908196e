// `portal-runbook verify-guide`: walk a written guide through the portal and report, in the
// guide's own words, where the portal no longer matches it (exit 0 match, 6 drift, 7 broken).
import type { Argv, CommandModule } from 'yargs';
import { withGuideFlags, type GuideFlags } from '../guide-flags.ts';
import { withBrowserTarget, type SimulatorFlags } from '../simulator-flags.ts';

export type VerifyGuideFlags = SimulatorFlags & GuideFlags & { tenant?: string } & {
  'report-dir': string;
  create: boolean;
  simulator: boolean;
  headed: boolean;
};
type Flags = VerifyGuideFlags;

function builder(yargs: Argv): Argv<Flags> {
  const withFlags = withGuideFlags(yargs, '')
    .usage('$0 verify-guide [--guide FILE] [--app NAME] [--report-dir DIR] [--create] [--simulator [simulator options]] [--headed]')
    .option('report-dir', { type: 'string', default: 'reports/verify-guide', describe: 'Where report.md, report.json, report.junit.xml, report.html and crops/ go' })
    .option('create', { type: 'boolean', default: false, describe: 'Add the secret for real, check the result, then delete it and check it is gone' });
  return withBrowserTarget(withFlags) as unknown as Argv<Flags>;
}

export const verifyGuideCommand: CommandModule<object, Flags> = {
  command: 'verify-guide',
  describe: "Check a written guide against the portal, in the guide's own words (exit 0 match, 6 drift, 7 broken)",
  builder,
  handler: async (flags) => (await import('./verify-guide-run.ts')).runVerifyGuide(flags),
};
