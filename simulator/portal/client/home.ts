// Home (portal.md §3, §4): "Azure services" tiles, recent resources, Navigate and Tools.
// The Microsoft Entra ID tile links with the legacy route the real tile uses.
import { html, type TemplateResult } from 'lit-html';
import type { Blade } from './blade-types.ts';
import { env } from './env.ts';
import { icons } from './icons.ts';
import { linkTo } from './nav.ts';

interface Tile {
  label: string;
  hash: string;
  icon: TemplateResult;
}

export class HomeBlade implements Blade {
  template(): TemplateResult {
    const legacy = env().config.ui === '2019';
    const tiles: Tile[] = [
      { label: 'Create a resource', hash: '#create/hub', icon: icons.tile('#0078d4') },
      { label: legacy ? 'Azure Active Directory' : 'Microsoft Entra ID', hash: '#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade', icon: icons.entra() },
      { label: 'App registrations', hash: '#blade/Microsoft_AAD_RegisteredApps/ApplicationsListBlade', icon: icons.appRegs() },
      { label: 'Subscriptions', hash: '#view/Microsoft_Azure_Billing/SubscriptionsBladeV2', icon: icons.tile('#c19c00') },
      { label: 'Resource groups', hash: '#view/HubsExtension/BrowseResourceGroups', icon: icons.tile('#5ea0ef') },
      { label: 'All resources', hash: '#view/HubsExtension/BrowseAll', icon: icons.tile('#3f9c35') },
      { label: 'More services', hash: '#view/HubsExtension/BrowseAll', icon: icons.tile('#605e5c') },
    ];
    const navigateLinks: Tile[] = [
      { label: 'Subscriptions', hash: '#view/Microsoft_Azure_Billing/SubscriptionsBladeV2', icon: icons.tile('#c19c00', 20) },
      { label: 'Resource groups', hash: '#view/HubsExtension/BrowseResourceGroups', icon: icons.tile('#5ea0ef', 20) },
      { label: 'All resources', hash: '#view/HubsExtension/BrowseAll', icon: icons.tile('#3f9c35', 20) },
    ];
    return html`<div class="fxs-home">
      <section class="fxs-home-section" aria-labelledby="home-services">
        <h2 id="home-services">Azure services</h2>
        <ul class="fxs-home-tiles">
          ${tiles.map((tile) => html`<li><a class="fxs-home-tile" href=${tile.hash} @click=${linkTo(tile.hash)}>${tile.icon}<span>${tile.label}</span></a></li>`)}
        </ul>
      </section>
      <section class="fxs-home-section" aria-labelledby="home-resources">
        <h2 id="home-resources">Resources</h2>
        <div class="fxs-tabs"><button type="button" class="fxs-tab fxs-tab-selected">Recent</button><button type="button" class="fxs-tab">Favorite</button></div>
        <div class="fxs-home-empty"><strong>No resources have been viewed recently</strong><a href="#view/HubsExtension/BrowseAll" @click=${linkTo('#view/HubsExtension/BrowseAll')}>View all resources</a></div>
      </section>
      <section class="fxs-home-section" aria-labelledby="home-navigate">
        <h2 id="home-navigate">Navigate</h2>
        <ul class="fxs-home-links">
          ${navigateLinks.map((link) => html`<li><a href=${link.hash} @click=${linkTo(link.hash)}>${link.icon}<span>${link.label}</span></a></li>`)}
          <li><a href="#home" @click=${linkTo('#home')}>${icons.tile('#0078d4', 20)}<span>Dashboard</span></a></li>
        </ul>
      </section>
      <section class="fxs-home-section" aria-labelledby="home-tools">
        <h2 id="home-tools">Tools</h2>
        <ul class="fxs-home-links fxs-home-tools">
          <li><span>${icons.tile('#0078d4', 20)}</span><span><strong>Microsoft Learn</strong><br>Learn Azure with free online training from Microsoft</span></li>
          <li><span>${icons.tile('#3f9c35', 20)}</span><span><strong>Azure Monitor</strong><br>Monitor your apps and infrastructure</span></li>
          <li><span>${icons.tile('#c19c00', 20)}</span><span><strong>Cost Management</strong><br>Analyze and optimize your cloud spend for free</span></li>
        </ul>
      </section>
    </div>`;
  }
}
