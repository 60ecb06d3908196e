// "Nothing changed": every app's secrets (ids and values) as they were.
import type { SimulatorAdmin } from './simulator-admin.ts';

export async function secretsSnapshot(admin: SimulatorAdmin): Promise<string> {
  const { tenant } = await admin.state();
  return JSON.stringify(tenant.apps.map((app) => [app.appId, app.secrets.map((secret) => [secret.keyId, secret.value])]));
}
