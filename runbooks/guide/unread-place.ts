// A place of the portal the walker could not read (its surface never showed in the page or any
// frame). Its words are not checked, and the report says which place, what was on screen instead
// and the nearest names there: the step itself goes on when its control is on screen, so a reader
// that does not know a rendering never turns into "broken".
import type { Page } from 'playwright';
import { namesInSnapshot } from '../../pages/visible-words.ts';
import type { GuideWord, Place } from './guide-schema.ts';
import { rank } from './similarity.ts';
import type { WordCheck } from './verdict.ts';

/** What a person sees on the whole page, every frame: headings and landmarks, and the names of controls. */
export interface OnScreen {
  headings: string[];
  names: string[];
}

export async function onScreen(page: Page): Promise<OnScreen> {
  const headings: string[] = [];
  const names: string[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const snapshot = await frame.locator('body').ariaSnapshot({ timeout: 5_000 }).catch(() => '');
    headings.push(...namesInSnapshot(snapshot, ['heading', 'navigation', 'dialog', 'alertdialog', 'complementary', 'region']).map((w) => w.text));
    names.push(...namesInSnapshot(snapshot, ['link', 'button', 'menuitem', 'treeitem', 'tab', 'option', 'columnheader', 'radio']).map((w) => w.text));
  }
  return { headings: [...new Set(headings)], names: [...new Set(names)] };
}

export function unreadCheck(word: GuideWord, place: Place, why: string, screen: OnScreen): WordCheck {
  const candidates = rank(word.text, screen.names);
  const instead = screen.headings.slice(0, 4).map((text) => `"${text}"`).join(', ') || 'no heading or landmark';
  const nearest = candidates.length ? `; nearest on the page: ${candidates.map((c) => `"${c.text}"`).join(', ')}` : '';
  return {
    word,
    status: 'not-checked',
    candidates,
    note: `the ${place.replace(/-/g, ' ')} could not be read (${why}); on screen instead: ${instead}${nearest}`,
  };
}
