// Where a secret goes. Each destination is checked before the portal is touched,
// delivers atomically, and reads its delivery back before the runbook leaves the blade.
import type { CreatedSecret } from '../created-secret.ts';

/** What kind of place a destination is, for the run record (never where exactly, never the value). */
export type DestinationKind = 'file' | 'env-file' | 'json-stdout' | 'command' | 'github-actions-mask';

export interface SecretDestination {
  /** What kind of place it is (for the run record). */
  readonly kind?: DestinationKind;
  /** For progress output, e.g. "file out/secret.json" (never the value). */
  readonly label: string;
  /** Fails (bad input) when delivery could not work: existing file without --force, unwritable folder. */
  preflight(): Promise<void>;
  /** Writes the secret. */
  deliver(secret: CreatedSecret): Promise<void>;
  /** Reads the delivery back and throws when it does not hold exactly this value. */
  confirm(secret: CreatedSecret): Promise<void>;
  /** Undoes a delivery that was made but cannot stand (best effort). */
  withdraw?(): Promise<void>;
}
