'use client';

import { createContext, useContext, type ReactNode } from 'react';

/**
 * The level of a chart's panel headings ("Part-year figures", "Running totals"): one below the
 * card's title, which is an h3 on the dashboard (under "Charts") and an h2 in an embed. ChartCard
 * sets it from its own title's level.
 */
const SubHeadingLevel = createContext<3 | 4>(4);

export function SubHeadingLevelProvider({ level, children }: { level: 3 | 4; children: ReactNode }) {
  return <SubHeadingLevel.Provider value={level}>{children}</SubHeadingLevel.Provider>;
}

/** A panel heading inside a chart card, at the level the card's context gives. */
export function SubHeading({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  const Tag = useContext(SubHeadingLevel) === 3 ? 'h3' : 'h4';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
