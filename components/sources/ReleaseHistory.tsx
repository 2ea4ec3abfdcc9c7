import type { ReleaseEntry } from '@/lib/release/history';
import styles from './SourceList.module.css';

interface Labels {
  current: string;
  csv: string;
  json: string;
  release: (id: string) => string;
  added: (count: number) => string;
  revised: (count: number) => string;
  removed: (count: number) => string;
}

/** The data releases, newest first: address of each release's files and its changes. */
export function ReleaseHistory({ entries, labels }: { entries: ReleaseEntry[]; labels: Labels }) {
  return (
    <ol className={styles.list} data-testid="release-history">
      {entries.map((e) => (
        <li key={e.id} id={`release-${e.id}`} className={styles.source} data-release={e.id} data-current={e.current ? 'true' : undefined}>
          <h2>
            {labels.release(e.id)}
            {e.current ? <span className={styles.meta}> · {labels.current}</span> : null}
          </h2>
          {e.asOf ? <p className={styles.meta}>{e.asOf}</p> : null}
          <p>
            <a href={e.csv} download>
              {labels.csv}
            </a>{' '}
            ·{' '}
            <a href={e.json} download>
              {labels.json}
            </a>
          </p>
          {e.first ? <p>{e.first}</p> : null}
          {e.none ? <p>{e.none}</p> : null}
          {e.added.length > 0 ? (
            <section data-change="added">
              <h3>{labels.added(e.added.length)}</h3>
              <ul>
                {e.added.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {e.revised.length > 0 ? (
            <section data-change="revised">
              <h3>{labels.revised(e.revised.length)}</h3>
              <ul>
                {e.revised.map((r) => (
                  <li key={r.figure + r.values}>
                    {r.figure}: <strong>{r.values}</strong>
                    <br />
                    <span className={styles.meta}>{r.sources}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {e.removed.length > 0 ? (
            <section data-change="removed">
              <h3>{labels.removed(e.removed.length)}</h3>
              <ul>
                {e.removed.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
