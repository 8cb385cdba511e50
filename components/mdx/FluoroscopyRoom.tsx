import { colors } from '@/lib/design/tokens';
import { articleStrings } from '@/lib/i18n/article';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
/**
 * A labelled drawing of a fluoroscopy room. The figure caption and the SVG's
 * title and description say in words what the picture shows.
 */
export function FluoroscopyRoom({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = articleStrings[locale].room;
  return (
    <figure className="not-prose my-8">
      <svg
        viewBox="0 0 640 400"
        role="img"
        aria-labelledby="room-title"
        aria-describedby="room-desc"
        className="h-auto w-full max-w-xl rounded border border-line bg-mist"
      >
        <title id="room-title">{t.title}</title>
        <desc id="room-desc">{t.desc}</desc>
        {/* Screen on a stand */}
        <rect x="470" y="40" width="140" height="96" rx="8" fill={colors.ink} />
        <rect x="480" y="50" width="120" height="76" rx="4" fill={colors.infoTint} />
        <path d="M520 70 q20 -12 40 0 q-6 30 -20 40 q-14 -10 -20 -40z" fill={colors.line} />
        <rect x="535" y="136" width="10" height="150" fill={colors.muted} />
        <rect x="505" y="286" width="70" height="10" rx="4" fill={colors.muted} />
        {/* C-arm */}
        <path d="M170 70 h-60 a20 20 0 0 0 -20 20 v200 a20 20 0 0 0 20 20 h60" fill="none" stroke={colors.brand} strokeWidth="22" strokeLinecap="round" />
        {/* Detector above the patient */}
        <rect x="150" y="52" width="130" height="40" rx="6" fill={colors.brandDark} />
        {/* X-ray tube below the table */}
        <rect x="160" y="292" width="90" height="36" rx="6" fill={colors.brandDark} />
        {/* Beam, drawn faintly */}
        <polygon points="205,292 165,110 265,110" fill={colors.focus} opacity="0.35" />
        {/* Table */}
        <rect x="60" y="200" width="380" height="18" rx="6" fill={colors.muted} />
        <rect x="380" y="218" width="22" height="110" fill={colors.muted} />
        {/* Patient lying on the table */}
        <circle cx="395" cy="176" r="22" fill={colors.skin} />
        <rect x="110" y="170" width="262" height="30" rx="14" fill={colors.doseRange} />
        {/* Floor */}
        <line x1="20" y1="340" x2="620" y2="340" stroke={colors.line} strokeWidth="4" />
        {/*
          Labels: 28 units across a 640-unit drawing stay at 15 px or more on a 375 px phone.
          Each is placed where it clears the drawing and the other labels at that size.
        */}
        <g fontFamily="system-ui, sans-serif" fontSize="28" className="room-labels fill-ink">
          <line x1="270" y1="52" x2="300" y2="40" className="stroke-ink" strokeWidth="2" />
          <text x="296" y="32">{t.detector}</text>
          <line x1="250" y1="312" x2="296" y2="360" className="stroke-ink" strokeWidth="2" />
          <text x="300" y="384">{t.tube}</text>
          <line x1="60" y1="50" x2="86" y2="66" className="stroke-ink" strokeWidth="2" />
          <text x="6" y="40">{t.arm}</text>
          <line x1="300" y1="218" x2="300" y2="242" className="stroke-ink" strokeWidth="2" />
          <text x="268" y="270">{t.table}</text>
          <line x1="490" y1="160" x2="490" y2="138" className="stroke-ink" strokeWidth="2" />
          <text x="528" y="186" textAnchor="end">{t.screen}</text>
        </g>
      </svg>
      <figcaption className="mt-2 max-w-xl text-base text-muted">{t.caption}</figcaption>
    </figure>
  );
}
