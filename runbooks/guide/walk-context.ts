// What the walker carries from step to step: the page, the surfaces the steps opened, and what
// the run may change (nothing, unless --create).
import type { Locator, Page } from 'playwright';
import type { AddClientSecretPane, ExpiresControl } from '../../pages/add-client-secret-pane.ts';
import type { AppMatch, AppRegistrationsBlade } from '../../pages/app-registrations-blade.ts';
import type { CertificatesSecretsBlade, SecretRow } from '../../pages/certificates-secrets-blade.ts';
import type { PortalShell } from '../../pages/portal-shell.ts';
import type { Redactor } from '../redact.ts';
import type { Steps } from '../steps.ts';

export interface WalkContext {
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
  /** The secrets listed before Add, and the new one once read (deleted at the end of a --create run). */
  before?: SecretRow[];
  newRow?: Locator;
  added?: SecretRow;
  /**
   * For a single page-object call whose abandoned rest does no harm (Add, reading the new row):
   * ends at once when the portal leaves for sign-in (the guard's watch; set by the walker).
   */
  watch?: <T>(work: Promise<T>) => Promise<T>;
  /** True once Add may have put a value on screen: grid cells are masked in pictures from then on. */
  valueMayShow: boolean;
}
