// What changed since the baseline, for the writer who reviews it: every picture compared
// (compare-images.ts), diff pictures and the baseline's pictures copied beside a review page
// (before / after / diff per step, changed share against the threshold), and a Markdown summary
// that also lists the guide's sentences now in today's words. The verdict is the exit code:
// 0 nothing changed beyond the threshold, 8 pictures changed, 7 the walk broke.
import { freshFolder } from '../../lib/fresh-folder.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXIT_CODES } from '../errors.ts';
import { VERDICT_EXIT } from '../guide/verdict.ts';
import type { StepResult } from '../guide/verdict.ts';
import { compareImages, type Comparison } from './compare-images.ts';
import type { Shot } from './capture-step.ts';
import type { Rewording } from './todays-words.ts';

export interface StepReview extends Comparison {
  file: string;
  step: string;
  number: number;
}

export interface Review {
  verdict: 'nothing changed' | 'images changed' | 'walk broke';
  exitCode: number;
  steps: StepReview[];
  markdown: string;
}

export interface ReviewInput {
  guideId: string;
  shots: Shot[];
  baseline: Map<string, Buffer>;
  baselineDir: string;
  outDir: string;
  reportDir: string;
  threshold: number;
  results: StepResult[];
  changes: Rewording[];
  notCaptured: { id: string; why: string }[];
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(3)} %`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export async function reviewChanges(input: ReviewInput): Promise<Review> {
  const { reportDir } = input;
  await freshFolder(reportDir);
  await mkdir(join(reportDir, 'before'), { recursive: true });
  await mkdir(join(reportDir, 'diff'), { recursive: true });
  const steps: StepReview[] = [];
  for (const shot of input.shots) {
    const before = input.baseline.get(shot.file);
    const comparison = compareImages(before, shot.png, input.threshold);
    if (before) await writeFile(join(reportDir, 'before', shot.file), before);
    if (comparison.diff) await writeFile(join(reportDir, 'diff', shot.file), comparison.diff);
    steps.push({ ...comparison, file: shot.file, step: shot.step.id, number: shot.number });
  }
  const broken = input.results.filter((r) => r.verdict === 'broken');
  const changed = steps.filter((s) => s.status !== 'unchanged');
  const verdict = broken.length > 0 ? 'walk broke' : changed.length > 0 ? 'images changed' : 'nothing changed';
  const exitCode = verdict === 'walk broke' ? VERDICT_EXIT.broken : verdict === 'images changed' ? EXIT_CODES['images-changed'] : 0;
  const review = { verdict, exitCode, steps } as const;
  const markdown = summary(input, review);
  await writeFile(join(reportDir, 'summary.md'), markdown);
  await writeFile(join(reportDir, 'review.html'), reviewPage(input, steps));
  await writeFile(join(reportDir, 'review.json'), `${JSON.stringify({ schema: 'azure-portal-runbook/screenshots-review@1', guide: input.guideId, verdict, exitCode, threshold: input.threshold, steps: steps.map(({ diff: _diff, ...step }) => step), changes: input.changes, notCaptured: input.notCaptured, walk: input.results.map(({ durationMs: _ms, crop: _crop, ...step }) => step) }, null, 2)}\n`);
  return { ...review, markdown };
}

function summary(input: ReviewInput, review: Omit<Review, 'markdown'>): string {
  const changed = review.steps.filter((s) => s.status !== 'unchanged');
  const lines = [
    `# Screenshots of "${input.guideId}": ${review.verdict}${review.verdict === 'images changed' ? ` (${changed.length} of ${review.steps.length})` : ''}`,
    '',
    `Exit ${review.exitCode}. Baseline: ${input.baselineDir}; threshold ${percent(input.threshold)} of the pixels.`,
    '',
    '| Step | Picture | Compared with the baseline | Changed pixels |',
    '|---|---|---|---|',
    ...review.steps.map((s) => `| ${s.number} ${s.step} | ${s.file} | ${s.status === 'new' ? 'new (no baseline picture)' : s.status} | ${s.status === 'new' ? '—' : percent(s.ratio)} |`),
    '',
  ];
  if (changed.length > 0) lines.push(`Changed: ${changed.map((s) => `${s.file} (${s.status === 'new' ? 'new' : percent(s.ratio)})`).join(', ')}.`, '');
  if (input.changes.length > 0) {
    lines.push("## The guide in today's words (guide.md)", '');
    for (const change of input.changes) lines.push(`- Step ${change.step}: "${change.guide}" → "${change.today}" (${change.because})`);
    lines.push('');
  }
  const walk = input.results.filter((r) => r.verdict === 'broken' || r.verdict === 'skipped');
  if (walk.length > 0) {
    lines.push('## The walk', '');
    for (const r of walk) lines.push(`- ${r.id}: ${r.verdict}${r.reason ? ` — ${r.reason}` : ''}`);
    lines.push('');
  }
  if (input.notCaptured.length > 0) {
    lines.push('## Not pictured this run', '');
    for (const n of input.notCaptured) lines.push(`- ${n.id}: ${n.why}`);
    lines.push('');
  }
  lines.push(`Review page: ${join(input.reportDir, 'review.html')}`, '');
  return lines.join('\n');
}

function reviewPage(input: ReviewInput, steps: StepReview[]): string {
  const after = (file: string) => escapeHtml(relative(input.reportDir, join(input.outDir, file)));
  const cell = (src: string | undefined, alt: string) => (src ? `<td><a href="${src}"><img src="${src}" alt="${escapeHtml(alt)}"></a></td>` : '<td class="none">—</td>');
  const rows = steps.map((s) => {
    const over = s.status !== 'unchanged';
    return `<tr class="${over ? 'changed' : ''}"><th>${s.number}<br>${escapeHtml(s.step)}<br><span>${s.status}${s.status === 'new' ? '' : `: ${percent(s.ratio)} vs ${percent(input.threshold)}`}</span></th>${cell(input.baseline.has(s.file) ? `before/${escapeHtml(s.file)}` : undefined, 'before')}${cell(after(s.file), 'after')}${cell(s.diff ? `diff/${escapeHtml(s.file)}` : undefined, 'diff')}</tr>`;
  });
  const changes = input.changes.map((c) => `<li>Step ${escapeHtml(c.step)}: “${escapeHtml(c.guide)}” → “${escapeHtml(c.today)}”</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Screenshots review: ${escapeHtml(input.guideId)}</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 1.5rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #c8c6c4; padding: .4rem; vertical-align: top; }
th span { font-weight: normal; } tr.changed th { background: #fde7e9; }
img { max-width: 30vw; } td.none { color: #8a8886; text-align: center; }
</style></head><body>
<h1>Screenshots review: ${escapeHtml(input.guideId)}</h1>
<p>Before: ${escapeHtml(input.baselineDir)}. After: ${escapeHtml(input.outDir)}. Changed pixels per step against the threshold ${percent(input.threshold)}.</p>
<table><thead><tr><th>Step</th><th>Before</th><th>After</th><th>Diff</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${changes ? `<h2>The guide in today's words</h2><ul>${changes}</ul>` : ''}
</body></html>
`;
}
