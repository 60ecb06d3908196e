// Unit tests: the TOTP period edge (never reuse a code, skip a nearly expired one) and redaction.
import { expect, test } from '@playwright/test';
import { MIN_REMAINING_MS, PERIOD_MS, planCode, TotpCodes } from '../../runbooks/totp.ts';
import { REDACTED, Redactor } from '../../runbooks/redact.ts';
import { RunbookError } from '../../runbooks/errors.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
// Composed at run time so that nothing shaped like a client secret is committed.
const VALUE = ['abc8', 'Q~', 'dEfGhIjKlMnOpQrStUvWxYz0123456789~'].join('');

test.describe('TOTP period edge', () => {
  test('uses the current period when enough time remains and it is unused', () => {
    expect(planCode(100 * PERIOD_MS + 1_000, undefined)).toEqual({ counter: 100, waitMs: 0 });
    expect(planCode(100 * PERIOD_MS + 1_000, 99)).toEqual({ counter: 100, waitMs: 0 });
  });

  test('waits for the next period when fewer than 8 s remain', () => {
    const now = 101 * PERIOD_MS - (MIN_REMAINING_MS - 1);
    expect(planCode(now, undefined)).toEqual({ counter: 101, waitMs: MIN_REMAINING_MS - 1 });
  });

  test('never reuses the period whose code was already typed', () => {
    expect(planCode(100 * PERIOD_MS + 1_000, 100)).toEqual({ counter: 101, waitMs: PERIOD_MS - 1_000 });
  });

  test('two codes in a row: the second waits for the next period', async () => {
    let now = 500 * PERIOD_MS + 2_000;
    const waits: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => { waits.push(ms); now += ms; } };
    const codes = new TotpCodes(SECRET, { clock, memory: new Map() });
    const first = await codes.next();
    const second = await codes.next();
    expect(first).toMatch(/^\d{6}$/);
    expect(second).not.toBe(first);
    expect(codes.lastUsed).toBe(501);
    expect(waits).toHaveLength(1);
  });
});

test.describe('redaction', () => {
  test('scrubs the value from messages, stacks and causes, keeping the error kind', () => {
    const redactor = new Redactor();
    redactor.add(VALUE);
    const cause = new Error(`locator resolved to <td>${VALUE}</td>`);
    const error = new RunbookError('other', `expected "x", received "${VALUE}"`, { cause });
    const scrubbed = redactor.scrubError(error);
    expect(scrubbed).toBeInstanceOf(RunbookError);
    expect(scrubbed.kind).toBe('other');
    expect(scrubbed.message).not.toContain(VALUE);
    expect(scrubbed.message).toContain(REDACTED);
    expect(String(scrubbed.stack)).not.toContain(VALUE);
    expect((scrubbed.cause as Error).message).not.toContain(VALUE);
  });

  test('scrubs a truncated preview of the value and anything shaped like one', () => {
    const redactor = new Redactor();
    redactor.add(VALUE);
    expect(redactor.scrub(`<td>${VALUE.slice(0, 18)}…</td>`)).not.toContain(VALUE.slice(0, 18));
    expect(new Redactor().scrub('value xyz1Q~AbCdEfGhIjKlMnOp shown')).toBe(`value ${REDACTED} shown`);
    expect(new Redactor().scrub('Secret ID 08e93f9a-4c24-4924-86bb-6405f8c2b6aa')).toContain('08e93f9a-4c24');
  });

  test('guard rethrows scrubbed', async () => {
    const redactor = new Redactor();
    redactor.add(VALUE);
    await expect(redactor.guard(async () => { throw new Error(`got ${VALUE}`); })).rejects.toThrow(`got ${REDACTED}`);
  });
});
