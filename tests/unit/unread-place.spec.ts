// A place the walker could not read: its words are not checked (never a break), and the note says
// which place, what was on screen instead and the nearest names there (no browser: the screen is given).
import { expect, test } from '@playwright/test';
import type { GuideWord } from '../../runbooks/guide/guide-schema.ts';
import { unreadCheck } from '../../runbooks/guide/unread-place.ts';

const WORD = { text: 'App registrations', where: 'directory-menu' } as GuideWord;
const SCREEN = { headings: ['Contoso | Overview', 'Breadcrumb'], names: ['Overview', 'App registration', 'Users', 'Groups'] };

test('an unread place leaves its word unchecked, naming the place, the screen and the nearest names', () => {
  const check = unreadCheck(WORD, 'directory-menu', "The blade's menu did not show within 45 s, in the page or any of its frames", SCREEN);
  expect(check.status).toBe('not-checked');
  expect(check.candidates[0]!.text).toBe('App registration');
  expect(check.note).toBe(
    'the directory menu could not be read (The blade\'s menu did not show within 45 s, in the page or any of its frames); on screen instead: "Contoso | Overview", "Breadcrumb"; nearest on the page: "App registration", "Groups", "Overview"',
  );
});

test('an empty screen says so', () => {
  const check = unreadCheck(WORD, 'app-menu', 'gone', { headings: [], names: [] });
  expect(check.candidates).toEqual([]);
  expect(check.note).toBe('the app menu could not be read (gone); on screen instead: no heading or landmark');
});
