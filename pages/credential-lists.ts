// Reads an app's whole credential lists on the Certificates & secrets blade (portal.md §7; the
// 2019 layout in §12): every client secret and every certificate, however the grid renders its
// rows (all of them, or virtualised, §5, and read by scrolling). Each list is read once it has
// settled and checked against the count the page shows ("Client secrets (N)", "Certificates (N)";
// the 2019 layout has none) and the count the grid declares (aria-rowcount), and refused when they
// cannot be reconciled. Dates stay as the portal shows them: PortalDates reads them.
import type { Locator } from 'playwright';
import type { CertificatesSecretsBlade, SecretRow } from './certificates-secrets-blade.ts';
import { cell, dataGrid, dataRows, loadingIndicator, readAllRows, type AllRows } from './grid.ts';
import { firstOf, waitForState } from './race.ts';
import { readSettled } from './settled-read.ts';
import { select } from './selection.ts';

/** A client secret as the full list shows it. */
export interface ListedSecret extends SecretRow {
  /** As the portal shows it; null when the grid has no start date column (§7.8 lists Description, Expires, Value, Secret ID). */
  startDate: string | null;
}

/** A certificate as the Certificates list shows it; a column the layout does not have reads null. */
export interface CertificateRow {
  thumbprint: string;
  description: string | null;
  /** As the portal shows it, in the user's regional format: read it with PortalDates. */
  startDate: string | null;
  expires: string;
  certificateId: string | null;
}

const LIST_TIMEOUT = 45_000;
const CERTIFICATES_TAB = /^Certificates \(\d+\)$/;

export interface ListOptions {
  /** How long the list may take to settle and be read whole (45 s by default). */
  timeout?: number;
  /** The client secrets show already: read them as they are (no tab is selected first). */
  shown?: boolean;
}

interface ListReading {
  /** N of the tab's "(N)", where the layout has tabs. */
  count: number | undefined;
  all: AllRows;
  empty: boolean;
}

/** Every client secret row, whatever the grid renders; refuses a list whose counts disagree. */
export async function readAllSecrets(blade: CertificatesSecretsBlade, { timeout = LIST_TIMEOUT, shown = false }: ListOptions = {}): Promise<ListedSecret[]> {
  // Not when the caller shows them itself (a guide step reads the list whatever its controls say).
  if (!shown) await blade.selectClientSecrets();
  const reading = await readList(blade, 'client secrets', {
    tab: blade.clientSecretsTab,
    table: blade.table.first(),
    rows: blade.rows,
    empty: blade.emptyState,
  }, timeout);
  return reading.all.rows.flatMap((values) => {
    const description = cell(values, 'Description');
    if (description === undefined) return [];
    return [
      {
        description,
        expires: words(cell(values, 'Expires')),
        // Copy controls may add text ("Copy to clipboard"): values and GUIDs have no spaces.
        value: firstToken(cell(values, 'Value')),
        secretId: firstToken(cell(values, 'Secret ID')).replace(/(\.\.\.|…)$/, ''),
        startDate: startDateOf(values),
      },
    ];
  });
}

/** Shows the certificates (a tab today, a section in 2019) and reads every row once settled. */
export async function readCertificates(blade: CertificatesSecretsBlade, { timeout = LIST_TIMEOUT }: ListOptions = {}): Promise<CertificateRow[]> {
  const { scope } = blade;
  const tab = scope.getByRole('tab', { name: CERTIFICATES_TAB }).or(scope.getByRole('button', { name: CERTIFICATES_TAB }));
  const heading = scope.getByRole('heading', { name: 'Certificates', exact: true });
  const layout = await firstOf({ tabs: tab, sections: heading }, { timeout });
  if (layout === 'tabs') await select(tab.first());
  // The certificates grid is the one with a Thumbprint column; its empty state's words are not on record.
  const table = dataGrid(scope, /^Thumbprint\b/);
  await waitForState(table.first(), 'visible', timeout);
  const rows = dataRows(scope, table);
  const empty = table.getByText(/^No certificates\b/);
  const reading = await readList(blade, 'certificates', { tab, table: table.first(), rows, empty }, timeout);
  return reading.all.rows.flatMap((values) => {
    const thumbprint = cell(values, 'Thumbprint');
    if (thumbprint === undefined) return [];
    return [
      {
        thumbprint: firstToken(thumbprint),
        description: cell(values, 'Description') ?? null,
        startDate: startDateOf(values),
        expires: words(cell(values, 'Expires')),
        certificateId: optional(cell(values, 'Certificate ID')),
      },
    ];
  });
}

async function readList(blade: CertificatesSecretsBlade, what: string, list: { tab: Locator; table: Locator; rows: Locator; empty: Locator }, timeout: number): Promise<ListReading> {
  return readSettled({
    what: `The list of ${what}`,
    settled: list.rows.or(list.empty),
    busy: loadingIndicator(blade.scope),
    watch: blade.scope.locator('body'),
    read: async () => {
      const count = await tabCount(list.tab);
      const all = await readAllRows(blade.scope, list.table, list.rows, { expected: count, timeout });
      return { count, all, empty: (await list.empty.filter({ visible: true }).count()) > 0 };
    },
    inconsistency: ({ count, all, empty }) => {
      const read = all.rows.length;
      if (all.unsettled) return `${read} ${what} were read, but ${all.unsettled}`;
      if (read === 0 && !empty && count !== 0) return `the list of ${what} was empty without saying so`;
      if (count !== undefined && count !== read) return `the tab counts ${count} ${what} while ${read} were read`;
      if (all.declared !== undefined && !empty && all.declared !== read) return `the grid says it has ${all.declared} rows while ${read} were read`;
      return undefined;
    },
    timeout,
  });
}

/** N of "Certificates (N)" / "Client secrets (N)", where the layout has tabs. */
async function tabCount(tab: Locator): Promise<number | undefined> {
  const names = await tab.filter({ visible: true }).allInnerTexts();
  const match = names.length === 1 ? /\((\d+)\)/.exec(names[0]!) : null;
  return match ? Number(match[1]) : undefined;
}

function startDateOf(values: Map<string, string>): string | null {
  const start = cell(values, 'Start date');
  return start === undefined ? null : words(start);
}

function optional(text: string | undefined): string | null {
  return text === undefined ? null : firstToken(text).replace(/(\.\.\.|…)$/, '');
}

/** A date may be words ("Jun 5, 2027"): the whole cell, whitespace collapsed. */
function words(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function firstToken(text: string | undefined): string {
  return (text ?? '').trim().split(/\s+/)[0] ?? '';
}
