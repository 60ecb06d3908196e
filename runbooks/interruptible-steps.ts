// Steps that Ctrl+C cuts short: for commands that add nothing (login, logout), where stopping
// in the middle of a step is safe. Each step races the signal; the caller's `finally` closes
// the browser. (create-secret stops only between steps: Add must not be cut in half.)
import { RunbookError } from './errors.ts';
import type { Steps } from './steps.ts';

export function interruptible(steps: Steps, signal: AbortSignal | undefined, consequence: string): Steps {
  if (!signal) return steps;
  const interrupted = () => new RunbookError('interrupted', `Interrupted (SIGINT): ${consequence}.`);
  return {
    note: (message) => steps.note(message),
    run: (title, body) =>
      steps.run(title, () => {
        if (signal.aborted) return Promise.reject(interrupted());
        return new Promise((resolve, reject) => {
          const onAbort = () => reject(interrupted());
          signal.addEventListener('abort', onAbort, { once: true });
          body().then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
        });
      }),
  };
}
