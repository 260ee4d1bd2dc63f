import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

export const de: Lexicon = {
  lang: 'de',
  stopwords: ['der', 'die', 'das', 'und', 'ich', 'mich', 'mir', 'sie', 'ihre', 'ihr', 'wir', 'uns', 'unsere', 'unseren', 'mit', 'fur', 'uber', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'nicht', 'keine', 'mochte', 'erhalten', 'werden', 'kann', 'ist', 'auf', 'per', 'bitte'],
  // "Ja, ich möchte den Newsletter abonnieren" (WooCommerce Germanized), "Angebote per E-Mail erhalten"
  marketing: [
    'newsletter', 'angebote?\\b', 'angeboten', 'sonderangebote', 'aktionen', 'rabatt', 'gutscheine?\\b', 'werbung', 'werbe', 'marketing', 'promotion',
    'produktempfehlungen', 'empfehlungen', 'neuheiten', 'neue (produkte|kollektionen?|artikel)', 'exklusive', 'vorteile', 'deals?\\b', 'sale\\b', 'schnappchen',
    'personalisierte (angebote|werbung|empfehlungen)', 'kommerzielle', 'produktinformationen', 'meine daten[a-z ]{0,20} (an|mit) (partner|dritte)[a-z ]{0,20}(weitergegeben|geteilt|ubermittelt)', 'mailings?\\b', '(partner|wir) (durfen|konnen) (mich|sie|dich) (kontaktieren|anrufen|anschreiben)',
  ],
  // "Ich möchte E-Mails von Zalando erhalten", "Informationen zu Trends"
  weakMarketing: ['e-?mails\\b', 'unsere(n)? produkte', 'produkte und (dienstleistungen|services)', 'nachrichten', 'news\\b', 'neuigkeiten', 'informationen', 'infos?\\b', 'updates?\\b', 'tipps', 'inspiration', 'auf dem laufenden', 'post\\b'],
  receiving: [
    'erhalt', 'bekomm', 'zusend', 'zugesendet', 'zugeschickt', 'schick', 'senden', 'abonnier', 'anmeld', 'melde (mich|dich) an', 'eintragen', 'informier',
    'auf dem laufenden', 'kontaktier', 'benachrichtig', 'verwenden', 'nutzen\\b', 'per e-?mail', 'anruf',
  ],
  // "Benachrichtigungen zum Bestellstatus", "Gutschein einlösen", "Angaben für die nächste Bestellung speichern"
  neverMatch: [
    '(informationen|nachrichten|e-?mails?|benachrichtigungen?|updates?|sms)( [a-z]+){0,4} (zu|uber|zum|zur) (meiner |ihrer |der |dem )?(bestellung|lieferung|sendung|versand|bestellstatus|sendungsverfolgung)',
    '(bestell|liefer|versand|sendungs)(status|bestatigung|benachrichtigung|verfolgung|informationen)',
    '(gutschein|rabattcode|aktionscode|gutscheincode)( [a-z]+){0,2} (einlosen|eingeben|hinzufugen|verwenden)', '(haben sie|hast du) einen (gutschein|rabattcode|gutscheincode)',
    'angebot anfordern', 'angebotsanfrage', 'unverbindliches angebot', 'bewertungsanfrage', '(bitte|einladung) (um|zur|zu einer) (bewertung|rezension)',
    'angemeldet bleiben', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(beantwortung|beantworten)[a-z ]{0,20}(anfrage|frage)', 'daten speichern', 'kundenkonto (anlegen|eroffnen|erstellen)',
  ],
  // "Kein Spam", "Ihre Daten werden nicht an Dritte weitergegeben"
  reassurance: [
    'kein spam', 'keinen spam', 'nie spam',
    `(nicht|niemals|nie)${CLAUSE}(an|mit) (dritte|partner)${CLAUSE}(weitergegeben|verkauft|geteilt|ubermittelt)${CLAUSE}`,
    `(geben|verkaufen|teilen)${CLAUSE}(nicht|niemals|nie)${CLAUSE}(dritte|partner)${CLAUSE}`,
    'wir respektieren ihre privatsphare',
    `(nicht|niemals|nie)${CLAUSE}(an|mit) (andere (unternehmen|firmen)|dritte|partner)${CLAUSE}(weitergegeben|verkauft|geteilt|ubermittelt)${CLAUSE}`,
  ],
  // "Sie können sich jederzeit wieder abmelden", "Widerruf jederzeit möglich"
  unsubscribeNotice: [
    `(jederzeit|kostenlos|kostenfrei|link am ende|in jeder)${CLAUSE}(abmelden|abbestellen|widerruf|widersprech|widerspruch|austragen)${CLAUSE}`,
    `(abmeldung|abbestellung|widerruf|widerspruch|austragen)${CLAUSE}(jederzeit|kostenlos|moglich)${CLAUSE}`,
  ],
  priorNotice: [
    '(sie|du) erh(a|ae)lts?t? (auch |kunftig |regelmassig )*(unseren |den )?(newsletter|angebote|werbung|e-?mails? mit|informationen zu (ahnlichen|unseren))',
    'wir (werden|mochten|durfen) (ihnen|dir) (auch |gelegentlich |regelmassig )*(per e-?mail )?(angebote|informationen|werbung|newsletter)',
    '(ihre|deine) e-?mail-?adresse[^.]{0,40}(werbung|newsletter|angebote|direktwerbung|ahnliche (waren|produkte))',
  ],
  negators: ['nicht\\b', 'kein(e|en|er|em|es)?\\b', 'nie\\b', 'niemals\\b', 'nichts\\b'],
  negativeVerbs: ['abmelden', 'abmeldung', 'abbestellen', 'austragen', 'opt-?out', 'widersprech', 'widerspruch', 'ablehnen'],
  missVerbs: ['verpassen', 'verpasse\\b', 'entgehen', 'verzichten'],
  // "Entfernen Sie das Häkchen, wenn Sie keine Angebote wünschen"
  untickInstructions: ['(hakchen|haken|kreuz) (entfernen|rausnehmen|weg)', 'entfernen sie (das|den) (hakchen|haken)', 'deaktivieren sie', 'abwahlen'],
  // "Kreuzen Sie an, wenn Sie keine Werbung wünschen"
  tickInstructions: ['(kreuzen|haken) sie', 'ankreuzen', 'anhaken', 'aktivieren sie (dieses|das|die) (kastchen|feld|checkbox)', 'setzen sie (ein|das) (hakchen|haken|kreuz)'],
  yes: ['ja\\b', 'gerne\\b', 'ja,? gerne'],
  no: ['nein\\b', 'nein,? danke', 'lieber nicht'],
  answerValues: [['ja', 'nein']],
  fieldNames: { marketing: ['newsletter', 'werbung'], thirdParty: ['dritte', 'drittanbieter', 'partner'], negative: ['abmelden', 'kein_?newsletter'], payment: ['zahlungsart', 'zahlungsmethode'], bookkeeping: [], listNames: [] },
  signupBlocks: ['newsletter'],
  filterBlocks: ['filter'],
  // "Ich habe die AGB gelesen und akzeptiere sie", "Ich stimme der Datenschutzerklärung zu"
  termsAcceptance: [
    'zur kenntnis genommen[a-z ,]{0,20}(agb|geschaftsbedingungen|datenschutz)',
    '(agb|allgemeinen geschaftsbedingungen|geschaftsbedingungen|datenschutzerklarung|datenschutzbestimmungen|datenschutzhinweise|widerrufsbelehrung)[a-z ,]{0,60}(gelesen|akzeptier|einverstanden|zugestimmt|zu\\b|stimme)',
    '(akzeptiere|stimme|einverstanden)[a-z ]{0,30}(agb|geschaftsbedingungen|datenschutz)',
  ],
  thirdParty: [
    'partner', 'dritte', 'dritten', 'drittanbieter', 'kooperationspartner', 'werbepartner', 'partnerunternehmen', 'ausgewahlte (unternehmen|partner|firmen)',
    'konzernunternehmen', 'verbundene unternehmen', 'schwesterunternehmen', 'andere (marken|unternehmen)', 'sponsoren', 'gruppe\\b', 'unternehmensgruppe',
  ],
  channels: {
    email: ['e-?mail', 'newsletter', 'postfach', 'mailing'],
    sms: ['sms', 'whatsapp', 'textnachricht'],
    phone: ['telefon', 'anruf'],
    post: ['per post', 'post\\b', 'postalisch', 'briefpost', 'katalog', 'brief\\b'],
    push: ['push'],
    social: ['soziale(n)? medien', 'social media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['auf dem laufenden', 'immer informiert', 'updates erhalten'],
  context: {
    purchase: [
      'zahlungspflichtig bestellen', 'kaufen', 'jetzt bestellen', 'bestellung abschliessen', 'bestellung absenden', 'kasse', 'zur kasse', 'zahlungsart', 'zahlungsmethode',
      'bezahlen', 'versandart', 'versandkosten', 'lieferadresse', 'rechnungsadresse', 'gesamtsumme', 'zwischensumme', 'summe', 'warenkorb', 'inkl\\.? mwst', 'bestellubersicht', 'bestellung',
    ],
    registration: ['konto erstellen', 'kundenkonto', 'registrieren', 'registrierung', 'passwort', 'kennwort', 'benutzername', 'mitglied werden', 'forum'],
    newsletter: ['newsletter abonnieren', 'abonnieren', 'anmelden', 'newsletter', 'eintragen'],
    contact: ['kontakt', 'nachricht', 'ihre nachricht', 'anfrage', 'frage', 'kundenservice'],
    survey: ['umfrage', 'gewinnspiel', 'gewinnen', 'verlosung', 'teilnehmen', 'teilnahme', 'fragebogen', 'wettbewerb', 'preisausschreiben'],
  },
};
