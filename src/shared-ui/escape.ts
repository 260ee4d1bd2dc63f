// The one escaping helper per output language: page text reaches our HTML and Markdown only through these.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a URL as inert HTML, in element content and in quoted attributes alike. */
export const escapeHtml = (text: unknown): string => String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Page text as inert Markdown: no links, emphasis or HTML can come out of a label. */
export const escapeMarkdown = (value: string): string => value.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&');
