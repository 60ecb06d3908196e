// Compares the words a step names with what the portal shows in each place the guide points
// to: a match, missing (with the closest candidates ranked), changed (another kind of control),
// moved (another menu group); and, where the guide shows a place completely, what was added.
import { readingsOf } from '../../pages/portal-dates.ts';
import { showsText, type SeenWord } from '../../pages/visible-words.ts';
import type { GuideStep, GuideWord, Place } from './guide-schema.ts';
import { readPlace, type PlaceReading } from './places.ts';
import { rank, sameWords } from './similarity.ts';
import { onScreen, unreadCheck, type OnScreen } from './unread-place.ts';
import { SurfaceNotFoundError } from '../../pages/surface.ts';
import type { PlaceSeen, WordCheck } from './verdict.ts';
import type { WalkContext } from './walk-context.ts';

export interface StepWords {
  checks: WordCheck[];
  added: { where: string; text: string }[];
  readings: Map<Place, PlaceReading>;
  /** Places that could not be read (their words are not checked; each check's note says why). */
  unread: Place[];
}

/** Places whose words are the tenant's own (other services' and apps' names): not kept in a result. */
const TENANT_PLACES: readonly Place[] = ['home', 'app-list'];

/** What the step read, for its result (guide.md's picture descriptions are built from it). */
export function keptReadings(readings: Map<Place, PlaceReading>): PlaceSeen[] {
  return [...readings]
    .filter(([where]) => !TENANT_PLACES.includes(where))
    .map(([where, reading]) => ({ where, words: reading.words.map(({ text, role, group }) => ({ text, role, ...(group ? { group } : {}) })), ...(reading.control ? { control: reading.control } : {}) }));
}

/** "Client secrets (2)" is the section "Client secrets" drawn as a tab. */
const COUNT = /\s*\(\d+\)$/;

export async function checkWords(ctx: WalkContext, step: GuideStep): Promise<StepWords> {
  const readings = new Map<Place, PlaceReading>();
  const unread = new Map<Place, string>();
  let screen: OnScreen | undefined;
  const checks: WordCheck[] = [];
  for (const word of step.words) {
    if (word.after === 'add' && !ctx.create) {
      checks.push({ word, status: 'not-checked', candidates: [], note: 'shown only after Add: run with --create to check it' });
      continue;
    }
    if (unread.has(word.where)) {
      checks.push(unreadCheck(word, word.where, unread.get(word.where)!, (screen ??= await onScreen(ctx.page))));
      continue;
    }
    let reading = readings.get(word.where);
    if (!reading) {
      try {
        reading = await readPlace(ctx, word.where);
      } catch (error) {
        if (!(error instanceof SurfaceNotFoundError)) throw error;
        unread.set(word.where, error.message);
        checks.push(unreadCheck(word, word.where, error.message, (screen ??= await onScreen(ctx.page))));
        continue;
      }
      readings.set(word.where, reading);
    }
    checks.push(await checkWord(ctx, word, reading));
  }
  const added: { where: string; text: string }[] = [];
  for (const [place, reading] of readings) {
    const named = step.words.filter((word) => word.where === place);
    if (!named.some((word) => word.complete)) continue;
    for (const seen of reading.words) {
      if (!named.some((word) => sameWords(word.text, seen.text))) added.push({ where: place, text: seen.text });
    }
  }
  return { checks, added, readings, unread: [...unread.keys()] };
}

async function checkWord(ctx: WalkContext, word: GuideWord, reading: PlaceReading): Promise<WordCheck> {
  const texts = reading.words.map((seen) => seen.text);
  const found = reading.words.find((seen) => sameWords(seen.text, word.text) || sameDay(word.text, seen.text));
  if (word.where === 'section') return checkSection(word, reading.words);
  if (word.where === 'blade-text' && !found && ctx.blade) {
    if (await showsText(ctx.blade.scope, word.text)) return { word, status: 'match', candidates: [] };
  }
  if (found) {
    if (word.group && found.group !== word.group) {
      return { word, status: 'moved', shown: found.group ? `under ${found.group}` : 'outside any group', candidates: [], note: `the guide has it under ${word.group}` };
    }
    if (word.control && reading.control && reading.control !== word.control) {
      return { word, status: 'changed', shown: `${word.text} (${reading.control})`, candidates: [], note: `offered in a ${reading.control}, not as ${word.control} buttons`, control: reading.control };
    }
    return { word, status: 'match', candidates: [] };
  }
  const candidates = rank(word.text, texts);
  const otherControl = word.control && reading.control && reading.control !== word.control ? reading.control : undefined;
  const note = otherControl ? `the portal offers a ${otherControl}, not ${word.control} buttons` : undefined;
  return { word, status: 'missing', shown: candidates[0]?.text, candidates, note, ...(otherControl ? { control: otherControl } : {}) };
}

function checkSection(word: GuideWord, seen: SeenWord[]): WordCheck {
  const heading = seen.find((s) => s.role === 'heading' && sameWords(s.text, word.text));
  if (heading) return { word, status: 'match', candidates: [] };
  const tab = seen.find((s) => s.role === 'tab' && sameWords(s.text.replace(COUNT, ''), word.text));
  if (tab) return { word, status: 'changed', shown: `tab "${tab.text}"`, candidates: [], note: 'a tab now, not a section heading' };
  const candidates = rank(word.text, seen.map((s) => s.text));
  return { word, status: 'missing', shown: candidates[0]?.text, candidates };
}

/**
 * A date the guide writes (in en-US, as every word it quotes) is the same day the portal shows in
 * its own regional format ("12/31/2299" and "31.12.2299"): a regional format is not drift.
 */
function sameDay(guide: string, shown: string): boolean {
  const day = readingsOf(guide).find((reading) => reading.style !== 'day-first')?.iso;
  return day !== undefined && readingsOf(shown).some((reading) => reading.iso === day);
}
