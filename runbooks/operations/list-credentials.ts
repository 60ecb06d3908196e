// Operation "list an app's credentials" on a signed-in run: every client secret (description,
// Secret ID, hint, end date, days left, status) and every certificate, read once the lists have
// settled, however the grid draws them, with the count checked against the portal's own.
import type { AppMatch } from '../../pages/app-registrations-blade.ts';
import type { SecretRow } from '../../pages/certificates-secrets-blade.ts';
import type { AppSelector } from '../create-secret-request.ts';
import type { PortalRun } from '../portal-run.ts';
import type { ReachedBlade } from '../reach-credentials.ts';

export type CredentialStatus = 'valid' | 'expiring' | 'expired';

export interface ListedSecret {
  description: string;
  /** GUID; null where the portal shows none (the 2019 portal). */
  secretId: string | null;
  /** The first three characters of the value, as the masked value shows them; null when it shows none. */
  hint: string | null;
  /** YYYY-MM-DD; null where the list shows no start date (today's shows none, §7.8). */
  startDate: string | null;
  /** YYYY-MM-DD. */
  endDate: string;
  /** Whole days from today (UTC) to the end date; negative once expired. */
  daysLeft: number;
  status: CredentialStatus;
}

export interface ListedCertificate {
  thumbprint: string;
  description: string | null;
  /** GUID (today's Certificate ID column); null where the portal shows none. */
  certificateId: string | null;
  startDate: string | null;
  endDate: string;
  daysLeft: number;
  status: CredentialStatus;
}

export interface AppCredentials {
  app: AppMatch;
  secrets: ListedSecret[];
  certificates: ListedCertificate[];
  /** The rows as the portal showed them, for an operation that goes on to delete some. */
  rows: SecretRow[];
  reached: ReachedBlade;
}

/** A secret or certificate ends within this many days: "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function statusOf(daysLeft: number, expiringWithin = EXPIRING_WITHIN_DAYS): CredentialStatus {
  if (daysLeft < 0) return 'expired';
  return daysLeft <= expiringWithin ? 'expiring' : 'valid';
}

/** The hint a masked value shows ("abc*****" → "abc"). */
function hintOf(value: string): string | null {
  const shown = value.replace(/\*+.*$/, '');
  return shown.length > 0 ? shown.slice(0, 3) : null;
}

export async function listCredentials(
  run: PortalRun,
  app: AppSelector,
  options: { navigate?: boolean; reached?: ReachedBlade; expiringWithin?: number } = {},
): Promise<AppCredentials> {
  const { steps } = run;
  const reached = options.reached ?? (await run.reach(app, options.navigate ?? false));
  let blade = reached.blade;
  const read = async () => {
    await blade.selectClientSecrets();
    const rows = await blade.allSecrets();
    for (const row of rows) run.dates.saw(row.expires, 'the client secrets list');
    const certificates = await blade.certificates();
    for (const certificate of certificates) run.dates.saw(certificate.expires, 'the certificates list');
    await blade.selectClientSecrets();
    return { rows, certificates };
  };
  const title = `Read the client secrets and certificates of ${reached.app.displayName}`;
  const { rows, certificates } = await steps.run(title, () =>
    run.session.guard.protect(title, read, async () => {
      blade = await run.navigator.reopen(reached.app);
    }),
  );
  const within = options.expiringWithin ?? EXPIRING_WITHIN_DAYS;
  const dated = (shown: string, what: string) => {
    const endDate = run.dates.read(shown, what);
    const daysLeft = daysBetween(run.todayIso, endDate);
    return { endDate, daysLeft, status: statusOf(daysLeft, within) };
  };
  const secrets = rows.map((row) => ({
    description: row.description,
    secretId: row.secretId || null,
    hint: hintOf(row.value),
    startDate: row.startDate ? run.readDate(row.startDate) : null,
    ...dated(row.expires, `the end date of "${row.description}"`),
  }));
  const listedCertificates = certificates.map((certificate) => ({
    thumbprint: certificate.thumbprint,
    description: certificate.description,
    certificateId: certificate.certificateId,
    startDate: certificate.startDate ? run.dates.read(certificate.startDate, `the start date of certificate ${certificate.thumbprint}`) : null,
    ...dated(certificate.expires, `the end date of certificate ${certificate.thumbprint}`),
  }));
  return { app: reached.app, secrets, certificates: listedCertificates, rows, reached: { app: reached.app, blade } };
}
