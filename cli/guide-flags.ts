// The flags that name a guide and fill its parameters, shared by verify-guide and screenshots.
import type { Argv } from 'yargs';
import { projectPath } from '../lib/project-path.ts';
import { badInput } from '../runbooks/errors.ts';

export const DEFAULT_GUIDE = projectPath('guides', 'create-client-secret.yaml');

export interface GuideFlags {
  guide: string;
  app?: string;
  description?: string;
  param: string[];
}

export function withGuideFlags<T>(yargs: Argv<T>, guideUse: string): Argv<T & GuideFlags> {
  return yargs
    .option('guide', { type: 'string', default: DEFAULT_GUIDE, defaultDescription: 'guides/create-client-secret.yaml', describe: `The guide file (YAML, see guides/README.md)${guideUse}` })
    .option('app', { type: 'string', describe: "Fills the guide's {app}: the app registration's display name" })
    .option('description', { type: 'string', describe: "Fills the guide's {description}" })
    .option('param', { type: 'string', array: true, default: [] as string[], describe: 'Any other parameter, NAME=VALUE' }) as unknown as Argv<T & GuideFlags>;
}

/** The guide's parameters from --param NAME=VALUE, --app and --description; a malformed one is named. */
export function parameterValues(flags: Pick<GuideFlags, 'param' | 'app' | 'description'>): Record<string, string | undefined> {
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
