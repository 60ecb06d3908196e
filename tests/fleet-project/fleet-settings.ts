// The fleet project's settings, all from the environment (CI jobs set env, not argv): the apps
// file, the command, and flags for every row (PORTAL_FLEET_MIN_DAYS=30 is `--min-days 30`). The
// flags go through the command's own yargs builder, so the defaults and refusals are the CLI's.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { badInput } from '../../runbooks/errors.ts';
import { createSecretApps, ensureApps, listSecretsApps, rotateApps } from '../../cli/apps/apps-commands.ts';
import type { AppsCommand } from '../../cli/apps/run-for-apps.ts';
import { createSecretCommand, type CreateSecretCommandFlags } from '../../cli/commands/create-secret.ts';
import { ensureCommand, type EnsureFlags } from '../../cli/commands/ensure.ts';
import { listSecretsCommand } from '../../cli/commands/list-secrets.ts';
import { rotateCommand, type RotateFlags } from '../../cli/commands/rotate.ts';

/** An apps command with its input and result types forgotten: the fleet only passes them along. */
export type FleetCommand = AppsCommand<object, unknown, unknown>;

const COMMANDS: Record<string, { module: CommandModule<object, never>; apps: (flags: object) => FleetCommand }> = {
  ensure: { module: ensureCommand as never, apps: (flags) => ensureApps(flags as EnsureFlags, new Date()) as unknown as FleetCommand },
  rotate: { module: rotateCommand as never, apps: (flags) => rotateApps(flags as RotateFlags) as unknown as FleetCommand },
  'create-secret': { module: createSecretCommand as never, apps: (flags) => createSecretApps(flags as CreateSecretCommandFlags) as unknown as FleetCommand },
  'list-secrets': { module: listSecretsCommand as never, apps: () => listSecretsApps() as unknown as FleetCommand },
};

/** The command's flags a fleet sets for every row (a row's own field wins), as PORTAL_FLEET_<FLAG>. */
export const FLEET_FLAGS = ['description', 'expires', 'min-days', 'retire', 'expiring-within', 'verify'] as const;

export interface FleetSettings {
  /** PORTAL_APPS_FILE. */
  appsFile: string;
  /** PORTAL_FLEET_COMMAND: ensure (default), rotate, create-secret or list-secrets. */
  commandName: string;
  /** The command line the fleet stands for, with the CLI's defaults (never a secret). */
  flags: object;
  command: FleetCommand;
}

export function envName(flag: string): string {
  return `PORTAL_FLEET_${flag.toUpperCase().replace(/-/g, '_')}`;
}

export function fleetSettings(env: NodeJS.ProcessEnv = process.env): FleetSettings {
  const appsFile = env.PORTAL_APPS_FILE?.trim();
  if (!appsFile) throw badInput('PORTAL_APPS_FILE is not set: name the apps file (YAML or CSV, one row per app) the fleet works through.');
  const commandName = env.PORTAL_FLEET_COMMAND?.trim() || 'ensure';
  const known = COMMANDS[commandName];
  if (!known) throw badInput(`PORTAL_FLEET_COMMAND is "${commandName}": use ${Object.keys(COMMANDS).join(', ')}.`);
  const argv = ['--apps', appsFile, ...FLEET_FLAGS.flatMap((flag) => flagArgs(flag, env[envName(flag)]))];
  const flags = commandLine(known.module, argv, commandName);
  return { appsFile, commandName, flags, command: known.apps(flags) };
}

/** `--min-days 30`; yes/no flags as `--verify` / `--no-verify`. */
function flagArgs(flag: string, value: string | undefined): string[] {
  const text = value?.trim();
  if (!text) return [];
  if (flag === 'verify') return [/^(1|true|yes)$/i.test(text) ? '--verify' : '--no-verify'];
  return [`--${flag}`, text];
}

function commandLine(module: CommandModule<object, never>, argv: string[], commandName: string): object {
  const builder = module.builder as (parser: Argv) => Argv;
  const parser = builder(yargs(argv).scriptName('portal-runbook')).strict().exitProcess(false).fail((message, error) => {
    const said = (error?.message ?? message).replace(/(--|Unknown arguments?: |Argument: )([a-z][a-z-]*)/g, (text, before: string, name: string) =>
      (FLEET_FLAGS as readonly string[]).includes(name) ? `${before === '--' ? '' : before}${envName(name)}` : text,
    );
    throw badInput(`PORTAL_FLEET_*: ${said} (for ${commandName}; PORTAL_FLEET_<FLAG> stands for its --flag).`);
  });
  return parser.parseSync() as object;
}
