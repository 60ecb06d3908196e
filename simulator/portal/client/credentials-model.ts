// State and actions of the Certificates & secrets blade body, shared by both UI variants and
// by both hosts (the shell's document, or the React-view iframe). A new value lives only in
// this object: leaving the blade or reloading drops it, and the server never sends it again.
// After Add or Delete the credentials are re-read, as the portal does; the grid shows its
// loading state meanwhile and then renders its rows anew.
import type { AddSecretRequest, AddSecretResponse, AppDetail, SecretView } from '../shared.ts';
import { ApiError } from './api.ts';
import { env } from './env.ts';
import { invalidate } from './render-loop.ts';

export const TOAST_TITLE = 'Update application credentials';

export class CredentialsModel {
  app: AppDetail | undefined;
  error: ApiError | undefined;
  /** keyId → value, for secrets created in this visit of the blade. */
  readonly newValues = new Map<string, string>();
  paneOpen = false;
  adding = false;
  confirming: SecretView | undefined;
  deleting: string | undefined;
  feedbackBar = false;
  infoBarOpen = true;
  copiedKey: string | undefined;
  /** The credentials are being re-read after a change. */
  reloading = false;
  /** Which read the grid shows: its rows are rendered anew for each. */
  generation = 0;
  /** Told when the pane opens, closes or starts/ends adding (a pane form in another frame follows it). */
  onPaneChange: ((state: { open: boolean; adding: boolean }) => void) | undefined;
  private reads = 0;

  constructor(readonly appId: string) {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.app = await env().api.get<AppDetail>(`/apps/${encodeURIComponent(this.appId)}`);
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError(0, 'Error', String(error));
    }
    invalidate();
  }

  /** Re-reads the credentials; only the latest read is shown. Values created in this visit stay. */
  private async reload(): Promise<void> {
    const read = ++this.reads;
    this.reloading = true;
    invalidate();
    try {
      const app = await env().api.get<AppDetail>(`/apps/${encodeURIComponent(this.appId)}`);
      if (read !== this.reads) return;
      this.app = app;
      this.generation += 1;
    } catch {
      // The rows already reflect the change; a failed re-read leaves them as they are.
    } finally {
      if (read === this.reads) this.reloading = false;
      invalidate();
    }
  }

  private paneChanged(): void {
    this.onPaneChange?.({ open: this.paneOpen, adding: this.adding });
    invalidate();
  }

  openPane(): void {
    this.paneOpen = true;
    this.paneChanged();
  }

  closePane(): void {
    if (this.adding || !this.paneOpen) return;
    this.paneOpen = false;
    this.paneChanged();
  }

  /** Add: the pane stays (busy) until the server answers, then closes either way. */
  async add(request: AddSecretRequest, forgetEarlierValues = false): Promise<void> {
    const app = this.app;
    if (!app || this.adding || !this.paneOpen) return;
    this.adding = true;
    this.paneChanged();
    let added = false;
    try {
      const { secret, feedbackBar } = await env().api.post<AddSecretResponse>(`/apps/${encodeURIComponent(app.appId)}/secrets`, request);
      if (forgetEarlierValues) this.newValues.clear();
      const { value, ...view } = secret;
      app.secrets = [...app.secrets, view];
      app.secretCount = app.secrets.length;
      this.newValues.set(secret.keyId, value);
      this.feedbackBar ||= feedbackBar;
      added = true;
      env().notify({ kind: 'success', title: TOAST_TITLE, description: `Successfully updated application ${app.displayName} credentials` });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      env().notify({ kind: 'error', title: TOAST_TITLE, description: `Failed to update application ${app.displayName} credentials. Error detail: ${message}` });
    } finally {
      this.adding = false;
      this.paneOpen = false;
      this.paneChanged();
    }
    if (added) void this.reload();
  }

  askDelete(secret: SecretView): void {
    this.confirming = secret;
    invalidate();
  }

  cancelDelete(): void {
    this.confirming = undefined;
    invalidate();
  }

  async confirmDelete(forgetEarlierValues = false): Promise<void> {
    const app = this.app;
    const secret = this.confirming;
    if (!app || !secret) return;
    this.confirming = undefined;
    this.deleting = secret.keyId;
    invalidate();
    try {
      await env().api.delete(`/apps/${encodeURIComponent(app.appId)}/secrets/${encodeURIComponent(secret.keyId)}`);
      app.secrets = app.secrets.filter((candidate) => candidate.keyId !== secret.keyId);
      app.secretCount = app.secrets.length;
      this.newValues.delete(secret.keyId);
      if (forgetEarlierValues) this.newValues.clear();
      env().notify({ kind: 'success', title: TOAST_TITLE, description: `Successfully updated application ${app.displayName} credentials` });
      void this.reload();
    } catch (error) {
      env().notify({ kind: 'error', title: TOAST_TITLE, description: `Failed to update application ${app.displayName} credentials. Error detail: ${(error as Error).message}` });
    } finally {
      this.deleting = undefined;
      invalidate();
    }
  }

  async copy(text: string, key: string): Promise<void> {
    await navigator.clipboard.writeText(text);
    this.copiedKey = key;
    invalidate();
    setTimeout(() => {
      if (this.copiedKey === key) this.copiedKey = undefined;
      invalidate();
    }, 2000);
  }
}
