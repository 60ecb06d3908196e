// The whole-list readers on hand-made pages (no simulator): a virtualised list that marks neither
// its size nor its rows' places is read to the count its tab shows by scrolling its container,
// and a list whose tab count and rows cannot be reconciled is refused, naming both counts.
import { expect, test, type Page } from '@playwright/test';
import { CertificatesSecretsBlade } from '../../pages/certificates-secrets-blade.ts';
import { ListNotSettledError } from '../../pages/settled-read.ts';

const HEADER = '<div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div><div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>';
const row = (n: number) => `<div role="row" style="height:40px"><div role="gridcell">secret ${n}</div><div role="gridcell">1/${n}/2027</div><div role="gridcell">ab${n % 10}******************</div><div role="gridcell">0000000${n % 10}-0000-4000-a000-0000000000${String(n).padStart(2, '0')}</div></div>`;

async function blade(page: Page, count: number, body: string): Promise<CertificatesSecretsBlade> {
  await page.setContent(`<main>
    <div role="tablist"><button role="tab" aria-selected="true">Client secrets (${count})</button></div>
    <button>New client secret</button>
    ${body}
  </main>`);
  return new CertificatesSecretsBlade(page.mainFrame());
}

test('a virtualised list without aria-rowcount or aria-rowindex is read whole by scrolling its container to the tab count', async ({ page }) => {
  const total = 40;
  const secrets = await blade(page, total, `<div id="viewport" style="height:200px; overflow-y:auto"><div role="grid" aria-label="Client secrets">${HEADER}<div id="body"></div></div></div>
    <script>
      const rows = ${JSON.stringify(Array.from({ length: total }, (_, i) => row(i + 1)))};
      const viewport = document.getElementById('viewport'), body = document.getElementById('body');
      let timer;
      const draw = () => {
        const first = Math.max(0, Math.floor(viewport.scrollTop / 40) - 1);
        const last = Math.min(rows.length, first + 8);
        body.innerHTML = '<div style="height:' + first * 40 + 'px"></div>' + rows.slice(first, last).join('') + '<div style="height:' + (rows.length - last) * 40 + 'px"></div>';
      };
      viewport.addEventListener('scroll', () => { clearTimeout(timer); timer = setTimeout(draw, 60); });
      draw();
    </script>`);
  await expect(secrets.rows).toHaveCount(8);
  const read = await secrets.allSecrets({ timeout: 20_000 });
  expect(read.map((secret) => secret.description)).toEqual(Array.from({ length: total }, (_, i) => `secret ${i + 1}`));
  expect(read[39]).toEqual({ description: 'secret 40', expires: '1/40/2027', value: 'ab0******************', secretId: '00000000-0000-4000-a000-000000000040', startDate: null });
});

test('a tab count the rows cannot match is refused, naming both counts', async ({ page }) => {
  const secrets = await blade(page, 3, `<div role="grid" aria-label="Client secrets" aria-rowcount="3">${HEADER}${row(1)}${row(2)}</div>`);
  const error = await secrets.allSecrets({ timeout: 1_000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ListNotSettledError);
  expect((error as Error).message).toMatch(/The list of client secrets did not settle within 1 s: the tab counts 3 client secrets while 2 were read/);
});
