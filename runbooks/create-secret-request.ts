// What the user asked create-secret to do, already validated (see cli/commands/create-secret.ts).
import type { DateOrder } from '../pages/portal-dates.ts';
import type { ExpiryRequest } from './expiry.ts';

/** An app named by its exact display name, or by its Application (client) ID. */
export type AppSelector = { kind: 'name'; displayName: string } | { kind: 'id'; appId: string };

export interface CreateSecretRequest {
  app: AppSelector;
  description: string;
  expires: ExpiryRequest;
  /** Reach Certificates & secrets by the guide's clicks instead of a deep link. */
  navigate: boolean;
  /** Sign in, find the app, check the expiry is offered, print the plan; add nothing. */
  dryRun: boolean;
  /**
   * How the portal writes numeric dates (--date-order, PORTAL_DATE_ORDER), for a page that shows
   * no date that tells; otherwise learned from the page, and checked against it when given.
   */
  dateOrder?: DateOrder;
}

export function parseAppSelector(text: string): AppSelector {
  const trimmed = text.trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(trimmed)
    ? { kind: 'id', appId: trimmed.toLowerCase() }
    : { kind: 'name', displayName: trimmed };
}
