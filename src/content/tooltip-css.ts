/**
 * The tooltip's own styles, inside its closed shadow root. Light and dark
 * follow the reader's system setting; motion only when they allow it.
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.card {
  position: fixed;
  /* The popover defaults (centred, bordered, padded) replaced by the card's own. */
  inset: auto;
  margin: 0;
  overflow: auto;
  box-sizing: border-box;
  max-width: min(320px, calc(100vw - 16px));
  padding: 10px 12px;
  border-radius: 8px;
  border: 1px solid #c9ced6;
  background: #ffffff;
  color: #1b1f24;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
  white-space: normal;
  overflow-wrap: break-word;
  pointer-events: auto;
}
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin: 0 0 4px; }
.term { font-weight: 650; font-size: 15px; }
.category { font-size: 12px; color: #59636e; }
.general { font-size: 11px; font-weight: 600; line-height: 1.4; padding: 0 6px; border: 1px solid #0b6e6e; border-radius: 999px; color: #075454; background: #eef6f6; white-space: nowrap; }
p { margin: 0 0 6px; }
.label { font-weight: 650; }
.caution .label { color: #9a3412; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
.disclaimer { margin: 8px 0 0; font-size: 12px; color: #59636e; }
button {
  font: inherit;
  font-size: 13px;
  cursor: pointer;
  border-radius: 6px;
  padding: 4px 10px;
  border: 1px solid #1f5fbf;
  background: transparent;
  color: #1f5fbf;
}
button.primary { background: #1f5fbf; color: #ffffff; }
button:hover { text-decoration: underline; }
button:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #3d444d; box-shadow: 0 4px 16px rgb(0 0 0 / 0.5); }
  .category, .disclaimer { color: #9ea7b3; }
  .general { color: #8fdcdc; border-color: #5cc6c6; background: #172626; }
  .caution .label { color: #fdba74; }
  button { border-color: #79b8ff; color: #79b8ff; }
  button.primary { background: #79b8ff; color: #0d1117; }
  button:focus-visible { outline-color: #79b8ff; }
}
/* A tooltip open when the page is printed is not printed over its text. */
@media print {
  :host, .card { display: none !important; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: limber-in 120ms ease-out; }
  @keyframes limber-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
`;
