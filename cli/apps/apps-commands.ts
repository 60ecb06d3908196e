// Each command's `--apps` work, in one place for the CLI (cli/apps/run-for-apps.ts) and the
// Playwright project `fleet` (tests/fleet-project): the fields a row may set, a row's checked
// input (the same checks as the command's flags), one app's operations on the run, its summary.
import { addSecret, type CreateSecretResult } from '../../runbooks/operations/add-secret.ts';
import { RETIRE_CHOICES, type RetireChoice } from '../../runbooks/operations/choose-secrets.ts';
import { ensure, rotate, type EnsureResult, type RotateResult } from '../../runbooks/operations/rotate.ts';
import { badInput } from '../../runbooks/errors.ts';
import { newSecretInput, type NewSecretInput } from '../new-secret-input.ts';
import type { CreateSecretCommandFlags } from '../commands/create-secret.ts';
import type { EnsureFlags } from '../commands/ensure.ts';
import type { ListSecretsFlags } from '../commands/list-secrets.ts';
import type { RotateFlags } from '../commands/rotate.ts';
import { ensureInput } from '../lifecycle/ensure-input.ts';
import { listed, listInput, type ListInput } from '../lifecycle/list-input.ts';
import type { CredentialsDocument } from '../lifecycle/credentials-table.ts';
import { createdSummary, ENSURE_COLUMNS, ensuredSummary, LIST_COLUMNS, listedSummary, NEW_SECRET_COLUMNS, ROTATE_COLUMNS, rotatedSummary } from './app-summaries.ts';
import { refuseOneAppFlags } from './apps-input.ts';
import type { AppsCommand } from './run-for-apps.ts';

function retireFrom(text: string): RetireChoice {
  const choice = RETIRE_CHOICES.find((known) => known === text.trim());
  if (!choice) throw badInput(`--retire: one of ${RETIRE_CHOICES.join(', ')} (got "${text}").`);
  return choice;
}

export function createSecretApps(flags: CreateSecretCommandFlags): AppsCommand<CreateSecretCommandFlags, NewSecretInput, CreateSecretResult> {
  return {
    columns: NEW_SECRET_COLUMNS,
    input: (row) => (refuseOneAppFlags(flags), newSecretInput(row, new Date())),
    work: (run, { request, destinations }) => addSecret(run, request, { destinations, verify: flags.verify }),
    summarize: (result) => createdSummary(result),
  };
}

export function rotateApps(flags: RotateFlags): AppsCommand<RotateFlags, NewSecretInput & { retire: RetireChoice }, RotateResult> {
  return {
    columns: ROTATE_COLUMNS,
    input: async (row) => (refuseOneAppFlags(flags), { ...(await newSecretInput(row, new Date())), retire: retireFrom(row.retire) }),
    work: (run, { request, destinations, retire }) => rotate(run, request, { destinations, retire, verify: flags.verify }),
    summarize: rotatedSummary,
  };
}

export function ensureApps(flags: EnsureFlags, today: Date): AppsCommand<EnsureFlags, NewSecretInput & { minDays: number }, EnsureResult> {
  return {
    columns: ENSURE_COLUMNS,
    input: (row) => (refuseOneAppFlags(flags), ensureInput(row, today)),
    work: (run, { request, destinations, minDays }) => ensure(run, request, { destinations, minDays, verify: flags.verify }),
    summarize: ensuredSummary,
  };
}

export function listSecretsApps(): AppsCommand<ListSecretsFlags, ListInput, CredentialsDocument> {
  return {
    columns: LIST_COLUMNS,
    input: listInput,
    work: listed,
    summarize: listedSummary,
  };
}
