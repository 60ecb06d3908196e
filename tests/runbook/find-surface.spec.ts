// findSurface ends at once when the page closes under it (the browser killed or crashed), with
// an error that says so: before, only a timer was left, and the command could exit mid-step
// without a word (Node's exit 13, seen in the soak's browser-killed runs).
import { expect, test } from '@playwright/test';
import { findSurface, PageClosedError } from '../../pages/surface.ts';

test('a surface awaited while the page closes: PageClosedError at once, not the timeout', async ({ page }) => {
  await page.setContent('<main><h1>Loading…</h1></main>');
  const found = findSurface(page, (frame) => frame.getByRole('heading', { name: 'App registrations' }), { what: 'The App registrations list', timeout: 60_000 });
  const outcome = found.then(() => 'found', (error: unknown) => error);
  await page.close();
  const error = await outcome;
  expect(error).toBeInstanceOf(PageClosedError);
  expect((error as Error).message).toContain('The App registrations list');
});
