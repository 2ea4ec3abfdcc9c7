import type { RouteMapText, RouteSegmentView } from '@/lib/map/shapeRoute';
import { FactList } from './FactList';
import { SegmentVolumes } from './SegmentVolumes';
import styles from './RouteMap.module.css';

interface Props {
  segment: RouteSegmentView;
  text: RouteMapText['panel'];
  locale: string;
  onClose: () => void;
}

/** The selected leg's facts: mode, lengths (official or computed), operator, status, accuracy, volumes. */
export function SegmentPanel({ segment, text, locale, onClose }: Props) {
  const headingId = `route-panel-${segment.id}`;
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-testid="route-panel" data-segment={segment.id}>
      <div className={styles.panelHead}>
        <h3 id={headingId} tabIndex={-1}>
          {segment.name}
        </h3>
        <button type="button" className={styles.closeButton} onClick={onClose} aria-label={text.close} title={text.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className={styles.details}>
        <dt>{text.mode}</dt>
        <dd data-field="mode">{segment.modeLabel}</dd>
        <dt>{text.length}</dt>
        <dd data-field="length">{segment.lengthText}</dd>
        <dt>{text.drawn}</dt>
        <dd data-field="drawn">{segment.drawnText}</dd>
        <dt>{text.geometry}</dt>
        <dd data-field="accuracy" data-accuracy={segment.accuracy}>
          {segment.accuracyLabel}
        </dd>
        <dt>{text.operator}</dt>
        <dd data-field="operator">{segment.operator}</dd>
        <dt>{text.status}</dt>
        <dd data-field="status">{segment.statusLabel}</dd>
      </dl>
      <SegmentVolumes volumes={segment.volumes} />
      {segment.facts.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{text.facts}</h4>
          <FactList facts={segment.facts} locale={locale} />
        </>
      ) : null}
    </section>
  );
}
