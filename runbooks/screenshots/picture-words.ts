// What a picture shows, in words, from what the walk read on the portal: the alt text of each new
// picture, and the guide's own descriptions of its pictures in today's words. A part of such a
// description stays as the guide wrote it while the walk found no difference at the place it
// describes (differences.ts, the same list verify-guide reports); where it did, the part is
// written anew from that place's words as the walk read them (the pane's fields, the Expires
// choices and the kind of control, the grid's columns, the menu).
import { stepDifferences, type Difference } from '../guide/differences.ts';
import type { GuideStep, PicturePart, Place } from '../guide/guide-schema.ts';
import type { PlaceSeen, StepResult } from '../guide/verdict.ts';

export interface WalkWords {
  steps: GuideStep[];
  results: StepResult[];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function q(text: string): string {
  return `'${text}'`;
}

/** 'a', 'b', and 'c' — the guide's way of listing. */
function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The last reading of a place in the walk (a later step reads the page as it is by then). */
export function seenAt(results: StepResult[], where: Place): PlaceSeen | undefined {
  for (const result of [...results].reverse()) {
    const seen = result.seen?.find((s) => s.where === where);
    if (seen) return seen;
  }
  return undefined;
}

function resultOf(words: WalkWords, action: string, target: string): StepResult | undefined {
  return words.results.find((r) => r.action === action && r.target === target);
}

/** The name of the control a step acted on, as the portal shows it (today's word when it stood in). */
function controlName(step: GuideStep, result: StepResult | undefined): string {
  const check = result?.words[0];
  if (!check) return step.words[0]?.text ?? step.target;
  const difference = result ? stepDifferences(result).find((d) => d.kind === 'missing' && d.check === check) : undefined;
  return (difference?.kind === 'missing' && difference.today) || check.word.text;
}

function differenceWhere(difference: Difference): string {
  return difference.kind === 'added' ? difference.where : difference.check.word.where;
}

/** The differences the walk found at a place (for a pane field: that field only). */
export function differencesAt(results: StepResult[], where: Place, field?: string): Difference[] {
  return results.flatMap((result) =>
    stepDifferences(result).filter((d) => differenceWhere(d) === where && (where !== 'pane-field' || !field || (d.kind !== 'added' && d.check.word.text === field))),
  );
}

type Describer = (part: PicturePart, seen: PlaceSeen, differences: Difference[], words: WalkWords) => string | undefined;

/** The part's last punctuation, so a rewritten part still ends its sentence (or goes on) as the guide's did. */
function ending(text: string): string {
  return /[.,;:]$/.exec(text.trim())?.[0] ?? '';
}

const DESCRIBERS: Partial<Record<Place, Describer>> = {
  'pane-choices': (part, seen, _differences, words) => {
    const chosen = resultOf(words, 'choose', 'expires')?.entered;
    const offered = seen.words.map((w) => (w.text === chosen ? `${q(w.text)} (which is selected)` : q(w.text)));
    const label = q(part.field ?? 'Expires');
    const control = seen.control === 'dropdown' ? `a dropdown offering ${listed(offered)}` : `${count(offered.length)} radio button options: ${listed(offered)}`;
    return `an ${label} label above ${control}${ending(part.text)}`;
  },
  'pane-button': (part, seen) => `At the bottom of the dialog ${seen.words.length === 1 ? 'is one button' : `are ${count(seen.words.length)} buttons`}: ${listed(seen.words.map((w) => q(w.text)))}${ending(part.text) || '.'}`,
  // The guide transcribes the columns as its page showed them (tab-separated): the same, as the portal shows them.
  columns: (part, seen) => seen.words.map((w) => w.text).join(part.text.includes('\t') ? '\t' : ', '),
  'secret-row': (part, seen) => seen.words.map((w) => w.text).join(part.text.includes('\t') ? '\t' : ', '),
  // One thing is there (the search box's placeholder, a title): the portal's words replace the guide's.
  'app-menu-search': (part, seen, differences) => replaceWords(part.text, differences, seen.words[0]?.text),
  'pane-title': (part, seen, differences) => replaceWords(part.text, differences, seen.words[0]?.text),
  'blade-title': (part, seen, differences) => replaceWords(part.text, differences, seen.words[0]?.text),
  'app-menu': (part, seen, _differences, words) => {
    // The menu as the guide lists it: items, and under each group header its items.
    const groups = seenAt(words.results, 'app-menu-group')?.words.map((w) => w.text) ?? [];
    const lines: string[] = [];
    const listedGroups = new Set<string>();
    const indent = /\n(\s+)- /.exec(part.text)?.[1] ?? '  ';
    for (const item of seen.words) {
      if (!item.group) {
        lines.push(`- ${item.text}`);
        continue;
      }
      if (!listedGroups.has(item.group)) {
        listedGroups.add(item.group);
        lines.push(`- ${item.group}`);
      }
      lines.push(`${indent}- ${item.text}`);
    }
    for (const group of groups) if (!listedGroups.has(group)) lines.push(`- ${group}`);
    return lines.join('\n');
  },
};

function replaceWords(text: string, differences: Difference[], shown: string | undefined): string | undefined {
  if (!shown) return undefined;
  return differences.reduce((out, d) => (d.kind === 'missing' ? out.replace(new RegExp(escapeRegExp(d.check.word.text), 'i'), shown) : out), text);
}

/** The guide's words replaced where the portal's stand in (renamed, or a tab now); a sentence the portal no longer shows is said to be gone. */
function substitute(text: string, differences: Difference[]): string {
  let out = text;
  for (const d of differences) {
    if (d.kind === 'missing' && d.today) out = out.replace(new RegExp(escapeRegExp(d.check.word.text), 'i'), d.today);
    if (d.kind === 'changed') {
      const tab = /^tab "(.*)"$/.exec(d.check.shown ?? '')?.[1];
      if (tab) out = out.replace(new RegExp(escapeRegExp(d.check.word.text), 'i'), `${tab} *(a tab now)*`);
    }
    if (d.kind === 'missing' && !d.today && out.replace(/\*\*/g, '').trim().toLowerCase() === d.check.word.text.toLowerCase()) {
      out = `${out} *(Today's portal no longer shows this.)*`;
    }
  }
  return out;
}

/** A part of the guide's description of a picture, in today's words. */
export function partInTodaysWords(part: PicturePart, words: WalkWords): string {
  if (!part.shows) return part.text;
  const differences = differencesAt(words.results, part.shows, part.field);
  if (differences.length === 0) return part.text;
  const seen = seenAt(words.results, part.shows);
  const describe = DESCRIBERS[part.shows];
  return (seen && describe?.(part, seen, differences, words)) || substitute(part.text, differences);
}

/** A description's parts as Markdown blocks: parts go on in one paragraph (or a new line of it) until one starts a new one. */
export function pictureBlocks(parts: PicturePart[], words: WalkWords): string[] {
  const blocks: string[] = [];
  parts.forEach((part, index) => {
    const text = partInTodaysWords(part, words);
    if (index === 0 || part.break === 'paragraph') blocks.push(text);
    else blocks[blocks.length - 1] = `${blocks.at(-1)}${part.break === 'line' ? '\n' : ' '}${text}`;
  });
  return blocks;
}

/** The alt text of a step's new picture: what it shows, from the walk's words. */
export function altText(step: GuideStep, words: WalkWords): string {
  const result = words.results.find((r) => r.id === step.id);
  const name = controlName(step, result);
  const app = resultOf(words, 'navigate', 'app');
  const appName = words.steps.find((s) => s.action === 'navigate' && s.target === 'app')?.value ?? app?.words[0]?.word.text ?? 'the app';
  const directory = words.steps.find((s) => s.action === 'navigate' && s.target === 'directory');
  const pane = seenAt(words.results, 'pane-title')?.words[0]?.text ?? 'Add a client secret';
  const description = resultOf(words, 'type', 'description')?.entered;
  const choices = seenAt(words.results, 'pane-choices');
  const chosen = resultOf(words, 'choose', 'expires')?.entered;
  const blade = seenAt(words.results, 'blade-title')?.words.find((w) => w.text.includes(appName))?.text ?? `${appName} | Certificates & secrets`;
  switch (`${step.action}:${step.target}`) {
    case 'navigate:directory':
      return `The portal's Home page, ${q(name)} among the Azure services highlighted`;
    case 'navigate:app-registrations':
      return `The ${q(directory ? controlName(directory, resultOf(words, 'navigate', 'directory')) : 'directory')} blade, ${q(name)} in its menu highlighted`;
    case 'navigate:app':
      return `App registrations filtered to ${q(appName)}, the app's name highlighted`;
    case 'navigate:certificates-secrets':
      return `The ${q(appName)} app's menu, ${q(name)}${step.words[0]?.group ? ` under ${step.words[0].group}` : ''} highlighted`;
    case 'click:new-client-secret':
      return `The ${q(blade)} blade, the ${q(name)} button highlighted`;
    case 'type:description':
      return `The ${q(pane)} pane, the ${q(step.words.find((w) => w.where === 'pane-field')?.text ?? name)} box highlighted`;
    case 'choose:expires': {
      const offered = listed((choices?.words ?? []).map((w) => q(w.text)));
      const described = description ? `Description ${q(description)}, ` : '';
      return choices?.control === 'dropdown'
        ? `The ${q(pane)} pane: ${described}the Expires dropdown open and highlighted, offering ${offered}`
        : `The ${q(pane)} pane: ${described}the Expires radio buttons highlighted: ${offered}`;
    }
    case 'add:add-pane':
      return `The ${q(pane)} pane: ${description ? `Description ${q(description)}, ` : ''}${chosen ? `Expires set to ${q(chosen)}, ` : ''}the ${q(name)} button highlighted`;
    case 'read:new-secret': {
      // Where the list is: a section, or a tab now (its name with the count).
      const section = step.words.find((w) => w.where === 'section')?.text;
      const tab = section ? result?.seen?.find((s) => s.where === 'section')?.words.find((w) => w.role === 'tab' && w.text.toLowerCase().startsWith(section.toLowerCase()))?.text : undefined;
      const list = tab ? `the ${q(tab)} tab` : section ? `the ${q(section)} list` : 'the list';
      return `The ${q(blade)} blade after Add: the new secret${description ? ` ${q(description)}` : ''} in ${list}, its row highlighted (the value shown is a placeholder)`;
    }
    default:
      return `Step ${step.id.replace(/-/g, ' ')}: ${name}`;
  }
}
