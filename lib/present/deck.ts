/**
 * Presentation state: which slides, in which order, with which per-slide options, and which slide
 * is showing. All of it lives in the URL (`/en/present/?deck=title,oil-volumes,route-map&slide=2`)
 * so a link opens the same deck on the same slide. Parsing never throws and falls back to the
 * default deck and the first slide on anything it does not understand.
 */

/**
 * Every slide the deck can show, in the default order. A chart whose message cannot be said in
 * slide-sized type on one slide is split: one slide per panel (trade per calendar year and per
 * part of a year; investment in each direction and the company counts; oil per year and through
 * the year; the Middle Corridor in tonnes and in TEU) and the milestones over three slides; the title slide's headline figures have their own (lib/present/slides.ts says what each shows).
 */
export const SLIDE_IDS = [
  'title',
  'headlines',
  'trade-years',
  'trade-part-years',
  'trade-gap',
  'investment-az-to-kz',
  'investment-kz-to-az',
  'investment-companies',
  'oil-annual',
  'oil-running',
  'corridor-tonnes',
  'corridor-teu',
  'route-map',
  'timeline-1',
  'timeline-2',
  'timeline-3',
] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/**
 * Slide ids of earlier decks (one slide per chart) and the slides that now carry what each said,
 * so an old link opens the same content: `?deck=title,trade-turnover&slide=2` is the title and
 * both trade slides, on the first trade slide.
 */
export const LEGACY_SLIDE_IDS: Readonly<Record<string, readonly SlideId[]>> = {
  // In an old deck (one with any of the ids below) the title slide also carried the figures.
  title: ['title', 'headlines'],
  'trade-turnover': ['trade-years', 'trade-part-years'],
  'investment-flows': ['investment-az-to-kz', 'investment-kz-to-az', 'investment-companies'],
  'oil-volumes': ['oil-annual', 'oil-running'],
  timeline: ['timeline-1', 'timeline-2', 'timeline-3'],
};

export const REPORTER_OPTIONS = ['AZ', 'KZ'] as const;
export type ReporterOption = (typeof REPORTER_OPTIONS)[number];

/** Per-slide options; absent means "the chart's default". */
export interface SlideOptions {
  /** Reporters shown (charts with both sides' figures). */
  reporters?: ReporterOption[];
  /** First and last year shown, inclusive. */
  from?: number;
  to?: number;
}

export interface SlideSpec {
  id: SlideId;
  options: SlideOptions;
}

export interface DeckState {
  slides: SlideSpec[];
  /** 0-based index of the slide showing. */
  index: number;
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2030;
/** Longest `deck` parameter we read; longer input is ignored as a whole. */
const MAX_DECK_PARAM = 500;

export function isSlideId(value: unknown): value is SlideId {
  return typeof value === 'string' && (SLIDE_IDS as readonly string[]).includes(value);
}

export function defaultDeck(): SlideSpec[] {
  return SLIDE_IDS.map((id) => ({ id, options: {} }));
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** Reads one slide token: `trade-years`, `trade-years~KZ`, `trade-years~AZ.KZ~2019-2024`. */
export function parseSlideToken(token: string): SlideSpec | null {
  return parseSlideTokens(token)[0] ?? null;
}

/** Reads one slide token, an old one (`trade-turnover~KZ`) giving each of the slides that replace it. */
export function parseSlideTokens(token: string): SlideSpec[] {
  return parseSlideTokensAs(token, false);
}

function isLegacyToken(token: string): boolean {
  const id = token.split('~')[0]!;
  return !isSlideId(id) && Object.hasOwn(LEGACY_SLIDE_IDS, id);
}

function parseSlideTokensAs(token: string, legacyDeck: boolean): SlideSpec[] {
  const [id, ...parts] = token.split('~');
  const legacy = id !== undefined && Object.hasOwn(LEGACY_SLIDE_IDS, id) && (legacyDeck || !isSlideId(id));
  const ids: readonly SlideId[] = legacy ? LEGACY_SLIDE_IDS[id]! : isSlideId(id) ? [id] : [];
  if (ids.length === 0) return [];
  const options: SlideOptions = {};
  for (const part of parts) {
    const years = /^(\d{4})-(\d{4})$/.exec(part);
    if (years) {
      const from = parseYear(years[1]);
      const to = parseYear(years[2]);
      if (from !== undefined && to !== undefined && from <= to) {
        options.from = from;
        options.to = to;
      }
      continue;
    }
    const reporters = part.split('.').filter((r): r is ReporterOption => (REPORTER_OPTIONS as readonly string[]).includes(r));
    if (reporters.length > 0 && reporters.length === part.split('.').length) {
      options.reporters = REPORTER_OPTIONS.filter((r) => reporters.includes(r));
    }
  }
  return ids.map((slideId) => ({ id: slideId, options: { ...options } }));
}

/** Writes one slide token (the inverse of parseSlideToken). */
export function serializeSlide(spec: SlideSpec): string {
  const parts: string[] = [spec.id];
  if (spec.options.reporters && spec.options.reporters.length > 0) parts.push(spec.options.reporters.join('.'));
  if (spec.options.from !== undefined && spec.options.to !== undefined) parts.push(`${spec.options.from}-${spec.options.to}`);
  return parts.join('~');
}

/**
 * One slide token re-written from what it parses to (options checked and in order), keeping an old
 * id as it was (it still stands for its slides, and `slide` still counts it as one); null if unknown.
 */
export function normalizeSlideToken(token: string): string | null {
  const id = token.split('~')[0]!;
  const spec = parseSlideTokens(token)[0];
  if (!spec) return null;
  const written = serializeSlide(spec);
  return isSlideId(id) ? written : `${id}${written.slice(spec.id.length)}`;
}

/** Parses `deck` and `slide` search params. `slide` is 1-based in the URL. */
export function parseDeckState(params: URLSearchParams): DeckState {
  const deckParam = params.get('deck');
  let slides = defaultDeck();
  // Where each token's first slide lands: `slide` counts tokens, which for an old deck may stand
  // for several slides each.
  let starts: number[] | null = null;
  if (deckParam !== null && deckParam.length > 0 && deckParam.length <= MAX_DECK_PARAM) {
    const seen = new Set<SlideId>();
    const parsed: SlideSpec[] = [];
    const tokenStarts: number[] = [];
    const tokens = deckParam.split(',');
    const legacyDeck = tokens.some(isLegacyToken);
    for (const token of tokens) {
      const specs = parseSlideTokensAs(token, legacyDeck).filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
      if (specs.length === 0) continue;
      tokenStarts.push(parsed.length);
      parsed.push(...specs);
    }
    if (parsed.length > 0) {
      slides = parsed;
      starts = tokenStarts;
    }
  }
  const slideParam = params.get('slide');
  const n = slideParam !== null && /^\d{1,3}$/.test(slideParam) ? Number(slideParam) : 1;
  // A deck written with old ids counts its slides in tokens; one in today's ids has one per token.
  const legacy = starts !== null && starts.length < slides.length;
  const count = legacy ? starts!.length : slides.length;
  const index = n >= 1 && n <= count ? (legacy ? starts![n - 1]! : n - 1) : 0;
  return { slides, index };
}

function isDefaultDeck(slides: readonly SlideSpec[]): boolean {
  const d = defaultDeck();
  return slides.length === d.length && slides.every((s, i) => serializeSlide(s) === serializeSlide(d[i]!));
}

/** Search string for a state (`?deck=...&slide=3`), leaving out what equals the default. */
export function serializeDeckState(state: DeckState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (!isDefaultDeck(state.slides)) params.set('deck', state.slides.map(serializeSlide).join(','));
  if (state.index > 0) params.set('slide', String(state.index + 1));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~');
  return text ? `?${text}` : '';
}

/** Moves within the deck, clamped to its ends. */
export function moveTo(state: DeckState, index: number): DeckState {
  const last = state.slides.length - 1;
  return { ...state, index: Math.max(0, Math.min(last, index)) };
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'black' | 'fullscreen' | 'presenter';

/**
 * The action for a key, covering what presentation clickers send (PageDown/PageUp, arrows, and
 * on some models `.` or `b` for a black screen). Keys with modifiers are left to the browser.
 */
export function actionForKey(e: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): DeckAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'p':
    case 'P':
      return 'presenter';
    default:
      return null;
  }
}

/** Applies a navigation action; other actions leave the state as it is. */
export function applyAction(state: DeckState, action: DeckAction): DeckState {
  switch (action) {
    case 'next':
      return moveTo(state, state.index + 1);
    case 'prev':
      return moveTo(state, state.index - 1);
    case 'first':
      return moveTo(state, 0);
    case 'last':
      return moveTo(state, state.slides.length - 1);
    default:
      return state;
  }
}

/** Minimum horizontal travel of a swipe, px, and how much more horizontal than vertical it must be. */
export const SWIPE_MIN_PX = 50;
const SWIPE_RATIO = 1.5;

/** Reads a touch gesture as next/prev (swipe left = next). */
export function actionForSwipe(dx: number, dy: number): DeckAction | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * SWIPE_RATIO) return null;
  return dx < 0 ? 'next' : 'prev';
}
