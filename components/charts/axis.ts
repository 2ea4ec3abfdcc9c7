import type { ValueAxis } from '@/lib/charts/viewModel';

/**
 * recharts props of a value axis whose ticks and labels were made by the view (in the page's
 * language, identical to the server's text): the plot itself formats nothing.
 */
export function makeValueAxisProps(axis: ValueAxis) {
  const labels = new Map(axis.ticks.map((t) => [t.value, t.label]));
  return {
    type: 'number' as const,
    domain: [0, axis.max] as [number, number],
    ticks: axis.ticks.map((t) => t.value),
    tickFormatter: (value: number) => labels.get(value) ?? '',
  };
}
