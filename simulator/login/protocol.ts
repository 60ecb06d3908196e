// What the sign-in page's script and the sign-in server say to each other: the views and the
// JSON answers of /common/GetCredentialType, /common/login, /common/SAS/*, /kmsi and the interrupt.
// Shared by the server (simulator/login/*.ts) and the browser bundle (simulator/login/client/*.ts).

/** The views of the one sign-in page, each a `div[data-viewid]` inside `div.pagination-view`. */
export const VIEW_IDS = {
  username: '1',
  password: '2',
  enterCode: '3',
  approveRequest: '4',
  verifyIdentity: '5',
  staySignedIn: '6',
  actionRequired: '7',
  passwordless: '8',
} as const;

export type ViewName = keyof typeof VIEW_IDS;

/** Every step answers with the view to show next, or `done` (the page then posts f1 to finish). */
export type NextStep = ViewName | 'done';

export interface StepAnswer {
  next?: NextStep;
  /** Set when the step failed; the page stays on its view and shows the message. */
  error?: 'unknown-username' | 'wrong-password' | 'empty-password' | 'wrong-code' | 'flow-expired';
  /** The number "Approve sign in request" shows (number matching). */
  entropy?: number;
  /** The method the "Enter code" view is verifying: the app's code, or a text message. */
  authMethodId?: AuthMethodId;
  /** GetCredentialType's answer: 0 the account exists, 1 it does not. */
  IfExistsResult?: 0 | 1;
}

export type AuthMethodId = 'PhoneAppNotification' | 'PhoneAppOTP' | 'OneWaySMS';

export const ENDPOINTS = {
  getCredentialType: '/common/GetCredentialType',
  login: '/common/login',
  beginAuth: '/common/SAS/BeginAuth',
  processAuth: '/common/SAS/ProcessAuth',
  kmsi: '/kmsi',
  askLater: '/common/ProofUp/AskLater',
  /** f1's action: answers the form_post page that hands the code to the portal. */
  finish: '/common/reprocess',
} as const;
