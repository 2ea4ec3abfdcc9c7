import type { MapLayerView, RouteMapText } from '@/lib/map/shapeRoute';
import { FactList } from './FactList';
import styles from './RouteMap.module.css';

interface Props {
  layer: MapLayerView;
  text: RouteMapText;
  locale: string;
  onClose: () => void;
}

/** A context layer's details: status, geometry, operators, its figures by year, facts and schedule, each linked to its source. */
export function LayerPanel({ layer, text, locale, onClose }: Props) {
  const headingId = `route-layer-panel-${layer.id}`;
  const source = (id: string) => `/${locale}/sources/#${id}`;
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid="route-layer-panel" data-layer={layer.id}>
      <div className={styles.panelHead}>
        <h3 id={headingId} tabIndex={-1}>
          {layer.name}
        </h3>
        <button type="button" className={styles.closeButton} onClick={onClose} aria-label={text.panel.close} title={text.panel.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className={styles.layerNote}>
        <em data-field="tag">({layer.tag})</em> {text.layers.note}
      </p>
      <dl className={styles.details}>
        <dt>{text.panel.status}</dt>
        <dd data-field="status" data-status={layer.status}>
          {layer.statusLabel}
        </dd>
        <dt>{text.panel.geometry}</dt>
        <dd data-field="accuracy">{layer.accuracyLabel}</dd>
        <dt>{text.layers.operators}</dt>
        <dd data-field="operators">{layer.operators}</dd>
      </dl>
      {layer.series ? (
        <>
          <h4 className={styles.subheading}>{layer.series.heading}</h4>
          {layer.series.rows.length > 0 ? (
            <ul className={styles.facts} data-testid="route-layer-series">
              {layer.series.rows.map((r) => (
                <li key={r.observationId} data-fact={r.observationId} data-value={r.value}>
                  <span>{r.period}</span>{' '}
                  <a className={styles.factValue} href={source(r.sourceId)}>
                    {r.valueText}
                  </a>
                  <span className={styles.muted}> · {r.reporterLabel}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>{layer.series.emptyText}</p>
          )}
          <p className={styles.muted}>{layer.series.caption}</p>
        </>
      ) : null}
      {layer.facts.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{text.panel.facts}</h4>
          <FactList facts={layer.facts} locale={locale} />
        </>
      ) : null}
      {layer.schedule ? (
        <>
          <h4 className={styles.subheading}>{layer.schedule.heading}</h4>
          <ol className={styles.facts} data-testid="route-layer-schedule">
            {layer.schedule.rows.map((r) => (
              <li key={`${r.announced}-${r.due}`}>
                <a className={styles.factValue} href={source(r.sourceId)}>
                  {r.announced}
                </a>
                {' → '}
                <span>{r.due}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
