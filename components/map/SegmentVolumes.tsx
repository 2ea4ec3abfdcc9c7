import type { SegmentVolumesView } from '@/lib/map/shapeRoute';
import styles from './RouteMap.module.css';

/**
 * The yearly volumes a leg carried, as a compact bar list (a real table underneath, so screen
 * readers and copy-paste get rows and columns). Fed by shaped props only: the shared oil-volumes
 * chart can replace it without touching the panel.
 */
export function SegmentVolumes({ volumes }: { volumes: SegmentVolumesView }) {
  if (volumes.rows.length === 0) return <p className={styles.muted}>{volumes.emptyText}</p>;
  const max = Math.max(...volumes.rows.map((r) => r.tonnes));
  return (
    <table className={styles.volumes} data-testid="segment-volumes">
      <caption>
        <span className={styles.volumesHeading}>{volumes.heading}</span>
        <span className={styles.muted}>{volumes.caption}</span>
      </caption>
      <tbody>
        {volumes.rows.map((r) => (
          <tr key={r.observationId} data-observation={r.observationId} data-reporter={r.reporter}>
            <th scope="row">{r.year}</th>
            <td className={styles.barCell}>
              <span className={styles.bar} style={{ width: `${(r.tonnes / max) * 100}%` }} aria-hidden="true" />
              <span className={styles.barValue}>{r.valueText}</span>
            </td>
            <td className={styles.reporter}>
              {r.reporterLabel}
              {r.sourceLabel ? (
                <span className={styles.volumeSource} data-testid="segment-volume-source">
                  {r.sourceLabel}
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
