// Notifications owned by the shell: toasts at the top right that auto-dismiss, and the bell's
// count and list. The React-view iframe asks the shell (postMessage) to show its toasts.
import { html } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ToastInput } from '../shared.ts';
import { icons } from './icons.ts';
import { invalidate } from './render-loop.ts';

/** How long a toast stays up (the real duration was not measured, portal.md §13.8). */
export const TOAST_MS = 6000;

interface Notification extends ToastInput {
  id: number;
  at: Date;
  toastVisible: boolean;
}

let nextId = 1;
const notifications: Notification[] = [];
let unread = 0;
let panelOpen = false;

export function notify(toast: ToastInput): void {
  const entry: Notification = { ...toast, id: nextId++, at: new Date(), toastVisible: true };
  notifications.unshift(entry);
  unread += 1;
  setTimeout(() => dismiss(entry), TOAST_MS);
  invalidate();
}

function dismiss(entry: Notification): void {
  entry.toastVisible = false;
  invalidate();
}

export function toggleNotificationsPanel(): void {
  panelOpen = !panelOpen;
  if (panelOpen) unread = 0;
  invalidate();
}

export function unreadCount(): number {
  return unread;
}

const kindIcon = (kind: ToastInput['kind']) => (kind === 'success' ? icons.success() : kind === 'error' ? icons.error() : icons.info());

export function toastsTemplate() {
  const visible = notifications.filter((entry) => entry.toastVisible);
  return html`<div class="fxs-toast-container" aria-live="polite">
    ${repeat(
      visible,
      (entry) => entry.id,
      (entry) => html`<div class="fxs-toast fxs-toast-${entry.kind}" role=${entry.kind === 'error' ? 'alert' : 'status'}>
        <div class="fxs-toast-icon">${kindIcon(entry.kind)}</div>
        <div class="fxs-toast-body">
          <div class="fxs-toast-title">${entry.title}</div>
          <div class="fxs-toast-description">${entry.description}</div>
          <div class="fxs-toast-time">a few seconds ago</div>
        </div>
        <button type="button" class="fxs-toast-close fxs-portal-svg" aria-label="Close" title="Close" @click=${() => dismiss(entry)}>${icons.close()}</button>
      </div>`,
    )}
  </div>`;
}

export function notificationsPanelTemplate() {
  if (!panelOpen) return null;
  return html`<section class="fxs-flyout fxs-notifications" role="complementary" aria-label="Notifications">
    <header class="fxs-flyout-header"><h2>Notifications</h2>
      <button type="button" class="fxs-icon-button" aria-label="Close" title="Close" @click=${toggleNotificationsPanel}>${icons.close()}</button>
    </header>
    ${notifications.length === 0
      ? html`<p class="fxs-muted">No new notifications from this session</p>`
      : html`<ul class="fxs-notification-list">${notifications.map(
          (entry) => html`<li class="fxs-notification">${kindIcon(entry.kind)}<div><div class="fxs-toast-title">${entry.title}</div><div>${entry.description}</div></div></li>`,
        )}</ul>`}
  </section>`;
}
