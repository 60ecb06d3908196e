// The sign-in origin's token endpoint (client credentials), as Entra answers it: a bearer token,
// or its JSON error with the AADSTS code; a new secret is refused until tokenPropagation ms after
// its creation; token-never spoils every secret created after it was set. No browser.
import { expect, test } from '../support/simulator-fixture.ts';
import type { RunningSimulator } from '../../simulator/index.ts';

test.use({ simulatorConfig: { latency: 5, jitter: 0, tokenPropagation: 600 } });

const GRAPH = 'https://graph.microsoft.com/.default';

async function token(simulator: RunningSimulator, tenant: string, body: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${simulator.context.origins.login}/${tenant}/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

test('a working secret: a bearer token for an hour, JWT-shaped; the tenant by GUID or domain', async ({ simulator, admin }) => {
  const { tenant } = await admin.state();
  const app = await admin.app('Contoso HR sync');
  for (const name of [tenant.tenantId, tenant.domain]) {
    const { status, json } = await token(simulator, name, { grant_type: 'client_credentials', client_id: app.appId, client_secret: app.secrets[0]!.value, scope: GRAPH });
    expect(status).toBe(200);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    expect(String(json.access_token)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }
  expect((await admin.tokenRequests()).issued).toBe(2);
});

test("Entra's errors: status, error, AADSTS code and description, trace and correlation IDs", async ({ simulator, admin }) => {
  const { tenant } = await admin.state();
  const app = await admin.app('Contoso HR sync');
  const good = { grant_type: 'client_credentials', client_id: app.appId, client_secret: app.secrets[0]!.value, scope: GRAPH };
  const cases: [string, Record<string, string>, number, string, number, RegExp][] = [
    ['nowhere.onmicrosoft.com', good, 400, 'invalid_request', 90002, /^AADSTS90002: Tenant 'nowhere\.onmicrosoft\.com' not found\./],
    [tenant.tenantId, { ...good, client_id: '11111111-2222-4333-a444-555555555555' }, 400, 'unauthorized_client', 700016, /^AADSTS700016: Application with identifier '11111111-2222-4333-a444-555555555555' was not found in the directory 'Contoso \(simulated\)'\./],
    [tenant.tenantId, { ...good, client_secret: 'not-the-value' }, 401, 'invalid_client', 7000215, /^AADSTS7000215: Invalid client secret provided\. Ensure the secret being sent in the request is the client secret value, not the client secret ID/],
    [tenant.tenantId, { ...good, grant_type: '' }, 400, 'invalid_request', 900144, /^AADSTS900144: The request body must contain the following parameter: 'grant_type'\./],
    [tenant.tenantId, { ...good, scope: 'openid' }, 400, 'invalid_scope', 1002012, /^AADSTS1002012: /],
  ];
  for (const [name, body, status, error, code, description] of cases) {
    const answer = await token(simulator, name, body);
    expect(answer.status, `${code}`).toBe(status);
    expect(answer.json).toMatchObject({ error, error_codes: [code] });
    expect(String(answer.json.error_description)).toMatch(description);
    expect(String(answer.json.error_description)).toMatch(/ Trace ID: [0-9a-f-]{36} Correlation ID: [0-9a-f-]{36} Timestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(answer.json).toHaveProperty('trace_id');
    expect(answer.json).toHaveProperty('correlation_id');
  }
  expect(await admin.tokenRequests()).toEqual({ 'unknown-tenant': 1, 'unknown-client': 1, 'invalid-secret': 1, 'bad-request': 2 });
});

test('a new secret is refused until tokenPropagation has passed; deleted, it is refused again; token-never spoils later ones', async ({ simulator, admin }) => {
  const { tenant } = await admin.state();
  const app = await admin.app('Contoso HR sync');
  const added = await admin.addSecret(app.appId);
  const ask = (value: string) => token(simulator, tenant.tenantId, { grant_type: 'client_credentials', client_id: app.appId, client_secret: value, scope: GRAPH });
  expect((await ask(added.value)).json.error_codes).toEqual([7000215]);
  await expect.poll(async () => (await ask(added.value)).status, { intervals: [200] }).toBe(200);
  await admin.deleteSecret(app.appId, added.keyId);
  expect((await ask(added.value)).status).toBe(401);
  await admin.configure({ faults: ['token-never'], tokenPropagation: 0 });
  const spoilt = await admin.addSecret(app.appId);
  expect((await ask(spoilt.value)).json.error_codes).toEqual([7000215]);
  expect((await ask(app.secrets[0]!.value)).status).toBe(200);
  const counts = await admin.tokenRequests();
  expect(counts.propagating).toBeGreaterThanOrEqual(1);
  expect(counts['token-never']).toBe(1);
});
