// The parts of the screenshots command that need no browser: what the placeholders replace, how
// a changed picture is measured, where the highlight is drawn, and which guide words are reworded.
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { compareImages } from '../../runbooks/screenshots/compare-images.ts';
import { drawHighlight } from '../../runbooks/screenshots/highlight.ts';
import { GUID_PLACEHOLDER, SECRET_PLACEHOLDER, replacements, signedInFrom } from '../../runbooks/screenshots/placeholders.ts';

function scrub(text: string, account = signedInFrom('Account menu Currently signed in as alex@contoso-sim.onmicrosoft.com, under Contoso (simulated) (contoso-sim.onmicrosoft.com) tenant', 'alex@contoso-sim.onmicrosoft.com')): string {
  return replacements(account).reduce((out, rule) => out.replace(new RegExp(rule.source, rule.flags), rule.with), text);
}

function blank(width: number, height: number): PNG {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return png;
}

test('placeholders keep the shape and drop the data: value, IDs, user, tenant', () => {
  // Made here, not committed: 3 characters, a digit, Q~, 34 more (the real shape).
  const value = ['Xy7', '8', 'Q~', 'abcdefghij', 'ABCDEFGHIJ', '0123456789', '_.~-'].join('');
  expect(scrub(`Value ${value}`)).toBe(`Value ${SECRET_PLACEHOLDER}`);
  expect(SECRET_PLACEHOLDER).toHaveLength(40);
  expect(scrub('Secret ID 235bce1c-47e3-4fb0-bfcb-e3554a9fb92d')).toBe(`Secret ID ${GUID_PLACEHOLDER}`);
  // (Case-insensitive; in the page an upper-case find gets an upper-case placeholder: redact-page.ts.)
  expect(scrub('alex@contoso-sim.onmicrosoft.com CONTOSO (SIMULATED)')).toBe('user@contoso.onmicrosoft.com Contoso');
  expect(scrub('Contoso (simulated) | App registrations')).toBe('Contoso | App registrations');
  expect(scrub('Primary domain contoso-sim.onmicrosoft.com')).toBe('Primary domain contoso.onmicrosoft.com');
  // A placeholder is left as it is (the page is scrubbed again while a picture is taken).
  expect(scrub(`${SECRET_PLACEHOLDER} ${GUID_PLACEHOLDER}`)).toBe(`${SECRET_PLACEHOLDER} ${GUID_PLACEHOLDER}`);
});

test('the account is read from the account button: its label, else its visible text', () => {
  expect(signedInFrom('Account menu Currently signed in as a@b.onmicrosoft.com, under Fabrikam Ltd (b.onmicrosoft.com) tenant', 'x')).toEqual({ username: 'a@b.onmicrosoft.com', tenant: 'Fabrikam Ltd', domain: 'b.onmicrosoft.com' });
  expect(signedInFrom('Account menu', 'a@b.onmicrosoft.com', 'a@b.onmicrosoft.com\nFABRIKAM LTD\nAB')).toEqual({ username: 'a@b.onmicrosoft.com', tenant: 'FABRIKAM LTD' });
});

test('a changed picture is measured by its changed pixels; another size or no baseline is wholly changed', () => {
  const before = blank(100, 50);
  const after = blank(100, 50);
  expect(compareImages(PNG.sync.write(before), PNG.sync.write(after), 0)).toEqual({ status: 'unchanged', ratio: 0, diff: undefined });
  after.data.fill(0, 0, 4 * 50);
  const changed = compareImages(PNG.sync.write(before), PNG.sync.write(after), 0);
  expect(changed.status).toBe('changed');
  expect(changed.ratio).toBe(0.01);
  expect(changed.diff).toBeDefined();
  expect(compareImages(PNG.sync.write(before), PNG.sync.write(after), 0.02).status).toBe('unchanged');
  expect(compareImages(PNG.sync.write(blank(10, 10)), PNG.sync.write(after), 0)).toEqual({ status: 'changed', ratio: 1 });
  expect(compareImages(undefined, PNG.sync.write(after), 0)).toEqual({ status: 'new', ratio: 1 });
});

test('the highlight frames the box 4 px outside it, at 2× too, and stays inside the picture', () => {
  for (const scale of [1, 2]) {
    const png = blank(200 * scale, 100 * scale);
    const box = { x: 50 * scale, y: 40 * scale, width: 60 * scale, height: 20 * scale };
    drawHighlight(png, box, 3, scale);
    const pixel = (x: number, y: number) => [...png.data.subarray((png.width * y + x) << 2, ((png.width * y + x) << 2) + 3)];
    expect(pixel(box.x - 4 * scale + 1, box.y + box.height / 2)).toEqual([0xc3, 0x00, 0x52]);
    expect(pixel(box.x + box.width + 4 * scale - 2, box.y + box.height / 2)).toEqual([0xc3, 0x00, 0x52]);
    // The control itself is not painted over.
    expect(pixel(box.x + box.width / 2, box.y + box.height / 2)).toEqual([255, 255, 255]);
  }
  const edge = blank(100, 60);
  drawHighlight(edge, { x: 0, y: 20, width: 30, height: 20 }, 4, 1);
  expect([...edge.data.subarray((100 * 30 + 2) << 2, ((100 * 30 + 2) << 2) + 3)]).toEqual([0xc3, 0x00, 0x52]);
});
