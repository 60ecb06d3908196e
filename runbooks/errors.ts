// What can go wrong, as kinds the CLI maps to documented exit codes.
export type FailureKind =
  /** Bad input: nothing was changed. Exit 2. */
  | 'bad-input'
  /** Sign-in failed: wrong password, wrong code, blocked. Exit 3. */
  | 'sign-in'
  /**
   * The account may not enter the directory --tenant names (not a member or guest there, AADSTS50020;
   * or no such directory, AADSTS90002), or the portal could not be shown to be in it. Nothing was done. Exit 3.
   */
  | 'directory-refused'
  /** The app (or the secret named) was not found, or the name matched several. Exit 4. */
  | 'app-not-found'
  /** The portal refused (policy, secret limit, error toast), with its message. Exit 5. */
  | 'portal-refused'
  /** The portal could not be reached at all (DNS, connection, proxy, certificate). Exit 9. */
  | 'unreachable'
  /**
   * The new secret could not be shown to work: the token endpoint refused it (other than the
   * refusals a new secret gets while it propagates), or still refused it at the time limit. Exit 10.
   */
  | 'not-verified'
  /** rotate: the new secret was delivered and stays, but retiring old ones failed. Exit 11. */
  | 'retire-failed'
  /** Interrupted (SIGINT); a secret added meanwhile was deleted. Exit 130, as shells expect. */
  | 'interrupted'
  /** Anything else, after rollback. Exit 1. */
  | 'other';

export type ExitKind = FailureKind | 'ok' | 'images-changed' | 'apps-some-failed' | 'apps-none-done';

export const EXIT_CODES: Record<ExitKind, number> = {
  ok: 0,
  other: 1,
  'bad-input': 2,
  'sign-in': 3,
  'directory-refused': 3,
  'app-not-found': 4,
  'portal-refused': 5,
  // 6 and 7 are verify-guide's verdicts (drift, broken); 7 is also "the screenshot walk broke".
  /** screenshots: an image differs from the baseline beyond --threshold. */
  'images-changed': 8,
  unreachable: 9,
  'not-verified': 10,
  'retire-failed': 11,
  /** --apps: some apps were done, others failed or were not started (each told in the summary). */
  'apps-some-failed': 12,
  /** --apps: no app was done. */
  'apps-none-done': 13,
  interrupted: 130,
};

export class RunbookError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RunbookError';
  }
}

export function badInput(message: string): RunbookError {
  return new RunbookError('bad-input', message);
}
