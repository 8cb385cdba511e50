import { BACKGROUND_MSV_PER_YEAR, backgroundSources, comparisonOrder, doses, type DoseEntry, type DoseId } from '@/content/data/doses';
import { formatBackground, formatDose } from '@/lib/dose';
import { colors } from '@/lib/design/tokens';

type Props = { ids?: DoseId[] };

/**
 * Typical doses next to each other and against natural background radiation.
 * The bars are drawn with SVG attributes (no inline styles, so the strict CSP
 * holds) and hidden from screen readers; the table below carries the same
 * numbers for everyone.
 */
export function DoseComparison({ ids = comparisonOrder }: Props) {
  const rows = ids.map((id) => ({ id, entry: doses[id] as DoseEntry }));
  const scale = Math.max(...rows.map((r) => r.entry.max), BACKGROUND_MSV_PER_YEAR);
  const pct = (mSv: number) => Math.max(0.6, (mSv / scale) * 100);
  const background = (BACKGROUND_MSV_PER_YEAR / scale) * 100;
  const sources = [...new Map([...backgroundSources, ...rows.flatMap((r) => r.entry.sources)].map((s) => [s.url, s])).values()];

  return (
    <figure className="dose-comparison not-prose my-8" aria-labelledby="dose-caption">
      <figcaption id="dose-caption" className="mb-4 text-lg font-bold">
        Typical adult doses compared with natural background radiation
      </figcaption>
      <div aria-hidden="true" className="dose-chart mb-6 space-y-3">
        {rows.map(({ id, entry }) => (
          <div key={id} data-dose-id={id}>
            <p className="text-base">
              {entry.label}: <span className="font-bold">{formatDose(entry)}</span>
            </p>
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-5 w-full">
              <rect x="0" y="0" width="100" height="6" fill={colors.mist} />
              {entry.min !== entry.max ? (
                <rect x="0" y="0" width={pct(entry.max)} height="6" fill={colors.doseRange} />
              ) : null}
              <rect x="0" y="0" width={pct(entry.min)} height="6" fill={colors.brand} />
              <line x1={background} x2={background} y1="0" y2="6" stroke={colors.ink} strokeWidth="0.6" strokeDasharray="1 1" />
            </svg>
          </div>
        ))}
        <p className="text-base text-muted">
          The dotted line marks {BACKGROUND_MSV_PER_YEAR} mSv: about 1 year of natural background radiation in the US.
          Light blue shows how far the typical dose can reach.
        </p>
      </div>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Typical adult doses, in mSv and as time of natural background radiation</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Test
            </th>
            <th scope="col" className="py-2 pr-4">
              Typical dose
            </th>
            <th scope="col" className="py-2">
              Same as natural background for
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, entry }) => (
            <tr key={id} className="border-b border-line" data-dose-id={id}>
              <th scope="row" className="py-2 pr-4 font-normal">
                {entry.label}
              </th>
              <td className="py-2 pr-4">{formatDose(entry)}</td>
              <td className="py-2">{formatBackground(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-base text-muted">
        Doses vary with your body size, the machine and how long the X-ray is on. Sources:{' '}
        {sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 ? '; ' : ''}
            <a href={s.url} rel="noreferrer">
              {s.publisher}
            </a>
          </span>
        ))}
        .
      </p>
    </figure>
  );
}
