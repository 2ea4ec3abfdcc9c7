/**
 * Corrections to the chart parts pptxgenjs writes, as pure string work on the chart XML
 * (DrawingML), so they are unit-tested:
 * - it gives every series of a chart type the same data-label colour, but a label drawn inside a
 *   bar (stacked trade parts, oil bars under the reference lines) must read on that bar's own
 *   fill: white on a dark fill, the text colour on a light one;
 * - it can only label a point with its number, which loses the source's qualifier ("~100",
 *   ">250") and takes the viewer's decimal point: each point gets its own label text;
 * - it fills every series solid: Kazakhstan's bars get their hatch, and a series that only
 *   carries labels (a trade bar's published turnover) is drawn invisible (seriesLooks).
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

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlDecode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Gives each point of the series named in `texts` (by series name) a data label of its own whose
 * number format is the label text as a literal (`"~100"`): PowerPoint and LibreOffice write it
 * as it is, keeping the series' label font and position. Points without a text keep the number.
 */
export function pointLabelTexts(chartXml: string, texts: ReadonlyMap<string, readonly (string | null)[]>): string {
  // A chart type whose series carry no labels of their own (scatter) has one set after them: the template.
  const shared = /<c:dLbls>([\s\S]*?)<\/c:dLbls>/.exec(chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, ''))?.[1];
  return chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)?.[1];
    const labels = name === undefined ? undefined : texts.get(xmlDecode(name));
    const settings = /<c:dLbls>([\s\S]*?)<\/c:dLbls>/.exec(ser)?.[1] ?? shared;
    if (!labels || settings === undefined) return ser;
    const txPr = /<c:txPr>[\s\S]*?<\/c:txPr>/.exec(settings)?.[0] ?? '';
    const position = /<c:dLblPos val="\w+"\/>/.exec(settings)?.[0] ?? '';
    const own = labels
      .map((text, idx) =>
        text === null || text.includes('"')
          ? ''
          : `<c:dLbl><c:idx val="${idx}"/><c:numFmt formatCode="${xmlText(`"${text}"`)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr}${position}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
      )
      .join('');
    if (!own) return ser;
    if (ser.includes('<c:dLbls>')) return ser.replace('<c:dLbls>', `<c:dLbls>${own}`);
    // The series' own label set goes before its data (schema order: … dLbls, trendline, errBars, cat/xVal, val/yVal).
    const at = ser.search(/<c:(trendline|errBars|cat|val|xVal|yVal)[\s/>]/);
    return at < 0 ? ser : `${ser.slice(0, at)}<c:dLbls>${own}${settings}</c:dLbls>${ser.slice(at)}`;
  });
}

/** Width of a plan bar's dashed outline: 2 pt in EMU. */
const PLAN_OUTLINE_EMU = 25400;

/** How a series is drawn beyond its colour: a hatch over it (Kazakhstan's bars), or nothing at all (a carrier of labels). */
export interface SeriesLook {
  /** A pattern fill: lines of `fg` on `bg` (the series' colour), `RRGGBB`, DrawingML preset `preset`. */
  pattern?: { preset: string; fg: string; bg: string };
  /** A dashed outline of `color` (a plan's bar), over a fill of `fill` or none, `RRGGBB`. */
  outline?: { color: string; fill: string | null };
  /** No fill and no outline: the series only carries its labels. */
  hidden?: boolean;
  /** Where its labels go (`ctr`, `inBase`…), for every label of the series. */
  labelPosition?: string;
  /** No labels at all (its chart type labels its other series). */
  unlabelled?: boolean;
  /** The colour of every label of the series, `RRGGBB` (labels of a bar with no fill). */
  labelColor?: string;
  /** Points whose own label goes above the bar (wider than the bar), in `color`. */
  outside?: { points: readonly number[]; color: string };
}

/** Sets the colour of every label text property in `xml`. */
const recolourLabels = (xml: string, colour: string) => xml.replace(/(<a:defRPr[^>]*>\s*<a:solidFill>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/g, `$1${colour}`);

/**
 * Draws the series named in `looks` (by series name) as told: the solid fill pptxgenjs wrote for
 * the series becomes the hatch (its legend key follows, being drawn from the series), or no fill
 * and no line; the label position of the series and of each of its points' own labels is set.
 * Runs after insideLabelColours, which reads the solid fill.
 */
export function seriesLooks(chartXml: string, looks: ReadonlyMap<string, SeriesLook>): string {
  return chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(ser)?.[1];
    const look = name === undefined ? undefined : looks.get(xmlDecode(name));
    if (!look) return ser;
    let out = ser;
    // The series' own shape properties come before its labels (schema order: tx, spPr, …, dLbls).
    const spPr = /<c:spPr>[\s\S]*?<\/c:spPr>/.exec(out.split('<c:dLbls>')[0]!)?.[0];
    if (spPr && look.hidden) out = out.replace(spPr, '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    else if (spPr && look.pattern) {
      const { preset, fg, bg } = look.pattern;
      const pattFill = `<a:pattFill prst="${preset}"><a:fgClr><a:srgbClr val="${fg}"/></a:fgClr><a:bgClr><a:srgbClr val="${bg}"/></a:bgClr></a:pattFill>`;
      out = out.replace(spPr, spPr.replace(/<a:solidFill>[\s\S]*?<\/a:solidFill>/, pattFill));
    }
    else if (spPr && look.outline) {
      const { color, fill } = look.outline;
      const fillXml = fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '<a:noFill/>';
      out = out.replace(spPr, `<c:spPr>${fillXml}<a:ln w="${PLAN_OUTLINE_EMU}"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>`);
    }
    if (look.labelPosition) out = out.replace(/<c:dLblPos val="\w+"\/>/g, `<c:dLblPos val="${look.labelPosition}"/>`);
    // Its points' own labels go, and the series' label set shows nothing.
    const labelsAt = out.indexOf('<c:dLbls>');
    if (look.labelColor && labelsAt >= 0) out = out.slice(0, labelsAt) + recolourLabels(out.slice(labelsAt), look.labelColor);
    if (look.outside) {
      const { points, color } = look.outside;
      out = out.replace(/<c:dLbl><c:idx val="(\d+)"\/>[\s\S]*?<\/c:dLbl>/g, (label, idx: string) =>
        points.includes(Number(idx)) ? recolourLabels(label, color).replace(/<c:dLblPos val="\w+"\/>/, '<c:dLblPos val="outEnd"/>') : label,
      );
    }
    if (look.unlabelled) out = out.replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, '').replace(/(<c:dLbls>[\s\S]*?)<c:showVal val="1"\/>/, '$1<c:showVal val="0"/>');
    return out;
  });
}

/**
 * Keeps every data label on one line: LibreOffice wraps a label it finds wider than its own
 * guess of the room ("529,4 / 31|4", "+63,4 |(+13,5%)"); the plot leaves the room (pptxCharts.ts).
 */
export function unwrappedLabels(chartXml: string): string {
  return chartXml.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/g, (labels) => labels.replace(/<a:bodyPr\/>/g, '<a:bodyPr wrap="none"/>'));
}

/**
 * Puts the chart's legend where the slide's layout says (shares of the chart's box: `y` from the
 * top, `h` high, the box's width), instead of leaving its place to the application.
 */
export function placedLegend(chartXml: string, at: { y: number; h: number }): string {
  const layout = `<c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.01"/><c:y val="${at.y}"/><c:w val="0.98"/><c:h val="${at.h}"/></c:manualLayout></c:layout>`;
  return chartXml.replace(/(<c:legend>\s*<c:legendPos val="\w+"\/>(?:\s*<c:legendEntry>[\s\S]*?<\/c:legendEntry>)*)/, `$1${layout}`);
}
