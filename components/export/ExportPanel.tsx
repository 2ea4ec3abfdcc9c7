'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useCharts } from '@/components/charts/ChartsProvider';
import { ExportCitation } from '@/components/cite/ExportCitation';
import { pickCarriedQuery } from '@/lib/carriedQuery';
import { makeExportFileName, type ExportFormat } from '@/lib/export/fileNames';
import { isPartPreset, listExportParts, partShownAs, type ExportPart } from '@/lib/export/parts';
import type { CardView } from '@/lib/charts/module';
import { SCALES, SIZE_PRESETS, computePixelSize, parseScale, type ExportScale, type PixelSize, type SizePreset } from '@/lib/export/presets';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import type { ChartId } from '@/lib/charts/types';
import type { UpdatedWork } from '@/lib/release/lastUpdated';
import type { LatLngBox } from '@/lib/map/shapeRoute';
import { serializeViewState } from '@/lib/urlState';
import { copyImageToClipboard, copyText, triggerDownload } from './download';
import type { ExportSubject } from './ExportMenu';
import styles from './ExportPanel.module.css';
import { exportChartData, makeEmbedSnippet, renderChartSvg, renderMapSvg, type ImageRequest } from './api';
import { prepareExport } from './prepare';
import { rasterizeSvg } from './rasterize';

export interface ExportPanelProps {
  subject: ExportSubject;
  title: string;
  onClose: () => void;
}

/** What the panel can do for its subject. */
interface Target {
  id: UpdatedWork;
  renderSvg: (request: ImageRequest) => Promise<{ svg: string; output: PixelSize }>;
  /** CSV/JSON of the data (charts only). */
  data: ((format: 'csv' | 'json', scope: 'plotted' | 'full', locale: string) => Promise<string>) | null;
  /** The parts a fixed-size image shows one at a time, for a size (charts; none for the map). */
  parts: (preset: SizePreset) => readonly ExportPart[];
  /** The card's view now, where not the default (`trade=gap`): its part is offered first, and an image of the whole chart draws it. */
  shownAs: CardView | null;
  link: string;
  embed: string | null;
}

function measureOnScreen(id: string): PixelSize {
  const el = document.getElementById(id);
  return { width: Math.max(320, Math.round(el?.getBoundingClientRect().width ?? 960)), height: 0 };
}

function useChartTarget(chartId: ChartId): Target {
  const { state, bounds, getData } = useCharts();
  const filter = { range: { from: state.from, to: state.to }, reporters: state.reporters };
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  // The parsed view, never the raw address: a hostile query string is not copied along.
  const link = typeof window === 'undefined' ? '' : `${origin}${window.location.pathname}${serializeViewState(state, bounds)}#${chartId}`;
  return {
    id: chartId,
    renderSvg: async (r) => renderChartSvg({ ...r, chartId, filter, data: await getData(), bounds, onScreen: measureOnScreen(chartId) }),
    data: async (format, scope, locale) => exportChartData({ chartId, filter, data: await getData(), bounds, format, scope, locale }),
    parts: (preset) => listExportParts(chartId, preset),
    shownAs: state.trade === 'gap' ? { trade: 'gap' } : null,
    link,
    embed: null,
  };
}

function ChartPanel(props: ExportPanelProps & { chartId: ChartId }) {
  const target = useChartTarget(props.chartId);
  const locale = useLocale();
  const { state, bounds, getData } = useCharts();
  // The figures are fetched with the panel's other words, so the first download does not wait.
  useEffect(() => {
    getData().catch(() => undefined);
  }, [getData]);
  const embed = makeEmbedSnippet({ origin: window.location.origin, locale, chartId: props.chartId, title: props.title, state, bounds });
  return <OptionsForm {...props} target={{ ...target, embed }} />;
}

/** The extent the dashboard's map shows now (set by RouteMapInner), or undefined before it loads. */
function readMapExtent(): LatLngBox | undefined {
  const text = document.querySelector<HTMLElement>('[data-testid="route-map-canvas"]')?.dataset.extent;
  try {
    return text ? (JSON.parse(text) as LatLngBox) : undefined;
  } catch {
    return undefined;
  }
}

function MapPanel(props: ExportPanelProps) {
  const target: Target = {
    id: 'route-map',
    renderSvg: (r) => renderMapSvg({ ...r, onScreen: measureOnScreen('route-map'), extent: readMapExtent() }),
    data: null,
    parts: () => [],
    shownAs: null,
    link: `${window.location.origin}${window.location.pathname}${pickCarriedQuery(window.location.search, '')}#route-map`,
    embed: null,
  };
  return <OptionsForm {...props} target={target} />;
}

/** The panel behind an Export button (loaded on first open). */
export function ExportPanel(props: ExportPanelProps) {
  return props.subject.kind === 'chart' ? <ChartPanel {...props} chartId={props.subject.chartId} /> : <MapPanel {...props} />;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function OptionsForm({ target, onClose }: ExportPanelProps & { target: Target }) {
  const t = useTranslations('export');
  const pageLocale = useLocale();
  const [preset, setPreset] = useState<SizePreset>('slide-16x9');
  const [partId, setPartId] = useState<string>('');
  const [scale, setScale] = useState<ExportScale>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [plain, setPlain] = useState(false);
  const [locale, setLocale] = useState<string>(pageLocale);
  const [scope, setScope] = useState<'plotted' | 'full'>('plotted');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  // The control that started a job: disabled while it runs, which drops focus to <body>; it gets
  // focus back when the job ends (unless the reader has moved on).
  const starter = useRef<HTMLElement | null>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (busy || !starter.current) return;
    const active = document.activeElement;
    if ((!active || active === document.body) && starter.current.isConnected) starter.current.focus();
    starter.current = null;
  }, [busy]);
  // Words and fonts of the chosen language, ready before the first click.
  useEffect(() => {
    prepareExport(locale).catch(() => {});
  }, [locale]);

  const run = async (fileName: string, job: () => Promise<string | void>) => {
    starter.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setBusy(true);
    setStatus(t('working', { file: fileName }));
    try {
      const message = await job();
      setStatus(message || t('done', { file: fileName }));
    } catch (error) {
      setStatus(t('failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const parts = isPartPreset(preset) ? target.parts(preset) : [];
  const byPart = parts.length > 0;
  // The chosen part; before a choice, the panel the card shows (the trade gap); else the first (also
  // where the size has no such part: the square's third page of milestones).
  const part = parts.find((p) => p.id === partId) ?? (partId === '' && target.shownAs ? parts.find((p) => partShownAs(p)?.trade === target.shownAs!.trade) : undefined) ?? parts[0];
  const request: ImageRequest = { locale, preset, background, plain, ...(part ? { part: part.id } : { shownAs: target.shownAs }) };
  const name = (format: ExportFormat, full = false) => makeExportFileName({ subject: part && format !== 'csv' && format !== 'json' ? part.id : target.id, locale, format, scale, full });
  const partLabel = (p: ExportPart) =>
    p.panel === 'milestones' ? t('parts.timeline', { page: p.page, pages: p.pages }) : 'page' in p ? t('parts.tradePartYearsPage', { page: p.page, pages: p.pages }) : t(`parts.${p.id}`);

  const downloadImage = (format: 'png' | 'svg') =>
    run(name(format), async () => {
      const { svg, output } = await target.renderSvg(request);
      // The file's text as outlines (draws alike everywhere); the PNG is drawn from the text itself.
      const blob = format === 'svg' ? new Blob([await (await import('./outline')).outlineSvg(svg)], { type: 'image/svg+xml' }) : await rasterizeSvg(svg, computePixelSize(output, scale));
      triggerDownload(blob, name(format));
    });
  const downloadData = (format: 'csv' | 'json') =>
    run(name(format, scope === 'full'), async () => {
      const text = await target.data!(format, scope, locale);
      triggerDownload(new Blob([format === 'csv' ? `\ufeff${text}` : text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' }), name(format, scope === 'full'));
    });
  const copyImage = () =>
    run(name('png'), async () => {
      const png = target.renderSvg(request).then(({ svg, output }) => rasterizeSvg(svg, computePixelSize(output, scale)));
      const ok = await copyImageToClipboard(png);
      return ok ? t('copied') : t('copyUnsupported');
    });
  const copy = (text: string) =>
    run('', async () => {
      await copyText(text);
      return t('copied');
    });

  return (
    <div className={styles.panel} aria-busy={busy}>
      <fieldset className={styles.group}>
        <legend>{t('image')}</legend>
        <Field label={t('size')}>
          {(id) => (
            <select id={id} ref={first} value={preset} onChange={(e) => setPreset(e.target.value as SizePreset)} data-testid="export-size">
              {SIZE_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(`presets.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {byPart ? (
          <Field label={t('part')}>
            {(id) => (
              <select id={id} value={part?.id ?? ''} onChange={(e) => setPartId(e.target.value)} data-testid="export-part" title={t('partHint')}>
                {parts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {partLabel(p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('scale')}>
          {(id) => (
            <select id={id} value={scale} onChange={(e) => setScale(parseScale(e.target.value))} data-testid="export-scale">
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {t('scaleOption', { scale: s })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('background')}>
          {(id) => (
            <select id={id} value={background} onChange={(e) => setBackground(e.target.value === 'transparent' ? 'transparent' : 'white')} data-testid="export-background">
              <option value="white">{t('white')}</option>
              <option value="transparent">{t('transparent')}</option>
            </select>
          )}
        </Field>
        <Field label={t('language')}>
          {(id) => (
            <select id={id} value={locale} onChange={(e) => setLocale(e.target.value)} data-testid="export-language">
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className={styles.check}>
          <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} data-testid="export-plain" />
          {t('plain')}
        </label>
        <div className={styles.actions}>
          <button type="button" disabled={busy} onClick={() => downloadImage('png')} data-testid="export-png">
            {t('downloadPng')}
          </button>
          <button type="button" disabled={busy} onClick={() => downloadImage('svg')} data-testid="export-svg">
            {t('downloadSvg')}
          </button>
          <button type="button" disabled={busy} onClick={copyImage} data-testid="export-copy-image">
            {t('copyImage')}
          </button>
        </div>
      </fieldset>
      {target.data ? (
        <fieldset className={styles.group}>
          <legend>{t('data')}</legend>
          <Field label={t('scope')}>
            {(id) => (
              <select id={id} value={scope} onChange={(e) => setScope(e.target.value === 'full' ? 'full' : 'plotted')} data-testid="export-scope">
                <option value="plotted">{t('plotted')}</option>
                <option value="full">{t('full')}</option>
              </select>
            )}
          </Field>
          <div className={styles.actions}>
            <button type="button" disabled={busy} onClick={() => downloadData('csv')} data-testid="export-csv">
              {t('downloadCsv')}
            </button>
            <button type="button" disabled={busy} onClick={() => downloadData('json')} data-testid="export-json">
              {t('downloadJson')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <fieldset className={styles.group}>
        <legend>{t('share')}</legend>
        <div className={styles.actions}>
          <button type="button" onClick={() => copy(target.link)} data-testid="export-copy-link">
            {t('copyLink')}
          </button>
        </div>
        {target.embed ? (
          <Field label={t('embed')}>
            {(id) => (
              <>
                <textarea id={id} readOnly rows={3} value={target.embed!} className={styles.snippet} data-testid="export-embed" onFocus={(e) => e.currentTarget.select()} />
                <div className={styles.actions}>
                  <button type="button" onClick={() => copy(target.embed!)} data-testid="export-copy-embed">
                    {t('copyEmbed')}
                  </button>
                </div>
              </>
            )}
          </Field>
        ) : null}
      </fieldset>
      <ExportCitation work={target.id} classes={{ group: styles.group, box: styles.citation, actions: styles.actions }} />
      <p className={styles.status} role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
      <button type="button" className={styles.close} onClick={onClose} data-testid="export-close">
        {t('close')}
      </button>
    </div>
  );
}
