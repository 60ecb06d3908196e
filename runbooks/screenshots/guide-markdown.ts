// guide.md: the guide as its reader knows it (its heading, its words before the list, its
// numbered items, its text after them), every sentence kept in order and in today's words, each
// new picture under the sentence it belongs to with alt text saying what it shows, the guide's
// descriptions of its pictures rewritten from what the walk read, and at the end every
// difference the walk found (the list verify-guide reports, differences.ts), under its step.
import { relative } from 'node:path';
import { stepDifferences, type Difference } from '../guide/differences.ts';
import type { GuideStep, Place } from '../guide/guide-schema.ts';
import type { LoadedGuide } from '../guide/load-guide.ts';
import type { StepResult } from '../guide/verdict.ts';
import { altText, pictureBlocks, seenAt, type WalkWords } from './picture-words.ts';
import { inTodaysWords, sentencesOf, type Rewording } from './todays-words.ts';

export interface GuideText {
  guide: LoadedGuide;
  results: StepResult[];
  /** The pictures taken, by step. */
  shots: { step: GuideStep; number: number; file: string }[];
  changes: Rewording[];
}

/** Where a reader looks, as a docs sentence puts it. */
const PLACE_WORDS: Record<Place, string> = {
  home: 'on Home',
  'directory-menu': "in the directory's menu",
  'app-list': 'in the App registrations list',
  'app-menu': "in the app's left menu",
  'app-menu-group': "among the left menu's groups",
  'app-menu-search': "in the left menu's search box",
  'blade-title': "as the blade's title",
  breadcrumb: 'in the breadcrumb',
  toolbar: "on the blade's toolbar",
  section: 'as a section heading',
  'blade-text': 'on the blade',
  columns: "among the secrets list's columns",
  'secret-row': "in the new secret's row",
  banner: 'as a message on the blade',
  'pane-title': "as the pane's title",
  'pane-field': "among the pane's fields",
  'pane-choices': 'among the Expires choices',
  'pane-button': "among the pane's buttons",
  'row-button': "among the row's buttons",
  'dialog-title': "as the dialog's title",
  'dialog-button': "among the dialog's buttons",
};

/** Places of values (a row's cells) rather than names: a difference there is another value. */
const SLOTS: readonly Place[] = ['secret-row'];

function em(texts: string[]): string {
  const marked = texts.map((t) => `*${t.replace(/\*/g, '')}*`);
  return marked.length <= 1 ? marked.join('') : `${marked.slice(0, -1).join(', ')} and ${marked.at(-1)}`;
}

/**
 * The step's differences as a docs reader reads them. Words missing from a place the guide shows
 * whole (the Expires choices) and what the portal shows there instead go in one sentence.
 */
export function differencesForReader(result: StepResult, changes: Rewording[]): string[] {
  const differences = stepDifferences(result);
  const lines: string[] = [];
  const gone = (d: Difference): d is Extract<Difference, { kind: 'missing' }> => d.kind === 'missing' && !d.today;
  const whole = new Set<Place>(result.words.filter((c) => c.word.complete).map((c) => c.word.where));
  const merged = new Set<Difference>();
  for (const where of whole) {
    const missing = differences.filter((d) => gone(d) && d.check.word.where === where) as Extract<Difference, { kind: 'missing' }>[];
    if (missing.length === 0) continue;
    const added = differences.find((d) => d.kind === 'added' && d.where === where);
    const control = missing.find((d) => d.check.control)?.check.control;
    const guideControl = missing.find((d) => d.check.word.control)?.check.word.control;
    // What the place holds now, whole (not only what the guide lacks), as the step read it.
    const offered = seenAt([result], where)?.words.map((w) => w.text) ?? (added?.kind === 'added' ? added.texts : []);
    const verb = where === 'pane-choices' ? 'offers' : 'shows';
    const instead = offered.length ? ` — it ${verb} ${em(offered)}${control && guideControl ? `, in a ${control}, not as ${guideControl} buttons` : ''}` : '';
    lines.push(`The guide says ${em(missing.map((d) => d.check.word.text))} ${PLACE_WORDS[where]}; the portal no longer ${verb} ${missing.length === 1 ? 'it' : 'them'}${instead}.`);
    for (const d of missing) merged.add(d);
    if (added) merged.add(added);
  }
  for (const d of differences) {
    if (merged.has(d)) continue;
    if (d.kind === 'added') {
      lines.push(`The portal also shows ${em(d.texts)} ${PLACE_WORDS[d.where as Place] ?? `(${d.where})`}, which the guide does not.`);
      continue;
    }
    const { check } = d;
    const word = em([check.word.text]);
    const place = PLACE_WORDS[check.word.where];
    if (d.kind === 'missing' && d.today) {
      const reworded = changes.some((c) => c.step === result.id && c.guide === check.word.text);
      lines.push(`The guide says ${word} ${place}; the portal says ${em([d.today])}${reworded ? ', and so does this page' : ''}.`);
    } else if (d.kind === 'missing' && SLOTS.includes(check.word.where) && check.candidates[0]) {
      // A cell holds another value, not another name: what it holds now.
      lines.push(`The guide shows ${word} ${place}; the portal shows ${em([check.candidates[0].text])} there.`);
    } else if (d.kind === 'missing') {
      const closest = check.candidates[0] ? ` (the closest there: ${em([check.candidates[0].text])})` : '';
      lines.push(`The guide says ${word} ${place}; the portal no longer shows it${closest}.`);
    } else if (d.kind === 'changed') {
      const tab = /^tab "(.*)"$/.exec(check.shown ?? '')?.[1];
      lines.push(
        tab
          ? `The guide shows ${word} ${place}; the portal shows it as a tab now: ${em([tab])}.`
          : `The guide shows ${word} as ${check.word.control ?? 'a'} button${check.word.control ? 's' : ''}; the portal offers it in a ${check.control ?? 'different control'}.`,
      );
    } else {
      lines.push(`The guide has ${word} under *${check.word.group}*; the portal shows it ${check.shown}.`);
    }
  }
  return lines;
}

/** "2" of the guide's own numbering for each step (the item it starts or belongs to). */
function itemNumbers(guide: LoadedGuide): Map<string, number | undefined> {
  const items = new Map<string, number | undefined>();
  let item: number | undefined;
  for (const step of guide.steps) {
    item = step.item ?? item;
    items.set(step.id, item);
  }
  return items;
}

function indented(block: string, indent: string): string {
  return block
    .split('\n')
    .map((line) => (line ? `${indent}${line}` : line))
    .join('\n');
}

/** Markdown's alt text: no brackets to close it early. */
function alt(text: string): string {
  return text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
}

export function guideMarkdown(set: GuideText): string {
  const { guide, results, changes } = set;
  const walk: WalkWords = { steps: guide.steps, results };
  const own = sentencesOf(guide);
  const items = itemNumbers(guide);
  const lines = [
    `# ${guide.title}`,
    '',
    `<!-- Written by \`portal-runbook screenshots\` from ${relative(process.cwd(), guide.file) || guide.file}; regenerate rather than edit. -->`,
    '',
  ];
  if (guide.intro) lines.push(inTodaysWords(guide.intro, changes), '');
  let open: number | undefined;
  for (const step of guide.steps) {
    const item = items.get(step.id);
    const shot = set.shots.find((s) => s.step.id === step.id);
    const blocks: string[] = [];
    const says = own.get(step.id);
    if (says) blocks.push(inTodaysWords(says, changes));
    if (shot) blocks.push(`![${alt(altText(step, walk))}](${shot.file})`);
    if (step.picture) blocks.push(...pictureBlocks(step.picture, walk));
    for (const block of blocks) {
      if (item === undefined) lines.push(block, '');
      else if (open !== item) {
        const marker = `${item}. `;
        lines.push(`${marker}${indented(block, ' '.repeat(marker.length)).trimStart()}`, '');
        open = item;
      } else lines.push(indented(block, ' '.repeat(`${item}. `.length)), '');
    }
  }
  if (guide.closing) for (const block of pictureBlocks(guide.closing, walk)) lines.push(block, '');
  const listed = results.map((result, index) => ({ result, index, lines: differencesForReader(result, changes) })).filter((s) => s.lines.length > 0);
  if (listed.length > 0) {
    lines.push("## Where today's portal differs from the guide", '');
    lines.push('What the walk through the portal found, by the step of the guide and the picture it belongs to.', '');
    for (const { result, index, lines: found } of listed) {
      const item = items.get(result.id);
      const shot = set.shots.find((s) => s.step.id === result.id);
      const label = item !== undefined ? `Step ${item}${shot ? ` (picture ${shot.number})` : ''}` : `Step ${index + 1}`;
      for (const line of found) lines.push(`- **${label}** · ${line}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
