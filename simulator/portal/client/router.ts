// Portal hash routes (portal.md §1): `#view/<Extension>/<Blade>/~/<Menu>/key/value/key~/json`,
// the legacy `#blade/<Extension>/<Blade>/<Menu>/key/value`, and the tenant prefix
// `#@<tenant>.onmicrosoft.com/asset/...`. The shell routes on load and on its own navigation
// (history entries it pushed); a bare `location.hash = ...` afterwards does not route, as on
// the real portal whose router ignores hash changes it did not make.

export type Route =
  | { kind: 'home' }
  | { kind: 'entra'; menu: string }
  | { kind: 'app-list' }
  | { kind: 'app'; appId: string; menu: string }
  | { kind: 'generic'; title: string }
  | { kind: 'directories' }
  | { kind: 'not-found'; hash: string };

const PARAM_KEYS = new Set(['appId', 'objectId', 'isMSAApp', 'quickStartType', 'sourceType', 'defaultBlade', 'menuId']);

export interface BladeAddress {
  extension: string;
  blade: string;
  menu?: string;
  params: Record<string, unknown>;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseBladeAddress(hash: string): BladeAddress | undefined {
  let path = hash.replace(/^#/, '').replace(/^@[^/]+\//, '');
  if (path.startsWith('asset/')) path = `blade/${path.slice('asset/'.length)}`;
  const segments = path.split('/').map(decode);
  const [form, extension, blade, ...rest] = segments;
  if ((form !== 'view' && form !== 'blade') || !extension || !blade) return undefined;
  const params: Record<string, unknown> = {};
  let menu: string | undefined;
  let index = 0;
  if (rest[0] !== undefined && rest[0] !== '~' && rest[0] !== '' && !PARAM_KEYS.has(rest[0].replace(/~$/, ''))) {
    menu = rest[0]; // legacy: the menu item comes first, bare
    index = 1;
  }
  for (; index < rest.length; index += 2) {
    const key = rest[index] ?? '';
    const value = rest[index + 1] ?? '';
    if (key === '~' || key === '') {
      if (value) menu = value;
    } else if (key.endsWith('~')) {
      try {
        params[key.slice(0, -1)] = JSON.parse(value);
      } catch {
        params[key.slice(0, -1)] = value;
      }
    } else {
      params[key] = value;
    }
  }
  return { extension, blade, menu, params };
}

const GENERIC_BLADES: Record<string, string> = {
  'HubsExtension/BrowseAll': 'All resources',
  'HubsExtension/BrowseResourceGroups': 'Resource groups',
  'Microsoft_Azure_Billing/SubscriptionsBladeV2': 'Subscriptions',
  'HubsExtension/BrowseResource': 'All resources',
  'Microsoft_Azure_Marketplace/MarketplaceOffersBlade': 'Create a resource',
  'Microsoft_AAD_IAM/StartboardApplicationsMenuBlade': 'Enterprise applications',
  'Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade': 'Users',
};

export function parseRoute(hash: string): Route {
  // `#@<domain or tenant ID>/…` names the directory (the shell has entered it by now): the rest routes.
  const bare = hash.replace(/^#/, '').replace(/^@[^/]+\/?/, '');
  if (bare === '' || bare === 'home') return { kind: 'home' };
  if (/^settings\/director(y|ies)$/.test(bare)) return { kind: 'directories' };
  if (bare.startsWith('settings/')) return { kind: 'generic', title: 'Portal settings' };
  if (bare.startsWith('create/')) return { kind: 'generic', title: 'Create a resource' };
  const address = parseBladeAddress(hash);
  if (!address) return { kind: 'not-found', hash };
  const key = `${address.extension}/${address.blade}`;
  switch (key) {
    case 'Microsoft_AAD_IAM/ActiveDirectoryMenuBlade':
      return { kind: 'entra', menu: address.menu ?? 'Overview' };
    case 'Microsoft_AAD_RegisteredApps/ApplicationsListBlade':
      return { kind: 'app-list' };
    case 'Microsoft_AAD_RegisteredApps/ApplicationMenuBlade': {
      const appId = typeof address.params.appId === 'string' ? address.params.appId : '';
      return appId ? { kind: 'app', appId, menu: address.menu ?? 'Overview' } : { kind: 'not-found', hash };
    }
    default: {
      const title = GENERIC_BLADES[key];
      return title ? { kind: 'generic', title } : { kind: 'not-found', hash };
    }
  }
}

/** The links the portal itself generates. */
export const hashes = {
  home: '#home',
  entra: (menu = 'Overview') => `#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/${menu}`,
  appList: '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  app: (appId: string, menu = 'Overview') => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${menu}/appId/${appId}/isMSAApp~/false`,
};
