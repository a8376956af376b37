/**
 * The content script: a guest on someone else's page. It runs once per
 * document, never changes the page's DOM, text, layout or selection, and
 * answers the extension's questions about the page.
 *
 * It highlights glossary terms (highlighter.ts) and explains them on hover
 * (hover.ts, tooltip.ts), following the settings live: turning highlighting
 * off, for this site or everywhere, removes every highlight and listener.
 */
import { isContentMessage, type ContentMessage, type ContentResponseOf } from '../shared/messages';
import { highlightingOnFor, type Settings } from '../shared/settings';
import { settingsItem } from '../shared/storage-items';
import { hostOfUrl, isWebUrl } from '../shared/url-host';
import { glossary, isGeneralGuidance } from '../knowledge/glossary';
import { glossaryCategoryLabels } from '../knowledge/labels';
import { disclaimerShort } from '../knowledge/disclaimer';
import type { GlossaryConcept } from '../knowledge/types';
import { onMessage, onPortOpened, readStored, send, t, watchStored } from './extension-api';
import { FRAME_TERMS_PORT, type FrameTerms } from '../shared/protocol/content';
import { matcherFrom, type Matcher } from './matcher';
import { GLOSSARY_PATTERN } from './glossary-pattern';
import { startHighlighter, type HighlightOptions, type PageHighlighter } from './highlighter';
import { startHover } from './hover';
import { createTooltip, type Tooltip } from './tooltip';
// Built to content.css, which the manifest injects beside content.js.
import './content.css';

// A second injection into the same isolated world (extension reload, a
// programmatic inject) must not start a second copy.
const GUARD = Symbol.for('limber.content');
const scope = globalThis as typeof globalThis & { [GUARD]?: true };

const conceptsById = new Map<string, GlossaryConcept>(glossary.map((c) => [c.id, c]));
let matcher: Matcher | undefined;

interface Running {
  readonly highlighter: PageHighlighter;
  readonly stopHover: () => void;
  readonly hideTooltip: () => void;
}

let running: Running | undefined;
let current: Settings | undefined;

/**
 * Pages Limber highlights: ordinary HTML documents (not XML, SVG, PDF
 * viewers or Limber's own pages) in a browser with the Custom Highlight API.
 */
function pageIsEligible(): boolean {
  if (!isWebUrl(document.URL)) return false;
  if (document.contentType !== 'text/html' && document.contentType !== 'application/xhtml+xml') return false;
  return typeof Highlight === 'function';
}

function optionsFrom(settings: Settings): HighlightOptions {
  const categories = new Set<string>(settings.highlightCategories);
  return {
    allowed: (id) => {
      const concept = conceptsById.get(id);
      return concept !== undefined && categories.has(concept.category);
    },
    all: settings.highlightAll,
    style: settings.highlightStyle,
  };
}

function sameOptions(a: Settings, b: Settings): boolean {
  return (
    a.highlightAll === b.highlightAll &&
    a.highlightStyle === b.highlightStyle &&
    a.highlightCategories.length === b.highlightCategories.length &&
    a.highlightCategories.every((c, i) => b.highlightCategories[i] === c)
  );
}

function openTooltip(tooltip: Tooltip, id: string, anchor: DOMRect, node: Node): void {
  const concept = conceptsById.get(id);
  if (!concept) return;
  const stretchId = concept.stretchId;
  tooltip.show(
    {
      term: concept.term,
      category: glossaryCategoryLabels[concept.category],
      generalLabel: isGeneralGuidance(concept) ? t('generalGuidance') : undefined,
      summary: concept.summary,
      tip: concept.tip,
      caution: concept.caution,
      tipLabel: t('labelTip'),
      cautionLabel: t('labelTakeCare'),
      readMoreLabel: t('tooltipReadMore'),
      tryItLabel: stretchId ? t('tooltipTryIt') : undefined,
      disclaimer: disclaimerShort,
      onReadMore: () => {
        tooltip.hide();
        void send('page/open-article', { anchor: `term-${concept.id}` }).catch(() => undefined);
      },
      onTryIt: stretchId
        ? () => {
            tooltip.hide();
            void send('page/open-break', { stretchId }).catch(() => undefined);
          }
        : undefined,
    },
    anchor,
    node,
  );
}

function start(settings: Settings): void {
  matcher ??= matcherFrom(GLOSSARY_PATTERN);
  // Built on first use: most pages are never hovered, and most have no term.
  let tooltip: Tooltip | undefined;
  let stopHover: (() => void) | undefined;
  const highlighter = startHighlighter(document, matcher, optionsFrom(settings), {
    onFirstDraw: () => {
      stopHover = startHover(document, highlighter, {
        open: (term, anchor) => openTooltip((tooltip ??= createTooltip(document)), term.id, anchor, term.range.startContainer),
        move: (anchor) => tooltip?.moveTo(anchor),
        close: () => tooltip?.hide(),
        isOpen: () => tooltip?.isOpen ?? false,
        ownsTarget: (target) => tooltip?.owns(target) ?? false,
      });
    },
    onNewRoot: () => {
      stop();
      if (current) apply(current);
    },
  });
  running = { highlighter, stopHover: () => stopHover?.(), hideTooltip: () => tooltip?.hide() };
}

function stop(): void {
  if (!running) return;
  running.stopHover();
  running.hideTooltip();
  running.highlighter.stop();
  running = undefined;
}

function apply(settings: Settings): void {
  const before = current;
  current = settings;
  const on = highlightingOnFor(settings, hostOfUrl(document.URL));
  if (!on) return stop();
  if (!running) return start(settings);
  if (before && !sameOptions(before, settings)) {
    // An open tooltip may explain a term no longer marked (its category turned off).
    running.hideTooltip();
    running.highlighter.setOptions(optionsFrom(settings));
  }
}

/** This document's terms: what an embedded frame reports, and the core of the top document's answer. */
function frameTerms(): FrameTerms {
  return { terms: running ? running.highlighter.counts() : [], complete: running?.highlighter.ready ?? true };
}

function answerTerms(): ContentResponseOf<'content/terms'> {
  const host = hostOfUrl(document.URL);
  const highlightingOn = current !== undefined && highlightingOnFor(current, host);
  const { terms, complete } = frameTerms();
  return { host, terms, total: terms.reduce((sum, term) => sum + term.count, 0), highlightingOn, complete };
}

function answer(message: ContentMessage): Promise<unknown> | undefined {
  switch (message.type) {
    case 'content/ping':
      return Promise.resolve({ ok: true, url: document.URL } satisfies ContentResponseOf<'content/ping'>);
    case 'content/terms':
      // One answer per tab: the top document's (a frame's answer would race
      // it). A document Limber does not read (a PDF, a text file) leaves the
      // question unanswered, so the popup says it cannot read the page.
      return window === window.top && eligible ? Promise.resolve(answerTerms()) : undefined;
  }
}

const eligible = pageIsEligible();

if (!scope[GUARD]) {
  scope[GUARD] = true;
  onMessage((message) => (isContentMessage(message) ? answer(message) : undefined));
  if (eligible) {
    // Embedded frames report their terms to the popup (see FRAME_TERMS_PORT); the top document answers 'content/terms'.
    if (window !== window.top) onPortOpened(FRAME_TERMS_PORT, (post) => post(frameTerms()));
    watchStored(settingsItem, ({ settings }) => apply(settings));
    readStored(settingsItem).then(
      ({ settings }) => {
        // A change that arrived while reading wins.
        if (current === undefined) apply(settings);
      },
      () => undefined,
    );
    // Firefox does not tell a page kept in the back/forward cache about
    // settings changed meanwhile: they are read again when it comes back.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) readStored(settingsItem).then(({ settings }) => apply(settings), () => undefined);
    });
  }
}
