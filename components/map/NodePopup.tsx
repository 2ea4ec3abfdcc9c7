'use client';
import { useEffect, useRef } from 'react';
import type { RouteNodeView } from '@/lib/map/shapeRoute';
import { FactList } from './FactList';
import styles from './RouteMap.module.css';

interface Props {
  node: RouteNodeView;
  text: { close: string; legs: string; approximate: string };
  locale: string;
  onClose: () => void;
  /** Asked once on mount: true when the popup was opened from outside the map and takes the focus. */
  takeFocus: () => boolean;
  onSelectLeg: (segmentId: string) => void;
}

/** A place's popup on the map: what it is, how sure its position is, its facts and its legs. */
export function NodePopup({ node, text, locale, onClose, takeFocus, onSelectLeg }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus()) heading.current?.focus();
  }, [takeFocus]);
  return (
    <div
      className={styles.popup}
      data-testid={`popup-${node.id}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className={styles.panelHead}>
        <h3 ref={heading} tabIndex={-1} className={styles.popupTitle}>
          {node.name}
        </h3>
        <button type="button" className={styles.closeButton} onClick={onClose} aria-label={text.close} title={text.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className={styles.muted}>
        {node.kindLabel}
        {node.positionNote ? ` · ${node.positionNote}` : ''}
      </p>
      {node.facts.length > 0 ? <FactList facts={node.facts} locale={locale} /> : null}
      {node.legs.length > 0 ? (
        <>
          <h4 className={styles.subheading}>{text.legs}</h4>
          <ul className={styles.legs}>
            {node.legs.map((l) => (
              <li key={l.segmentId}>
                <button type="button" className={styles.linkButton} onClick={() => onSelectLeg(l.segmentId)}>
                  {l.name}
                </button>
                {l.approximate ? <span className={styles.approxTag}> ({text.approximate})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
