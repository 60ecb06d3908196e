// What the walker carries from step to step: the page, the surfaces the steps opened, and what
// the run may change (nothing, unless --create), recorded in the run's AddedSecrets.
import type { Locator, Page } from 'playwright';
import type { AddClientSecretPane, ExpiresControl } from '../../pages/add-client-secret-pane.ts';
import type { AppMatch, AppRegistrationsBlade } from '../../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../../pages/certificates-secrets-blade.ts';
import type { PortalShell } from '../../pages/portal-shell.ts';
import type { AddedSecrets } from '../added-secrets.ts';
import type { PortalSession } from '../portal-session.ts';
import type { Redactor } from '../redact.ts';
import type { Steps } from '../steps.ts';
import type { NewSecretRow } from '../../pages/new-secret-row.ts';

export interface WalkContext {
  session: PortalSession;
  page: Page;
  shell: PortalShell;
  steps: Steps;
  redactor: Redactor;
  /** Add for real (then delete) instead of Cancel. */
  create: boolean;
  /** Names that are masked in every picture (the account). */
  accountNames: string[];
  list?: AppRegistrationsBlade;
  app?: AppMatch;
  blade?: CertificatesSecretsBlade;
  pane?: AddClientSecretPane;
  expires?: ExpiresControl;
  /** The description typed in the pane. */
  description?: string;
  /** The secrets listed before Add, and the new row (deleted at the end of a --create run). */
  before?: SecretRow[];
  newRow?: Locator;
  /** The row Add created, to read its value from (set by the Add step). */
  newSecretRow?: NewSecretRow;
  /**
   * For a single page-object call whose abandoned rest does no harm (Add, reading the new row):
   * ends at once when the portal leaves for sign-in (the guard's watch; set by the walker).
   */
  watch?: <T>(work: Promise<T>) => Promise<T>;
  /** The secret a delete step is deleting. */
  deleting?: SecretRow;
  /** What this run added: told before Add and once the new row is read; says whether a value may show. */
  added: AddedSecrets;
}
