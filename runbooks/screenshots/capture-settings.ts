// Everything that makes two documentation runs give the same pixels: one window size, one device
// scale, one language and time zone, one browser clock, and a capture that freezes animations,
// hides the caret and scrollbars. Kept in one place so the sidecars can say what was used.
import type { BrowserContextOptions } from 'playwright';

export const DOCS_VIEWPORT = { width: 1280, height: 800 } as const;
export const DOCS_LOCALE = 'en-US';
export const DOCS_TIMEZONE = 'UTC';

/**
 * The browser's clock on the simulator: fixed, so the pane's start/end dates and "a few seconds
 * ago" read the same on every run and every day. A real portal gets the run's start instead (its
 * sign-in checks token times against the clock; a date in the past would refuse them).
 */
export const DOCS_CLOCK = new Date('2026-11-30T10:00:00Z');

export type Scale = 1 | 2;

export function docsContextOptions(scale: Scale): BrowserContextOptions {
  return {
    viewport: { ...DOCS_VIEWPORT },
    deviceScaleFactor: scale,
    locale: DOCS_LOCALE,
    timezoneId: DOCS_TIMEZONE,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  };
}

/** Applied by Playwright only while the picture is taken (it pierces frames and shadow roots). */
export const CAPTURE_STYLE = [
  '* { scrollbar-width: none !important; caret-color: transparent !important; }',
  '::-webkit-scrollbar { display: none !important; }',
].join('\n');
