const COMBINING_MARKS = /[\u0300-\u036f]/g;
// "contacté(e)", "client(e)s", "Kund(inn)en": a word's optional ending, not a bracketed aside.
const WORD_ENDING_IN_BRACKETS = /(\p{L})\((\p{L}{1,5})\)/gu;
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
  if (ASCII.test(text)) return collapseWhitespace(text.toLowerCase().replace(/`/g, "'").replace(WORD_ENDING_IN_BRACKETS, '$1$2'));
  return collapseWhitespace(
    text
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
      .replace(/ß/g, 'ss')
      .replace(WORD_ENDING_IN_BRACKETS, '$1$2'),
  );
}
