import type { Reporter } from '@/data/schema';
import { REPORTER_TONES } from '@/lib/charts/style';
import { makePatternId, pickStripe, type Tone } from './paint';
import { HatchPattern } from './Swatch';

const TONES: readonly Tone[] = ['main', 'dark', 'light'];

/** SVG `<defs>` with the hatch patterns of the hatched sides among `reporters`. */
export function ReporterPatterns({ prefix, reporters }: { prefix: string; reporters: readonly Reporter[] }) {
  const hatched = reporters.filter((r) => REPORTER_TONES[r].hatch);
  if (hatched.length === 0) return null;
  return (
    <defs>
      {hatched.flatMap((r) =>
        TONES.map((tone) => <HatchPattern key={`${r}-${tone}`} id={makePatternId(prefix, r, tone)} background={REPORTER_TONES[r][tone]} stripe={pickStripe(r, tone)!} />),
      )}
    </defs>
  );
}
