// The apps-file soak's own logic, without a browser: its draw replays and covers every fate, and a
// file's run is judged row by row (lost, leaked, orphaned, unexpected) and by its exit code.
import { test, expect } from '@playwright/test';
import { APP_FATES, drawAppsFiles, type AppsFilePlan } from '../../scripts/soak/apps-plan.ts';
import { judgeAppsRun, type RowFacts } from '../../scripts/soak/apps-verdict.ts';

test('a seed draws the same apps files, with every fate among them', () => {
  const files = drawAppsFiles({ seed: 5, files: 20, size: 12 });
  expect(drawAppsFiles({ seed: 5, files: 20, size: 12 })).toEqual(files);
  expect(new Set(files.flatMap((file) => file.rows.map((row) => row.fate)))).toEqual(new Set(APP_FATES));
  expect(files.some((file) => file.sessionEnd)).toBe(true);
});

const plan: AppsFilePlan = {
  index: 1,
  rows: [
    { place: 1, fate: 'to-file', fleetIndex: 1 },
    { place: 2, fate: 'blocked', fleetIndex: 2 },
    { place: 3, fate: 'not-found' },
  ],
};
const reported = [
  { line: 1, outcome: 'created' },
  { line: 2, outcome: 'failed', error: { kind: 'portal-refused' } },
  { line: 3, outcome: 'failed', error: { kind: 'app-not-found' } },
];
const rows = (first: RowFacts, second: RowFacts = { added: [] }) => new Map([[1, first], [2, second], [3, { added: [] }]]);

test('a file whose rows came out as their fates lead to, exit 12, is fine', () => {
  const verdict = judgeAppsRun(plan, { code: 12, reported, rows: rows({ added: ['v1'], delivered: 'v1' }), leaks: [] });
  expect(verdict).toEqual({ problems: [], created: 1, failed: 2 });
});

test('a row not told, a wrong value, a failed row with a secret left, a leak and a wrong exit code are each named', () => {
  const problems = (facts: Parameters<typeof judgeAppsRun>[1]) => judgeAppsRun(plan, facts).problems.map(({ problem }) => problem);
  expect(problems({ code: 13, reported: reported.slice(1), rows: rows({ added: ['v1'], delivered: 'v1' }), leaks: [] })).toEqual(['lost']);
  expect(problems({ code: 12, reported, rows: rows({ added: ['v1'], delivered: 'other' }), leaks: [] })).toEqual(['lost']);
  expect(problems({ code: 12, reported, rows: rows({ added: ['v1'], delivered: 'v1' }, { added: ['v2'] }), leaks: [] })).toEqual(['orphaned']);
  expect(problems({ code: 12, reported, rows: rows({ added: ['v1'], delivered: 'v1' }), leaks: ['<stderr>'] })).toEqual(['leaked']);
  expect(problems({ code: 0, reported, rows: rows({ added: ['v1'], delivered: 'v1' }), leaks: [] })).toEqual(['unexpected']);
});
