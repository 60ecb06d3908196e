// Inline SVG icons (no external resources), drawn after the portal's glyphs.
import { svg, type TemplateResult } from 'lit-html';

const icon = (body: TemplateResult, size = 16, cls = '') =>
  svg`<svg class="fxs-svg ${cls}" width=${size} height=${size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  close: () => icon(svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="1.3" fill="none"/>`),
  plus: () => icon(svg`<path d="M8 2.5v11M2.5 8h11" stroke="currentColor" stroke-width="1.3" fill="none"/>`),
  copy: () => icon(svg`<rect x="5" y="5" width="8.5" height="9" rx="1" stroke="currentColor" fill="none"/><path d="M3 11V3a1 1 0 0 1 1-1h7" stroke="currentColor" fill="none"/>`),
  trash: () => icon(svg`<path d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.6 9.5h5.8l.6-9.5M7 6.5v5M9 6.5v5" stroke="currentColor" fill="none"/>`),
  info: () => icon(svg`<circle cx="8" cy="8" r="6.5" stroke="currentColor" fill="none"/><path d="M8 7v4.5" stroke="currentColor" stroke-width="1.3"/><circle cx="8" cy="4.8" r=".8" fill="currentColor"/>`),
  success: () => icon(svg`<circle cx="8" cy="8" r="7" fill="#57a300"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="1.4" fill="none"/>`),
  error: () => icon(svg`<circle cx="8" cy="8" r="7" fill="#e00b1c"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="#fff" stroke-width="1.4"/>`),
  warning: () => icon(svg`<path d="M8 1.5l7 12.5H1z" fill="#ff8c00"/><path d="M8 6v4" stroke="#fff" stroke-width="1.4"/><circle cx="8" cy="12" r=".8" fill="#fff"/>`),
  bell: () => icon(svg`<path d="M4 11V7a4 4 0 0 1 8 0v4l1.2 1.5H2.8zM6.5 13.5a1.6 1.6 0 0 0 3 0" stroke="currentColor" fill="none"/>`),
  gear: () => icon(svg`<circle cx="8" cy="8" r="2.2" stroke="currentColor" fill="none"/><path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" stroke="currentColor"/>`),
  question: () => icon(svg`<circle cx="8" cy="8" r="6.5" stroke="currentColor" fill="none"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.7c-.6.3-.8.6-.8 1.3" stroke="currentColor" fill="none"/><circle cx="8" cy="11.4" r=".8" fill="currentColor"/>`),
  feedback: () => icon(svg`<path d="M2 3h12v8H6l-3 2.5V11H2z" stroke="currentColor" fill="none"/>`),
  shell: () => icon(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1" stroke="currentColor" fill="none"/><path d="M4 6l2 2-2 2M7.5 10.5h4" stroke="currentColor" fill="none"/>`),
  copilot: () => icon(svg`<path d="M3 4.5C3 3 4 2 5.5 2h5C12 2 13 3 13 4.5v4C13 10 12 11 10.5 11H8l-3 3v-3C3.9 11 3 10 3 8.5z" fill="#0f6cbd"/><circle cx="6.3" cy="6.5" r=".9" fill="#fff"/><circle cx="9.7" cy="6.5" r=".9" fill="#fff"/>`),
  menu: () => icon(svg`<path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" stroke-width="1.2"/>`),
  search: () => icon(svg`<circle cx="6.5" cy="6.5" r="4.5" stroke="currentColor" fill="none"/><path d="M10 10l4.5 4.5" stroke="currentColor" stroke-width="1.3"/>`),
  pin: () => icon(svg`<path d="M9.5 1.5l5 5-2 .5-2.5 2.5.5 3-1 1-3-3-4 4M6.5 9.5l-3-3 1-1 3 .5L10 3.5z" stroke="currentColor" fill="none"/>`),
  more: () => icon(svg`<circle cx="3" cy="8" r="1.1" fill="currentColor"/><circle cx="8" cy="8" r="1.1" fill="currentColor"/><circle cx="13" cy="8" r="1.1" fill="currentColor"/>`),
  chevronDown: () => icon(svg`<path d="M4 6l4 4 4-4" stroke="currentColor" fill="none"/>`, 12),
  chevronRight: () => icon(svg`<path d="M6 4l4 4-4 4" stroke="currentColor" fill="none"/>`, 12),
  collapse: () => icon(svg`<path d="M8 3.5L3.5 8 8 12.5M12.5 3.5L8 8l4.5 4.5" stroke="currentColor" fill="none"/>`, 12),
  refresh: () => icon(svg`<path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" stroke="currentColor" fill="none"/>`),
  download: () => icon(svg`<path d="M8 2v8.5M4.5 7L8 10.5 11.5 7M2.5 13.5h11" stroke="currentColor" fill="none"/>`),
  globe: () => icon(svg`<circle cx="8" cy="8" r="6.5" stroke="currentColor" fill="none"/><path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" stroke="currentColor" fill="none"/>`),
  wrench: () => icon(svg`<path d="M10.5 1.8a3.5 3.5 0 0 0-3.9 4.7L2 11.1 4.9 14l4.6-4.6a3.5 3.5 0 0 0 4.7-3.9l-2 2-2.2-.5-.5-2.2z" stroke="currentColor" fill="none"/>`),
  key: () => icon(svg`<circle cx="5" cy="11" r="3" stroke="#c19c00" fill="none" stroke-width="1.4"/><path d="M7.2 8.8L13.5 2.5M11 5l2 2M12.5 3.5l1.5 1.5" stroke="#c19c00" stroke-width="1.4"/>`),
  grid: () => icon(svg`<rect x="2" y="2" width="5" height="5" fill="#0078d4"/><rect x="9" y="2" width="5" height="5" fill="#0078d4"/><rect x="2" y="9" width="5" height="5" fill="#0078d4"/><rect x="9" y="9" width="5" height="5" fill="#50e6ff"/>`),
  cloudError: () => svg`<svg width="96" height="72" viewBox="0 0 96 72" aria-hidden="true"><path d="M26 60a18 18 0 0 1-2-35.9A24 24 0 0 1 70 20a20 20 0 0 1 2 40z" fill="#d0e7f8"/><path d="M40 34l16 16M56 34L40 50" stroke="#0078d4" stroke-width="4"/></svg>`,
  entra: (size = 36) => svg`<svg width=${size} height=${size} viewBox="0 0 36 36" aria-hidden="true"><path d="M18 3l13 15-13 15L5 18z" fill="#0078d4"/><path d="M18 3l13 15-13 7z" fill="#50e6ff"/><path d="M18 25l13-7-13 15z" fill="#1490df"/></svg>`,
  appRegs: (size = 36) => svg`<svg width=${size} height=${size} viewBox="0 0 36 36" aria-hidden="true"><rect x="4" y="4" width="12" height="12" rx="1" fill="#0078d4"/><rect x="20" y="4" width="12" height="12" rx="1" fill="#50e6ff"/><rect x="4" y="20" width="12" height="12" rx="1" fill="#50e6ff"/><rect x="20" y="20" width="12" height="12" rx="1" fill="#0078d4"/></svg>`,
  tile: (color: string, size = 36) => svg`<svg width=${size} height=${size} viewBox="0 0 36 36" aria-hidden="true"><rect x="5" y="5" width="26" height="26" rx="3" fill=${color}/><path d="M11 18h14M18 11v14" stroke="#fff" stroke-width="2.5"/></svg>`,
};
