// guide.md, the guide the docs team publishes, written from recorded walks (no browser): the
// walks that made the committed guide.md of each portal (tests/screenshots/fixtures, from
// review.json of those runs). Every sentence of the guide in order and in today's words, no
// picture without alt text saying what it shows, every difference verify-guide reports listed
// under its step, and the guide's description of the pane written from what the walk read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadGuide, type LoadedGuide } from '../../runbooks/guide/load-guide.ts';
import { differences } from '../../runbooks/guide/reports.ts';
import type { StepResult } from '../../runbooks/guide/verdict.ts';
import { guideMarkdown } from '../../runbooks/screenshots/guide-markdown.ts';
import { rewordings } from '../../runbooks/screenshots/todays-words.ts';
import { PROJECT_ROOT } from '../support/cli.ts';

type Era = 'current' | '2019';
const COMMITTED: Record<Era, string> = { current: 'screenshots/guide/create-client-secret/guide.md', '2019': 'screenshots/guide/create-client-secret-2019/guide.md' };

async function recorded(era: Era): Promise<{ guide: LoadedGuide; results: StepResult[] }> {
  const guide = await loadGuide(join(PROJECT_ROOT, 'guides/create-client-secret.yaml'));
  const { walk } = JSON.parse(await readFile(join(PROJECT_ROOT, `tests/screenshots/fixtures/walk-${era}.json`), 'utf8')) as { walk: StepResult[] };
  return { guide, results: walk.map((step) => ({ ...step, durationMs: 0 })) };
}

function write(guide: LoadedGuide, results: StepResult[]): string {
  // Every step with `capture` was pictured (a run that goes through Add), named as the command names them.
  const shots = guide.steps.flatMap((step, index) => (step.capture ? [{ step, number: index + 1, file: `${String(index + 1).padStart(2, '0')}-${step.id}.png` }] : []));
  return guideMarkdown({ guide, results, shots, changes: rewordings(guide, results) });
}

async function written(era: Era): Promise<{ md: string; results: StepResult[]; guide: LoadedGuide }> {
  const { guide, results } = await recorded(era);
  return { md: write(guide, results), results, guide };
}

/** The text above the list of differences: the guide itself. */
function body(md: string): string {
  return md.split("## Where today's portal differs from the guide")[0]!;
}

/** Each expected text found after the one before it: the position of the first one missing, else -1. */
function outOfOrder(text: string, expected: string[]): number {
  let from = 0;
  for (const [index, sentence] of expected.entries()) {
    const at = text.indexOf(sentence, from);
    if (at < 0) return index;
    from = at + sentence.length;
  }
  return -1;
}

// The 2019 guide (../shared/guide/000_f8d8c0535e741e5c.txt), sentence by sentence, in its order.
const GUIDE_2019 = [
  '# Creating new Client secret value',
  'To create the client secret key, you need to,',
  '1. Go to Azure Active Directory -> App registrations -> Puzzel office 365 connector [ the app you created in the previous section] and then select **Certificates & secrets** from the left menu.',
  '**Click on New client secret**',
  '2. Add Description and select the expiration time and click on **Add**',
  "The 'Add a client secret' dialog box contains the following elements: a title 'Add a client secret', a 'Description' label above a text input field containing 'Puzzel Office 365 Certificate', an 'Expires' label above three radio button options: 'In 1 year', 'In 2 years', and 'Never' (which is selected). At the bottom of the dialog are two buttons: 'Add' and 'Cancel'.",
  '3. You will now have a new secret key generated for the app. Make a note of this key as you will have to enter it in the template later.',
  'Home >',
  '## Puzzel Office 365 Connector | Certificates & secrets',
  'Search (Ctrl+/) <<',
  "**Copy the new client secret value. You won't be able to retrieve it after you perform another operation or leave this blade.**",
  'Credentials enable confidential applications to identify themselves to the authentication service when receiving tokens at a web addressable location (using an HTTPS scheme).',
  '### Certificates',
  "Certificates can be used as secrets to prove the application's identity when requesting a token. Also can be referred to as public keys.",
  '[Upload certificate](#)',
  'Thumbprint\tStart date\tExpires',
  'No certificates have been added for this application.',
  '### Client secrets',
  'A secret string that the application uses to prove its identity when requesting a token. Also can be referred to as application password.',
  '[New client secret](#)',
  'Description\tExpires\tValue',
  'Puzzel Office 365 Certificate\t12/31/2299',
  '- Overview\n- Quickstart\n- Integration assistant (preview)\n- Manage\n  - Branding\n  - Authentication\n  - Certificates & secrets**',
  '- Support + Troubleshooting\n  - Troubleshooting\n  - New support request',
];

// The same sentences in today's portal's words, as the current simulator shows it.
const TODAY = [
  '# Creating new Client secret value',
  'To create the client secret key, you need to,',
  '1. Go to Microsoft Entra ID -> App registrations -> Puzzel office 365 connector [ the app you created in the previous section] and then select **Certificates & secrets** from the left menu.',
  '**Click on New client secret**',
  '2. Add Description and select the expiration time and click on **Add**',
  "The 'Add a client secret' dialog box contains the following elements: a title 'Add a client secret', a 'Description' label above a text input field containing 'Puzzel Office 365 Certificate', an 'Expires' label above a dropdown offering 'Recommended: 180 days (6 months)' (which is selected), '90 days (3 months)', '365 days (12 months)', '545 days (18 months)', '730 days (24 months)', and 'Custom'. At the bottom of the dialog are two buttons: 'Add' and 'Cancel'.",
  '3. You will now have a new secret key generated for the app. Make a note of this key as you will have to enter it in the template later.',
  'Home >',
  '## Puzzel Office 365 Connector | Certificates & secrets',
  'Search <<',
  "**Copy the new client secret value. You won't be able to retrieve it after you perform another operation or leave this blade.** *(Today's portal no longer shows this.)*",
  'Credentials enable confidential applications to identify themselves',
  '### Certificates',
  "Certificates can be used as secrets to prove the application's identity when requesting a token.",
  '[Upload certificate](#)',
  'Thumbprint\tStart date\tExpires',
  '### Client secrets (1) *(a tab now)*',
  'A secret string that the application uses to prove its identity when requesting a token.',
  '[New client secret](#)',
  'Description\tExpires\tValue\tSecret ID\nPuzzel Office 365 Certificate\t5/29/2027',
  '- Overview\n- Quickstart\n- Integration assistant\n- Diagnose and solve problems\n- Manage\n  - Branding & properties\n  - Authentication (Preview)\n  - Certificates & secrets',
];

test.describe('guide.md', () => {
  test('the committed guide.md of each portal is what the writer makes of the walk that made it', async () => {
    for (const era of ['current', '2019'] as const) {
      const { md } = await written(era);
      expect(md, `${COMMITTED[era]}: regenerate it (README: screenshots)`).toBe(await readFile(join(PROJECT_ROOT, COMMITTED[era]), 'utf8'));
    }
  });

  test("every sentence of the guide, in the guide's order and numbering: verbatim where the portal is the guide's, in today's words where it is not", async () => {
    const old = body((await written('2019')).md);
    expect(outOfOrder(old, GUIDE_2019), 'the first 2019 sentence missing or out of order').toBe(-1);
    const today = body((await written('current')).md);
    expect(outOfOrder(today, TODAY), "the first of today's sentences missing or out of order").toBe(-1);
    for (const md of [old, today]) {
      // The guide's own numbering, no "Step N" heading of the walker's, empty or not.
      expect(md.match(/^\d+\. /gm)).toEqual(['1. ', '2. ', '3. ']);
      expect(md).not.toMatch(/^#+ Step \d+/m);
    }
    // Today's words: none of the guide's that the portal shows otherwise is left in the text.
    for (const word of ['Azure Active Directory', '12/31/2299', 'radio button', "'Never'", 'Search (Ctrl+/)', 'Integration assistant (preview)', 'Roles and administrators (Previe']) {
      expect(today, word).not.toContain(word);
    }
  });

  test('every picture is in place once, with alt text saying what it shows', async () => {
    for (const era of ['current', '2019'] as const) {
      const { md, guide } = await written(era);
      const images = [...md.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)].map((m) => ({ alt: m[1]!, file: m[2]! }));
      expect(images.map((i) => i.file)).toEqual(guide.steps.map((step, index) => `${String(index + 1).padStart(2, '0')}-${step.id}.png`));
      for (const { alt, file } of images) {
        expect(alt.split(' ').length, `${era} ${file}: "${alt}"`).toBeGreaterThanOrEqual(6);
        expect(alt, file).toMatch(/highlighted/);
      }
      // Every picture sits under its item: indented into the numbered list.
      expect(md.match(/^ {3}!\[/gm)).toHaveLength(9);
    }
    const alt = (md: string, file: string) => new RegExp(`!\\[([^\\]]*)\\]\\(${file}\\)`).exec(md)![1];
    const today = (await written('current')).md;
    expect(alt(today, '08-add.png')).toBe("The 'Add a client secret' pane: Description 'Puzzel Office 365 Certificate', Expires set to 'Recommended: 180 days (6 months)', the 'Add' button highlighted");
    expect(alt(today, '07-choose-expires.png')).toMatch(/the Expires dropdown open and highlighted, offering 'Recommended: 180 days \(6 months\)', .*'730 days \(24 months\)', and 'Custom'/);
    expect(alt(today, '01-open-directory.png')).toContain("'Microsoft Entra ID'");
    expect(alt(today, '09-read-value.png')).toContain("in the 'Client secrets (1)' tab");
    const old = (await written('2019')).md;
    expect(alt(old, '07-choose-expires.png')).toMatch(/the Expires radio buttons highlighted: 'In 1 year', 'In 2 years', and 'Never'/);
    expect(alt(old, '08-add.png')).toContain("Expires set to 'Never'");
  });

  test('every difference verify-guide reports is listed, under the step and picture it belongs to', async () => {
    const { md, results, guide } = await written('current');
    const listed = md.split("## Where today's portal differs from the guide")[1] ?? '';
    const lines = listed.split('\n').filter((line) => line.startsWith('- '));
    let item = 0;
    let reported = 0;
    results.forEach((result, index) => {
      item = guide.steps[index]!.item ?? item;
      const own = lines.filter((line) => line.startsWith(`- **Step ${item} (picture ${index + 1})** · `));
      // verify-guide's report lines for this step (reports.ts): each of their guide words and added words named under it.
      const report = differences(result);
      reported += report.length;
      expect(own.length > 0, `${result.id}: listed exactly when verify-guide reports a difference`).toBe(report.length > 0);
      for (const check of result.words.filter((c) => c.status === 'missing' || c.status === 'changed' || c.status === 'moved')) {
        expect(own.some((line) => line.includes(`*${check.word.text.replace(/\*/g, '')}*`)), `${result.id}: ${check.word.text}`).toBe(true);
      }
      for (const added of result.added) expect(own.some((line) => line.includes(`*${added.text}*`)), `${result.id}: ${added.text}`).toBe(true);
    });
    expect(reported).toBeGreaterThanOrEqual(10);
    expect(lines).toContain('- **Step 1 (picture 1)** · The guide says *Azure Active Directory* on Home; the portal says *Microsoft Entra ID*, and so does this page.');
    expect(lines).toContain(
      '- **Step 2 (picture 7)** · The guide says *In 1 year*, *In 2 years* and *Never* among the Expires choices; the portal no longer offers them — it offers *Recommended: 180 days (6 months)*, *90 days (3 months)*, *365 days (12 months)*, *545 days (18 months)*, *730 days (24 months)* and *Custom*, in a dropdown, not as radio buttons.',
    );
    expect(lines).toContain('- **Step 3 (picture 9)** · The guide shows *Client secrets* as a section heading; the portal shows it as a tab now: *Client secrets (1)*.');
    expect(lines).toContain("- **Step 3 (picture 9)** · The portal also shows *Secret ID* among the secrets list's columns, which the guide does not.");
    // The secret "Never" made expired 12/31/2299; today's expires on the default's day (180 days after the runs' fixed clock).
    expect(lines).toContain("- **Step 3 (picture 9)** · The guide shows *12/31/2299* in the new secret's row; the portal shows *5/29/2027* there.");
    // Where the portal is the guide's, there is nothing to list.
    expect((await written('2019')).md).not.toContain('differs from the guide');
  });

  test("the guide's description of the pane is written from what the walk read: the choices offered, the control, the one chosen", async () => {
    const { guide, results } = await recorded('current');
    // Another portal: three choices, as radio buttons, the second one chosen.
    const other = results.map((result) =>
      result.id !== 'choose-expires'
        ? result
        : { ...result, entered: '60 days', seen: result.seen!.map((s) => (s.where === 'pane-choices' ? { ...s, control: 'radio' as const, words: ['30 days', '60 days', 'Custom'].map((text) => ({ text, role: 'radio' })) } : s)) },
    );
    expect(body(write(guide, other))).toContain("an 'Expires' label above three radio button options: '30 days', '60 days' (which is selected), and 'Custom'. At the bottom of the dialog are two buttons: 'Add' and 'Cancel'.");
    // A part whose place the walk found as the guide shows it stays the guide's (the title, the fields, the buttons).
    expect(body(write(guide, other))).toContain("The 'Add a client secret' dialog box contains the following elements: a title 'Add a client secret', a 'Description' label above a text input field containing 'Puzzel Office 365 Certificate',");
  });
});
