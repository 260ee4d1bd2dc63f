const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

/** Collapses white space; what people read, quoted back to them. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The one form every lexicon pattern is written against: lower case, no diacritics
 * ("möchte" → "mochte", "désabonner" → "desabonner"), straight apostrophes, single spaces.
 */
export function normalizeText(text: string): string {
  // ASCII has no diacritics, typographic quotes or invisible characters: most labels take this way.
  if (ASCII.test(text)) return collapseWhitespace(text.toLowerCase().replace(/`/g, "'"));
  return collapseWhitespace(
    text
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
      .replace(/ß/g, 'ss'),
  );
}
