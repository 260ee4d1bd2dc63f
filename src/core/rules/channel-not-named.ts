import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const channelNotNamed: ControlRule = {
  id: 'channel-not-named',
  severity: 'info',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Channel not named",
    nl: "Kanaal niet genoemd",
  },
  explanation: {
    en: "The wording does not say how you would be contacted (e-mail, SMS, phone, post).",
    nl: "De tekst zegt niet hoe je benaderd wordt (e-mail, sms, telefoon, post).",
  },
  legal: [LEGAL.gdprConsent],
  check: (c) => c.wordingFindings.includes('channel-not-named'),
};
