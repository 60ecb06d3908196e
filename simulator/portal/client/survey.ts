// The NPS survey (portal.md §3.2: surveys and teaching callouts "appear on no fixed schedule"
// and cover panels; people dismiss them with close / not now). With --survey-delay it appears
// that long after each page load, over the blade area so clicks there land on it, until it is
// dismissed once in the tab (kept in sessionStorage, which lives as long as the tab).
import { html, nothing } from 'lit-html';
import { SURVEY_DISMISSED_KEY } from '../shared.ts';
import { icons } from './icons.ts';
import { invalidate } from './render-loop.ts';
import { UntilDismissedInTab } from './until-dismissed.ts';

export const SURVEY_TITLE = 'How likely are you to recommend Microsoft Azure to a friend or colleague?';

const survey = new UntilDismissedInTab(SURVEY_DISMISSED_KEY);
let rating: number | undefined;

export function scheduleSurvey(delayMs: number | null): void {
  survey.schedule(delayMs);
}

const dismiss = () => survey.dismiss();

function rate(score: number): void {
  rating = score;
  invalidate();
}

export function surveyTemplate() {
  if (!survey.open) return nothing;
  const scores = Array.from({ length: 11 }, (_, score) => score);
  return html`<div class="fxs-survey-layer">
    <section class="fxs-survey" role="dialog" aria-labelledby="fxs-survey-title">
      <button type="button" class="fxs-icon-button fxs-survey-close" aria-label="Close" title="Close" @click=${dismiss}>${icons.close()}</button>
      <h2 id="fxs-survey-title">${SURVEY_TITLE}</h2>
      <div class="fxs-survey-scale" role="group" aria-label="Rating from 0 (not at all likely) to 10 (extremely likely)">
        ${scores.map((score) => html`<button type="button" aria-pressed=${rating === score ? 'true' : 'false'} @click=${() => rate(score)}>${score}</button>`)}
      </div>
      <div class="fxs-survey-legend" aria-hidden="true"><span>Not at all likely</span><span>Extremely likely</span></div>
      <div class="fxs-survey-buttons">
        <button type="button" class="fxs-button fxs-button-primary" ?disabled=${rating === undefined} @click=${dismiss}><span>Submit</span></button>
        <button type="button" class="fxs-button" @click=${dismiss}><span>Not now</span></button>
      </div>
    </section>
  </div>`;
}
