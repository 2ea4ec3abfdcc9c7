import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { contextPipelines } from '../../data/geo/contextPipelines';
import { dataset } from '../dataset';
import { MESSAGES } from '../i18n/messages';
import { shapeRoute, type RouteSegmentView } from './shapeRoute';
import { withoutGeometry } from './withoutGeometry';

describe('withoutGeometry', () => {
  const model = shapeRoute({ dataset, contextPipelines, locale: 'kk', t: createTranslator({ locale: 'kk', messages: MESSAGES.kk }) as never });
  const lists = withoutGeometry(model);

  it('drops the lines and labels, a third of the bytes or more', () => {
    expect(model.segments.some((s) => s.latLngs.length > 0)).toBe(true);
    expect(lists.segments.every((s) => s.latLngs.length === 0 && s.marks.length === 0)).toBe(true);
    expect(lists.context.every((c) => c.latLngs.length === 0)).toBe(true);
    expect(model.layers.map((l) => l.latLngs.length)).toEqual([2, 1]);
    expect(lists.layers.every((l) => l.latLngs.length === 0)).toBe(true);
    expect(JSON.stringify(lists).length).toBeLessThan((JSON.stringify(model).length * 2) / 3);
  });

  it('keeps every word the lists, legend and panel show', () => {
    expect(lists.text).toEqual(model.text);
    expect(lists.nodes).toEqual(model.nodes);
    const words = (s: RouteSegmentView) => ({ ...s, latLngs: null, marks: null });
    expect(lists.segments.map(words)).toEqual(model.segments.map(words));
    expect(lists.context.map((c) => c.name)).toEqual(model.context.map((c) => c.name));
    expect(lists.layers.map((l) => ({ ...l, latLngs: null }))).toEqual(model.layers.map((l) => ({ ...l, latLngs: null })));
  });
});
