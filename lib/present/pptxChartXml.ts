/**
 * One correction to the chart parts pptxgenjs writes: it gives every series of a chart type the
 * same data-label colour, but a label drawn inside a bar (stacked trade parts, oil bars under
 * the reference lines) must read on that bar's own fill: white on a dark fill, the text colour on
 * a light one. Pure string work on the chart XML (DrawingML), so it is unit-tested.
 */

/** Relative luminance (WCAG) of `RRGGBB`. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The label colour (`dark` or white) with the higher contrast on `fill`. */
export function labelColourOn(fill: string, dark: string): string {
  return contrast(fill, 'FFFFFF') >= contrast(fill, dark) ? 'FFFFFF' : dark;
}

/** Label positions inside the bar. */
const INSIDE = new Set(['ctr', 'inEnd', 'inBase']);

/**
 * Sets the data-label colour of every series whose labels sit inside its bars to the colour that
 * reads on the series' fill; other series are left as written.
 */
export function insideLabelColours(chartXml: string, dark: string): string {
  return chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const fill = /<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(ser)?.[1];
    const position = /<c:dLbls>[\s\S]*?<c:dLblPos val="(\w+)"\/>/.exec(ser)?.[1];
    if (!fill || !position || !INSIDE.has(position)) return ser;
    const colour = labelColourOn(fill.toUpperCase(), dark);
    return ser.replace(/(<c:dLbls>[\s\S]*?<a:defRPr[^>]*>\s*<a:solidFill>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/, `$1${colour}`);
  });
}
