// --to-command CMD: the bare value on the named command's stdin (no newline), e.g.
// `gh secret set AZURE_CLIENT_SECRET` or `vault kv put secret/app value=-`. No shell: the line is
// split into argv and its program found on PATH in preflight. Exit code 0 is the receipt; any
// other end (a code, a signal, the timeout) fails the delivery, and the handover then deletes the
// new secret. What the command printed comes back as a note on stderr, scrubbed of the value.
import type { Writable } from 'node:stream';
import { howItEnded, resolveCommand, runCommand, splitCommandLine, type CommandResult } from '../../lib/command-line.ts';
import type { CreatedSecret } from '../created-secret.ts';
import { badInput } from '../errors.ts';
import { Redactor } from '../redact.ts';
import type { SecretDestination } from './destination.ts';

export const DEFAULT_TO_COMMAND_TIMEOUT_MS = 60_000;
export const TO_COMMAND_TIMEOUT_VARIABLE = 'PORTAL_TO_COMMAND_TIMEOUT';
/** The runbook's own credentials are none of the command's business. */
const WITHHELD_VARIABLES = ['PORTAL_PASSWORD', 'PORTAL_TOTP_SECRET'];
/** How much of the command's output the note shows. */
const NOTE_LINES = 5;
const NOTE_LINE_LENGTH = 200;

export interface CommandDestinationOptions {
  /** Default: PORTAL_TO_COMMAND_TIMEOUT (seconds), else 60 s. */
  timeoutMs?: number;
  /** The environment the program is looked up in and runs with (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where the note with the command's output goes (default stderr; never stdout). */
  stderr?: Writable;
}

/** PORTAL_TO_COMMAND_TIMEOUT in seconds, checked; undefined when unset. */
export function timeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const text = env[TO_COMMAND_TIMEOUT_VARIABLE]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(seconds > 0) || seconds > 3600) {
    throw badInput(`${TO_COMMAND_TIMEOUT_VARIABLE} is "${text}": give the seconds --to-command may take (more than 0, at most 3600), or leave it unset.`);
  }
  return Math.round(seconds * 1000);
}

/** The first few lines of each stream, scrubbed of the value; empty when the command said nothing. */
export function outputNote(result: Pick<CommandResult, 'stdout' | 'stderr'>, redactor: Redactor): string {
  const lines = [result.stdout, result.stderr]
    .flatMap((text) => redactor.scrub(text).split(/\r?\n/))
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const shown = lines.slice(0, NOTE_LINES).map((line) => (line.length > NOTE_LINE_LENGTH ? `${line.slice(0, NOTE_LINE_LENGTH)}…` : line));
  if (lines.length > NOTE_LINES) shown.push(`… (${lines.length - NOTE_LINES} more lines)`);
  return shown.join('\n');
}

export class CommandDestination implements SecretDestination {
  readonly kind = 'command';
  readonly label: string;
  readonly timeoutMs: number;
  private readonly env: NodeJS.ProcessEnv;
  private argv?: string[];
  private delivered = false;
  /** What the command printed, scrubbed (for the outcome and tests). */
  note = '';

  constructor(
    private readonly commandLine: string,
    private readonly options: CommandDestinationOptions = {},
  ) {
    this.env = options.env ?? process.env;
    // Checked here, before the portal: an unreadable line or timeout is bad input naming the flag.
    const [program] = splitCommandLine(commandLine, '--to-command', this.env);
    this.timeoutMs = options.timeoutMs ?? timeoutFromEnv(this.env) ?? DEFAULT_TO_COMMAND_TIMEOUT_MS;
    this.label = `command ${program}`;
  }

  async preflight(): Promise<void> {
    this.argv = resolveCommand(this.commandLine, '--to-command', this.env);
  }

  /** The environment the command gets: this one, less the runbook's credentials and anything holding the value. */
  childEnv(value: string): NodeJS.ProcessEnv {
    return Object.fromEntries(
      Object.entries(this.env).filter(([key, text]) => !WITHHELD_VARIABLES.includes(key) && !(value && text?.includes(value))),
    );
  }

  async deliver(secret: CreatedSecret): Promise<void> {
    if (!this.argv) await this.preflight();
    const redactor = new Redactor();
    redactor.add(secret.value);
    let result: CommandResult;
    try {
      result = await runCommand(this.argv!, { input: secret.value, timeoutMs: this.timeoutMs, env: this.childEnv(secret.value) });
    } catch (error) {
      throw new Error(`--to-command ${this.label}: could not start (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    this.note = outputNote(result, redactor);
    const succeeded = result.code === 0 && !result.timedOut;
    if (!succeeded) {
      const said = this.note ? `; it said:\n${this.note}` : ' and said nothing';
      throw new Error(`--to-command: ${this.label} ${howItEnded(result, this.timeoutMs)}${said}`);
    }
    this.delivered = true;
    if (this.note) this.write(`${this.label} said:\n${indent(this.note)}\n`);
  }

  /** What went to a command cannot be read back: its exit code 0 is the receipt. */
  async confirm(): Promise<void> {
    if (!this.delivered) throw new Error(`--to-command: ${this.label} did not take the secret.`);
  }

  private write(text: string): void {
    (this.options.stderr ?? process.stderr).write(text);
  }
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
