import { ImageResponse } from 'next/og';
import { layoutStrings } from '@/lib/i18n/layout';
import { DEFAULT_LOCALE, type Locale } from '@/lib/site-map/pages';
import { colors } from '@/lib/design/tokens';

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CONTENT_TYPE = 'image/png';

/**
 * The share image for a page: its title in large type on the site's blue, with
 * the site name, readable even as a small thumbnail. Made at build time.
 */
export function ogImage(title: string, kicker?: string, locale: Locale = DEFAULT_LOCALE) {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          background: colors.brand,
          color: colors.paper,
          padding: '72px',
        }}
      >
        <div style={{ display: 'flex', fontSize: 40, fontWeight: 700 }}>{layoutStrings[locale].siteName}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {kicker ? <div style={{ display: 'flex', fontSize: 36, marginBottom: 16, color: colors.focus }}>{kicker}</div> : null}
          <div style={{ display: 'flex', fontSize: title.length > 40 ? 68 : 84, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        </div>
        <div style={{ display: 'flex', fontSize: 32 }}>Plain-English guides to live X-ray tests</div>
      </div>
    ),
    OG_SIZE,
  );
}
