/**
 * The benchmark's results: rows with a value, a unit and an optional target, grouped in sections;
 * rendered as Markdown (bench/results/latest.md) and kept as JSON (latest.json). Pure.
 */

export type Unit = 'ms' | 'bytes' | 'score' | 'cls' | 'rps' | 'count';

/** A target: the value must be at most `max` and/or at least `min`. */
export interface Target {
  max?: number;
  min?: number;
}

export interface Row {
  /** Stable key for machines (e.g. `lighthouse./en/.performance`). */
  id: string;
  label: string;
  value: number | null;
  unit: Unit;
  target?: Target;
  note?: string;
}

/** An extra table (e.g. the chunks of a view), already formatted. */
export interface DetailTable {
  title: string;
  head: string[];
  rows: string[][];
}

export interface RunInfo {
  date: string;
  commit: string;
  /** Uncommitted changes in the worktree when measured. */
  dirty: boolean;
  node: string;
  chromium: string;
  cpus: string;
  /** The machine's 1-minute load average when the section finished (2 cores: above 2 means waiting). */
  load: number;
}

export interface Section {
  title: string;
  run: RunInfo;
  rows: Row[];
  notes?: string[];
  tables?: DetailTable[];
  /** Raw measurements (every run), for whoever wants more than the table. */
  raw?: unknown;
}

export interface Results {
  schema: 1;
  sections: Record<string, Section>;
}

/** The order sections appear in, whichever were measured. */
export const SECTION_ORDER = ['build', 'bundle', 'pages', 'precache', 'lighthouse', 'exports', 'load'] as const;
export type SectionId = (typeof SECTION_ORDER)[number];

export type Verdict = { status: 'pass' } | { status: 'miss'; by: number } | { status: 'info' } | { status: 'missing' };

/** Whether a row meets its target, and by how much it misses it (in the row's unit). */
export function evaluate(row: Pick<Row, 'value' | 'target'>): Verdict {
  if (!row.target) return { status: 'info' };
  if (row.value === null || !Number.isFinite(row.value)) return { status: 'missing' };
  const { max, min } = row.target;
  if (max !== undefined && row.value > max) return { status: 'miss', by: row.value - max };
  if (min !== undefined && row.value < min) return { status: 'miss', by: min - row.value };
  return { status: 'pass' };
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KiB`;
    case 'score':
      return String(Math.round(value));
    case 'cls':
      return value.toFixed(3);
    case 'rps':
      return `${Math.round(value)} req/s`;
    case 'count':
      return String(Math.round(value));
  }
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  const parts: string[] = [];
  if (target.min !== undefined && target.max !== undefined && target.min === target.max) return `= ${formatValue(target.min, unit)}`;
  if (target.min !== undefined) parts.push(`≥ ${formatValue(target.min, unit)}`);
  if (target.max !== undefined) parts.push(`≤ ${formatValue(target.max, unit)}`);
  return parts.join(', ');
}

export function formatVerdict(row: Row): string {
  const v = evaluate(row);
  switch (v.status) {
    case 'pass':
      return 'pass';
    case 'miss':
      return `**misses by ${formatValue(v.by, row.unit)}**`;
    case 'missing':
      return '**not measured**';
    case 'info':
      return '';
  }
}

/** Rows that miss their target, with the section they are in. */
export function misses(results: Results): { section: string; row: Row }[] {
  return Object.entries(results.sections).flatMap(([section, s]) => s.rows.filter((row) => evaluate(row).status === 'miss').map((row) => ({ section, row })));
}

/** The previous results with the newly measured sections replacing theirs (a subset run keeps the rest). */
export function mergeResults(previous: Results | null, current: Results): Results {
  return { schema: 1, sections: { ...(previous?.sections ?? {}), ...current.sections } };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(head), `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export function renderSection(section: Section): string {
  const { run } = section;
  const out = [`## ${section.title}`, '', `_Measured ${run.date} on ${run.commit}${run.dirty ? ' (with uncommitted changes)' : ''}; Node ${run.node}, ${run.chromium}, ${run.cpus}, load average ${run.load.toFixed(1)} at the end._`, ''];
  const hasTargets = section.rows.some((r) => r.target);
  const hasNotes = section.rows.some((r) => r.note);
  const head = ['Figure', 'Measured', ...(hasTargets ? ['Target', 'Result'] : []), ...(hasNotes ? ['Note'] : [])];
  const rows = section.rows.map((r) => [r.label, formatValue(r.value, r.unit), ...(hasTargets ? [formatTarget(r.target, r.unit), formatVerdict(r)] : []), ...(hasNotes ? [r.note ?? ''] : [])]);
  out.push(table(head, rows, head.map((h) => (h === 'Measured' ? 'r' : 'l'))));
  for (const note of section.notes ?? []) out.push('', note);
  for (const t of section.tables ?? []) {
    out.push('', `**${t.title}**`, '', table(t.head, t.rows, t.head.map((_, i) => (i === 0 ? 'l' : 'r'))));
  }
  return out.join('\n');
}

export function renderMarkdown(results: Results): string {
  const ids = [...SECTION_ORDER.filter((id) => results.sections[id]), ...Object.keys(results.sections).filter((id) => !(SECTION_ORDER as readonly string[]).includes(id))];
  const missed = misses(results);
  const summary = missed.length
    ? `${missed.length} target${missed.length === 1 ? '' : 's'} missed: ${missed.map((m) => `${m.row.label} (${formatValue(m.row.value, m.row.unit)}, target ${formatTarget(m.row.target, m.row.unit)})`).join('; ')}. See bench/README.md for why.`
    : 'Every measured figure meets its target.';
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see [bench/README.md](../README.md) for what each figure is and how it is measured). Sections measured by a partial run (`--only`) carry their own date and commit.',
    '',
    summary,
    '',
    ...ids.map((id) => renderSection(results.sections[id]!) + '\n'),
  ].join('\n');
}
