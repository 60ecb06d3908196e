// Shapes exchanged between the portal origin's data API and its browser code (shell and
// React-view sandbox). Imported by both sides; no Node or DOM dependencies.
import type { ListFilter, MarkupVariants, RegionalFormat, UiVariant } from '../options.ts';
import type { DeepLinkHome } from '../faults.ts';
import type { UiEdit } from '../ui-edits.ts';

/** What the shell page is told before sign-in: where things are and how to render. */
export interface PortalConfig {
  origins: { portal: string; login: string; sandbox: string };
  ui: UiVariant;
  iframe: boolean;
  welcome: boolean;
  welcomeDelay: number;
  /** Milliseconds before the NPS survey; null: no survey. */
  surveyDelay: number | null;
  /** Milliseconds before the teaching callout inside a framed view; null: none. */
  calloutDelay: number | null;
  paneFrame: boolean;
  listFrame: boolean;
  listFilter: ListFilter;
  /** How dates are shown and read (--regional-format). */
  regionalFormat: RegionalFormat;
  markup: MarkupVariants;
  /** Renamed, removed or moved controls (--ui-edits). */
  uiEdits: UiEdit[];
  /** The deep-link-home fault: the first load after a sign-in lands on Home; null: never. */
  deepLinkHome: DeepLinkHome | null;
  /** The directory-link-ignored fault: `#@<tenant>/…` does not change the directory. */
  directoryLinkIgnored: boolean;
}

/** The Azure Portal's own app id, as it asks login.microsoftonline.com for tokens. */
export const PORTAL_CLIENT_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';
/** sessionStorage keys the shell uses (sessionStorage belongs to the portal origin). */
export const TOKEN_KEY = 'portal.accessToken';
export const JUST_SIGNED_IN_KEY = 'portal.justSignedIn';
/** Set once the NPS survey was dismissed in this tab; it then stays away for the tab's life. */
export const SURVEY_DISMISSED_KEY = 'portal.surveyDismissed';
/** The same for the teaching callout, in the sandbox origin's sessionStorage (its frames share it). */
export const CALLOUT_DISMISSED_KEY = 'reactview.calloutDismissed';

/** A directory the signed-in user may enter (`GET /api/directories`). */
export interface DirectorySummary {
  tenantId: string;
  displayName: string;
  domain: string;
}

export interface Me {
  username: string;
  displayName: string;
  tenant: { tenantId: string; displayName: string; domain: string };
}

export type CredentialStatus = 'Current' | 'Expiring soon' | 'Expired' | '';

export interface AppSummary {
  appId: string;
  objectId: string;
  displayName: string;
  createdOn: string;
  certificateCount: number;
  secretCount: number;
  credentialStatus: CredentialStatus;
}

/** A secret as the portal lists it: never the value. */
export interface SecretView {
  keyId: string;
  displayName: string;
  hint: string;
  startDateTime: string;
  endDateTime: string;
}

export interface CertificateView {
  thumbprint: string;
  description: string;
  startDate: string;
  expires: string;
  /** Certificate ID (Graph keyId). */
  keyId: string;
}

export interface AppDetail extends AppSummary {
  tenantId: string;
  signInAudience: string;
  secrets: SecretView[];
  certificates: CertificateView[];
}

export interface AddSecretRequest {
  displayName: string;
  startDateTime: string;
  endDateTime: string;
}

/** The only answer that ever carries a secret's value. */
export interface AddSecretResponse {
  secret: SecretView & { value: string };
  /** The "Got a second to give us some feedback?" bar (fault feedback-bar). */
  feedbackBar: boolean;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** Error details of a refused Add (portal.md §11). */
export const ADD_ERRORS = {
  generic: { code: 'InternalServerError', message: 'An unexpected error occurred while processing the request. Please try again later.' },
  blocked: { code: 'CredentialTypeNotAllowedAsPerAppPolicy', message: 'Credential type not allowed as per assigned policy' },
  lifetime: { code: 'CredentialInvalidLifetimeAsPerAppPolicy', message: 'Credential lifetime exceeds the max value allowed as per assigned policy' },
  limit: {
    code: 'TooManyAppPasswords',
    message: 'Unable to save changes because the credential limit has been reached. Please delete a credential and try again.',
  },
} as const;

/**
 * Messages between the shell (top document) and its sandbox iframes: the React-view frame of
 * the blade body (--iframe) and the frame of the "Add a client secret" form (--pane-frame).
 * Only the blade body's frame ever gets a token; the form frame gets no data, only "adding".
 */
export type FrameMessage =
  | { type: 'ready' }
  | { type: 'init'; view: 'credentials'; token: string; appId: string; appDisplayName: string; config: PortalConfig }
  | { type: 'init'; view: 'add-pane'; config: PortalConfig; adding: boolean }
  | { type: 'init'; view: 'app-list'; token: string; parent: { label: string; hash: string }; config: PortalConfig }
  /** App list frame → shell: an app was clicked; the shell routes to it (`parent`: the app blade's breadcrumb). */
  | { type: 'navigate'; hash: string; parent?: { label: string; hash: string } }
  | { type: 'toast'; toast: ToastInput }
  | { type: 'unauthorized' }
  /** Blade body → shell: the pane opened, closed, or Add is in flight (the shell hosts the pane's frame). */
  | { type: 'pane-state'; open: boolean; adding: boolean }
  /** Form frame → shell → blade body: the form's Add and Cancel. */
  | { type: 'pane-add'; request: AddSecretRequest; forgetEarlierValues: boolean }
  | { type: 'pane-cancel' };

export interface ToastInput {
  kind: 'success' | 'error' | 'info';
  title: string;
  description: string;
}
