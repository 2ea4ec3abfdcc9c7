import type { TooltipModel } from '@/lib/charts/viewModel';
import { REPORTER_TONES } from '@/lib/charts/style';
import { Swatch } from './Swatch';
import styles from './charts.module.css';

interface Props {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  tooltips: Record<string, TooltipModel>;
}

/** Tooltip content for recharts: the pre-written lines of the hovered or focused category. */
export function ChartTooltip({ active, payload, tooltips }: Props) {
  if (!active || !payload?.length) return null;
  const row = payload[0]?.payload as { key?: unknown } | undefined;
  const model = typeof row?.key === 'string' ? tooltips[row.key] : undefined;
  if (!model) return null;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipHeading}>{model.heading}</p>
      {model.sections.map((s) => (
        <div key={s.key} className={styles.tooltipSection}>
          <p className={styles.tooltipTitle}>
            {s.reporter ? <Swatch fill={REPORTER_TONES[s.reporter].main} hatch={REPORTER_TONES[s.reporter].hatch?.color ?? null} /> : null}
            {s.title}
          </p>
          <ul>
            {s.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
