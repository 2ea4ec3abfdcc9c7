import { describe, expect, it } from 'vitest';
import { evaluate, formatTarget, formatValue, mergeResults, misses, renderMarkdown, type Results, type RunInfo, type Section } from './report';
import { median } from './stats';
import { DEFAULT_PORT, MEASUREMENTS, parseBenchArgs } from './args';

const run: RunInfo = { date: '2026-01-02T03:04:05Z', commit: 'abc1234', dirty: false, node: 'v20', chromium: 'Chromium 1', cpus: '2 × test', load: 0.5 };

function section(title: string, rows: Section['rows']): Section {
  return { title, run, rows };
}

describe('targets', () => {
  it('passes within the target, misses by the distance outside it, in either direction', () => {
    expect(evaluate({ value: 100, target: { max: 100 } })).toEqual({ status: 'pass' });
    expect(evaluate({ value: 130, target: { max: 100 } })).toEqual({ status: 'miss', by: 30 });
    expect(evaluate({ value: 97, target: { min: 98 } })).toEqual({ status: 'miss', by: 1 });
    expect(evaluate({ value: 99, target: { min: 100, max: 100 } })).toEqual({ status: 'miss', by: 1 });
    expect(evaluate({ value: 5, target: undefined })).toEqual({ status: 'info' });
    expect(evaluate({ value: null, target: { max: 1 } })).toEqual({ status: 'missing' });
  });

  it('formats values and targets in their unit', () => {
    expect(formatValue(512, 'ms')).toBe('512 ms');
    expect(formatValue(1534, 'ms')).toBe('1.53 s');
    expect(formatValue(204800, 'bytes')).toBe('200.0 KiB');
    expect(formatValue(0.0123, 'cls')).toBe('0.012');
    expect(formatValue(null, 'score')).toBe('—');
    expect(formatTarget({ min: 100, max: 100 }, 'score')).toBe('= 100');
    expect(formatTarget({ max: 500 }, 'ms')).toBe('≤ 500 ms');
  });
});

describe('results', () => {
  const results: Results = {
    schema: 1,
    sections: {
      bundle: section('Bundle', [
        { id: 'a', label: 'first view', value: 250 * 1024, unit: 'bytes', target: { max: 200 * 1024 } },
        { id: 'b', label: 'map | chunk', value: 40 * 1024, unit: 'bytes', target: { max: 60 * 1024 } },
      ]),
      build: section('Build', [{ id: 'c', label: 'next build', value: 60000, unit: 'ms' }]),
    },
  };

  it('lists the misses and writes them in the summary and the table, build first', () => {
    expect(misses(results).map((m) => m.row.id)).toEqual(['a']);
    const md = renderMarkdown(results);
    expect(md).toContain('1 target missed: first view (250.0 KiB, target ≤ 200.0 KiB)');
    expect(md).toContain('| first view | 250.0 KiB | ≤ 200.0 KiB | **misses by 50.0 KiB** |');
    expect(md).toContain('| map \\| chunk | 40.0 KiB | ≤ 60.0 KiB | pass |');
    expect(md.indexOf('## Build')).toBeLessThan(md.indexOf('## Bundle'));
    // A section without targets has no target columns.
    expect(md).toContain('| next build | 60.00 s |');
  });

  it('a partial run replaces only the sections it measured', () => {
    const next: Results = { schema: 1, sections: { bundle: section('Bundle', []) } };
    const merged = mergeResults(results, next);
    expect(merged.sections.bundle!.rows).toEqual([]);
    expect(merged.sections.build).toEqual(results.sections.build);
    expect(mergeResults(null, next)).toEqual(next);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('command line', () => {
  it('defaults to every measurement on the default port', () => {
    expect(parseBenchArgs([])).toEqual({ only: [...MEASUREMENTS], skipBuild: false, port: DEFAULT_PORT, quick: false, write: true, help: false });
  });

  it('takes a subset (in run order), a port from the flag or BENCH_PORT, and the switches', () => {
    const o = parseBenchArgs(['--only', 'lighthouse,bundle', '--skip-build', '--quick', '--no-write'], { BENCH_PORT: '3135' });
    expect(o).toMatchObject({ only: ['bundle', 'lighthouse'], skipBuild: true, quick: true, write: false, port: 3135 });
    expect(parseBenchArgs(['--port', '3131'], { BENCH_PORT: '3135' }).port).toBe(3131);
  });

  it('refuses unknown measurements, flags and ports', () => {
    expect(() => parseBenchArgs(['--only', 'lighthouse,speed'])).toThrow(/unknown measurement speed/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
    expect(() => parseBenchArgs(['--port', '70000'])).toThrow(/not a TCP port/);
  });
});
