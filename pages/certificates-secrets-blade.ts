// An app's "Certificates & secrets" blade (portal.md §7; the 2019 layout in §12). Rooted in the
// frame that draws the blade body: the top document, or a React-view iframe (§3.3).
import type { Locator, Page } from 'playwright';
import { readAllSecrets, readCertificates, type CertificateRow, type ListedSecret, type ListOptions } from './credential-lists.ts';
import { cell, columnNames, dataGrid, dataRows, loadingIndicator, readRows, revealRow } from './grid.ts';
import { DeleteConfirmation } from './delete-confirmation.ts';
import { fieldHolding, fieldMatching } from './field-value.ts';
import { firstOf, waitForState } from './race.ts';
import { readSettled } from './settled-read.ts';
import { select } from './selection.ts';
import { findSurface, topPage, type Scope } from './surface.ts';

export const credentialsRoute = (appId: string): string => `view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${appId}`;

export interface SecretRow {
  description: string;
  /** As the portal shows it, in the user's regional format (6/5/2027, 05/06/2027, 5 Jun 2027…): read it with PortalDates. */
  expires: string;
  /** The full value right after creation, masked (`abc*****`) otherwise. */
  value: string;
  /** Secret ID (GUID); empty when the layout has no Secret ID column (2019). */
  secretId: string;
}

const BLADE_TIMEOUT = 45_000;
const CLIENT_SECRETS_TAB = /^Client secrets \(\d+\)$/;
const BLADE_TITLE = /\s*\|\s*Certificates & secrets\s*$/;

/** What shows once the blade body has loaded, in either layout. */
export function certificatesSecretsContent(scope: Scope): Locator {
  return scope
    .getByRole('tab', { name: CLIENT_SECRETS_TAB })
    .or(scope.getByRole('button', { name: CLIENT_SECRETS_TAB }))
    .or(scope.getByRole('heading', { name: 'Client secrets', exact: true }));
}

export class CertificatesSecretsBlade {
  protected readonly root: Locator;
  readonly clientSecretsTab: Locator;
  /** 2019 layout: one page with "Certificates" and "Client secrets" sections, no tabs. */
  readonly clientSecretsHeading: Locator;
  readonly newClientSecret: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly loading: Locator;

  constructor(readonly scope: Scope) {
    this.root = scope.locator('body');
    this.clientSecretsTab = this.root.getByRole('tab', { name: CLIENT_SECRETS_TAB }).or(this.root.getByRole('button', { name: CLIENT_SECRETS_TAB }));
    this.clientSecretsHeading = this.root.getByRole('heading', { name: 'Client secrets', exact: true });
    const add = /^\+?\s*New client secret$/;
    this.newClientSecret = this.root.getByRole('button', { name: add }).or(this.root.getByRole('link', { name: add }));
    // The secrets table is the one with a Value column (the certificates table has none).
    this.table = dataGrid(scope, /^Value\b/);
    this.rows = dataRows(scope, this.table);
    this.emptyState = this.root.getByText('No client secrets have been created for this application.', { exact: true });
    this.loading = loadingIndicator(scope);
  }

  /** Finds the blade body in the top document or any frame, once it has loaded. */
  static async find(page: Page, timeout = BLADE_TIMEOUT): Promise<CertificatesSecretsBlade> {
    return new CertificatesSecretsBlade(await findSurface(page, certificatesSecretsContent, { what: 'The Certificates & secrets blade', timeout }));
  }

  /** The top page, for dialogs the blade opens outside its frame. */
  get page(): Page {
    return topPage(this.scope);
  }

  /** Shows the client secrets (a tab today, a section in 2019); ends when "New client secret" is there. */
  async selectClientSecrets(): Promise<void> {
    const layout = await firstOf({ tabs: this.clientSecretsTab, sections: this.clientSecretsHeading }, { timeout: BLADE_TIMEOUT });
    if (layout === 'tabs') await select(this.clientSecretsTab.first());
    await waitForState(this.newClientSecret.first(), 'visible', BLADE_TIMEOUT);
  }

  /**
   * The secrets as the table shows them, once it has settled: not loading, rows or the empty
   * state, and as many rows as the tab's count says ("Client secrets (2)") where it says one.
   * `expectRow`, when given, must be among the rows (the one just added).
   */
  async secrets(expectRow?: Locator): Promise<SecretRow[]> {
    // Every row, however the grid draws them (a virtualised grid only the rows in view).
    if (!expectRow) return this.allSecrets({ shown: true });
    const shape = expectRow ?? this.rows.or(this.emptyState);
    const reading = await readSettled({
      what: 'The client secrets list',
      settled: shape,
      busy: this.loading,
      watch: this.root,
      read: async () => ({ count: await this.tabCount(), rows: await this.readSecretRows(), empty: (await this.emptyState.filter({ visible: true }).count()) > 0 }),
      inconsistency: (r) => {
        if (r.rows.length === 0 && !r.empty) return 'the table was empty without saying so';
        if (r.count !== undefined && r.count !== r.rows.length) return `the tab counts ${r.count} secrets while ${r.rows.length} are listed`;
        return undefined;
      },
      timeout: BLADE_TIMEOUT,
    });
    return reading.rows;
  }

  /**
   * Every client secret, however the grid renders them (all rows, or virtualised and read by
   * scrolling), checked against "Client secrets (N)" and the grid's own row count; refused
   * (ListNotSettledError) when they cannot be reconciled. Shows the client secrets first.
   */
  allSecrets(options?: ListOptions): Promise<ListedSecret[]> {
    return readAllSecrets(this, options);
  }

  /** Every certificate (shows the Certificates tab or section), checked against "Certificates (N)" where there is one. */
  certificates(options?: ListOptions): Promise<CertificateRow[]> {
    return readCertificates(this, options);
  }

  /** N of "Client secrets (N)", where the layout has tabs. */
  private async tabCount(): Promise<number | undefined> {
    const names = await this.clientSecretsTab.filter({ visible: true }).allInnerTexts();
    const match = names.length === 1 ? /\((\d+)\)/.exec(names[0]!) : null;
    return match ? Number(match[1]) : undefined;
  }

  private async readSecretRows(): Promise<SecretRow[]> {
    const secrets: SecretRow[] = [];
    for (const values of await readRows(this.table.first(), this.rows)) {
      const description = cell(values, 'Description');
      if (description === undefined) continue;
      secrets.push({
        description,
        // A date may be words ("Jun 5, 2027"): the whole cell.
        expires: (cell(values, 'Expires') ?? '').replace(/\s+/g, ' ').trim(),
        // Copy controls may add text ("Copy to clipboard"): values and GUIDs have no spaces.
        value: firstToken(cell(values, 'Value')),
        secretId: firstToken(cell(values, 'Secret ID')).replace(/(\.\.\.|…)$/, ''),
      });
    }
    return secrets;
  }

  /** Whether the table has a Secret ID column (today's layout; the 2019 one has none). */
  async hasSecretIds(): Promise<boolean> {
    return (await columnNames(this.table.first())).some((name) => name.startsWith('Secret ID'));
  }

  /**
   * The row added after `before` was read: a Secret ID not seen before, or (no Secret ID
   * column) the one row that shows a full value instead of a masked one. Values and Secret IDs
   * may be text or read-only text boxes (whose values are not the row's text).
   */
  newRow(before: SecretRow[], withSecretIds: boolean): Locator {
    if (!withSecretIds) return this.rows.filter({ hasText: /[A-Za-z0-9_~.]{3}\dQ~/ }).or(this.rows.filter({ has: this.scope.getByRole('textbox') }));
    const withAnId = this.rows.filter({ hasText: GUID_PREFIX }).or(this.rows.filter({ has: fieldMatching(this.scope, GUID_PREFIX) }));
    return before.reduce((rows, old) => rows.filter({ hasNotText: old.secretId }).filter({ hasNot: fieldHolding(this.scope, old.secretId) }), withAnId);
  }

  /** The row showing `secretId`, as text or in a read-only text box. */
  row(secretId: string): Locator {
    return this.rows.filter({ hasText: secretId }).or(this.rows.filter({ has: fieldHolding(this.scope, secretId) }));
  }

  /** A row as it was read: by its Secret ID, or (2019 layout, none) the last with its description and expiry. */
  rowOf(secret: SecretRow): Locator {
    if (secret.secretId) return this.row(secret.secretId);
    const alike = this.rowsAlike(secret);
    // Alike rows (one description, one end date: two added the same day) differ in their Value:
    // a new value in full (text or box), or the hint masked (none at all in 2019).
    if (SECRET_VALUE_SHAPE_IN_ROW.test(secret.value)) return alike.filter({ hasText: secret.value }).or(alike.filter({ has: fieldHolding(this.scope, secret.value) })).first();
    const masked = alike.filter({ hasNotText: SECRET_VALUE_SHAPE_IN_ROW }).filter({ hasNot: this.scope.getByRole('textbox') });
    return secret.value ? masked.filter({ hasText: secret.value }).first() : masked.first();
  }

  /** The rows a secret cannot be told from by Secret ID: itself, or (2019) every one with its description and end date. */
  rowsAlike(secret: SecretRow): Locator {
    return secret.secretId ? this.row(secret.secretId) : this.rows.filter({ hasText: secret.description }).filter({ hasText: secret.expires });
  }


  /** The app's display name, from the blade title "<App> | Certificates & secrets". */
  async appName(): Promise<string> {
    const title = (scope: Scope | Page) => scope.getByRole('heading', { name: BLADE_TITLE }).or(scope.getByText(BLADE_TITLE));
    const where = await firstOf({ page: title(this.page), blade: title(this.scope) }, { timeout: BLADE_TIMEOUT });
    const text = await title(where === 'page' ? this.page : this.scope).filter({ visible: true }).first().innerText();
    return text.replace(BLADE_TITLE, '').trim();
  }

  async openNewClientSecret(): Promise<void> {
    await this.newClientSecret.first().click();
  }

  /**
   * Deletes a secret by its row and confirms (delete-confirmation.ts); ends once the row has gone.
   * The delete control's name is [NF]: any button named "Delete …" in the row.
   */
  async deleteRow(row: Locator, failed?: Locator, alike: Locator = row): Promise<void> {
    // A virtualised grid may have the row out of view, and so out of the page.
    await revealRow(this.rows, row, BLADE_TIMEOUT);
    // Only a failure shown after this click answers it (an earlier toast may linger).
    const failure = failed ? failed.nth(await failed.count()) : undefined;
    // Done once fewer rows are alike: rows with nothing to tell them apart (2019) all match `row`.
    const count = await alike.count();
    const gone = count > 0 ? alike.nth(count - 1) : row;
    await row.getByRole('button', { name: /delete/i }).first().click();
    await new DeleteConfirmation(this.scope).confirmFor(gone, failure);
  }

}

const GUID_PREFIX = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
/** A new secret's full value as a row shows it (3 characters, a digit, `Q~`). */
const SECRET_VALUE_SHAPE_IN_ROW = /[A-Za-z0-9_~.]{3}\dQ~/;

function firstToken(text: string | undefined): string {
  return (text ?? '').trim().split(/\s+/)[0] ?? '';
}
