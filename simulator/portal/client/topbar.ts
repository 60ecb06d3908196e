// The portal's top bar (portal.md §3.1): menu, brand, global search combobox, the icon links,
// the notifications bell with its badge, and the account button.
import { html, nothing } from 'lit-html';
import type { Me } from '../shared.ts';
import { signOut } from './auth.ts';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo, navigate } from './nav.ts';
import { invalidate } from './render-loop.ts';
import { hashes } from './router.ts';
import { toggleNotificationsPanel, unreadCount } from './toasts.ts';

const SEARCH_LABEL = 'Search resources, services, and docs (G+/)';

interface Service {
  label: string;
  hash: string;
}

function services(): Service[] {
  const entra = env().config.ui === '2019' ? 'Azure Active Directory' : 'Microsoft Entra ID';
  return [
    { label: entra, hash: hashes.entra() },
    { label: 'App registrations', hash: hashes.appList },
    { label: 'Enterprise applications', hash: '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview' },
    { label: 'Subscriptions', hash: '#view/Microsoft_Azure_Billing/SubscriptionsBladeV2' },
    { label: 'Resource groups', hash: '#view/HubsExtension/BrowseResourceGroups' },
    { label: 'All resources', hash: '#view/HubsExtension/BrowseAll' },
  ];
}

let query = '';
let searchOpen = false;
let active = -1;
let accountOpen = false;

function matches(): Service[] {
  const needle = query.trim().toLowerCase();
  return needle ? services().filter((service) => service.label.toLowerCase().includes(needle)) : [];
}

function choose(service: Service): void {
  query = '';
  searchOpen = false;
  active = -1;
  navigate(service.hash);
}

function onSearchKey(event: KeyboardEvent): void {
  const found = matches();
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    searchOpen = true;
    active = Math.min(found.length - 1, active + 1);
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    active = Math.max(0, active - 1);
  } else if (event.key === 'Enter') {
    const pick = found[active] ?? found[0];
    if (pick) choose(pick);
  } else if (event.key === 'Escape') {
    searchOpen = false;
  }
  invalidate();
}

const iconLink = (label: string, icon: ReturnType<typeof icons.gear>, onClick?: () => void, badge?: number) =>
  html`<a href="#" class="fxs-topbar-button" aria-label=${label} title=${label}
    @click=${(event: MouseEvent) => {
      event.preventDefault();
      onClick?.();
    }}>${icon}${badge ? html`<span class="fxs-topbar-badge" aria-hidden="true">${badge}</span>` : nothing}</a>`;

export function topBarTemplate(me: Me) {
  const found = matches();
  const { tenant } = me;
  return html`<a class="fxs-skip-main" href="#" @click=${(event: MouseEvent) => {
      event.preventDefault();
      document.getElementById('fxs-main')?.focus();
    }}>Skip to main content</a>
  <header class="fxs-topbar" role="banner">
    <button type="button" class="fxs-topbar-button fxs-topbar-menu" aria-label="Show portal menu" title="Show portal menu">${icons.menu()}</button>
    <a class="fxs-topbar-brand" href=${hashes.home} @click=${linkTo(hashes.home)}>Microsoft Azure</a>
    <div class="fxs-search">
      <span class="fxs-search-icon">${icons.search()}</span>
      <input type="text" role="combobox" aria-label=${SEARCH_LABEL} placeholder=${SEARCH_LABEL} aria-autocomplete="list"
        aria-expanded=${searchOpen && found.length > 0 ? 'true' : 'false'} aria-controls="fxs-search-results" .value=${query}
        @input=${(event: InputEvent) => {
          query = (event.target as HTMLInputElement).value;
          searchOpen = true;
          active = -1;
          invalidate();
        }}
        @keydown=${onSearchKey}
        @blur=${() => setTimeout(() => { searchOpen = false; invalidate(); }, 150)}>
      ${searchOpen && found.length > 0
        ? html`<div class="fxs-search-results"><div class="fxs-search-group">Services</div><ul id="fxs-search-results" role="listbox" aria-label="Services">
            ${found.map((service, index) => html`<li role="option" aria-selected=${index === active ? 'true' : 'false'}
              class=${index === active ? 'active' : ''} @mousedown=${(event: MouseEvent) => { event.preventDefault(); choose(service); }}>${icons.grid()}<span>${service.label}</span></li>`)}
          </ul></div>`
        : nothing}
    </div>
    <div class="fxs-topbar-icons">
      ${iconLink('Copilot', icons.copilot())}
      ${iconLink('Cloud Shell', icons.shell())}
      ${iconLink('Notifications', icons.bell(), toggleNotificationsPanel, unreadCount())}
      ${iconLink('Settings', icons.gear())}
      ${iconLink('Support + Troubleshooting', icons.question())}
      ${iconLink('Feedback', icons.feedback())}
    </div>
    <button type="button" class="fxs-avatarmenu" aria-label=${`Account menu Currently signed in as ${me.username}, under ${tenant.displayName} (${tenant.domain}) tenant`}
      aria-expanded=${accountOpen ? 'true' : 'false'} @click=${() => { accountOpen = !accountOpen; invalidate(); }}>
      <span class="fxs-avatarmenu-text"><span class="fxs-avatarmenu-username">${me.username}</span><span class="fxs-avatarmenu-tenant">${tenant.displayName.toUpperCase()}</span></span>
      <span class="fxs-avatarmenu-picture" aria-hidden="true">${initials(me.displayName)}</span>
    </button>
    ${accountOpen
      ? html`<div class="fxs-flyout fxs-account-flyout" role="dialog" aria-label="Account">
          <div class="fxs-account-head"><div class="fxs-account-tenant">${tenant.displayName}</div>
            <a href="#" class="fxs-account-signout" @click=${(event: MouseEvent) => { event.preventDefault(); accountOpen = false; void signOut(env().config); }}>Sign out</a></div>
          <div class="fxs-account-name">${me.displayName}</div><div class="fxs-muted">${me.username}</div>
          <a href="#" @click=${(event: MouseEvent) => event.preventDefault()}>View account</a>
          <a href="#" @click=${(event: MouseEvent) => { event.preventDefault(); accountOpen = false; navigate('#settings/directory'); }}>Switch directory</a>
        </div>`
      : nothing}
  </header>`;
}

function initials(name: string): string {
  return name.split(/\s+/).map((part) => part[0] ?? '').join('').slice(0, 2).toUpperCase();
}
