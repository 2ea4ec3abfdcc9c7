import { getTranslations } from 'next-intl/server';
import type { SourceGroup } from '@/lib/sources';
import styles from './SourceList.module.css';

/** Every source with a table of the figures it backs. Server-rendered: no script needed. */
export async function SourceList({ groups, locale }: { groups: readonly SourceGroup[]; locale: string }) {
  const t = await getTranslations({ locale, namespace: 'sources' });
  return (
    <ol className={styles.list} data-testid="source-list">
      {groups.map((g) => (
        <li key={g.id} id={g.id} className={styles.source} data-testid={`source-${g.id}`} tabIndex={-1}>
          <h2 className={styles.title}>
            <span className={styles.publisher}>{g.publisher}</span>
            {g.published ? <span className={styles.date}> · {g.published}</span> : null}
          </h2>
          <p className={styles.headline} lang={g.language}>
            “{g.title}”
          </p>
          <p className={styles.meta}>
            <a href={g.url} rel="noopener noreferrer external" className={styles.url}>
              {t('open')}
              <span className="visually-hidden">: {g.title}</span>
            </a>{' '}
            · {t('licence')}: <span lang="en">{g.licence}</span> · {t('count', { count: g.figures.length })}
          </p>
          {g.figures.length > 0 ? (
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col">{t('value')}</th>
                    <th scope="col">{t('period')}</th>
                    <th scope="col">{t('reporter')}</th>
                    <th scope="col">{t('note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.figures.map((f) => (
                    <tr key={f.id} data-observation={f.id}>
                      <th scope="row">{f.indicator}</th>
                      <td className={styles.num}>{f.value}</td>
                      <td>{f.period}</td>
                      <td>{f.reporterLabel}</td>
                      <td className={styles.note}>
                        {f.computed ? <strong>{t('computed')}. </strong> : null}
                        {f.revises ? <em>{t('revises')}. </em> : null}
                        {f.confidence !== t('confidenceLevels.high') ? <span>{t('confidence', { level: f.confidence })}. </span> : null}
                        {f.note ? <span lang="en">{f.note}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {g.milestones.length > 0 ? <p className={styles.meta}>{t('milestones', { list: g.milestones.join('; ') })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
