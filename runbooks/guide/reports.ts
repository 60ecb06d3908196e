// The walk's findings for people and tools: Markdown, JSON (schema in guides/README.md), JUnit
// XML (one testcase per step; drift and break are failures) and HTML with the crops. Every text
// goes through the redactor; crops were masked at capture.
import { freshFolder } from '../../lib/fresh-folder.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Redactor } from '../redact.ts';
import { stepDifferences } from './differences.ts';
import type { LoadedGuide } from './load-guide.ts';
import { runVerdict, VERDICT_EXIT, type RunVerdict, type StepResult, type WordCheck } from './verdict.ts';

export interface GuideReport {
  schema: 'azure-portal-runbook/verify-guide@1';
  guide: { id: string; title: string; file: string };
  portal: string;
  app: string | undefined;
  create: boolean;
  verdict: RunVerdict;
  exitCode: number;
  startedAt: string;
  steps: StepResult[];
}

export function buildReport(guide: LoadedGuide, steps: StepResult[], run: { portal: string; app?: string; create: boolean; startedAt: string; reportDir: string }): GuideReport {
  const verdict = runVerdict(steps);
  return {
    schema: 'azure-portal-runbook/verify-guide@1',
    guide: { id: guide.guide, title: guide.title, file: relative(process.cwd(), guide.file) || guide.file },
    portal: run.portal,
    app: run.app,
    create: run.create,
    verdict,
    exitCode: VERDICT_EXIT[verdict],
    startedAt: run.startedAt,
    steps: steps.map((step) => ({ ...step, crop: step.crop ? relative(run.reportDir, step.crop) : undefined, durationMs: Math.round(step.durationMs) })),
  };
}

/** "Microsoft Entra ID (0.41)" — the closest candidates, best first. */
function candidates(check: WordCheck): string {
  return check.candidates.map((c) => `*${c.text}* (${c.score.toFixed(2)})`).join(', ');
}

/** One line per difference (differences.ts), in the guide's words first. */
export function differences(step: StepResult): string[] {
  return stepDifferences(step).map((difference) => {
    if (difference.kind === 'added') return `portal also shows: ${difference.texts.map((text) => `*${text}*`).join(', ')} (${difference.where}; not in the guide)`;
    const { check } = difference;
    const said = `guide: *${check.word.text}* (${check.word.where})`;
    if (difference.kind === 'missing') return `${said}; portal: ${check.candidates.length ? candidates(check) : 'nothing there'}${check.note ? ` — ${check.note}` : ''}`;
    return `${said}; portal: *${check.shown}* — ${check.note}`;
  });
}

const ICON: Record<StepResult['verdict'], string> = { match: '✓ match', drift: '≈ drift', broken: '✗ broken', skipped: '– skipped', 'not-run': '– not run' };

export function markdown(report: GuideReport): string {
  const out = [
    `# verify-guide: ${report.guide.title}`,
    '',
    `Guide \`${report.guide.file}\` against ${report.portal}${report.app ? `, app "${report.app}"` : ''}${report.create ? ' (--create: a secret was added, checked and deleted)' : ' (nothing was created: the pane was cancelled)'}.`,
    '',
    `**Verdict: ${report.verdict}** (exit ${report.exitCode})`,
    '',
  ];
  report.steps.forEach((step, index) => {
    out.push(`## Step ${index + 1} — ${step.id}: ${ICON[step.verdict]}`, '', `> ${step.says}`, '');
    for (const line of differences(step)) out.push(`- ${line}`);
    if (step.doneBy === 'renamed' || step.doneBy === 'runbook') out.push(`- done ${step.doneBy === 'renamed' ? 'through the renamed control' : "the runbook's way"}`);
    if (step.reason) out.push(`- ${step.verdict === 'match' || step.verdict === 'drift' ? 'note' : 'why'}: ${step.reason}`);
    const unchecked = step.words.filter((w) => w.status === 'not-checked' && step.verdict !== 'skipped' && step.verdict !== 'broken');
    for (const w of unchecked) out.push(`- not checked: *${w.word.text}* — ${w.note ?? ''}`);
    if (step.crop) out.push(`- picture: [${basename(step.crop)}](${step.crop})`);
    if (out.at(-1) !== '') out.push('');
  });
  return `${out.join('\n')}\n`;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function junit(report: GuideReport): string {
  const failures = report.steps.filter((s) => s.verdict === 'drift' || s.verdict === 'broken').length;
  const skipped = report.steps.filter((s) => s.verdict === 'skipped').length;
  const total = report.steps.reduce((sum, s) => sum + s.durationMs, 0) / 1000;
  const cases = report.steps.map((step, index) => {
    const name = xml(`Step ${index + 1} — ${step.id}`);
    const head = `    <testcase classname="${xml(`guide.${report.guide.id}`)}" name="${name}" time="${(step.durationMs / 1000).toFixed(3)}"`;
    const message = xml([...differences(step), step.reason ?? ''].filter(Boolean).join('; ').replace(/\*/g, ''));
    if (step.verdict === 'drift') return `${head}>\n      <failure type="drift" message="${message}">${message}</failure>\n    </testcase>`;
    if (step.verdict === 'broken') return `${head}>\n      <failure type="broken" message="${message}">${message}</failure>\n    </testcase>`;
    if (step.verdict === 'skipped') return `${head}>\n      <skipped message="${message}"/>\n    </testcase>`;
    return `${head}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="verify-guide" tests="${report.steps.length}" failures="${failures}" skipped="${skipped}" time="${total.toFixed(3)}">\n  <testsuite name="${xml(report.guide.title)}" tests="${report.steps.length}" failures="${failures}" skipped="${skipped}" time="${total.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

export function htmlReport(report: GuideReport): string {
  const md = (text: string) => xml(text).replace(/\*([^*]+)\*/g, '<em>$1</em>');
  const steps = report.steps.map((step, index) => `<section class="${step.verdict}">
  <h2>Step ${index + 1} — ${xml(step.id)}: ${xml(ICON[step.verdict])}</h2>
  <blockquote>${xml(step.says)}</blockquote>
  <ul>${[...differences(step), ...(step.reason ? [step.reason] : [])].map((line) => `<li>${md(line)}</li>`).join('')}</ul>
  ${step.crop ? `<img src="${xml(step.crop)}" alt="${xml(`The portal at step ${step.id}`)}">` : ''}
</section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>verify-guide: ${xml(report.guide.title)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}section{border-left:4px solid #107c10;padding:.2em 1em;margin:1em 0}
section.drift{border-color:#c19c00}section.broken{border-color:#a4262c}section.skipped{border-color:#8a8886;color:#605e5c}img{max-width:100%;border:1px solid #c8c6c4}
blockquote{color:#605e5c;margin:.3em 0}</style></head>
<body><h1>verify-guide: ${xml(report.guide.title)}</h1>
<p>Guide <code>${xml(report.guide.file)}</code> against ${xml(report.portal)}. <strong>Verdict: ${xml(report.verdict)}</strong> (exit ${report.exitCode}).</p>
${steps.join('\n')}
</body></html>
`;
}

/** Writes the four reports into `dir`; returns their paths. */
export async function writeReports(report: GuideReport, dir: string, redactor: Redactor): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [
    ['report.md', markdown(report)],
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['report.junit.xml', junit(report)],
    ['report.html', htmlReport(report)],
  ];
  const written: string[] = [];
  for (const [name, text] of files) {
    const path = join(dir, name);
    await writeFile(path, redactor.scrub(text), { mode: 0o644 });
    written.push(path);
  }
  return written;
}

/** Crops of an earlier run would be mistaken for this run's: the folder starts empty. */
export async function freshCropDir(dir: string): Promise<string> {
  const crops = join(dir, 'crops');
  return freshFolder(crops);
}
