// Reads one place of the portal as words, through the page objects: where the guide says a
// word is (the app's left menu, the toolbar, the pane, the grid's header …). Each reader also
// names the region a cropped picture of that place shows.
import type { Locator } from 'playwright';
import { CertificatesSecretsBlade } from '../../pages/certificates-secrets-blade.ts';
import { findResourceMenu } from '../../pages/menu.ts';
import {
  bladeTitles, breadcrumbLinks, breadcrumbTrail, columnHeaders, dialogWords, linksAndButtons, menuEntries, menuSearchWords, messages, paragraphs,
  sectionNames, toolbarCommands, type SeenWord,
} from '../../pages/visible-words.ts';
import type { Place } from './guide-schema.ts';
import type { WalkContext } from './walk-context.ts';

export interface PlaceReading {
  words: SeenWord[];
  /** The kind of control a choice is made with (pane-choices): radios or a dropdown. */
  control?: 'radio' | 'dropdown';
  /** What a cropped picture of this place shows. */
  region: Locator;
}

const PLACE_TIMEOUT = 45_000;

async function blade(ctx: WalkContext): Promise<CertificatesSecretsBlade> {
  ctx.blade ??= await CertificatesSecretsBlade.find(ctx.page);
  return ctx.blade;
}

function needPane(ctx: WalkContext) {
  if (!ctx.pane) throw new Error('The "Add a client secret" pane is not open');
  return ctx.pane;
}

async function menu(ctx: WalkContext): Promise<Locator> {
  return (await findResourceMenu(ctx.page, "The blade's menu", PLACE_TIMEOUT)).menu;
}

export async function readPlace(ctx: WalkContext, place: Place): Promise<PlaceReading> {
  const top = ctx.page.locator('body');
  switch (place) {
    case 'home':
      return { words: await linksAndButtons(ctx.page.mainFrame()), region: ctx.shell.homeServices.first().locator('xpath=..') };
    case 'directory-menu':
    case 'app-menu': {
      const nav = await menu(ctx);
      return { words: (await menuEntries(nav)).items, region: nav };
    }
    case 'app-menu-group': {
      const nav = await menu(ctx);
      return { words: (await menuEntries(nav)).groups, region: nav };
    }
    case 'app-menu-search': {
      const nav = await menu(ctx);
      return { words: await menuSearchWords(nav), region: nav };
    }
    case 'app-list': {
      if (!ctx.list) throw new Error('The App registrations list is not open');
      // Settled for the query the step typed (findApp's read), never a grid caught loading or redrawn.
      const apps = ctx.list.lastListed?.apps ?? (await ctx.list.shownApps());
      return { words: apps.map((app) => ({ text: app.displayName, role: 'link' })), region: ctx.list.grid.first() };
    }
    case 'blade-title':
      return { words: await bladeTitles(ctx.page), region: ctx.page.getByRole('heading', { level: 1 }).first() };
    case 'breadcrumb':
      return { words: await breadcrumbLinks(ctx.page.mainFrame()), region: breadcrumbTrail(ctx.page.mainFrame()) };
    case 'toolbar': {
      const b = await blade(ctx);
      return { words: await toolbarCommands(b.scope), region: b.scope.locator('body') };
    }
    case 'section': {
      const b = await blade(ctx);
      return { words: await sectionNames(b.scope), region: b.scope.locator('body') };
    }
    case 'blade-text': {
      const b = await blade(ctx);
      return { words: await paragraphs(b.scope), region: b.scope.locator('body') };
    }
    case 'columns': {
      const b = await blade(ctx);
      return { words: await columnHeaders(b.table), region: b.table.first() };
    }
    case 'secret-row': {
      // The secret Add made, as its row shows it: description and expiry (never its value or ID).
      if (!ctx.newRow || !ctx.newSecretRow) throw new Error('No secret was added: its row is shown only after Add');
      const row = (await ctx.newSecretRow.listed())[0];
      return { words: row ? [{ text: row.description, role: 'cell' }, { text: row.expires, role: 'cell' }] : [], region: ctx.newRow };
    }
    case 'banner': {
      const b = await blade(ctx);
      return { words: [...(await messages(b.scope)), ...(b.scope === ctx.page.mainFrame() ? [] : await messages(ctx.page))], region: b.scope.locator('body') };
    }
    case 'pane-title': {
      const pane = needPane(ctx);
      return { words: [{ text: await pane.title(), role: 'heading' }], region: pane.region };
    }
    case 'pane-field': {
      const pane = needPane(ctx);
      return { words: (await pane.fieldLabels()).map((text) => ({ text, role: 'field' })), region: pane.region };
    }
    case 'pane-button': {
      const pane = needPane(ctx);
      return { words: (await pane.buttonNames()).map((text) => ({ text, role: 'button' })), region: pane.region };
    }
    case 'pane-choices': {
      const pane = needPane(ctx);
      const control = (ctx.expires ??= await pane.expiresControl());
      if (control === 'dropdown') await pane.openExpires();
      const offered = await pane.offeredExpiries(control);
      return { words: offered.map((text) => ({ text, role: control === 'radios' ? 'radio' : 'option' })), control: control === 'radios' ? 'radio' : 'dropdown', region: pane.region };
    }
    case 'row-button': {
      const b = await blade(ctx);
      const row = ctx.newRow ?? b.rows.first();
      const names = await row.getByRole('button').filter({ visible: true }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || el.textContent || ''));
      return { words: names.map((text) => ({ text: text.trim(), role: 'button' })).filter((w) => w.text), region: row };
    }
    case 'dialog-title':
    case 'dialog-button': {
      const b = await blade(ctx);
      const inBlade = await dialogWords(b.scope);
      const inPage = b.scope === ctx.page.mainFrame() ? { titles: [], buttons: [] } : await dialogWords(ctx.page);
      const words = place === 'dialog-title' ? [...inBlade.titles, ...inPage.titles] : [...inBlade.buttons, ...inPage.buttons];
      return { words, region: b.scope.getByRole('alertdialog').or(b.scope.getByRole('dialog')).first() };
    }
    default:
      return { words: [], region: top };
  }
}
