// Ctrl+C while a command runs: the run is told through a signal and finishes safely (it stops at
// the next step, and a secret it already added is deleted and the user told), instead of dying
// with the secret left in the portal. The command then exits 130 (runbooks/errors.ts).
export interface Interrupt {
  signal: AbortSignal;
  /** Stops listening (the command has finished). */
  release(): void;
}

export function listenForInterrupt(stderr: NodeJS.WritableStream = process.stderr, saying = 'finishing safely (a secret already added is deleted)'): Interrupt {
  const controller = new AbortController();
  const onSigint = () => {
    if (!controller.signal.aborted) stderr.write(`\nInterrupted: ${saying}…\n`);
    controller.abort(new Error('interrupted (SIGINT)'));
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}
