import { BACKGROUND_MSV_PER_YEAR, backgroundSources, comparisonOrder, doses, type DoseEntry, type DoseId } from '@/content/data/doses';
import { dosesEs } from '@/content/data/es/doses';
import { formatBackground, formatDose } from '@/lib/dose';
import { colors } from '@/lib/design/tokens';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';

type Props = { ids?: DoseId[]; locale?: Locale };

/** A number stays on the same line as its unit ("1.2 mSv", "20 months", "20 meses"), so neither is left alone at a line end. */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=mSv|days?\b|months?\b|years?\b|d[ií]as?\b|mes(?:es)?\b|años?\b)/g, '$1\u00a0');
}

/** A dose row's name in the page's language; numbers and sources stay in the English data. */
function labelOf(id: DoseId, entry: DoseEntry, locale: Locale): string {
  return locale === 'es' ? (dosesEs as Record<DoseId, { label: string }>)[id].label : entry.label;
}

/**
 * Typical doses next to each other and against natural background radiation.
 * The bars are SVG with percentage coordinates (no inline styles, so the strict
 * CSP holds) and hidden from screen readers; the table below carries the same
 * numbers for everyone. One solid dark line, labelled above the bars, marks a
 * year of background radiation on every bar.
 */
export function DoseComparison({ ids = comparisonOrder, locale = DEFAULT_LOCALE }: Props) {
  const t = articleStrings[locale].doseChart;
  const COLUMNS = t.columns;
  const rows = ids.map((id) => ({ id, entry: doses[id] as DoseEntry, label: labelOf(id, doses[id] as DoseEntry, locale) }));
  const scale = Math.max(...rows.map((r) => r.entry.max), BACKGROUND_MSV_PER_YEAR);
  const pct = (mSv: number) => `${Math.max(0.6, (mSv / scale) * 100).toFixed(2)}%`;
  const year = (BACKGROUND_MSV_PER_YEAR / scale) * 100;
  const yearAt = `${year.toFixed(2)}%`;
  // The label sits on the side of the line with more room.
  const labelLeft = year > 50;
  const sources = [...new Map([...backgroundSources, ...rows.flatMap((r) => r.entry.sources)].map((s) => [s.url, s])).values()];

  return (
    <figure className="dose-comparison not-prose my-8 max-w-prose" aria-labelledby="dose-caption">
      <figcaption id="dose-caption" className="mb-4 text-lg font-bold">
        {t.caption}
      </figcaption>
      <div aria-hidden="true" className="dose-chart mb-6">
        <svg width="100%" height="30" className="dose-year-label block overflow-visible">
          <text
            x={yearAt}
            dx={labelLeft ? -8 : 8}
            y="20"
            textAnchor={labelLeft ? 'end' : 'start'}
            className="fill-ink text-base font-bold"
          >
            {t.yearLabel}
          </text>
          <line x1={yearAt} x2={yearAt} y1="4" y2="30" className="stroke-ink" strokeWidth="3" />
        </svg>
        {rows.map(({ id, entry, label }) => (
          <div key={id} data-dose-id={id}>
            <p className="pt-2 text-base">
              {label}: <span className="font-bold whitespace-nowrap">{keepUnits(formatDose(entry, locale))}</span>
            </p>
            <svg width="100%" height="28" className="dose-bar block">
              <rect x="0" y="6" width="100%" height="16" fill={colors.mist} />
              {entry.min !== entry.max ? <rect x="0" y="6" width={pct(entry.max)} height="16" fill={colors.doseRange} /> : null}
              <rect x="0" y="6" width={pct(entry.min)} height="16" fill={colors.brand} />
              <line x1={yearAt} x2={yearAt} y1="0" y2="28" className="dose-year-line" stroke={colors.ink} strokeWidth="3" />
            </svg>
          </div>
        ))}
        <p className="mt-3 text-base text-muted">
          {t.line(String(BACKGROUND_MSV_PER_YEAR))} {t.range}
        </p>
      </div>
      <table className="stack-table w-full border-collapse text-left">
        <caption className="sr-only">{t.tableCaption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {COLUMNS.map((column, i) => (
              <th key={column} scope="col" className={`py-2 align-bottom ${i < COLUMNS.length - 1 ? 'pr-4' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, entry, label }) => (
            <tr key={id} className="border-b border-line align-top" data-dose-id={id}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {label}
              </th>
              <td className="py-2 pr-4" data-label={COLUMNS[1]}>
                {keepUnits(formatDose(entry, locale))}
              </td>
              <td className="py-2" data-label={COLUMNS[2]}>
                {keepUnits(formatBackground(entry, locale))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-base text-muted">
        {t.varies}{' '}
        {sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 ? '; ' : ''}
            <a href={s.url} rel="noreferrer" lang={(s.lang ?? 'en') === locale ? undefined : (s.lang ?? 'en')}>
              {s.publisher}
            </a>
          </span>
        ))}
        .
      </p>
    </figure>
  );
}
