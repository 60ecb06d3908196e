// Posts a step to the sign-in server and returns its answer.
import type { StepAnswer } from '../protocol.ts';

export async function postStep(endpoint: string, body: Record<string, unknown>): Promise<StepAnswer> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=UTF-8', accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) return { error: 'flow-expired' };
  return (await response.json()) as StepAnswer;
}
