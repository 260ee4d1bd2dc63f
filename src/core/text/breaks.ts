// Where normalized label text breaks. A full stop between letters is part of a name ("Bol.com"),
// not the end of a sentence; removeMatches leaves " ; " where it took a phrase out.
const FULL_STOP = String.raw`(?<!\p{L})\.|\.(?!\p{L})`;

/** Sentences, and the gaps that removed phrases leave. */
export const SENTENCE_BREAK = new RegExp(`(?:${FULL_STOP}|[!?;])+`, 'u');

/** Clauses: sentences, and the parts that colons, brackets and dashes set apart. */
export const CLAUSE_BREAK = new RegExp(`(?:${FULL_STOP}|[!?;:()[\\]])+|\\s[-–—]\\s`, 'u');
