// Portal settings | Directories + subscriptions (`#settings/directory`): the directories the user
// may enter, each with a "Switch" button, as Microsoft's docs describe it ("find your directory
// in the Directory name list, and then select Switch"; "All Directories"; "Directory ID";
// "Startup directory"). The layout beyond those words is [I]. Switch signs in to that directory
// (silently while the sign-in session lives) and comes back to Home in it.
import { html, type TemplateResult } from 'lit-html';
import type { DirectorySummary, Me } from '../shared.ts';
import { enterDirectory } from './auth.ts';
import { bladeFrame, loading } from './blade.ts';
import type { Blade } from './blade-types.ts';
import { env } from './env.ts';
import { invalidate } from './render-loop.ts';
import { hashes } from './router.ts';
import { dataTable, tabStrip } from './widgets.ts';

export const DIRECTORIES_TITLE = 'Portal settings | Directories + subscriptions';

/** Loads the portal again in `directory`: a sign-in for it, then Home. */
export function switchTo(directory: DirectorySummary): void {
  history.replaceState(null, '', hashes.home);
  enterDirectory(env().config, directory.tenantId);
}

export class DirectoriesBlade implements Blade {
  private me: Me | undefined;
  private directories: DirectorySummary[] | undefined;
  private tab = 'all';

  constructor() {
    void Promise.all([env().api.get<Me>('/me'), env().api.get<DirectorySummary[]>('/directories')]).then(([me, directories]) => {
      this.me = me;
      this.directories = directories;
      invalidate();
    });
  }

  template(): TemplateResult {
    return bladeFrame({ title: DIRECTORIES_TITLE, breadcrumb: [{ label: 'Home', hash: hashes.home }], closeTo: hashes.home, body: this.body() });
  }

  private body(): TemplateResult {
    const { me, directories } = this;
    if (!me || !directories) return loading();
    const { markup } = env().config;
    const current = me.tenant;
    const rows = (this.tab === 'all' ? directories : []).map((directory) => [
      directory.displayName,
      directory.domain,
      directory.tenantId,
      directory.tenantId === current.tenantId
        ? html`<span class="fxs-badge">Current</span>`
        : html`<button type="button" class="fxs-button" @click=${() => switchTo(directory)}>Switch</button>`,
    ]);
    return html`<div class="fxs-blade-pad">
      <h2 class="fxs-section-title">Current + startup directory</h2>
      <p>Current directory: <strong>${current.displayName}</strong> (${current.domain})</p>
      <p>Startup directory: Last visited</p>
      <h2 class="fxs-section-title">Directories</h2>
      ${tabStrip(markup.tabs, 'Directories', [{ id: 'favorites', label: 'Favorites' }, { id: 'all', label: 'All Directories' }], this.tab, (id) => {
        this.tab = id;
        invalidate();
      })}
      ${dataTable(markup.secretsTable, 'Directories', [{ header: 'Directory name' }, { header: 'Domain' }, { header: 'Directory ID' }, { header: '', label: 'Actions' }], rows, this.tab === 'all' ? undefined : 'No favorite directories.')}
    </div>`;
  }
}
