// The record of what a run added, without a browser: which rows it deletes (its own, found by
// Secret ID, never one that was there before), what it says when it cannot, and that a secret
// the run deleted itself or handed over is left alone. A blade that only lists and deletes rows
// stands in for the portal's; the commands' own cleanups run against the simulator (tests/cli,
// tests/guide, tests/screenshots).
import { expect, test } from '@playwright/test';
import { AddedSecrets, type AddAttempt } from '../../runbooks/added-secrets.ts';
import { RunbookError } from '../../runbooks/errors.ts';
import { Redactor } from '../../runbooks/redact.ts';
import { RecordingSteps } from '../../runbooks/steps.ts';
import type { SecretRow } from '../../pages/certificates-secrets-blade.ts';
import type { PortalSessionOptions } from '../../runbooks/portal-session.ts';

const APP = { displayName: 'Contoso HR sync', appId: '4d9a5b1e-0c3e-4f7a-9a51-2f4d8e7c6b10' };
const OLD: SecretRow = { description: 'ci', expires: '1/1/2027', value: 'abc******', secretId: '11111111-1111-4111-8111-111111111111' };
const NEW: SecretRow = { description: 'ci', expires: '6/5/2027', value: `xyz8Q~${'n'.repeat(34)}`, secretId: '22222222-2222-4222-8222-222222222222' };

/** Lists `rows`; deleting removes one (or fails as the portal's blade would say, when told to). */
function bladeListing(rows: SecretRow[], { failDelete = false } = {}) {
  const listed = [...rows];
  const blade = {
    deletedIds: [] as string[],
    selectClientSecrets: async () => undefined,
    secrets: async () => [...listed],
    rowOf: (row: SecretRow) => row,
    deleteRow: async (row: SecretRow) => {
      if (failDelete) throw new RunbookError('other', 'The delete confirmation did not close.');
      listed.splice(listed.indexOf(row), 1);
      blade.deletedIds.push(row.secretId);
    },
  };
  return blade;
}

function attempt(blade: ReturnType<typeof bladeListing>): AddAttempt {
  const session = { browser: { isConnected: () => true }, page: { isClosed: () => false }, guard: { protect: (_title: string, body: () => Promise<unknown>) => body() } };
  return { session, app: APP, description: 'ci', before: [OLD], blade } as unknown as AddAttempt;
}

function record(): AddedSecrets {
  return new AddedSecrets({ steps: new RecordingSteps(), redactor: new Redactor(), sessionOptions: {} as PortalSessionOptions });
}

test('deletes the row it added, by its Secret ID, and says so in one line after a one-line reason', async () => {
  const blade = bladeListing([OLD, NEW]);
  const added = record();
  added.aboutToAdd(attempt(blade));
  added.identified(NEW);
  const error = await added.undoAfter(new RunbookError('interrupted', 'Interrupted (SIGINT) after Add.'));
  expect(blade.deletedIds).toEqual([NEW.secretId]);
  expect(error.kind).toBe('interrupted');
  expect(error.message).toBe(
    `Interrupted (SIGINT) after Add. The secret this run added was deleted from the portal, so nothing was left behind (app "Contoso HR sync" (${APP.appId}), description "ci", Secret ID ${NEW.secretId}).`,
  );
  expect(error.message).not.toContain(NEW.value);
});

test('before its row was read, finds what Add created by the rows listed before it', async () => {
  const blade = bladeListing([OLD, NEW]);
  const added = record();
  added.aboutToAdd(attempt(blade));
  const error = await added.undoAfter(new Error('Waited 45 s to see the new row.'));
  expect(blade.deletedIds).toEqual([NEW.secretId]);
  expect(error.kind).toBe('other');
  expect(error.message).toContain(`was deleted from the portal, so nothing was left behind (app "Contoso HR sync" (${APP.appId}), description "ci", Secret ID ${NEW.secretId}).`);
});

test('a delete that fails names the secret to delete by hand, and is not tried again', async () => {
  const blade = bladeListing([OLD, NEW], { failDelete: true });
  const added = record();
  added.aboutToAdd(attempt(blade));
  added.identified(NEW);
  const error = await added.undoAfter(new RunbookError('other', 'memory destination: disk full (simulated)'));
  expect(error.message).toBe(
    `memory destination: disk full (simulated). The secret this run added could NOT be deleted (The delete confirmation did not close). Delete it by hand: app "Contoso HR sync" (${APP.appId}), description "ci", Secret ID ${NEW.secretId}.`,
  );
  const again = await added.undoAfter(new RunbookError('other', 'later'));
  expect(again.message).toBe('later');
});

test('nothing to undo once the value was handed over, or the run deleted the secret itself', async () => {
  for (const settle of [(added: AddedSecrets) => added.handedOver(), (added: AddedSecrets) => added.deletedByTheRun(NEW)]) {
    const blade = bladeListing([OLD, NEW]);
    const added = record();
    added.aboutToAdd(attempt(blade));
    added.identified(NEW);
    settle(added);
    const error = await added.undoAfter(new RunbookError('other', 'a later step failed'));
    expect(error.message).toBe('a later step failed');
    expect(blade.deletedIds).toEqual([]);
    expect(added.addClicked).toBe(true);
  }
});
