/**
 * Pages for the tooltip and mark situations a QA pass found broken, shared
 * by the Chromium and Firefox checks (content-tooltip-situations.test.ts,
 * firefox/content-situations.test.ts).
 */

export const STYLE = '<style>body { font: 20px/1.6 serif; margin: 40px; }</style>';

/** A modal dialog, opened with showModal(), inside a component's open shadow root. */
export const SHADOW_DIALOG = `<!doctype html><meta charset="utf-8"><title>Shadow dialog</title>${STYLE}
<body><p>Page text</p><div id="app"></div>
<script>
  const root = document.getElementById('app').attachShadow({ mode: 'open' });
  root.innerHTML = '<dialog id="dlg" style="width: 500px; height: 400px"><p id="t">In a dialog: sciatica explained.</p></dialog>';
  root.getElementById('dlg').showModal();
</script></body>`;
/**
 * A term in the own text of a top-layer element (no <p> around it), the
 * page counting how often a Limber tooltip host is put into it.
 */
export function topLayerOwnText(kind: 'dialog' | 'popover'): string {
  const text = 'Tip: sciatica often eases with <em>gentle</em> movement';
  const element =
    kind === 'dialog'
      ? `<dialog id="d" style="width: 600px; height: 300px">${text}</dialog>`
      : `<div id="d" popover="manual" style="width: 600px; height: 300px">${text}</div>`;
  return `<!doctype html><meta charset="utf-8"><title>Own text</title>${STYLE}
<body><p>Page</p>${element}
<script>
  const d = document.getElementById('d');
  ${kind === 'dialog' ? 'd.showModal();' : 'd.showPopover();'}
  window.tooltipInsertions = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.localName === 'limber-tooltip') window.tooltipInsertions++;
  }).observe(d, { childList: true });
</script></body>`;
}

/** A term in the same paragraph as a counter the page updates every `everyMs`. */
export const liveBlock = (everyMs: number): string => `<!doctype html><meta charset="utf-8"><title>Live block</title>${STYLE}
<body><p id="a">Sciatica update: flare-ups ease with movement (updated <span id="t">0</span>s ago).</p>
<script>let n = 0; setInterval(() => { document.getElementById('t').textContent = String(++n); }, ${everyMs});</script></body>`;

/** A heading and then its block's own text name the same term. */
export const HEADING_FIRST = `<!doctype html><meta charset="utf-8"><title>Heading</title>
<body><div id="wrap"><h2 id="heading">Sciatica</h2>Sciatica is pain along the sciatic nerve.</div></body>`;

/** Earlier occurrences the reader cannot see: a closed <details>, a display:none menu. */
export const HIDDEN_FIRST = `<!doctype html><meta charset="utf-8"><title>Hidden</title>${STYLE}
<body>
<details id="faq"><summary>Dosage FAQ</summary><p id="hid1">Hidden: ibuprofen dose.</p></details>
<nav style="display: none"><a id="hid2" href="#">Sciatica (mobile menu)</a></nav>
<p id="vis">Visible: ibuprofen can ease sciatica for a few days.</p>
</body>`;

/**
 * Runs in the page: each range registered under `name`, as "text@element#id"
 * (the element holding its start), sorted: which occurrence is marked.
 */
export function marksAt(name: string): string[] {
  return [...(CSS.highlights.get(name) ?? [])]
    .map((r) => {
      const node = r.startContainer as Text;
      const el = node.parentElement;
      return `${node.data.slice(r.startOffset, r.endOffset)}@${el?.localName ?? '?'}${el?.id ? `#${el.id}` : ''}`;
    })
    .sort();
}

/** A modal dialog centred the common way, with a transform: it would contain and clip a fixed-position tooltip. */
export const TRANSFORMED_DIALOG = `<!doctype html><meta charset="utf-8"><title>Transformed dialog</title><body style="font:16px sans-serif">
<p>Page text.</p>
<dialog id="d" style="top:50%;left:50%;margin:0;transform:translate(-50%,-50%);width:360px">
  <h2>Your results</h2>
  <p id="t">These exercises may help with sciatica over time.</p>
  <button>Close</button>
</dialog>
<script>document.getElementById('d').showModal();</script></body>`;

/** A page whose root element is scaled: a term near the right edge and one at the left. */
export const SCALED_ROOT = `<!doctype html><meta charset="utf-8"><title>Scaled</title>
<style>html { transform: scale(.8); transform-origin: 0 0; } body { margin: 0; font: 16px sans-serif; }</style>
<body><p id="l" style="margin:40px 8px">Sciatica at the left edge.</p><p id="r" style="margin:40px 8px; text-align:right; width:1560px">At the right edge: sciatica</p></body>`;

/** A term in the middle of a short window: no room above or below it for the card. */
export const SHORT_WINDOW = `<!doctype html><meta charset="utf-8"><title>Short</title><body style="margin:8px;font:16px/1.5 sans-serif">
<div style="height:130px"></div><p id="t">In the middle: glute stretch here.</p><div style="height:1500px"></div></body>`;

/** A term pushed down by an ad that loads above it while its tooltip is open. */
export const LAYOUT_SHIFT = `<!doctype html><meta charset="utf-8"><title>Shift</title><body style="margin:8px;font:16px/1.5 sans-serif"><div id="ad"></div>
<p id="p">Resting on sciatica while an ad loads above.</p><div style="height:1500px"></div>
<script>window.insertAd = () => { const d = document.getElementById('ad'); d.style.height = '150px'; d.textContent = 'Advertisement'; };</script></body>`;

/** A box in viewport pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap (the tooltip covering its word). */
export const overlap = (a: Box, b: Box): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
