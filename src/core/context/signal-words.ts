import type { UiLang } from '../types';

export type SignalKind =
  | 'button' | 'heading' | 'pageHeading' | 'pageTitle' | 'url'
  | 'passwordField' | 'messageField' | 'paymentField' | 'onlyEmailField' | 'price' | 'pagePrice';

// The context evidence is shown to people (popup checklist, reports): in their language.
const WORDS: Record<UiLang, Record<SignalKind, string>> = {
  en: {
    button: 'button', heading: 'heading', pageHeading: 'page heading', pageTitle: 'page title', url: 'web address',
    passwordField: 'password field', messageField: 'message field', paymentField: 'payment field',
    onlyEmailField: 'only an e-mail field', price: 'price', pagePrice: 'price on the page',
  },
  nl: {
    button: 'knop', heading: 'kop', pageHeading: 'kop op de pagina', pageTitle: 'paginatitel', url: 'webadres',
    passwordField: 'wachtwoordveld', messageField: 'berichtveld', paymentField: 'betaalveld',
    onlyEmailField: 'alleen een e-mailveld', price: 'prijs', pagePrice: 'prijs op de pagina',
  },
};

export function describeSignal(lang: UiLang, kind: SignalKind, quote?: string): string {
  return quote === undefined ? WORDS[lang][kind] : `${WORDS[lang][kind]} “${quote}”`;
}
