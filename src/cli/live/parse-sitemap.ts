export interface Sitemap {
  /** `<url><loc>` entries: pages to audit. */
  pages: string[];
  /** `<sitemap><loc>` entries of a sitemap index: further sitemaps to read. */
  sitemaps: string[];
}

const decodeXml = (text: string): string =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

function locsOf(xml: string, element: 'url' | 'sitemap'): string[] {
  const blocks = xml.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>[\\s\\S]*?</(?:\\w+:)?${element}>`, 'g')) ?? [];
  return blocks.flatMap((block) => {
    const loc = /<(?:\w+:)?loc\b[^>]*>([\s\S]*?)<\/(?:\w+:)?loc>/.exec(block);
    return loc ? [decodeXml(loc[1]!)] : [];
  });
}

/** Reads a sitemap or sitemap index (sitemaps.org protocol); no DTDs or entities are expanded. */
export function parseSitemap(xml: string): Sitemap | undefined {
  if (!/<(?:\w+:)?(urlset|sitemapindex)\b/.test(xml)) return undefined;
  return { pages: locsOf(xml, 'url'), sitemaps: locsOf(xml, 'sitemap') };
}
