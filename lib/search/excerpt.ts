/**
 * Pagefind returns excerpts as HTML with <mark> around matched words. Rather
 * than trust any HTML, split it into plain-text parts and marked parts, so the
 * results are rendered as React text nodes only.
 */
export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]);
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    if (match.index > last) parts.push({ text: decode(stripTags(html.slice(last, match.index))), marked: false });
    parts.push({ text: decode(stripTags(match[1])), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(stripTags(html.slice(last))), marked: false });
  return parts.filter((p) => p.text.length > 0);
}
