/**
 * A page with terms in embedded places, shared by the Chromium and Firefox
 * tests:
 * - shadow trees: open shadow roots of web components (one holding a box
 *   that scrolls) and of built-in elements (attached by script, declared in
 *   the markup, nested two deep), a closed one; and 1.2 s after load, content that arrives in a known
 *   shadow root, a post holding a shadow host, and the definition of a
 *   component that was on the page from the start;
 * - a same-origin frame.
 */
export const EMBEDDED = `<!doctype html>
<html><head><meta charset="utf-8"><title>Shadow trees</title>
<style>body { font: 18px/1.6 sans-serif; margin: 8px; }</style></head>
<body>
<p id="plain">Plain text about sciatica.</p>
<x-card id="card"></x-card>
<x-scroller id="scroller"></x-scroller>
<div id="div-host"></div>
<div id="declarative"><template shadowrootmode="open"><p>Lumbago in a declarative shadow root</p></template></div>
<x-outer id="outer"></x-outer>
<div id="closed-host"></div>
<x-late id="late"></x-late>
<x-feed id="feed"></x-feed>
<iframe id="same-origin" name="same-origin" src="/embedded-frame.html" width="400" height="60"></iframe>
<script>
  const paragraph = (text) => Object.assign(document.createElement('p'), { textContent: text });
  customElements.define('x-card', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }).append(paragraph('Scoliosis in a web component')); }
  });
  customElements.define('x-scroller', class extends HTMLElement {
    constructor() {
      super();
      const box = document.createElement('div');
      box.id = 'box';
      box.style.cssText = 'height: 40px; overflow: auto';
      const spacer = document.createElement('div');
      spacer.style.height = '200px';
      box.append(paragraph('Scoliosis in a box that scrolls'), spacer);
      this.attachShadow({ mode: 'open' }).append(box);
    }
  });
  document.getElementById('div-host').attachShadow({ mode: 'open' }).append(paragraph('Osteoporosis in a div shadow root'));
  customElements.define('x-outer', class extends HTMLElement {
    constructor() {
      super();
      const inner = document.createElement('div');
      inner.attachShadow({ mode: 'open' }).append(paragraph('Spondylosis two shadow roots deep'));
      this.attachShadow({ mode: 'open' }).append(inner);
    }
  });
  document.getElementById('closed-host').attachShadow({ mode: 'closed' }).append(paragraph('Kyphosis behind a closed root'));
  customElements.define('x-feed', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); }
  });
  // After Limber has read the page: content arrives in a known shadow root,
  // and a component that was on the page all along is defined.
  window.addEventListener('load', () => setTimeout(() => {
    document.getElementById('feed').shadowRoot.append(paragraph('A herniated disc arrived later'));
    const post = document.createElement('section');
    post.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }).append(paragraph('Spinal stenosis in a post added later'));
    document.body.append(post);
    customElements.define('x-late', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).append(paragraph('Naproxen once defined')); }
    });
  }, 1200));
</script>
</body></html>`;

/** Highlighted once the page is read. */
export const AT_LOAD = ['Lumbago', 'Osteoporosis', 'Scoliosis', 'Scoliosis', 'Spondylosis', 'sciatica'];
/** Highlighted once the late content and the late component are in. */
export const LATER = ['Lumbago', 'Naproxen', 'Osteoporosis', 'Scoliosis', 'Scoliosis', 'Spinal stenosis', 'Spondylosis', 'herniated disc', 'sciatica'];

/** Served at /embedded-frame.html. */
export const EMBEDDED_FRAME = `<!doctype html><html><head><meta charset="utf-8"><title>Frame</title></head><body><p>Sciatica in a same-origin frame</p></body></html>`;

/** Highlighted in each frame's own registry, by frame name. */
export const IN_FRAMES: Readonly<Record<string, string[]>> = {
  'same-origin': ['Sciatica'],
};
