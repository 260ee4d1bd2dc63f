export const VERSION = '0.1.0';
/** Bumped whenever a rule, lexicon or verdict changes what a report says. */
export const RULESET_VERSION = '2026.11.1';
