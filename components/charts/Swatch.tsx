import { useId } from 'react';
import { HATCH } from '@/lib/charts/style';

/** A hatch pattern for SVG `<defs>`: stripes of `stripe` over `background`. */
export function HatchPattern({ id, background, stripe }: { id: string; background: string; stripe: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={HATCH.size} height={HATCH.size} patternTransform={`rotate(${HATCH.angle})`}>
      <rect width={HATCH.size} height={HATCH.size} fill={background} />
      <rect width={HATCH.stripe} height={HATCH.size} fill={stripe} />
    </pattern>
  );
}

/** Legend key: a filled box (optionally hatched) or a line with its dash. Decorative: the text says it. */
export function Swatch(props: { fill: string; stroke?: string; hatch?: string | null; line?: { dash: string; width: number }; outline?: { dash: string; width: number } }) {
  const id = `swatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const size = 14;
  return (
    <svg width={size * (props.line ? 2 : 1)} height={size} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      {props.line ? (
        <line x1={0} x2={size * 2} y1={size / 2} y2={size / 2} stroke={props.fill} strokeWidth={props.line.width} strokeDasharray={props.line.dash || undefined} />
      ) : (
        <>
          {props.hatch ? (
            <defs>
              <HatchPattern id={id} background={props.fill} stripe={props.hatch} />
            </defs>
          ) : null}
          {props.outline ? (
            <rect x={1} y={1} width={size - 2} height={size - 2} fill={props.fill} stroke={props.stroke ?? 'none'} strokeWidth={props.outline.width} strokeDasharray={props.outline.dash} />
          ) : (
            <rect x={0.5} y={0.5} width={size - 1} height={size - 1} fill={props.hatch ? `url(#${id})` : props.fill} stroke={props.stroke ?? 'none'} />
          )}
        </>
      )}
    </svg>
  );
}
