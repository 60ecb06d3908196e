// `--apps FILE` checked before any browser starts: every row becomes the same input a one-app run
// of the command gets (the command line's flags, with the row's fields on top), checked by the
// same code, so a field is refused in the words its flag would be, at its file, line and field.
// No two apps may deliver to the same place. Destinations are checked (preflight) up front.
import { resolve } from 'node:path';
import { placeOf, readAppsFile, type AppRow, type FieldValue } from '../../runbooks/apps/apps-file.ts';
import { parseDirectoryName } from '../../runbooks/directory-name.ts';
import { badInput, RunbookError } from '../../runbooks/errors.ts';
import { DEFAULT_ENV_KEY } from '../../runbooks/delivery/env-file-destination.ts';
import { plainMessage } from '../../runbooks/plain-error.ts';

/** Fields whose flags take a number, and a yes/no. */
const NUMBER_FIELDS = new Set(['min-days', 'expiring-within']);
const BOOLEAN_FIELDS = new Set(['force', 'navigate']);
/** At most this many refusals are listed (the rest counted). */
const LISTED_REFUSALS = 10;

export interface AppInput<Input> {
  row: AppRow;
  /** The app as the row names it. */
  label: string;
  input: Input;
  /** The directory the app is in (its `tenant` field, else --tenant); undefined: the one the portal opens in. */
  tenant?: string;
}

export interface AppsInputSpec<Flags, Input> {
  /** The fields a row may set (the command's per-app flags, without dashes). */
  columns: readonly string[];
  /** The one-app input from flags (throws badInput naming the flag), preflight included. */
  input: (flags: Flags) => Promise<Input> | Input;
}

/** The command line's own flags that cannot stand for many apps at once. */
export function refuseOneAppFlags(flags: { output?: string; 'env-key'?: string }): void {
  if (flags.output !== undefined) throw badInput('--output names one file: with --apps, give each app its own in the file\'s `output` field.');
  if (flags['env-key'] !== undefined) throw badInput('--env-key names one key: with --apps, give each app its own in the file\'s `env-key` field.');
}

export async function appsInput<Flags extends object, Input>(file: string, flags: Flags, spec: AppsInputSpec<Flags, Input>): Promise<AppInput<Input>[]> {
  const { rows } = await readAppsFile(file, spec.columns);
  const refusals: string[] = [];
  const inputs: AppInput<Input>[] = [];
  const places = new Map<string, AppRow>();
  for (const row of rows) {
    const merged = { ...flags, ...flagsOf(row) } as Flags;
    try {
      for (const place of deliveryPlaces(merged as DeliveryFlags)) {
        const first = places.get(place);
        if (first) throw badInput(`${placeOf(file, row.line)}: delivers to the same place as line ${first.line} (${place}); each app needs its own.`);
        places.set(place, row);
      }
      inputs.push(await rowInput(row, flags, spec));
    } catch (error) {
      if (!(error instanceof RunbookError) || error.kind !== 'bad-input') throw error;
      refusals.push(atRow(file, row, plainMessage(error)));
    }
  }
  const [named] = inputs.filter((app) => app.tenant !== undefined);
  const unnamed = inputs.filter((app) => app.tenant === undefined).map(({ row }) => row.line);
  if (named && unnamed.length > 0) {
    refusals.push(`${placeOf(file, named.row.line, 'tenant')} names a directory, and line${unnamed.length === 1 ? '' : 's'} ${unnamed.slice(0, LISTED_REFUSALS).join(', ')} do${unnamed.length === 1 ? 'es' : ''} not: give those a tenant too, or --tenant for every row that names none.`);
  }
  if (refusals.length > 0) {
    const more = refusals.length > LISTED_REFUSALS ? `\n  … and ${refusals.length - LISTED_REFUSALS} more` : '';
    throw badInput(`--apps: ${refusals.length} of the ${rows.length} rows cannot be done as written; nothing was started:\n  ${refusals.slice(0, LISTED_REFUSALS).join('\n  ')}${more}`);
  }
  return inputs;
}

/**
 * One row's input: the command line's flags with the row's fields on top, checked by the command's
 * own input (its destination's preflight included). Refusals name the flag; appsInput places them.
 */
export async function rowInput<Flags extends object, Input>(row: AppRow, flags: Flags, spec: AppsInputSpec<Flags, Input>): Promise<AppInput<Input>> {
  const merged = { ...flags, ...flagsOf(row) } as Flags;
  const { tenant } = merged as { tenant?: string };
  if (tenant !== undefined) parseDirectoryName(tenant);
  return { row, label: String(row.fields.app).trim(), input: await spec.input(merged), tenant: tenant?.trim() || undefined };
}

/** A row's fields as the command's flags: `expires: 90d` is `--expires 90d`. */
function flagsOf(row: AppRow): Record<string, FieldValue> {
  const flags: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(row.fields)) {
    if (NUMBER_FIELDS.has(field)) flags[field] = typeof value === 'number' ? value : Number(String(value).trim() || Number.NaN);
    else if (BOOLEAN_FIELDS.has(field)) flags[field] = value === true || /^(true|yes|1)$/i.test(String(value).trim());
    else flags[field] = String(value);
  }
  return flags;
}

/** A flag's refusal, told at the row's field when the row set it (`--expires: …` → `apps.csv line 4, field expires: …`). */
function atRow(file: string, row: AppRow, message: string): string {
  const flag = /^--([a-z-]+)(?: ([^:]*))?:\s*/.exec(message);
  if (flag && flag[1]! in row.fields) return `${placeOf(file, row.line, flag[1])}${flag[2] ? ` (${flag[2]})` : ''}: ${message.slice(flag[0].length)}`;
  return message.startsWith(file) ? message : `${placeOf(file, row.line)}: ${message}`;
}

type DeliveryFlags = { output?: string; 'env-file'?: string; 'env-key'?: string; 'to-command'?: string };

function deliveryPlaces(flags: DeliveryFlags): string[] {
  const places: string[] = [];
  if (flags.output?.trim()) places.push(`file ${resolve(flags.output)}`);
  if (flags['env-file']?.trim()) places.push(`${flags['env-key'] ?? DEFAULT_ENV_KEY} in ${resolve(flags['env-file'])}`);
  if (flags['to-command']?.trim()) places.push(`command "${flags['to-command'].trim()}"`);
  return places;
}
