// A run's time, end to end, from its progress lines on stderr ("→ title" as a step starts,
// "✓ title (1.4 s)" as it ends, "· note" inside it; the CLI and the floor print the same), each
// stamped on arrival: start-up before the first step, each top-level step, the time between
// steps, and the tail after the last one (closing the browser, the summary, the exit). The parts
// add up to the wall time. Each part also carries the simulated server time that began in it.
import type { StampedLine } from './child-run.ts';

export interface TimelinePart {
  /** A step's title (the description replaced by <description>), or "(between steps) before <title>". */
  title: string;
  ms: number;
  /** Simulated server latency begun during the part (loads can overlap). */
  latencyMs: number;
}

export interface Timeline {
  startupMs: number;
  parts: TimelinePart[];
  tailMs: number;
  tailLatencyMs: number;
  /** The runbook's wait for a fresh authenticator period (inside the sign-in step), 0 if none. */
  totpWaitMs: number;
  notes: string[];
  /** A step that ended with ✗. */
  failedStep?: string;
}

const STEP = /^(?<indent> *)(?<mark>[→✓✗]) (?<title>.+?)(?: \((?<printed>[\d.]+ m?s)\))?$/;
const NOTE = /^ *· (?<note>.+)$/;
const TOTP_WAIT = /^waiting \d+ s for a fresh authenticator code/;
const TOTP_PERIOD_MS = 30_000;
/** runbooks/totp.ts sleeps this much past the period's edge. */
const TOTP_MARGIN_MS = 250;

export function timeline(lines: readonly StampedLine[], wallMs: number, finalProbe: number, description: string): Timeline {
  const parts: TimelinePart[] = [];
  const notes: string[] = [];
  const normalise = (title: string) => title.split(description).join('<description>');
  let startupMs: number | undefined;
  let open: { title: string; line: StampedLine } | undefined;
  let lastEnd: StampedLine | undefined;
  let totpWaitMs = 0;
  let failedStep: string | undefined;
  for (const line of lines) {
    const step = STEP.exec(line.text)?.groups;
    if (step && step.indent === '') {
      const title = normalise(step.title!);
      if (step.mark === '→') {
        startupMs ??= line.atMs;
        // Lines written together arrive together: a gap under 1 ms is no gap.
        if (lastEnd && line.atMs - lastEnd.atMs >= 1) parts.push({ title: `(between steps) before ${title}`, ms: line.atMs - lastEnd.atMs, latencyMs: line.probe - lastEnd.probe });
        open = { title, line };
      } else if (open) {
        parts.push({ title, ms: line.atMs - open.line.atMs, latencyMs: line.probe - open.line.probe });
        if (step.mark === '✗') failedStep = title;
        lastEnd = line;
        open = undefined;
      }
      continue;
    }
    const note = NOTE.exec(line.text)?.groups?.note;
    if (note === undefined) continue;
    notes.push(note);
    // The sleep starts as the note is printed and ends 250 ms past the next period's edge.
    if (TOTP_WAIT.test(note)) totpWaitMs += Math.ceil(line.epochMs / TOTP_PERIOD_MS) * TOTP_PERIOD_MS - line.epochMs + TOTP_MARGIN_MS;
  }
  const end = lastEnd?.atMs ?? startupMs ?? wallMs;
  return {
    startupMs: startupMs ?? wallMs,
    parts,
    tailMs: wallMs - end,
    tailLatencyMs: finalProbe - (lastEnd?.probe ?? finalProbe),
    totpWaitMs,
    notes,
    failedStep,
  };
}
