// The dialogs and panes the runbook opens itself, each described by its page object. Every run's
// guard registers them (portal-session.ts), so none is ever dismissed as an overlay in the way;
// a pane the runbook opens later is added here.
import { ADD_SECRET_PANE } from '../pages/add-client-secret-pane.ts';
import { DELETE_CONFIRMATION } from '../pages/delete-confirmation.ts';
import type { OwnDialog } from '../pages/own-dialogs.ts';

export const RUNBOOK_DIALOGS: readonly OwnDialog[] = [ADD_SECRET_PANE, DELETE_CONFIRMATION];
