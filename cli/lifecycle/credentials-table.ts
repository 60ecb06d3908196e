// list-secrets' output: an aligned table for a person (colour only on a TTY), or one JSON
// document with a documented schema (README "list-secrets"). Never a value: the portal shows none.
import type { AppCredentials, CredentialStatus } from '../../runbooks/operations/list-credentials.ts';

export interface CredentialsDocument {
  tenantId: string | null;
  appName: string;
  appId: string;
  /** When the list was read (ISO). */
  listedAt: string;
  secrets: (AppCredentials['secrets'][number] & { createdByThisTool: boolean })[];
  certificates: AppCredentials['certificates'];
}

export function credentialsDocument(credentials: AppCredentials, options: { tenantId?: string | null; createdByThisTool?: (secretId: string | null) => boolean; listedAt?: Date }): CredentialsDocument {
  return {
    tenantId: options.tenantId ?? null,
    appName: credentials.app.displayName,
    appId: credentials.app.appId,
    listedAt: (options.listedAt ?? new Date()).toISOString(),
    secrets: credentials.secrets.map((secret) => ({ ...secret, createdByThisTool: options.createdByThisTool?.(secret.secretId) ?? false })),
    certificates: credentials.certificates,
  };
}

const COLOURS: Record<CredentialStatus, string> = { valid: '\u001b[32m', expiring: '\u001b[33m', expired: '\u001b[31m' };

function table(header: string[], rows: string[][], statusColumn: number, colour: boolean): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[], tint = false) =>
    cells
      .map((cell, column) => {
        const padded = column === cells.length - 1 ? cell : cell.padEnd(widths[column]!);
        return tint && column === statusColumn ? `${COLOURS[cell.trim() as CredentialStatus] ?? ''}${padded}\u001b[0m` : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map((row) => line(row, colour))].join('\n');
}

export function credentialsTable(document: CredentialsDocument, colour: boolean): string {
  const out: string[] = [`${document.appName} (${document.appId})${document.tenantId ? `, directory ${document.tenantId}` : ''}`, ''];
  if (document.secrets.length === 0) out.push('Client secrets: none');
  else {
    out.push(`Client secrets (${document.secrets.length}):`);
    out.push(
      table(
        ['DESCRIPTION', 'SECRET ID', 'HINT', 'ENDS', 'DAYS LEFT', 'STATUS', 'BY THIS TOOL'],
        document.secrets.map((s) => [s.description, s.secretId ?? '—', s.hint ?? '—', s.endDate, String(s.daysLeft), s.status, s.createdByThisTool ? 'yes' : '']),
        5,
        colour,
      ),
    );
  }
  out.push('');
  if (document.certificates.length === 0) out.push('Certificates: none');
  else {
    out.push(`Certificates (${document.certificates.length}):`);
    out.push(
      table(
        ['THUMBPRINT', 'DESCRIPTION', 'STARTS', 'ENDS', 'DAYS LEFT', 'STATUS'],
        document.certificates.map((c) => [c.thumbprint, c.description ?? '—', c.startDate ?? '—', c.endDate, String(c.daysLeft), c.status]),
        5,
        colour,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
