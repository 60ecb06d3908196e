// What verify-guide must report for the shipped guide on each era of the simulator's portal,
// whatever its rendering (frames, markup, overlays, timing, session ends): the 2019 portal
// matches at every step; today's differs in exactly these words. One list, used by the verdict
// tests and the guide matrix.

/** Today's differences without --create (the result view after Add is not checked). */
export const CURRENT_DIFFERENCES = [
  'open-directory: Azure Active Directory → Microsoft Entra ID',
  'open-certificates-secrets: Integration assistant (preview) → Integration assistant',
  'open-certificates-secrets: Branding → Branding & properties',
  'open-certificates-secrets: Authentication → Authentication (Preview)',
  'open-certificates-secrets: Roles and administrators (Preview) → Roles and administrators',
  'open-certificates-secrets: Search (Ctrl+/) → Search',
  'choose-expires: In 1 year → Recommended: 180 days (6 months)',
  'choose-expires: In 2 years → 365 days (12 months)',
  'choose-expires: Never → 90 days (3 months)',
  'choose-expires: + Recommended: 180 days (6 months)',
  'choose-expires: + 90 days (3 months)',
  'choose-expires: + 365 days (12 months)',
  'choose-expires: + 545 days (18 months)',
  'choose-expires: + 730 days (24 months)',
  'choose-expires: + Custom',
  'read-value: Client secrets → changed tab "Client secrets (0)"',
  'read-value: + Secret ID',
];

/** Today's differences with --create: the banner and the new row after Add are checked too, and the tab counts the new secret. */
export const CURRENT_DIFFERENCES_CREATE = [
  ...CURRENT_DIFFERENCES.slice(0, -2),
  "read-value: Copy the new client secret value. You won't be able to retrieve it after you perform another operation or leave this blade. → (missing)",
  'read-value: Client secrets → changed tab "Client secrets (1)"',
  // The guide's new row ends on 12/31/2299 ("Never"); today's ends on the date chosen.
  'read-value: 12/31/2299 → (another date)',
  'read-value: + Secret ID',
];

/** The steps that drift on today's portal (the others match). */
export const CURRENT_DRIFTING_STEPS = ['open-directory', 'open-certificates-secrets', 'choose-expires', 'read-value'];

export const GUIDE_STEPS = ['open-directory', 'open-app-registrations', 'open-app', 'open-certificates-secrets', 'click-new-client-secret', 'type-description', 'choose-expires', 'add', 'read-value'];
