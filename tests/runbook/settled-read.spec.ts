// readSettled reads a list again once it changes. A grid that shows an older query's answer
// during the read and the right answer again right after it (A, B, A) has changed even though its
// text is what it was before the read: the list must be read again then, not waited on to the
// timeout. A run under load once failed that way ("it still listed rows of an earlier query",
// while its report's screenshot showed the right rows).
import { expect, test } from '@playwright/test';
import { readSettled } from '../../pages/settled-read.ts';

const RIGHT = ['Puzzel Office 365 connector'];
const EARLIER = ['Puzzel Office 365 connector', 'Contoso HR sync'];

test('a grid that flips to an earlier answer during the read and back after it is read again at once', async ({ page }) => {
  await page.setContent(`<main><ul role="grid">${RIGHT.map((name) => `<li role="row">${name}</li>`).join('')}</ul></main>`);
  const grid = page.getByRole('grid');
  const show = (names: string[]) =>
    grid.evaluate((element, rows) => {
      element.replaceChildren(...rows.map((name) => Object.assign(document.createElement('li'), { role: 'row', textContent: name })));
    }, names);
  let reads = 0;
  const timeout = 20_000;
  const started = Date.now();
  const rows = await readSettled({
    what: 'The test grid',
    settled: grid,
    busy: page.getByRole('progressbar'),
    watch: page.locator('body'),
    read: async () => {
      reads += 1;
      if (reads > 1) return grid.getByRole('row').allInnerTexts();
      await show(EARLIER);
      const seen = await grid.getByRole('row').allInnerTexts();
      await show(RIGHT);
      return seen;
    },
    inconsistency: (names) => (names.some((name) => !name.startsWith('Puzzel')) ? 'it still listed rows of an earlier query' : undefined),
    timeout,
  });
  expect(rows).toEqual(RIGHT);
  expect(reads).toBe(2);
  // Not a speed goal: the old reader waited for the text to differ from before the read, which it
  // never did again, and read once more only at its deadline.
  expect(Date.now() - started, 'read again once the grid changed, not at the deadline').toBeLessThan(timeout / 2);
});
