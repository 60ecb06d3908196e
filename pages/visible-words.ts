// What a person sees in one place of a portal surface, as words: the names of the controls
// there (accessible names first, from Playwright's aria snapshot) and the kind of each. The
// guide walker compares the guide's words with these; nothing here acts on the page.
import type { Frame, Locator, Page } from 'playwright';
import { commandButtons } from './command-bar.ts';
import { columnNames } from './grid.ts';
import type { Scope } from './surface.ts';

export interface SeenWord {
  text: string;
  /** The ARIA role it was seen with (link, button, tab, heading, columnheader …). */
  role: string;
  /** The menu group a menu item sits under (the nearest group header before it). */
  group?: string;
}

const ROLE_LINE = /^\s*- (link|button|menuitem|treeitem|tab|option|heading|columnheader|radio|combobox|textbox|searchbox|radiogroup|status|alert|dialog|alertdialog|complementary|region|paragraph|navigation|listitem)(?: "((?:[^"\\]|\\.)*)")?(.*)$/;

/** Named controls in an aria snapshot, in document order. */
export function namesInSnapshot(snapshot: string, roles: readonly string[]): SeenWord[] {
  const words: SeenWord[] = [];
  for (const line of snapshot.split('\n')) {
    const match = ROLE_LINE.exec(line);
    if (!match || !roles.includes(match[1]!)) continue;
    const name = (match[2] ?? '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
    // A text child (`- paragraph: Some text`) when the element has no name of its own.
    const text = name || /^:\s*(.+)$/.exec(match[3]!.trim())?.[1]?.trim() || '';
    if (text) words.push({ text, role: match[1]! });
  }
  return words;
}

async function snapshotOf(locator: Locator): Promise<string> {
  return locator.first().ariaSnapshot({ timeout: 10_000 }).catch(() => '');
}

const MENU_CHROME = /^(Hide|Show) the menu|^Collapse|^Expand$/;

/** Menu items and group headers of a resource menu, each item with the group it sits under. */
export async function menuEntries(menu: Locator): Promise<{ items: SeenWord[]; groups: SeenWord[] }> {
  const seen = namesInSnapshot(await snapshotOf(menu), ['link', 'menuitem', 'treeitem', 'option', 'button']);
  const expandable = await expandableNames(menu);
  const items: SeenWord[] = [];
  const groups: SeenWord[] = [];
  let group: string | undefined;
  for (const word of seen) {
    if (MENU_CHROME.test(word.text)) continue;
    // Group headers are buttons or expandable tree items; items are links, menu or tree items (portal.md §3.4).
    if (word.role === 'button' || (word.role === 'treeitem' && expandable.has(word.text))) {
      group = word.text;
      groups.push(word);
    } else items.push({ ...word, group });
  }
  return { items, groups };
}

/** Names of the tree items that expand (a tree's group headers; an aria snapshot does not mark the collapsed ones). */
async function expandableNames(menu: Locator): Promise<Set<string>> {
  const headers = menu.getByRole('treeitem', { expanded: true }).or(menu.getByRole('treeitem', { expanded: false }));
  const names = new Set<string>();
  for (const header of await headers.all()) {
    const [first] = namesInSnapshot((await header.ariaSnapshot({ timeout: 5_000 }).catch(() => '')).split('\n')[0] ?? '', ['treeitem']);
    if (first) names.add(first.text);
  }
  return names;
}

/** The menu's search box as a person reads it: its placeholder, else its name. */
export async function menuSearchWords(menu: Locator): Promise<SeenWord[]> {
  const box = menu.getByRole('textbox').or(menu.getByRole('searchbox')).first();
  const placeholder = await box.getAttribute('placeholder', { timeout: 5_000 }).catch(() => null);
  if (placeholder) return [{ text: placeholder.trim(), role: 'searchbox' }];
  const names = namesInSnapshot(await snapshotOf(box), ['textbox', 'searchbox']);
  return names;
}

/** The buttons of a surface's command bars (a toolbar or a plain list, pages/command-bar.ts), in order. */
export async function toolbarCommands(scope: Scope): Promise<SeenWord[]> {
  const words: SeenWord[] = [];
  for (const button of await commandButtons(scope).filter({ visible: true }).all()) {
    words.push(...namesInSnapshot((await snapshotOf(button)).split('\n')[0] ?? '', ['button']));
  }
  return words.map((word) => ({ ...word, text: word.text.replace(/^\+\s*/, '') }));
}

/** Section headings and tabs: where a blade divides its content. */
export async function sectionNames(scope: Scope): Promise<SeenWord[]> {
  const body = namesInSnapshot(await snapshotOf(scope.locator('body')), ['heading', 'tab']);
  // Plain-button tabs (a rendering the reference leaves open) are tabs to a reader too.
  const buttonTabs = (await scope.getByRole('button', { name: /^.+ \(\d+\)$/ }).filter({ visible: true }).allInnerTexts()).map((text) => ({ text: text.trim(), role: 'tab' }));
  return [...body.filter((word) => word.role === 'tab' || word.role === 'heading'), ...buttonTabs];
}

/** Paragraph texts of a surface (for sentences the guide quotes). */
export async function paragraphs(scope: Scope): Promise<SeenWord[]> {
  const texts = await scope.getByRole('paragraph').filter({ visible: true }).allInnerTexts();
  return texts.map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), role: 'paragraph' })).filter((word) => word.text);
}

/** Whether the exact sentence shows anywhere in the surface. */
export async function showsText(scope: Scope, text: string): Promise<boolean> {
  return (await scope.getByText(text, { exact: true }).filter({ visible: true }).count()) > 0;
}

/** Column headers of a grid, the unnamed actions column left out. */
export async function columnHeaders(grid: Locator): Promise<SeenWord[]> {
  return (await columnNames(grid.first())).filter(Boolean).map((text) => ({ text, role: 'columnheader' }));
}

/** Banners and messages a surface shows now (status and alert regions). */
export async function messages(scope: Scope | Page): Promise<SeenWord[]> {
  const texts = await scope.getByRole('status').or(scope.getByRole('alert')).filter({ visible: true }).allInnerTexts();
  return texts.map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), role: 'status' })).filter((word) => word.text);
}

/**
 * Blade titles in every frame of the page: level-1 headings, or where a rendering draws none, the
 * headings that read like a blade's title (`<App> | Certificates & secrets`, portal.md §3.1 records
 * the title's words, not its level).
 */
export async function bladeTitles(page: Page): Promise<SeenWord[]> {
  const read = async (heading: (frame: Frame) => Locator) => {
    const words: SeenWord[] = [];
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      const texts = await heading(frame).filter({ visible: true }).allInnerTexts().catch(() => []);
      words.push(...texts.map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), role: 'heading' })));
    }
    return words;
  };
  const levelOne = await read((frame) => frame.getByRole('heading', { level: 1 }));
  return levelOne.length > 0 ? levelOne : read((frame) => frame.getByRole('heading', { name: / \| / }));
}

/**
 * The breadcrumb above the blades (portal.md §3.1 records its words, `Home > App registrations >
 * <App>`, not its element): a `navigation` named like "Breadcrumb", or a plain list of links that
 * starts at Home.
 */
export function breadcrumbTrail(page: Page | Frame): Locator {
  const trail = page.getByRole('navigation', { name: /breadcrumb/i });
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Home', exact: true }) });
  return trail.or(list).filter({ visible: true }).first();
}

/** The breadcrumb's links, in order. */
export async function breadcrumbLinks(page: Page | Frame): Promise<SeenWord[]> {
  return namesInSnapshot(await snapshotOf(breadcrumbTrail(page)), ['link']);
}

/** Names of every visible dialog-like surface and its headings and buttons. */
export async function dialogWords(scope: Scope | Page): Promise<{ titles: SeenWord[]; buttons: SeenWord[] }> {
  const dialogs = scope.getByRole('dialog').or(scope.getByRole('alertdialog')).filter({ visible: true });
  const titles: SeenWord[] = [];
  const buttons: SeenWord[] = [];
  for (const dialog of await dialogs.all()) {
    const seen = namesInSnapshot(await snapshotOf(dialog), ['heading', 'button']);
    titles.push(...seen.filter((word) => word.role === 'heading'));
    buttons.push(...seen.filter((word) => word.role === 'button' && word.text !== 'Close'));
  }
  return { titles, buttons };
}

/** Links and buttons of a page's main content (Home's service tiles). */
export async function linksAndButtons(scope: Scope | Page): Promise<SeenWord[]> {
  const main = scope.getByRole('main').or(scope.locator('body')).first();
  return namesInSnapshot(await snapshotOf(main), ['link', 'button']);
}
