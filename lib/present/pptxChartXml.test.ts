import { describe, expect, it } from 'vitest';
import { insideLabelColours, labelColourOn, placedLegend, pointLabelTexts, seriesLooks, unwrappedLabels } from './pptxChartXml';

/** A series as pptxgenjs writes it: fill, then its data labels. */
const ser = (fill: string, position: string, label = '1A1F29') =>
  `<c:ser><c:idx val="0"/><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>S</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="0" sz="1600"><a:solidFill><a:srgbClr val="${label}"/></a:solidFill><a:latin typeface="Noto Sans"/></a:defRPr></a:pPr></a:p></c:txPr><c:dLblPos val="${position}"/><c:showVal val="1"/></c:dLbls></c:ser>`;
const labelOf = (xml: string) => [...xml.matchAll(/<a:defRPr[^>]*><a:solidFill><a:srgbClr val="(\w+)"/g)].map((m) => m[1]);

describe('labels inside bars read on their bar', () => {
  it('white on dark fills, the text colour on light ones', () => {
    expect(labelColourOn('00466E', '1A1F29')).toBe('FFFFFF');
    expect(labelColourOn('0072B2', '1A1F29')).toBe('FFFFFF');
    expect(labelColourOn('9CCBE8', '1A1F29')).toBe('1A1F29');
    expect(labelColourOn('F0C08F', '1A1F29')).toBe('1A1F29');
  });
  it('recolours each inside series by its own fill and leaves labels outside the bars alone', () => {
    const xml = `<c:barChart>${ser('00466E', 'ctr')}${ser('9CCBE8', 'ctr', 'FFFFFF')}${ser('0072B2', 'outEnd')}</c:barChart>`;
    expect(labelOf(insideLabelColours(xml, '1A1F29'))).toEqual(['FFFFFF', '1A1F29', '1A1F29']);
    // Fills are untouched.
    expect(insideLabelColours(xml, '1A1F29').match(/<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g)).toEqual(xml.match(/<c:spPr><a:solidFill><a:srgbClr val="(\w+)"/g));
  });
});

describe('each point keeps the label the deck writes', () => {
  const xml = `<c:barChart>${ser('0072B2', 'outEnd')}</c:barChart>`.replace('<c:v>S</c:v>', '<c:v>Azerbaijan&apos;s data</c:v>');
  it('writes qualifiers and local decimals as the number format of that point’s own label, in the series’ font and place', () => {
    const out = pointLabelTexts(xml, new Map([["Azerbaijan's data", ['~100', null, '>250', '1,5']]]));
    const own = [...out.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:numFmt formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(own).toEqual([
      [0, '&quot;~100&quot;'],
      [2, '&quot;&gt;250&quot;'],
      [3, '&quot;1,5&quot;'],
    ]);
    // Each own label carries the series' text properties and position, and comes before them (schema order).
    const first = /<c:dLbl>[\s\S]*?<\/c:dLbl>/.exec(out)![0];
    expect(first).toContain('<a:latin typeface="Noto Sans"/>');
    expect(first).toContain('<c:dLblPos val="outEnd"/>');
    expect(out.indexOf('<c:dLbl>')).toBeLessThan(out.indexOf('<c:numFmt formatCode="General"'));
  });
  it('gives a series without labels of its own (a scatter chart) its own set, after the chart’s shared one, before its data', () => {
    const scatter = `<c:scatterChart><c:ser><c:idx val="0"/><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>P</c:v></c:pt></c:strCache></c:strRef></c:tx><c:marker/><c:xVal/><c:yVal/></c:ser><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:txPr><a:bodyPr/></c:txPr><c:dLblPos val="t"/><c:showVal val="1"/></c:dLbls></c:scatterChart>`;
    const out = pointLabelTexts(scatter, new Map([['P', ['~60']]]));
    expect(out).toMatch(/<c:marker\/><c:dLbls><c:dLbl><c:idx val="0"\/><c:numFmt formatCode="&quot;~60&quot;"[\s\S]*?<c:dLblPos val="t"\/>[\s\S]*?<\/c:dLbl><c:numFmt formatCode="General"[\s\S]*?<\/c:dLbls><c:xVal\/>/);
  });
  it('leaves other series, and points without a text, as they were', () => {
    expect(pointLabelTexts(xml, new Map([['Other', ['~1']]]))).toBe(xml);
    expect(pointLabelTexts(xml, new Map([["Azerbaijan's data", [null, null]]]))).toBe(xml);
  });
});

describe('series looks', () => {
  const named = (name: string, fill: string) => ser(fill, 'ctr').replace('<c:v>S</c:v>', `<c:v>${name}</c:v>`);
  const xml = `<c:barChart>${named('KZ', 'B35900')}${named('AZ', '0072B2')}${named('Turnover', 'FFFFFF')}</c:barChart>`;
  const out = seriesLooks(
    xml,
    new Map([
      ['KZ', { pattern: { preset: 'dkUpDiag', fg: 'FFFFFF', bg: 'B35900' } }],
      ['Turnover', { hidden: true, labelPosition: 'inBase' }],
    ]),
  );
  const sers = out.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
  it('hatches the series asked for (lines of the given colour over its own) and leaves the others solid', () => {
    expect(sers[0]).toContain('<c:spPr><a:pattFill prst="dkUpDiag"><a:fgClr><a:srgbClr val="FFFFFF"/></a:fgClr><a:bgClr><a:srgbClr val="B35900"/></a:bgClr></a:pattFill></c:spPr>');
    expect(sers[1]).toBe(xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g)![1]);
    // The labels' own colour is untouched.
    expect(sers[0]).toContain('<a:defRPr b="0" sz="1600"><a:solidFill><a:srgbClr val="1A1F29"/>');
  });
  it('draws a label carrier without fill or line, its labels where asked', () => {
    expect(sers[2]).toContain('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>');
    expect(sers[2]).toContain('<c:dLblPos val="inBase"/>');
    expect(sers[2]).not.toContain('<c:dLblPos val="ctr"/>');
  });
});

describe('labels kept on one line', () => {
  it('keeps every data label on one line, and nothing else changes', () => {
    const xml = `<c:chart><c:title><c:tx><c:rich><a:bodyPr/></c:rich></c:tx></c:title>${ser('0072B2', 'outEnd')}</c:chart>`;
    const out = unwrappedLabels(xml);
    expect(out).toContain('<c:title><c:tx><c:rich><a:bodyPr/>');
    expect(out.match(/<a:bodyPr wrap="none"\/>/g)).toHaveLength(1);
    expect(out.replace('<a:bodyPr wrap="none"/>', '<a:bodyPr/>')).toBe(xml);
  });
});

describe('a series that says nothing', () => {
  it('loses its labels (its own and the series\' set) while the chart type labels the others', () => {
    const one = pointLabelTexts(ser('B35900', 'ctr').replace('<c:v>S</c:v>', '<c:v>KZ</c:v>'), new Map([['KZ', ['375.3']]]));
    expect(one).toContain('<c:dLbl>');
    const out = seriesLooks(one, new Map([['KZ', { unlabelled: true }]]));
    expect(out).not.toContain('<c:dLbl>');
    expect(out).not.toContain('<c:showVal val="1"/>');
    expect(out).toContain('<c:showVal val="0"/>');
  });
});

describe('labels moved or recoloured', () => {
  it('moves the points asked for above their bar in the colour given, and recolours a whole series', () => {
    const one = pointLabelTexts(ser('B35900', 'inEnd', 'FFFFFF').replace('<c:v>S</c:v>', '<c:v>KZ</c:v>'), new Map([['KZ', ['1,392', 'almost 1,500']]]));
    const out = seriesLooks(one, new Map([['KZ', { outside: { points: [1], color: '1A1F29' } }]]));
    const own = out.match(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g)!;
    expect(own[0]).toContain('<c:dLblPos val="inEnd"/>');
    expect(labelOf(own[0]!)).toEqual(['FFFFFF']);
    expect(own[1]).toContain('<c:dLblPos val="outEnd"/>');
    expect(labelOf(own[1]!)).toEqual(['1A1F29']);
    const all = seriesLooks(one, new Map([['KZ', { labelColor: '1A1F29' }]]));
    expect(new Set(labelOf(all))).toEqual(new Set(['1A1F29']));
  });
});

describe('the legend where the slide puts it', () => {
  it('gives the legend a manual layout after its position (schema order), leaving the rest as written', () => {
    const xml = '<c:chart><c:legend><c:legendPos val="b"/><c:overlay val="0"/><c:txPr><a:bodyPr/></c:txPr></c:legend></c:chart>';
    const out = placedLegend(xml, { y: 0.6, h: 0.4 });
    expect(out).toContain('<c:legendPos val="b"/><c:layout><c:manualLayout><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="0.01"/><c:y val="0.6"/><c:w val="0.98"/><c:h val="0.4"/></c:manualLayout></c:layout><c:overlay val="0"/>');
    expect(placedLegend('<c:chart></c:chart>', { y: 0.6, h: 0.4 })).toBe('<c:chart></c:chart>');
  });
});
