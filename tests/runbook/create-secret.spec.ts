// The runbook called directly against the simulator, in each rendering: the delivered value is
// the simulator's record, description and expiry are as asked, and exactly one secret was added.
import { test, expect } from '../support/simulator-fixture.ts';
import { createSecret } from '../../runbooks/create-secret-runbook.ts';
import type { CreateSecretRequest } from '../../runbooks/create-secret-request.ts';
import { expectedEndDate, type ExpiryRequest } from '../../runbooks/expiry.ts';
import type { AdminConfigChange } from '../../simulator/admin.ts';
import { MemoryDestination, optionsFor } from './runbook-support.ts';

const APP = 'Puzzel Office 365 connector';

function request(expires: ExpiryRequest, extra: Partial<CreateSecretRequest> = {}): CreateSecretRequest {
  return { app: { kind: 'name', displayName: APP }, description: 'Puzzel Office 365 Certificate', expires, navigate: false, dryRun: false, ...extra };
}

const TODAY = new Date();
const IN_200_DAYS = new Date(TODAY.getTime() + 200 * 86_400_000).toISOString().slice(0, 10);

const VARIANTS: { title: string; config: AdminConfigChange; expires: ExpiryRequest; secretIds: boolean }[] = [
  { title: 'current portal, defaults', config: {}, expires: { kind: 'days', days: 180 }, secretIds: true },
  {
    title: 'current portal in an iframe, push first, KMSI first, welcome dialog, interrupt, slow',
    config: { iframe: true, mfa: 'push-first', kmsiFirst: true, welcome: true, interrupt: true, latency: 300, jitter: 200 },
    expires: { kind: 'days', days: 90 },
    secretIds: true,
  },
  {
    title: 'markup: complementary pane, tree items, table, button tabs',
    config: { markup: { pane: 'complementary', expiresOptions: 'treeitem', secretsTable: 'table', tabs: 'button' } },
    expires: { kind: 'days', days: 730 },
    secretIds: true,
  },
  { title: 'markup: region pane, Custom end date', config: { markup: { pane: 'region' } }, expires: { kind: 'date', end: IN_200_DAYS }, secretIds: true },
  { title: 'iframe, dialog pane, feedback bar, 545 days', config: { iframe: true, faults: ['feedback-bar'] }, expires: { kind: 'days', days: 545 }, secretIds: true },
  { title: '2019 portal: radio buttons', config: { ui: '2019' }, expires: { kind: 'years', years: 1 }, secretIds: false },
  { title: '2019 portal in an iframe, push first, welcome', config: { ui: '2019', iframe: true, mfa: 'push-first', welcome: true }, expires: { kind: 'years', years: 2 }, secretIds: false },
];

for (const variant of VARIANTS) {
  test.describe(variant.title, () => {
    test.use({ simulatorConfig: variant.config });

    test('adds one secret and delivers exactly its value', async ({ simulator, admin }) => {
      const { expires } = variant;
      const before = await admin.secrets(APP);
      const destination = new MemoryDestination();
      const options = optionsFor(simulator, { destinations: [destination], today: TODAY });
      const result = await createSecret(request(expires), options);

      expect(result.kind).toBe('created');
      const after = await admin.secrets(APP);
      expect(after).toHaveLength(before.length + 1);
      const added = after.find((secret) => !before.some((old) => old.keyId === secret.keyId))!;
      expect(destination.delivered?.value).toBe(added.value);
      // The 2019 layout has no Secret ID column (Description, Expires, Value).
      expect(destination.delivered?.secretId).toBe(variant.secretIds ? added.keyId : null);
      expect(destination.delivered?.hint).toBe(added.hint);
      expect(added.displayName).toBe('Puzzel Office 365 Certificate');
      const end = expectedEndDate(expires, TODAY);
      const days = Math.abs(Date.parse(added.endDateTime) - Date.parse(`${end}T00:00:00Z`)) / 86_400_000;
      expect(days).toBeLessThanOrEqual(1);
      expect(options.steps.titles.join('\n')).not.toContain(added.value);
      expect(options.steps.notes.join('\n')).not.toContain(added.value);
    });
  });
}
