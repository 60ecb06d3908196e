// Turns create-secret's flags into a checked request and destinations, before anything
// touches the portal. Every refusal names the flag at fault (exit 2, nothing changed).
import { DATE_ORDERS, type DateOrder } from '../pages/portal-dates.ts';
import { parseAppSelector, type CreateSecretRequest } from '../runbooks/create-secret-request.ts';
import { badInput } from '../runbooks/errors.ts';
import { parseExpiry } from '../runbooks/expiry.ts';
import type { SecretDestination } from '../runbooks/delivery/destination.ts';
import { CommandDestination } from '../runbooks/delivery/command-destination.ts';
import { DEFAULT_ENV_KEY, EnvFileDestination } from '../runbooks/delivery/env-file-destination.ts';
import { JsonFileDestination } from '../runbooks/delivery/json-file-destination.ts';
import { JsonStdoutDestination } from '../runbooks/delivery/json-stdout-destination.ts';

export interface CreateSecretFlags {
  app: string;
  description?: string;
  expires: string;
  output?: string;
  'env-file'?: string;
  'env-key'?: string;
  'to-command'?: string;
  json: boolean;
  force: boolean;
  navigate: boolean;
  'dry-run': boolean;
  'date-order'?: DateOrder;
}

/** The portal's Description box takes one line; the length limit is not documented. */
const MAX_DESCRIPTION_LENGTH = 256;

export function defaultDescription(today: Date): string {
  return `azure-portal-runbook ${today.toISOString().slice(0, 10)}`;
}

/**
 * How the portal writes numeric dates, when the user says: --date-order, else PORTAL_DATE_ORDER
 * (the environment or .env); undefined leaves it to what the page shows.
 */
export function dateOrderFrom(flag: DateOrder | undefined, env: NodeJS.ProcessEnv = process.env): DateOrder | undefined {
  if (flag) return flag;
  const text = env.PORTAL_DATE_ORDER?.trim();
  if (!text) return undefined;
  const order = DATE_ORDERS.find((choice) => choice === text);
  if (!order) throw badInput(`PORTAL_DATE_ORDER is "${text}": use ${DATE_ORDERS.join(' or ')} (how your portal's Language + region writes 6/5/2027), or leave it unset.`);
  return order;
}

export function requestFrom(flags: CreateSecretFlags, today: Date, env: NodeJS.ProcessEnv = process.env): CreateSecretRequest {
  if (!flags.app?.trim()) throw badInput('--app: give the app\'s display name or its Application (client) ID.');
  const description = (flags.description ?? defaultDescription(today)).trim();
  if (/[\u0000-\u001f\u007f]/.test(description)) throw badInput('--description: one line of text, without control characters.');
  if (description.length > MAX_DESCRIPTION_LENGTH) throw badInput(`--description: at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  return {
    app: parseAppSelector(flags.app),
    description,
    expires: parseExpiry(flags.expires, today),
    navigate: flags.navigate,
    dryRun: flags['dry-run'],
    dateOrder: dateOrderFrom(flags['date-order'], env),
  };
}

/**
 * Files first (they can be withdrawn), then a command (it cannot, but the secret it got is deleted
 * if a later one fails), stdout last: a document already printed cannot be taken back.
 */
export function destinationsFrom(flags: CreateSecretFlags, env: NodeJS.ProcessEnv = process.env): SecretDestination[] {
  if (flags['env-key'] !== undefined && flags['env-file'] === undefined) {
    throw badInput('--env-key goes with --env-file.');
  }
  const destinations: SecretDestination[] = [];
  if (flags.output !== undefined) {
    if (!flags.output.trim()) throw badInput('--output: name a file.');
    destinations.push(new JsonFileDestination(flags.output, flags.force));
  }
  if (flags['env-file'] !== undefined) {
    if (!flags['env-file'].trim()) throw badInput('--env-file: name a file.');
    destinations.push(new EnvFileDestination(flags['env-file'], flags['env-key'] ?? DEFAULT_ENV_KEY));
  }
  if (flags['to-command'] !== undefined) {
    if (!flags['to-command'].trim()) throw badInput('--to-command: name a command, e.g. --to-command "gh secret set AZURE_CLIENT_SECRET".');
    destinations.push(new CommandDestination(flags['to-command'], { env }));
  }
  if (flags.json) destinations.push(new JsonStdoutDestination());
  if (destinations.length === 0 && !flags['dry-run']) {
    throw badInput('Name where the secret goes: --output FILE, --env-file FILE, --to-command CMD or --json (the value is shown only once).');
  }
  return destinations;
}
