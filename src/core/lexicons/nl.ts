import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

export const nl: Lexicon = {
  lang: 'nl',
  stopwords: ['de', 'het', 'een', 'ik', 'en', 'van', 'je', 'jij', 'u', 'uw', 'wil', 'graag', 'mijn', 'ons', 'onze', 'met', 'voor', 'over', 'niet', 'geen', 'ontvangen', 'ontvang', 'bij', 'als', 'wij', 'kan', 'dit', 'te', 'op', 'deze', 'aan'],
  // "Graag ontvang ik gerelateerde aanbiedingen" (seed article), "Ja, ik wil de nieuwsbrief ontvangen" (WooCommerce nl)
  marketing: [
    'nieuwsbrie(f|ven)', 'aanbieding(en)?', 'acties\\b', 'actiemail', 'kortingen?\\b', 'kortingscodes?', 'promoties?',
    'reclame', 'marketing', 'commerciele', 'mailings?\\b', 'nieuwe (producten|collecties?|artikelen)',
    'exclusieve', 'voordeel', 'voordelen', 'aanbevelingen', 'deals?\\b', 'persoonlijke tips', 'het laatste nieuws', 'nieuwtjes', 'sale\\b', 'uitverkoop',
    'gepersonaliseerde (aanbiedingen|advertenties)', 'speciale (aanbiedingen|acties)', 'voordeelmail', '(mogen|mag|kunnen) (u|je|jou|mij|me) (mailen|e-?mailen|benaderen|bellen|contacteren)', 'benader(en|d)?\\b', 'mijn (gegevens|e-?mailadres)[a-z ]{0,20} (delen|gedeeld|doorgeven|doorgegeven|verstrekken|verstrekt) (met|aan) (partners|derden)',
  ],
  // "Ja, ik wil e-mails van Bol ontvangen"; "Houd me op de hoogte van nieuws en tips"
  weakMarketing: ['e-?mails\\b', '(onze|nieuwe) producten', 'producten en diensten', 'berichten', 'nieuws\\b', 'updates?\\b', 'informatie', 'tips\\b', 'inspiratie', 'op de hoogte', 'post\\b'],
  receiving: [
    'ontvang', 'toesturen', 'toegestuurd', 'stuur', 'sturen', 'mail(en|t)? (mij|me|ons)', 'inschrijv', 'schrijf (mij|me|je) in', 'aanmelden',
    'meld (mij|me|je) aan', 'abonneer', 'abonneren', 'op de hoogte', 'houd (mij|me)', 'hou (mij|me)', 'benader', 'informeren', 'gebruiken voor', 'bellen',
  ],
  // "Houd mij op de hoogte van de status van mijn bestelling", "Heb je een kortingscode?"
  neverMatch: [
    '(op de hoogte|updates?|berichten|informatie|e-?mails?)( [a-z]+){0,3} (over|van|met) (de )?(status|levering|bezorging|verzending|track)[a-z ]{0,20}(bestelling|order|pakket)',
    '(bestel|order|verzend|bezorg|levering)[a-z]*(updates?|status|bevestiging|berichten)',
    'track ?(&|en) ?trace', '(heb je|ik heb|heeft u) een (kortingscode|actiecode|cadeaubon)', '(kortingscode|actiecode|cadeaubon) (invoeren|toevoegen|gebruiken|verzilveren)',
    'offerte', 'reviewverzoek', '(verzoek|uitnodiging) (om|tot) (een )?(review|beoordeling)', 'onthoud (mij|me|mijn gegevens)', 'ingelogd blijven', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@',
    '(beantwoorden|beantwoording|antwoord op)( van)? (mijn|uw|je) (vraag|verzoek|vragen)',
  ],
  // "Geen spam, alleen de beste aanbiedingen"; "We delen je gegevens nooit met derden"
  reassurance: [
    'geen spam', 'nooit spam', `(delen|verkopen|verstrekken|doorgeven|geven)${CLAUSE}(nooit|niet)${CLAUSE}(derden|partners|anderen)${CLAUSE}`,
    `(nooit|niet) (met|aan) (derden|partners)${CLAUSE}(gedeeld|verkocht|verstrekt|doorgegeven)${CLAUSE}`,
    'we respecteren (je|uw) privacy',
    `(nooit|niet)${CLAUSE}(doorgegeven|gedeeld|verkocht|verstrekt|doorgeven|delen|verkopen)${CLAUSE}(derden|partners|andere (bedrijven|partijen)|anderen)${CLAUSE}`,
  ],
  // "Afmelden kan altijd", "Je kunt je op elk moment weer uitschrijven"
  unsubscribeNotice: [
    `(afmelden|uitschrijven|uit te schrijven|af te melden)${CLAUSE}(altijd|elk moment|ieder moment|op elk gewenst moment|kosteloos|gratis|link|onderaan)${CLAUSE}`,
    `(altijd|elk moment|ieder moment|op elk gewenst moment)${CLAUSE}(afmelden|uitschrijven|uit te schrijven|af te melden)${CLAUSE}`,
    `(toestemming|abonnement)${CLAUSE}(altijd|elk moment) (weer )?(intrekken|opzeggen)${CLAUSE}`,
  ],
  // "U ontvangt ook onze nieuwsbrief met aanbiedingen"
  priorNotice: [
    '(u|je|jij) ontvangt (ook |voortaan |daarna |van ons )*(onze |de )?(nieuwsbrief|aanbiedingen|reclame|e-?mails? met)',
    '(wij|we) (sturen|mailen|informeren) (u|je) (graag |ook |af en toe |soms |regelmatig )*(over|onze|aanbiedingen|nieuws|een nieuwsbrief)',
    '(uw|je) e-?mailadres (wordt|gebruiken we|zullen we)[^.]*(nieuwsbrief|aanbiedingen|reclame|marketing)',
  ],
  negators: ['geen\\b', 'niet\\b', 'nooit\\b', 'niets\\b'],
  negativeVerbs: ['afmelden', 'afmeld', 'uitschrijven', 'uitschrijf', 'opt-?out', 'weigeren', 'weiger\\b', 'bezwaar'],
  missVerbs: ['missen', 'mis\\b', 'mist\\b'],
  // "Haal het vinkje weg als u liever geen aanbiedingen ontvangt"
  untickInstructions: ['(haal|verwijder) (het|dit|je|uw) vinkje', 'vinkje (weg|uit)', 'vink (dit|het vakje |deze )?(uit)\\b', 'uitvinken', 'zet (het|dit) vinkje uit'],
  // "Vink aan als u geen nieuwsbrief wilt ontvangen"
  tickInstructions: ['vink (dit vakje |het vakje |deze |hier )?aan', 'aanvinken', 'kruis (dit vakje |hier )?aan', 'zet een vinkje'],
  yes: ['ja\\b', 'jazeker', 'graag\\b'],
  no: ['nee\\b', 'neen\\b', 'liever niet', 'nee,? bedankt'],
  answerValues: [['ja', 'nee']],
  fieldNames: { marketing: ['nieuwsbrief'], thirdParty: ['derden', 'partners?'], negative: ['geen_?nieuwsbrief', 'afmelden'], payment: ['betaalmethode', 'betaalwijze'], bookkeeping: [], listNames: [] },
  signupBlocks: ['nieuwsbrief'],
  filterBlocks: ['filter'],
  // "Ik ga akkoord met de algemene voorwaarden", "Ik heb het privacybeleid gelezen en ga akkoord"
  termsAcceptance: [
    '(kennis genomen|gelezen en (begrepen|geaccepteerd))[a-z ,]{0,30}(voorwaarden|privacy)',
    '(akkoord|eens|instemmen|stem in|aanvaard|accepteer)[a-z ]{0,30}(algemene |leverings|verkoop)?(voorwaarden|privacy|privacybeleid|privacyverklaring|privacyverklaring)',
    '(voorwaarden|privacybeleid|privacyverklaring|privacy ?statement)[a-z ,]{0,40}(gelezen|akkoord|geaccepteerd|aanvaard)',
  ],
  // "Ja, ik wil aanbiedingen van partners ontvangen", "zorgvuldig geselecteerde derden"
  thirdParty: [
    'partners?\\b', 'partnerbedrijven', 'derden', 'derde partij', 'geselecteerde (bedrijven|organisaties|partijen)', 'andere (bedrijven|merken|organisaties)',
    'zusterbedrijven', 'zusterorganisaties', 'groepsmaatschappijen', 'gelieerde', 'adverteerders', 'sponsors?\\b', 'samenwerkingspartners',
  ],
  channels: {
    email: ['e-?mail', 'nieuwsbrie', 'inbox', 'mailings?\\b'],
    sms: ['sms', 'whatsapp', 'tekstbericht'],
    phone: ['telefo', 'bellen', 'gebeld'],
    post: ['per post', 'post\\b', 'brief\\b', 'folders?\\b', 'catalogus', 'drukwerk'],
    push: ['push'],
    social: ['social media', 'sociale media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(blijf|blijven|houd|hou)[a-z ]{0,15} op de hoogte', 'updates ontvangen'],
  context: {
    purchase: [
      'bestelling plaatsen', 'plaats bestelling', 'bestellen en betalen', 'afrekenen', 'betalen', 'betaalmethode', 'betaalwijze', 'bezorg(ing|wijze|adres|kosten)',
      'verzendkosten', 'verzendmethode', 'totaal', 'subtotaal', 'overzicht van (je|uw) bestelling', 'winkelwagen', 'kassa', 'ideal', 'factuuradres', 'incl\\.? btw', 'bestel\\b', 'bestelling',
    ],
    registration: ['account aanmaken', 'maak een account', 'registreren', 'registreer', 'wachtwoord', 'aanmelden als lid', 'word lid', 'mijn account', 'profiel aanmaken', 'forum'],
    newsletter: ['inschrijven', 'schrijf (je|mij|me) in', 'aanmelden voor (de|onze) nieuwsbrief', 'nieuwsbrief', 'abonneren', 'abonneer'],
    contact: ['contact', 'bericht', 'vraag stellen', 'stel je vraag', 'neem contact', 'verstuur bericht', 'klantenservice'],
    survey: ['enquete', 'vragenlijst', 'winactie', 'win ', 'maak kans', 'prijsvraag', 'wedstrijd', 'winnen', 'doe mee', 'peiling', 'onderzoek'],
  },
};
