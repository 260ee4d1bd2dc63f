import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** Before a "not": the person refuses ("ik wil niet dat…", "mijn gegevens mogen niet…", "Mijn gegevens niet delen met derden"), the shop does not reassure. */
const OWN_REFUSAL = '(?<!\\b(wil|wens|wilt|mogen|mag)( [a-z-]+){0,3} )(?<!^(ja,? |nee,? )?mijn( [a-z-]+){0,2} )';
/** After it: "Vink aan als u niet wilt dat wij uw gegevens delen met onze partners". */
const NOT_WANTED = '(?! (wil|wilt|wens|wenst)\\b)';

/** Words after "van" that are no sender's name: "nieuws van de club", "aanbiedingen van Bol.com en tips". */
const NOT_A_SENDER = '(ik|wij|we|jij|zij|ze|de|het|een|ons|onze|mijn|jullie|haar|zijn|hun|u|uw|je|jouw|andere|alle|tips|nieuws|acties|aanbiedingen|updates|inspiratie|kortingen|promoties|evenementen|nieuwtjes|partners|derden|zonen|zoon|dochters|co)\\b';

/**
 * Whom a person's data goes to in a sharing box: "gedeeld met onze partners", "doorgegeven aan de sponsors van deze actie", "verstrekt aan adverteerders",
 * "doorgegeven aan de sponsoren van dit evenement", "verstrekt aan zusterbedrijven", "gedeeld met de organisatoren en sponsoren", "gedeeld met partnerorganisaties".
 */
const SHARED_WITH = '(de |onze |haar |zijn |geselecteerde |zorgvuldig geselecteerde )?([a-z]+ (en|of|&) (de |onze )?)?(partners|derden|derde partijen|sponsor(s|en)?|adverteerders|andere bedrijven|groepsmaatschappijen|(zuster|dochter|groeps|partner)(bedrijven|ondernemingen|organisaties|maatschappijen)|deelnemende (bedrijven|organisaties|merken|winkels|partijen)|exposanten|standhouders)\\b';

/** Leaving a list, both a receiving verb (it names the mail) and a refusal: "Afmelden voor alle e-mails", "Schrijf mij uit", "Nieuwsbrief opzeggen". */
const LEAVING = ['afmeld', 'meld (mij|me|je|u) af', 'uitschrijv', 'schrijf (mij|me|je|u) uit', 'opzeggen', 'stop(t|pen)? (met|alle)\\b'];
/** A shopping cart, whatever the shop calls it: "winkelwagen", "winkelmandje", "mandje". */
// What a notice about the person's own order, request or event is called.
const NOTICES = 'op de hoogte|updates?|berichten|informatie|info|e-?mails?|meldingen|notificaties|sms';

// Being called or mailed, by whoever: who and why decide the rest.
const CONTACTED = 'bellen|mailen|e-?mailen|contacteren|benaderen|opnemen|gebeld|gemaild|gecontacteerd|benaderd';

const CART = '(winkelwagen|winkelmand(je)?|mandje)';
/** Staying in touch, both what is received and the receiving: "Blijf in contact met ons", "Ik wil graag in verbinding blijven". */
const STAY_IN_TOUCH = '(in (contact|verbinding) (te )?(blijven|blijf)|(blijf|blijven) (met (ons|jullie) )?in (contact|verbinding))\\b';

export const nl: Lexicon = {
  lang: 'nl',
  stopwords: ['de', 'het', 'een', 'ik', 'en', 'van', 'je', 'jij', 'u', 'uw', 'wil', 'graag', 'mijn', 'ons', 'onze', 'met', 'voor', 'over', 'niet', 'geen', 'ontvangen', 'ontvang', 'bij', 'als', 'wij', 'kan', 'dit', 'te', 'op', 'deze', 'aan', 'mij', 'jullie'],
  // "Graag ontvang ik gerelateerde aanbiedingen" (seed article), "Ja, ik wil de nieuwsbrief ontvangen" (WooCommerce nl)
  marketing: [
    // A subscribe verb alone is the sign-up itself: "Aanmelden", "Ja, nu aanmelden"; hearing from the shop: "Ik hoor graag van Bol.com"
    '^(ja,? )?(nu |hier )?(aanmelden|inschrijven|uitschrijven|abonneren)( nu| hier)?\\s*[.!?]?$', '(ik |wij )?(hoor|horen) (graag|nog graag|regelmatig|af en toe|vaker) (iets )?van ([a-z0-9.&-]+ ?){1,3}\\s*[.!]?$',
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Stuur mij op mijn verjaardag een leuke verrassing"
    '(verrassing|cadeau|cadeautje|kado|kadootje|attentie|korting|traktatie)( [a-z.]+){0,4} (op|voor) (mijn|je|jouw|uw) verjaardag\\b', '(op|voor) (mijn|je|jouw|uw) verjaardag( [a-z.]+){0,4} (verrassing|cadeau|cadeautje|kado|kadootje|attentie|korting|traktatie)\\b',
    '[a-z]{0,14}nieu?ws?brie(f|ven)', '(nieuws|news)[ -]?letters?\\b', 'nieuwsflits', 'e-?zine', 'digizine', 'infomail', 'acties\\b', 'actiemail',
    // A discount alone is a price (see weakMarketing), but "Kortingen" alone is a newsletter's topic
    '^(de |alle )?kortingen\\s*[.!]?$', 'promoties?(?!(code|prijs|periode|regel|bedrag))',
    // Customs wording is no advertising: "Commerciële goederen", "Commerciële monsters"; Belgian Dutch: "Ik wens geen publiciteit te ontvangen", "publicitaire e-mails"; "Geen telefonische verkoop"
    'reclame(?!(ren|atie|er))', 'telefonische verkoop\\b', 'publicit(eit|aire?)\\b', 'marketing', 'commerciele(?! (goederen|monsters|zendingen|zending|factuur|waarde|exploitatie)\\b)', 'mailings?\\b', 'nieuwe (producten|collecties?|artikelen)',
    // An app's news of what it can do: "Informatie over nieuwe functies", "Ontvang een e-mail wanneer nieuwe merkwaardige functies worden toegevoegd"
    '(over|wanneer)( er| onze)? nieuwe ([a-z]+ )?(functies|features)\\b',
    // Recommendations shown in a site or app are no mailing ("Gebruik jouw gezondheidsdata voor persoonlijke inzichten en aanbevelingen"): alone, as a topic, they are
    'exclusieve', '^(persoonlijke |gepersonaliseerde )?(product)?aanbevelingen\\s*[.!]?$',
    // Compounds name deals and promotions too: "Ja, ik wil de beste reisdeals in mijn inbox", "Ja, ik wil graag de kortingsacties ontvangen"
    '([a-z]{2,10})?deals?\\b', '(kortings|voordeel|prijs|spaar|week|leden|klanten|seizoens)acties\\b', 'persoonlijke tips', 'het laatste nieuws', '([a-z]{2,12})?nieuwtjes', 'sale\\b', 'uitverkoop',
    // Belgian Dutch: "Stuur mij commerciele mails (promoties, nieuwigheden, ...)", "solden", "koopjes"
    'nieuwigheden', 'noviteiten', 'solden\\b', 'koopjes\\b',
    // Promotional material by post, asked for without a verb: "Ik wil een informatiepakket op bovenstaand adres", "Stuur mij infomateriaal"
    'info(rmatie)?[ -]?(pakket|pakketten|materiaal)\\b',
    'voordeelmail', '(mogen|mag|kunnen) ([a-z0-9.-]+ )?(u|je|jou|mij|me) ([a-z-]+ ){0,3}(mailen|e-?mailen|benaderen|bellen|contacteren|sms-en)\\b', '(mag|mogen) (contact met (mij|me) opnemen)',
    // A sponsor or partner calling back is a sales contact: "Ja, ik wil dat de sponsor contact met mij opneemt"
    '(sponsor(s|en)?|partners?|adverteerders|derden|exposanten|standhouders)( [a-z]+){0,3} contact met (mij|me|ons) op(nemen|neemt)\\b',
    // … said passively, Belgian Dutch: "Ik wens gecontacteerd te worden door partners", "gebeld worden door derden"
    '(gecontacteerd|gebeld|gemaild)( te)? (worden|wordt) (door|van) (onze |de )?(sponsors?|partners|derden)\\b',
    // Verb at the end of a subordinate clause: "… dat jullie mij af en toe mogen mailen", "… dat Bol.com mij per e-mail mag contacteren"
    '(mij|me|ons) ([a-z-]+ ){0,4}(mailen|mailt|e-?mailen|e-?mailt|contacteren|contacteert)\\b', 'benader(en|d|t)?\\b',
    // The person's data going to others, the verb anywhere: "Mijn gegevens mogen gedeeld worden met partners", "Mijn gegevens mogen niet aan derden worden verstrekt",
    // "Ik wil dat jullie mijn persoonlijke gegevens doorgeven aan geselecteerde partners"
    `(mijn|uw|je|jouw) (persoonlijke |persoons|contact)?(gegevens|e-?mailadres)[a-z ]{0,30} (met|aan) ${SHARED_WITH}`,
    // Compounds and other words for the same thing: "de folder met weekaanbiedingen", "Accepteert e-mailmarketing", "promotionele e-mails", "gebruikt voor gepersonaliseerde communicatie"
    '[a-z]{0,14}aanbieding(en)?', '(?!(af|in|ver)k)[a-z]{2,12}kortingen\\b', '(e-?mail|sms|tele|direct|online)marketing', '(e-?mail|sms|marketing)[ -]?opt[ -]?(in|out)\\b', 'promotionele', '(gepersonaliseerde|gerichte) (communicatie|voorstellen|e-?mails|mailings?)\\b', 'promo\\b(?![ -]?code)', 'promos\\b',
    // Leave to keep an e-mail address for mailing: "Mijn e-mailadres mag worden opgenomen in de Zeus database", "Mijn e-mailadres mag in het adressenbestand worden opgenomen", "… mag opgenomen te worden in het klantenbestand"
    '(mijn|uw|je|jouw) e-?mailadres (mag|mogen)( [a-z]+){0,5} in (de|het|ons|onze|jullie) ([a-z0-9.-]+ )?(database|[a-z]{0,12}bestand)\\b',
    // … said of the person, or leaving it: "Ik wil niet in het adressenbestand opgenomen worden", "Ik wil graag opgenomen worden in het klantenbestand", "Haal mij uit het adressenbestand"
    '(adres(sen)?|klanten|mailing|relatie)bestand\\b',
    // Lists and subscriptions without the word nieuwsbrief: "Ja, voeg mij toe aan je mailinglijst", "Abonneer je op één of meer van onze maillijsten", "Algemeen abonnement" (Magento), "Algemene inschrijving", "Nieuws abonnement"
    '(mailing|e-?mail|mail|verzend)[ -]?(lijst(en)?|list)\\b', '(algeme(en|ne)|nieuwsbrief|nieuws|e-?mail|sms)[ -]?(abonnement(en)?|inschrijving(en)?)\\b',
    // Staying on the list, on an unsubscribe page ("aangemeld blijven" is staying logged in): "Ja, hou me geabonneerd!", "Ik wil ingeschreven blijven"
    '^(ja,? |nee,? )?((ik wil )?(graag |niet |liever niet )?(geabonneerd|ingeschreven) (te )?blijven|(hou|houd) (mij|me) (geabonneerd|ingeschreven))\\s*[.!]?$',
    // A subscribe verb with no object on its own is the sign-up itself: "Ja, ik wil me abonneren", "Abonneer mij", "Ja, schrijf mij in", "Meld je aan", "Abonneer je"
    '^(ja,? )?(ik wil (mij |me )?(graag )?|graag )(inschrijven|abonneren|aanmelden|uitschrijven)\\s*[.!]?$', '^(ja,? )?(abonneer( (mij|me|je|u))?|schrijf (mij|me|je|u) in|meld (mij|me|je|u) aan)( nu| hier| graag)?\\s*[.!]?$',
    // Leaving, said of the person alone: "Ik wens te worden uitgeschreven", "Ik wil afgemeld worden"
    '^(ja,? )?ik (wil|wens) (graag )?(te )?(worden )?(uitgeschreven|afgemeld)( te)?( worden)?\\s*[.!]?$',
    // Missing nothing is the sign-up itself: "Ja, ik wil niets missen!", "Mis niets meer"
    '(wil|ik) (echt )?niets (meer )?missen\\b', '^(ja,? )?mis (niets|niks)( meer)?\\b',
    // A general word with only "I want" or "no": "Ja, ik wil updates", "Graag e-mails", "Geen e-mails", "Liever geen updates"
    '^(ja,? |nee,? )?(ik wil (graag |liever )?(geen )?|graag |(liever )?geen )(de |jullie |onze )?(updates|e-?mails|mails|nieuws|tips|nieuwtjes|post|communicatie|(digitale )?folder)\\s*[.!]?$',
    // Mails named by what they carry or whom they go to: "Ja, ik wil de nieuwsmail ontvangen", "de weekmail", "inspiratiemails", "Informatieve mails", "de bonusmail", "de Vrienden-mail", "de voorverkoopmail"
    '(nieuws|week|maand|promo|promotie|inspiratie|kortings|deal|tips|informatieve|bonus|vrienden|leden|fan|voorverkoop)[ -]?(e-?)?mails?\\b',
    // "Ik wil graag meer van Bol.com horen", "Ik hoor graag van jullie", "Ik wil graag meer van jullie zien in mijn inbox"; refusing all of it: "Ik wil niets ontvangen", "Stuur mij niets meer"
    '^(nee,? )?((ik (wil|wens) )?(liever )?niets (meer )?(te )?ontvangen|stuur (mij|me) (liever )?niets( meer)?)\\s*[.!]?$',
    '(meer|iets|vaker) (van|over) (ons|jullie|[a-z0-9.-]+) (te )?(horen|zien|lezen)\\b', '((van|over) (ons|jullie) (te )?horen|horen (van|over) (ons|jullie))\\b',
    // Appeals for support, by mail: "Jullie mogen mij af en toe om steun vragen", "Ja, ik wil gevraagd worden om een donatie"
    '(vragen|vraag|gevraagd)( [a-z]+){0,4} om (je |jouw |uw |mijn |een )?([a-z]+ )?(steun|gift|donatie|giften|donaties|bijdragen?)\\b',
    // "Ja, ik wil af en toe een donatieverzoek per e-mail ontvangen", "giftenoproep"
    '(donaties?|gift(en)?|steun)[ -]?(verzoek(en)?|oproep(en)?|aanvraag|aanvragen)\\b', 'om (je |jouw |uw |mijn )?(steun|een gift|een donatie|giften|donaties) (te )?(vragen|gevraagd)\\b',
    // Told of or invited to an organiser's next events (signing up for one is no mailing): "Ja, informeer mij over andere voorstellingen",
    // "Ik wil een seintje als er nieuwe concerten zijn", "Ja, ik wil uitgenodigd worden voor toekomstige edities"
    '(informeer|informeren|geinformeerd|op de hoogte|seintje|berichtje|bericht|e-?mail|mail|mailtje|uitgenodigd|uitnodigingen?|nodig (mij|me) uit)( [a-z]+){0,4} (over|voor|van|als|wanneer|zodra)( er)? (de |onze |jullie |uw |hun )?(toekomstige|volgende|komende|andere|nieuwe) (edities|voorstellingen|concerten|evenementen|activiteiten|workshops|cursussen|trainingen|webinars|events|shows|tentoonstellingen|exposities|festivals|wedstrijden)\\b',
    // Being first to know: "Ik wil als eerste weten wanneer er nieuwe acties zijn", "Wees de eerste die het weet", "Ik wil de nieuwe collectie als eerste zien"
    '(als (eerste|eerst)|de eerste die) (het )?(weten|weet|horen|hoort|op de hoogte|profiteren|profiteert|zien|ziet|ontdekken|ontdekt|toegang)\\b',
    // A label that is only a topic title, on a newsletter form: "Firefox-nieuws", "Nieuws en evenementen", "Tips en trucs"
    // "Nieuws van de Mozilla Foundation", "Firefox-updates", "E-mails van Bol.com"
    '^([a-z0-9.]+[ -]){0,3}(nieuws|tips|aankondigingen|inspiratie|evenementen|magazine|petities)( (en|&) [a-z-]+)?( (van|over|voor|uit) [a-z0-9 .&-]{1,40})?\\s*[.!]?$',
    '^([a-z0-9.]+[ -]){1,3}updates( (en|&) [a-z-]+)?\\s*[.!]?$',
    // A mailing named by how often it comes: "De wekelijkse update", "Maandelijkse update van Bol.com", "Dagelijkse deals"; by its sender: "Geen post van Bol.com", "Liever geen e-mails van Bol.com"
    '^(de |het |onze |jullie )?(dagelijkse|wekelijkse|tweewekelijkse|maandelijkse|driemaandelijkse)[ -](updates?|mail|e-?mail|mailing|nieuws|tips|deals|aanbiedingen)( (van|voor|uit) [a-z0-9 .&-]{1,40})?\\s*[.!]?$', '^((liever )?geen )?(e-?mails?|post|sms|updates|nieuwsberichten) (van|over|voor) [a-z0-9 .&-]{1,40}$',
    // A contact channel alone, in a list of channels: "E-mail mij", "Bel mij", "Mail mij liever niet", "Sms mij"; consent per channel: "Toestemming voor e-mail"
    '^(toestemming|akkoord|opt-?in)( voor)? (e-?mail|sms|telefoon|post|whatsapp)(contact)?\\s*[.:]?$',
    // … or a do-not-contact flag, as EspoCRM's "Do Not Call": "Niet bellen", "Niet mailen"
    '^(e-?mail|mail|bel|sms|app|whatsapp) (mij|me)( liever)?( niet| nooit)?\\s*[.!]?$', '^(niet|nooit) (e-?mailen|mailen|bellen|sms-en|benaderen|contacteren)\\s*[.!]?$', '(van|voor|op) alle (lijsten|abonnementen|nieuwsbrieven|mailings|e-?mails)\\b',
    // Product news and alerts: "Ontvang meldingen over alle beschikbare producten", "Notificatie bij alle artikelen" (osCommerce), "Algemene artikel notificatie", "Algemene artikelnieuwtjes"
    '(meldingen?|notificaties?|updates|berichten|nieuws|nieuwtjes|aankondigingen)( [a-z]+){0,2} (over|van|voor|bij|op) (alle |onze |nieuwe |de |het )?(beschikbare |nieuwste |nieuwe )?(producten|product|artikelen)\\b',
    '(product|artikel)[ -]?(nieuw(s|tjes)|meldingen?|notificaties?)\\b', 'product(updates?|aankondigingen|lanceringen)', '(nieuws|updates|tips|evenementen|events) (en|&) (updates|aanbiedingen|nieuws|evenementen|events|acties|promoties|tips|aankondigingen)',
    'nieuw(e|ste) (merken|releases|stijlen|seizoenscollectie|drops)\\b',
    // Following the shop's products (Zen Cart/osCommerce product notifications): "Alle artikelen volgen"; campaign mail of charities: "Actiewaarschuwingen", "campagne-updates"
    // Members' and customers' perks, birthday treats: "Ja, ik wil graag ledenvoordelen ontvangen", "Stuur mij een verjaardagsverrassing"; "Ik wil geen direct mail"
    '([a-z]{2,12})?voorde(el|len)\\b', '(verjaardags?|jarig)[a-z]{0,6}(verrassing|cadeau|kado|aanbieding|attentie|actie|korting)(en|s)?\\b', 'direct ?mail(ing)?s?\\b',
    // Occasional mail is mailing: "Ja, ik wil graag af en toe een mailtje", "Ja, ik wil af en toe gemaild worden", "… af en toe een bericht over onze andere campagnes"; "Ja, blijf mij informeren"
    '(af en toe|zo nu en dan|een enkele keer) (een )?(e-?mail|mail|e-?mailtje|mailtje|bericht(je)?|gemaild|gebeld)s?\\b', '(blijf|blijven) (mij|me|ons) informeren\\b',
    // The do-not-call list, whose "niet" makes a tick a refusal: "Plaats mij op de bel-me-niet lijst", "Ik sta in het Bel-me-niet Register"
    'bel[ -]?me[ -]?niet[ -]?(register|lijst)\\b',
    // Refusing to be mailed or called at all ("Ik wil liever gebeld worden" is a contact preference): "Ik wil niet meer gemaild worden"
    // … with the verb last: "Ik wens niet te worden gecontacteerd door partners"
    '(niet|nooit|geen)( meer| langer)? ((gemaild|ge-?e-?maild|gebeld|ge-?sms-?t|geappt|gecontacteerd)( wil| wilt| wens| wenst)? (te )?(worden|wordt)|te worden (gemaild|gebeld|gecontacteerd))\\b',
    // Reminders that sell: a cart left behind ("Ja, ik wil graag herinneringen blijven ontvangen over mijn winkelwagen"), a contract
    // running out, from a comparison site ("Ja, ik word graag door PakketAdvies herinnerd wanneer mijn contract bijna afloopt", "de Contractwekker")
    // … or the cart left behind said with a verb: "… als ik artikelen in mijn winkelmandje heb laten liggen", "… in je winkelwagen achterlaat"
    `${CART}[ -]?(herinnering(en)?|(e-?)?mails?)\\b`, `herinner(d|en|ing(en)?)?\\b${CLAUSE}\\b${CART}\\b`, `(achterge|ver)laten ${CART}\\b`, `${CART}\\b${CLAUSE}\\b(liggen|staan|achter)`,
    `(herinner(d|en|ing(en)?)?|seintje)\\b${CLAUSE}\\b[a-z]*contract(en)?\\b${CLAUSE}\\b(afloopt|aflopen|verloopt|verlopen|eindigt|eindigen|vervalt|opzegbaar)\\b`, 'contractwekker', 'overstap(service|advies|alert|wekker)\\b',
    // A better deal offered by a comparison site: "Ja, ik wil een seintje als er een voordeliger contract is"
    '(voordeliger|goedkoper|beter)e? (contract|tarief|aanbod|deal|energiecontract|abonnement|verzekering|hypotheek)(en)?\\b',
    '(alle|onze|nieuwe) (producten|artikelen|merken) volgen\\b', 'volg (alle|onze|nieuwe) (producten|artikelen|merken)\\b', '(actie|campagne)[ -]?(waarschuwingen|alerts|oproepen|updates|nieuws)\\b'
  ],
  // "Ja, ik wil e-mails van Bol ontvangen", "Ik wil geen mails ontvangen"; "Houd me op de hoogte van nieuws en tips"
  // "Ik wens geen info te ontvangen" (Belgian Dutch: "info" for "informatie")
  // "Berichten" and "informatie" alone are messages and facts of any kind ("Sta andere gebruikers toe mij berichten te sturen",
  // "Ik wil meer informatie over deze woning ontvangen"); "via/per e-mail" names a channel, not what is sent ("Abonneer op deze categorie via e-mails")
  weakMarketing: [
    // Product suggestions and recommendations, by mail or other channel: "Ontvang persoonlijke productaanbevelingen per e-mail", "productsuggesties"
    '[a-z]{0,12}(aanbeveling(en)?|suggesties)\\b','(?<!(via|per) |e-)(e-?)?mails\\b', '(?<!e-)(e-?)?mailtjes?\\b', '(onze|nieuwe) producten', 'producten en diensten', 'berichten', '(product)?informatie', 'info\\b',
    // What a company sells, as a topic: "Ik geef Bol.com toestemming mij te informeren over producten", "Ik wil meer weten over de Bol.com-producten"
    '(over|omtrent) (de |haar |zijn |hun |onze |jullie |andere |relevante |vergelijkbare |soortgelijke |gerelateerde |nieuwe )?([a-z0-9.]+-)?(producten|diensten|artikelen|merken)\\b(?! (in|uit|van) (mijn|zijn|haar|hun|je|jouw|uw|de|het) (bestelling|order|winkelwagen|winkelmand|verlanglijst|account))',
    // "Ontvang eCommerce advies via e-mail", "Stuur mij advies en inspiratie", "Ja, ik wil reisinspiratie ontvangen"
    'advies (via|per|in (je|uw|mijn)|en (tips|inspiratie|aanbiedingen|nieuws|ideeen))\\b', '[a-z]{0,10}inspiratie',
    // An organisation's doings and free content, offers put as proposals (Belgian Dutch): "Ik wil meer weten over jullie activiteiten", "Ontvang onze e-books en whitepapers",
    // "Ik wil graag voorstellen op maat ontvangen", "gecontacteerd worden met gepersonaliseerde voorstellen"
    'activiteiten\\b', '(e-?books?|whitepapers?)\\b', '((gepersonaliseerde|persoonlijke|commerciele) voorstellen|voorstellen op maat)\\b',
    // Kept informed "when" something happens is a notice, not a mailing: "Breng me op de hoogte wanneer iemand zich aanmeldt"
    'op de hoogte(?! ((ge)?houden |blijven |brengen |gebracht |(ge)?stel(len|d) |te )?(worden )?(wanneer|als|zodra|bij|dat)\\b)', '(?<!(per|via|met de) )post\\b',
    // "Stuur mij de folder", "Ik wil uitgenodigd worden voor klantenevents", "… voor koopavonden en open dagen", "Ontvang e-mail van Mozilla", "Wil je geen mail meer van ons ontvangen?", "Ik ga akkoord met het ontvangen van e-mail", "Ik ga ermee akkoord om e-mail te ontvangen" ("… van e-mail notificaties" are a site's notices), "Verwijder mij van alle abonnementen", "Stuur mij een e-mail bij nieuwe berichten" (Jetpack)
    '[a-z]{0,12}(folders?|brochures?|catalog(us|i)|magazines?|drukwerk)\\b', '(?<!(via|per) |e-)(e-?)?mail( meer| langer| te)? (van|over|ontvangen|krijgen)\\b', '(ontvangen|krijgen) van (e-?)?mail\\b(?![ -]?(notificaties|meldingen))', '([a-z]{2,12})?updates?\\b', '(top)?verhalen\\b', '(recepten|ideeen)\\b', 'aankondigingen', '([a-z]{2,12})?(evenementen|events?|avonden)\\b', 'open dagen', 'uitnodigingen', 'abonnementen\\b', 'lijsten\\b', '(de|onze|jullie|je|uw|een|deze) lijst\\b',
    // A discount is mostly a price ("Prijs met korting", "30% korting", "Absolute korting"): only received it is an offer, "Ontvang een verjaardagskorting", "Stuur mij kortingen"; "afkortingen" are abbreviations
    '(?!(af|in|ver)k)([a-z]{3,12})?korting(en)?\\b',
    // Codes and coupons are a shop feature too ("Geef de promotiecode op", "Kortingscode annuleren", "Alle coupons"): only received they are offers, "Stuur mij kortingscodes", "Stuur mij de kortingsbon"
    'coupons?\\b', '(kortings|promotie|promo|actie|coupon)[ -]?codes?\\b', 'kortingsbon(nen)?\\b',
    // Compounds of news and tips: "Ontvang clubnieuws", "Stuur mij stijltips", "productinformatie"
    '([a-z]{2,14})?(nieuws|tips)(berichten)?\\b', '(gepersonaliseerde|persoonlijke|relevante) (content|inhoud|communicatie|e-?mails|berichten|aanbevelingen|tips|advies)\\b', '[a-z-]{0,12}communicatie\\b', 'jullie producten',
    // "Blijf op de hoogte van de laatste ontwikkelingen, aankondigingen en exclusieve aanbiedingen"
    '(nieuwe|nieuwste) (posts|blogposts|bijdragen)\\b', 'e-?nieuws', '(trends|ontwikkelingen)\\b', 'geinformeerd (te )?(worden|blijven)\\b',
    // "Blijf in contact met ons", "Bol.com mag mij af en toe een e-mail sturen"
    STAY_IN_TOUCH, '(af en toe|soms|regelmatig|periodiek) (een )?(e-?mails?|mail|bericht)\\b', '(wekelijkse|maandelijkse|periodieke|regelmatige) (e-?mails?|mail|updates?)\\b', 'mededelingen', '[a-z]{0,8}campagnes?\\b', '(inzamelingsacties?|fondsenwerving)\\b', '(mijn|uw|je|jouw|onze) (hulp|steun|donatie) nodig (heeft|hebben|is)', 'blog(s|berichten|posts|artikelen)?\\b', 'wedstrijden', 'winacties',
    // Petitions and members' mail of charities and clubs: "Stuur mij petities", "Ik wil op de hoogte blijven van het werk van KWF", "Ik wil graag het donateursblad ontvangen",
    // "Ja, ik wil een vrijblijvend aanbod ontvangen" (a sponsor's call or offer)
    'petities?\\b', 'het werk van\\b', '(donateurs|relatie|klanten|huis|leden|club|verenigings)[ -]?(blad(en)?|magazines?|krant)\\b', '(een|uw|je|jouw) (vrijblijvend |uniek |persoonlijk |aantrekkelijk |speciaal |exclusief |passend |interessant |scherp |voordelig )?aanbod\\b(?!-)'],
  receiving: [
    'ontvang', 'stuur', 'sturen', 'mail(en|t)? (mij|me|ons)', 'inschrijv', 'aanmeld(en|ing)',
    'abonne(er|ren)', 'op de hoogte', 'benader', 'gebruiken voor',
    // "Voeg mij toe aan je mailinglijst", "Informeer mij", "Ik wil updates krijgen", "Sms mij"; Belgian Dutch: "Verwittig me bij nieuwtjes over …" (osCommerce)
    'informe(er|ren)', 'verwittig', 'krijg', 'toe(sturen|gestuurd|zend|gezonden| te zenden)',
    // Separable verbs with words between: "Schrijf mij ook in voor e-mails", "Meld me graag aan", "Houd ons op de hoogte"; "Ik wil geinformeerd worden over nieuws"
    'schrijf (mij|me|je|u|ons) ([a-z]+ ){0,2}in\\b', 'meld (mij|me|je|u|ons) ([a-z]+ ){0,2}aan\\b', 'houd? (mij|me|je|u|ons)\\b', 'geinformeerd', 'gemaild', 'horen\\b', STAY_IN_TOUCH, 'laat (mij|me|ons) (iets |het )?weten\\b',
    // A channel names the receiving: "Nieuws en updates via e-mail", "Tips per e-mail"
    '(per|via) (e-?mail|sms|post|whatsapp)\\b', 'seintje', 'meer (te )?weten\\b', '(in|naar) (je|jouw|uw|mijn) (mailbox|inbox|brievenbus)', 'voeg (mij|me|ons)\\b', 'toegevoegd', 'zet (mij|me) op', '(sms|bel) (mij|me)',
    // Leaving a list is about marketing too: "Verwijder mij van alle abonnementen", "Afmelden voor alle e-mails"
    ...LEAVING, 'verwijder (mij|me)\\b',
    // "Ik wil geen e-mails, sms of post van Bol.com", "Ik wil liever geen e-mails van jullie", "Ja, ik wil de beste tips voor mijn tuin", "Ja, graag tips en inspiratie", "Ja, ik wil kortingen"
    '(wil|graag) (geen |graag |ook |liever |de |onze |jullie ){0,2}([a-z-]+ )?(e-?mails|mails|mailtjes|updates|nieuws|tips|folders?|kortingen)\\b',
    // Opting out names the mail it stops: "Opt-out van bestelronde e-mails", "Opt out voor alle updates"; so does not needing it: "Ik hoef geen e-mails", "Geen behoefte aan e-mails"
    'opt[ -]?out\\b', 'hoef(t|en)? (geen|niets)\\b', 'geen behoefte aan\\b',
    // "Ja, ik wil graag vrijblijvend gebeld worden door onze sponsors met een uniek aanbod", "… dat Bol.com mij af en toe belt met een aanbod"
    '(gebeld|belt|bellen)\\b',
    // "Ik wil graag uitgenodigd worden voor evenementen", "Nodig mij uit voor workshops"
    'uit(genodigd|nodigen)\\b', 'nodig (mij|me|ons) uit\\b',
  ],
  // "Houd mij op de hoogte van de status van mijn bestelling", "Heb je een kortingscode?"
  neverMatch: [
    // Knowing the rules, not being kept informed: "Vink aan om te laten zien dat u op de hoogte bent van de Affiliate Voorwaarden"
    'op de hoogte (bent|ben|is|zijn|te zijn) van (de |het |onze |deze )?([a-z-]+ )?(voorwaarden|regels|reglement|privacy[a-z]*)',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"; their language: "De taal waarin de deelnemer e-mails ontvangt"
    '(e-?mails?|mails?)( [a-z]+)? (in|als) (html|platte tekst|tekst)\\b', `${CLAUSE}\\b(in welke taal|(voorkeurs)?taal (waarin|voor))\\b${CLAUSE}`,
    // A setting applied to products, not news of them: "Pas dit {type} toe op alle nieuwe producten"
    '(toe|toepassen|toegepast|van toepassing) op (alle )?nieuwe (producten|artikelen)\\b',
    // Order notices, in one word or two: "Bestelling updates", "Order updates"
    '(bestel|order|verzend|bezorg|levering)[a-z]*[ -]?(updates?|status|bevestiging|berichten)',
    // Parcel tracking, the whole clause: "Ik wil een mail ontvangen met de track en trace code"
    `${CLAUSE}\\b(track ?(&|en) ?trace|tracking ?(code|nummer|link)|volgcode|trackingscode)${CLAUSE}`, '(heb je|ik heb|heeft u|hebt u|heb jij) (een )?(kortingscode|actiecode|promocode|promotiecode|couponcode|cadeaubon|cadeaukaart|waardebon|voucher|coupon)',
    // Reasons for leaving, in an unsubscribe survey: "Ik ontvang te veel e-mails", "De nieuwsbrief is niet relevant voor mij"
    `${CLAUSE}\\b(te veel|teveel|te vaak)( [a-z-]+){0,2} (e-?mails?|mails|mailtjes|e-?mailberichten|berichten|nieuwsbrieven|nieuwsbrief|mailings|aanbiedingen)\\b${CLAUSE}`,
    `(nieuwsbrie(f|ven)|e-?mails?|mails|inhoud|berichten|aanbiedingen)( [a-z]+){0,3} (is|zijn|was|waren) (niet|nooit|niet meer) (relevant|interessant|van toepassing)${CLAUSE}`,
    // The customer as the sender: "U kunt ons altijd e-mailen", "Voor vragen kun je ons mailen", "Kunt u ons mailen met uw bestelnummer?"
    // … or is told to: "Stuur een mailtje naar de helpdesk als er iets onduidelijk is", "Stuur ons een bericht naar info@…"; mail forwarded: "Stuur uw e-mails door naar een ander adres"
    '(stuur|stuurt)( [a-z-]+){0,3} door (naar|aan)\\b', 'doorsturen\\b',
    '(stuur|verstuur|stuurt) (ons |een |ons een )+(e-?mail|mail|e-?mailtje|mailtje|bericht)( [a-z]+){0,2} naar (de|ons|onze|het)\\b',
    '(u|je|jij) (kunt|kan|kun|moet)( [a-z-]+){0,4} (mailen|e-?mailen|bellen|contacteren|bereiken|appen|sms-en)\\b', '(kunt|kan|kun|moet) (u|je|jij)( [a-z-]+){0,4} (mailen|e-?mailen|bellen|contacteren|bereiken|appen|sms-en)\\b',
    // A newsletter being made or filed, in an interface: "Een nieuwe nieuwsbrief maken", "Deze nieuwsbrief archiveren", "Bewerk de campagne"
    '(nieuwsbrie(f|ven)|mailings?|campagnes?)( [a-z-]+){0,2} (maken|aanmaken|bewerken|archiveren|dupliceren|kopieren|inplannen|plannen|opslaan|publiceren|ontwerpen|bekijken|voorvertonen)\\b',
    '(maak|bewerk|archiveer|dupliceer|kopieer|plan|publiceer|ontwerp)( een| de| deze| nieuwe| je| uw){0,2} (nieuwsbrie(f|ven)|mailings?|campagnes?)\\b',
    // A form field, not a mailing: "E-mail van ontvanger", "E-mailadres van de afzender", "E-mail van tickethouder"
    '(e-?mail|e-?mailadres|naam|adres)( van)?( de| het)? (geregistreerde )?(ontvanger|afzender|geadresseerde|gebruiker|abonnee|klant|beoordelaar|tickethouder|houder|deelnemer|koper|contactpersoon|aanvrager)s?\\b',
    // Order data handed to a review service, not a mailing: "Stuur mijn order informatie niet naar WebwinkelKeur (… voorkomt het verzamelen van product reviews!)"
    '(mijn |uw |je |jouw |de )?(order|bestel)[ -]?(informatie|gegevens|details)\\b', '(verzamelen|verzameling|ophalen) van ([a-z]+ )?(reviews|beoordelingen|recensies)\\b',
    // Blog link notices (WordPress discussion settings): "Sta linkmeldingen van andere blogs (pingbacks en trackbacks) toe voor nieuwe artikelen"
    '[^.;:!?]*\\b(pingbacks?|trackbacks?|link ?meldingen)\\b[^.;:!?]*',
    // An address field named by what it is for: "E-mail voor feedback", "E-mailadres voor facturen"
    '^e-?mail(adres)? voor (feedback|vragen|contact|support|ondersteuning|klachten|facturen|facturatie|retouren|bestellingen|notificaties|meldingen)\\b',
    'offerte', 'reviewverzoek', '(verzoek|uitnodiging) (om|tot) (een )?(review|beoordeling)', '(uitgenodigd|uitnodigen|gevraagd)( [a-z]+){0,3} (om )?(een )?(reviews?|beoordelingen|beoordeling)\\b', 'onthoud (mij|me|mijn gegevens)', 'ingelogd blijven', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@',
    '(beantwoorden|beantwoording|antwoord op)( van)? (mijn|uw|je) (vraag|verzoek|vragen)',
    // Offers the user makes: "Ik wil een bod uitbrengen op dit artikel", "Laat de verkoper mij tegenbiedingen sturen"
    '(een |mijn |uw |je )?(tegen)?bod\\b( uitbrengen| doen| plaatsen)?', 'tegen(bod|biedingen|bieding|voorstel)(en)?\\b', 'biedingen?\\b', 'bieden op',
    // Offers shown, added or applied, not sent: "Toon aanbiedingen van partners in de app", "Voeg deze aanbieding toe aan je winkelwagen"
    `(toon|tonen|weergeven|laat (mij |me )?zien|bekijk(en)?|verberg(en)?)\\b${CLAUSE}`, `(aanbiedingen|advertenties|reclame|acties|aanbevelingen|deals|producten|inhoud|promoties|functies|features)${CLAUSE}\\b(tonen|te tonen|weergeven|weer te geven|getoond|weergegeven|laten zien|te laten zien|zien|te zien|verbergen|verborgen)\\b`,
    // Ads shown on a site or in an app are no messages: "Gepersonaliseerde advertenties" (a consent manager's purpose)
    '(gepersonaliseerde|persoonlijke|relevante|gerichte|op interesses gebaseerde) advertenties\\b',
    'aanbieding(en)?[a-z ]{0,30}(winkelwagen|winkelmand|mandje)', '(gebruik|invoeren|toevoegen|verzilveren|inwisselen|toepassen)[a-z ]{0,10}(kortingscode|actiecode|promocode|promotiecode|couponcode|cadeaubon|cadeaukaart|waardebon|voucher)',
    '((kortings|actie|promo|promotie|coupon)[ -]?code|coupon|kortingsbon|cadeaubon|cadeaukaart|waardebon|voucher)s? (invoeren|toevoegen|gebruiken|verzilveren|inwisselen|toepassen|hier|in te voeren|in te vullen|op te geven|te gebruiken|te verzilveren|in te wisselen|toe te passen|toe te voegen)\\b',
    // A product's state or a discount's rules, not a message: "Product in de aanbieding", "Alleen artikelen in de uitverkoop", "Sale-prijs inschakelen",
    // "Korting toepassen op de verzendkosten", "Deze coupon mag worden gecombineerd met andere coupons", "Individueel gebruik van de coupon"
    '(in|op) de (aanbieding|uitverkoop|sale)\\b', 'als aanbieding\\b', '(sale|actie|aanbiedings?|uitverkoops?|kortings|korting)[ -]?prij(s|zen)\\b',
    `(korting(en)?|coupons?|kortingscodes?|couponcodes?|kortingsregels?|[a-z]*voorde(el|len))\\b${CLAUSE}\\b(toepassen|toegepast|combineren|gecombineerd|berekenen|berekend|instellen|ingesteld|inschakelen|ingeschakeld)\\b${CLAUSE}`,
    '(gebruik|toepassing|combinatie)( maken)? van (de |deze |een |die |mijn |uw |je )?(korting|coupon|kortingscode|couponcode|actie|aanbieding)s?\\b', '(sale|aanbieding|korting|actie)s?[ -]?(badge|label|sticker|banner|icoon|balk)s?\\b',
    // A discount as an amount or a price rule: "Korting hoeveelheid", "Totaal aan korting voor de bestelling", "Prijs voor korting", "Vaste winkelmand-korting", "Staffelkortingen"
    // … or settled on this purchase: "Ik wil een Profpas, korting direct verrekend", "Je krijgt korting, automatisch afgetrokken"
    'korting(en)?,?( [a-z]+){0,2} (verrekend|afgetrokken|in mindering)\\b',
    '(na|zonder|exclusief|inclusief|incl|excl) korting\\b',
    'korting(en)? op (de|het|deze|dit) (bestelling|order|product|artikel|regel)\\b', '(staffel|kwantum|volume|meng|winkelmand|winkelwagen|bestel|order|klantgroep|hoeveelheids|vaste|procentuele)[ -]?korting(en)?\\b',
    // Lists by status in an interface: "Actieve evenementen", "Verlopen acties"
    '(actieve|inactieve|afgelopen|verlopen|geannuleerde|gepubliceerde|geplande|concept) (evenementen|acties|aanbiedingen|kortingen|coupons|promoties|campagnes|nieuwsbrieven)\\b',
    // Benefits as a list of selling points or an account page, "in your favour": "Jouw voordelen: gratis verzending", "Mijn voordelen", "in je voordeel beslist"
    '^(mijn|jouw|uw|je) ([a-z]*voordelen|kortingen|aanbiedingen|coupons|kortingscodes|deals)\\s*[.:]?$', '([a-z]+ )?voordelen\\s*:', '(in|ten) (je|jouw|uw|zijn|haar|ons|hun|het|ieders) voordee?le?\\b',
    // The rules of an offer already made: "Ik ga akkoord dat de korting vervalt bij retour", "Ik begrijp dat de aanbieding alleen geldig is bij online bestellingen", "Aanbieding verloopt op: 1 mei"
    `${CLAUSE}\\b((de|deze|dit|het) )?(korting|aanbieding|actie|coupon|kortingscode|voucher|cadeaubon)\\b${CLAUSE}\\b(vervalt|vervallen|geldig|geldt|gelden|verloopt|verlopen|inwisselbaar|cumuleerbaar|combineerbaar|terugbetaald|terugbetaalbaar|verrekend|ingehouden)\\b${CLAUSE}`,
    // Perks of a loyalty or city pass as a feature, gain as money, one's own doings: "Voordeel omruilen", "Omgeruilde voordelen" (UiTPAS),
    // "Intern gebruik zonder vergoeding of financieel voordeel", "Publiceer mijn acties op Facebook"
    '(voorde(el|len)|punten)( [a-z]+){0,3} (om te ruilen|(om|in)(ruilen|geruild))\\b|(ruil|(om|in)geruild)e?( [a-z]+){0,2} voorde(el|len)\\b', '(financie|commercie|zakelijk|fiscaa)[a-z]*( of [a-z]+)? voorde(el|len)\\b', 'mijn acties\\b',
    // Notices of one's own reservations and listings, and their headings: "… wanneer er een reservering voor een aanbieding met u is gedeeld", "Aanbieding gereserveerd"
    `(((e-?)?mail|notificatie|melding) ([a-z-]+ )?)?(wanneer|zodra|als) (er )?(een|je|jouw|uw|mijn) (nieuwe )?(reservering|boeking|bestelling|betaling|aanvraag)\\b${CLAUSE}`, '^(reservering )?(aanbieding|reservering|boeking)(en)? (gereserveerd|uitverkocht|gedeeld|geannuleerd)\\s*[.!]?$',
    // A link shared by mail, a call to take part in a study: "Wij sturen voor jou een mailtje met deze link", "Ik krijg graag berichten om actief mee te werken aan …"
    '(mailtje|e-?mail|mail|bericht)( te ontvangen)? met (deze |de |een )?(links?|url)\\b', `(berichten|uitnodigingen|e-?mails?|vragen|gevraagd)( [a-z]+){0,3} om (actief )?mee te (werken|denken)\\b${CLAUSE}`,
    // Calls and mails about the person's own case: "Mogen we je bellen als er vragen zijn over je bestelling?", "Mogen wij u bellen over uw aanvraag?"
    `(${CONTACTED}|bel|mail)( [a-z]+){0,4} (over|bij|voor|als|wanneer|indien|omtrent|naar aanleiding van) (er )?([a-z]+ ){0,3}(uw |je |jouw |mijn |de |het |deze |dit |eventuele )?(aanvraag|vraag|vragen|bestelling|order|klacht|reparatie|afspraak|levering|bezorging|reservering|offerte|sollicitatie|retour|probleem|problemen|vervolgvragen)\\b`,
    // … with the verb last: "U mag mij alleen over mijn offerte benaderen", "Ik wil over deze aanvraag gebeld worden"
    `(over|omtrent|inzake) (mijn|uw|je|jouw|deze|dit) [a-z-]*(aanvraag|vraag|offerte|bestelling|order|klacht|afspraak|reparatie)( [a-z]+){0,3} (${CONTACTED})\\b`,
    // … or about anything of the person's own, or of this request, that is no offer: "mag contact met mij opnemen over mijn berekening", "om mij te contacteren over mijn eerste training"
    `(${CONTACTED})(,? [a-z-]+){0,5},? (over|omtrent|naar aanleiding van) (mijn|uw|je|jouw|deze|dit) (?![a-z-]*(aanbieding|actie|korting|nieuws|product|promotie|dienst|evenement|merk|collectie|favoriet|interesse))[a-z-]+${CLAUSE}`,
    // … or for what the sentence before names, a study or a project ("…bevragingen in te vullen of in een focusgroep te zitten. Jullie mogen me daarvoor ook contacteren")
    '(daar|hier)(voor|over|toe)( [a-z]+)? (contacteren|benaderen|e-?mailen|mailen|bellen)\\b',
    // A sub-label saying how something is delivered: "Informatie wordt bezorgd via e-mail", "Tickets worden per e-mail verstuurd"
    '^(?!nieuwsbrie)[a-z]+ (wordt|worden) (bezorgd|geleverd|verstuurd|verzonden) (via|per) (e-?mail|post)\\s*[.!]?$',
    // Contact-form consent, with no purpose beyond answering: "Ik ga ermee akkoord dat deze informatie gebruikt wordt om mij te contacteren."
    `(?<!\\b(sponsor(s|en)?|partners|derden|adverteerders)\\b${CLAUSE})om (mij|me) (te )?(contacteren|mailen|e-?mailen|bellen|benaderen)(?=\\s*([.!?;:(]|$))`,
    // A call back from someone handling the request: "Ja, ik wil graag teruggebeld worden door een adviseur"
    '(gebeld|teruggebeld|terugbellen|gemaild|gecontacteerd|benaderd)( [a-z]+){0,3} (door|van) (een |onze |de |uw |je |jouw )?(adviseur|specialist|medewerker|expert|consulent|monteur|bezorger|koerier|installateur)s?\\b', 'teruggebeld', 'terugbel(len|verzoek)',
    // Offers that buyers make to a seller: "Accepteer aanbiedingen van kopers", "Automatisch aanbiedingen accepteren boven deze prijs"
    '(aanbiedingen|biedingen|boden|voorstellen) (van|door) (kopers|klanten|bezoekers|gebruikers|bieders)\\b', '(accepteer|accepteren|sta|toestaan|weiger(en)?)( automatisch)? (aanbiedingen|biedingen|boden)\\b', '(aanbiedingen|biedingen|boden)( [a-z]+){0,2} (automatisch )?(accepteren|toestaan|weigeren|afwijzen)\\b',
    // The shop's own settings, not a person's choice: "Nieuwsbriefformulier tonen in de footer", "Schakel de nieuwsbrief-popup in",
    // "Nieuwsbrieven versturen vanaf dit adres", "Stuur de nieuwsbrief als test naar mij", "Marketing e-mails versturen naar klanten"
    '([a-z]*nieuwsbrie(f|ven)[ -]?|[a-z]*)(formulier|popup|pop-up|archief|widget|sjabloon|template|shortcode)(en|s)?\\b',
    `(nieuwsbrie(f|ven)|mailings?|e-?mails?|campagnes?|berichten)( [a-z]+){0,2} (versturen|verzenden|verstuurd|verzonden) (naar|aan|vanaf|vanuit|als|via)\\b${CLAUSE}`, '^(de )?(nieuwsbrie(f|ven)|mailing|campagne)s? (versturen|verzenden|inplannen)\\s*[.!]?$', `${CLAUSE}\\b(als test|test[ -]?(e-?mail|mail|bericht|verzending)s?)\\b${CLAUSE}`,
    // Pictures used in publicity are no mail: "Ik geef toestemming om foto's van mij te gebruiken voor publiciteit"
    `(foto|beeld|video)${CLAUSE}publiciteit`,
    // Postage, not a mailing: "Certificaat van mailing" (a shipping option)
    '(certificaat|bewijs) (van|voor) (mailing|verzending)\\b',
    // Actions in an interface: "Acties bij deze bestelling", "Bulkacties", "Selecteer de acties", "Toegestane acties" (a role's permissions), "Verwijder al mijn volg-acties" (wpDiscuz)
    '(bulk|groeps|snel|massa?|admin|beschikbare|administratieve|aantal|dynamische|overige|selecteer|toegestane|verboden|volg|gebruikers)[ -]?acties\\b', 'acties (uitvoeren|uit te voeren|verwerken|ongedaan|toegepast)\\b', '(selecteer|kies) (de |een )?acties\\b', 'voer ([a-z]+ )?acties\\b', 'acties (bij|voor|op|met) (deze|dit|geselecteerde)\\b',
    `${CLAUSE}\\b(versturen|verzenden|sturen|mailen|stuur|verstuur|verzend|mail)( [a-z]+){0,3} (naar|aan) (de |alle |uw |je |jouw )?(klant(en)?|abonnees|gebruikers|leden|ontvangers|deelnemers|gasten)\\b${CLAUSE}`, `(klanten|abonnees|gebruikers|bezoekers) ((kunnen|mogen) )?zich${CLAUSE}`,
    // Site notifications: "Ontvang meldingen van nieuwe berichten", "Stuur de nieuwe gebruiker een e-mail over zijn account", "Ontvang e-mails als platte tekst"
    '([a-z-]*meldingen|[a-z-]*notificaties)( ontvangen)? (van|over|bij|voor) ([a-z]+ ){0,2}(berichten|reacties|onderwerpen|activiteit(en)?|vermeldingen|volgers|antwoorden|priveberichten|chats?)\\b',
    `(op de hoogte|updates?|berichten|e-?mails?|meldingen|notificaties)( [a-z]+){0,3} (over|van|voor|bij) (zijn|haar|hun) (account|profiel|bestelling|order|registratie)\\b`, `${CLAUSE}\\b(platte tekst|tekstversie|opmaak)\\b${CLAUSE}`,
    // Reminders: "Ontvang een herinnering voor evenementen waarvoor je bent ingeschreven"
    // but not a reminder about a cart left behind or a contract running out (those are marketing)
    `${CLAUSE}\\bherinnering(en|smails?|sberichten)?\\b(?<!(winkelwagen|winkelmand|contract)${CLAUSE})(?!${CLAUSE}(winkelwagen|winkelmand|contract))${CLAUSE}`,
    // What an account brings, not a message: "Profiteer van de voordelen van een account"
    '(het )?voorde(el|len) van (een |je |uw |jouw |het )?(account|klantaccount|registratie|registreren|inloggen)\\b',
    // Being aware of something is no receiving: "Door dit vakje aan te klikken verklaart u op de hoogte te zijn van het privacy beleid", "Ik ben ervan op de hoogte dat…"
    '(verklaar|verklaart|verklaren|bevestig|bevestigt|bevestigen|erken|erkent|erkennen)(,? [a-z]+){0,4} op de hoogte te (zijn|wezen)\\b', '(ben|bent)(?!( [a-z]+)? (graag|liever|altijd|ook|als eerste)\\b)( [a-z]+){0,2} op de hoogte\\b',
    // A single listing or booking changing state, after someone's action: "Ontvang een e-mail notificatie wanneer een aanbieding is gereserveerd", "… zodra mijn advertentie verkocht is"
    '(wanneer|zodra|als|indien) (een|de|het|je|jouw|uw|mijn) ([a-z-]+ ){1,2}((is|wordt|werd) )?(gereserveerd|(uit)?verkocht|volgeboekt|geboekt|geannuleerd|geaccepteerd|afgewezen|goedgekeurd|beantwoord|betaald|opgehaald|verwijderd|verlopen)( is| wordt| werd)?\\b',
    // Notifying someone else, or the person of what was just done: "Breng klant hiervan op de hoogte", "Beheerder op de hoogte stellen",
    // "Automatisch gegevens verwijderen en me via e-mail op de hoogte stellen"; a check for software updates: "Controleer automatisch op updates"
    '(?<!als )(klant(en)?|gebruikers?|organisator|afdeling|beheerders?|deelnemers?|abonnees?|auteur|eigenaar|verkoper)( [a-z]+){0,2} op de hoogte (stellen|brengen)\\b', '\\ben (mij|me)( [a-z-]+){0,3} op de hoogte (stellen|brengen)\\s*[.!]?$',
    '(controleer|zoek|check|controleren|zoeken)( [a-z]+)? (op|naar) updates\\b', '(updates?|meldingen|notificaties)( [a-z]+){0,3} (voor|van|over) ([a-z-]+ )?versies?\\b', '(beta|pre-?release)[ -]?(versies?|updates?)\\b',
    // … said with the verb first: "Breng afdeling bestellingen op de hoogte", "Stuur auteurs meldingen via e-mail over gebroken links in hun berichten"
    '(breng|stel|informeer) (de |het )?(klant(en)?|gebruikers?|organisator|afdeling|beheerders?|deelnemers?|abonnees?|auteurs?|eigenaar|verkoper)( [a-z]+){0,2} op de hoogte\\b',
    // A consent manager's category, alone: "Marketing"
    '^marketing\\s*[.:]?$',
    // Cookie and consent-manager categories: "Marketing/Tracking cookies", "Marketing: Deze diensten verwerken persoonlijke informatie…"
    `${CLAUSE}(cookies?|trackers?|tracking)\\b${CLAUSE}`, '[a-z &/-]{0,40}: (deze|dit|die) (diensten|dienst|cookies|technologieen|tools|categorie)[^.!?]*',
    '(gepersonaliseerde|relevante|gerichte|op interesses gebaseerde) (advertenties|reclame|inhoud)[a-z ,]{0,30}(te )?(tonen|weergeven)', 'gerichte (advertenties|reclame)',
    // Site and forum notices: "Houd me op de hoogte van vervolgreacties via e-mail", "Blijf op de hoogte als iemand op jouw reactie reageert", "Sta toe dat bezoekers reageren op nieuwe artikelen"
    `(sta|toestaan|houd|hou|breng|stuur|informeer|e-?mail|mail|gemaild|e-?mailen|mailen|blijf|blijven|op de hoogte|waarschuw|meld|abonneer|abonneren|volg|ontvang)${CLAUSE}\\b(reacties?|reageert|reageren|vervolgreacties|antwoorden|antwoordt|opmerkingen|comments?|(dit|deze|dat|het) (onderwerp|topic|draadje|discussie|gesprek|forum|categorie)|(nieuwe )?(draadjes|discussies|threads|priveberichten|prive-berichten|chatberichten)|nieuwe (onderwerpen|topics)|(berichten|onderwerpen|topics|discussies|threads) (waar|waarop|waarin|die|dat) (je|jij|u|ik))\\b${CLAUSE}`,
    `(op de hoogte (houden |brengen |stellen )?)?(als|wanneer|zodra) (iemand|een gebruiker|een lid|mensen|een ander)${CLAUSE}`, `(andere )?(gebruikers|leden) (mogen|kunnen|mag)${CLAUSE}`,
    // Posts in the thread at hand: "Ik wil nieuwe berichten in dit topic per e-mail ontvangen"
    `(berichten|reacties|antwoorden|bijdragen)( [a-z]+){0,2} (in|op|bij|onder) (dit|deze|dat|het) (onderwerp|topic|draadje|discussie|gesprek|forum|artikel|bericht)\\b${CLAUSE}`,
    // The shop mailing its customer in an admin screen: "Stuur de klant een e-mail met de nieuwe status", "Informeer de klant per e-mail"
    `(stuur|verstuur|mail|e-?mail|informeer|notificeer) (de |het |alle )?(klant(en)?|gebruikers?|abonnees|leden|deelnemers|ontvangers|kopers?|auteurs?|beheerders?)\\b${CLAUSE}`,
    // "Berichten van andere leden", "Sta andere gebruikers toe mij e-mails te sturen"
    '(berichten|e-?mails?|meldingen|priveberichten) (van|door) (andere )?(leden|gebruikers|deelnemers)\\b', `(andere )?(gebruikers|leden|deelnemers)${CLAUSE}\\b(berichten|e-?mails?) (te )?(sturen|versturen|zenden)\\b`, `(andere )?(gebruikers|leden|deelnemers|bezoekers)${CLAUSE}\\b(te )?(mailen|e-?mailen|contacteren|benaderen)\\b`,
    `(${NOTICES}|[a-z-]*communicatie)( [a-z]+){0,4} (over|van|met|voor|bij|omtrent) ([a-z]+ )?(bestelling|order|pakket|zending|levering|bezorging|retour|donatie|betaling|account)`,
    // The person's own case or service: "Houd mij op de hoogte van de voortgang van mijn aanvraag", "Ik wil op de hoogte blijven van storingen",
    // "Informeer mij over wijzigingen in de voorwaarden", "Ik wil e-mails ontvangen over activiteiten op mijn account",
    // a trip's day-of changes: "… per sms op de hoogte brengen van gewijzigde vluchttijden", "… van vertragingen";
    // the progress of a cause the person backs is its mail ("Ja, houd mij op de hoogte over de voortgang van deze petitie")
    `(${NOTICES}|informeer (mij|me|ons)|informeren)( [a-z]+){0,4} (over|van|met|voor|bij|omtrent|in) (mijn |uw |je |jouw |de |deze |dit |het )?(aanvraag|vraag|reparatie|afspraak|reservering|boeking|klacht|tickets?|dossier|zaak|zaken|sollicitatie|inschrijving|registratie|deelname|(voortgang|verloop|status)(?! van (de|deze) (petitie|campagne|actie))|behandeling|afhandeling|storing(en)?|vertraging(en)?|onderhoud|[a-z]*wijzig[a-z]*)\\b`,
    `${CLAUSE}\\b(account)?activiteit(en)? (op|in|van|bij) (mijn|uw|je|jouw) (account|profiel)${CLAUSE}`,
    // What the person already booked or holds: "Ik wil updates ontvangen over dit evenement", "Ik wil een e-mail ontvangen wanneer mijn abonnement verloopt"
    `(${NOTICES})( [a-z]+){0,3} (over|van|voor|bij|met betrekking tot|inzake) (dit|deze) (evenement|event|concert|festival|webinar|cursus|workshop|activiteit|bijeenkomst)\\b`,
    `${CLAUSE}\\b(mijn|uw|je|jouw) (abonnement|lidmaatschap)\\b(?! (op|voor) (de|onze|het|jullie) ([a-z]+ )?(nieuwsbrie|mailing|e-?mail|lijst))${CLAUSE}`,
    '(samenvattings?|overzichts?|digest|activiteiten?|notificatie|meldings?)[ -]?(e-?mails?|berichten|meldingen)', 'samenvatting[a-z ]{0,40}(onderwerpen|topics|berichten|reacties|activiteit|discussies)', 'prive-?berichten', '(kritieke|bugfix|software|beveiligings|systeem|firmware|app|status|automatische|plugin|thema|wordpress|core|vertalings?|layout|lay-out)[ -]?updates', `${CLAUSE}\\b(wachtwoord|inloggegevens|activatielink|activeringslink|bevestigingslink|verificatie)[a-z]*${CLAUSE}`, '(e-?mail|sms|bericht|melding|notificatie)[a-z ]{0,20}(wanneer|zodra|als|bij) (mijn|uw|je|jouw|de|het) (bestelling|order|pakket|zending|levering)[a-z ]{0,40}', 'over alle updates',
    // Reports and digests: "Stuur mij dagelijks een overzicht van nieuwe berichten", "Stuur mij wekelijks een e-mail met de statistieken" ("… een overzicht van de beste deals" stays)
    `${CLAUSE}\\b(statistieken|rapportages?|rapporten|(dagelijks|wekelijks|maandelijks)e? (een )?(overzicht|samenvatting|rapport)(?! van ([a-z]+ ){0,2}(aanbieding|actie|deal|korting|promotie|product)))\\b${CLAUSE}`, 'e-?mail(samenvatting|overzicht|digest)', '(dagelijkse|wekelijkse) (samenvatting|digest|overzicht)',
    // Where mail goes, not what it is: "Ik wil post van Essent op een ander adres ontvangen dan het leveringsadres", "Ik wil mijn post digitaal ontvangen"
    `${CLAUSE}\\b(op|naar|aan) (een |mijn |het )?(ander|afwijkend|apart)e? (adres|postadres|correspondentieadres|factuuradres|bezorgadres)\\b${CLAUSE}`, '(digitale|papieren) post\\b', 'post digitaal\\b',
    // The person's own case being ready: "Stuur mij een mailtje als mijn reparatie klaar is", "… zodra mijn bestelling klaar ligt"
    `(e-?mail|mail|e-?mailtje|mailtje|bericht|berichtje|sms|sms-je|melding|seintje)${CLAUSE}\\b(als|wanneer|zodra) (mijn|uw|je|jouw|de|het) ([a-z-]+ ){1,2}(klaar|gereed|verzonden|onderweg|opgehaald|afgehandeld|behandeld|bezorgd|geleverd|verwerkt|goedgekeurd|afgekeurd|ontvangen|bevestigd|beoordeeld)\\b${CLAUSE}`,
    // General words about something of the person's own that is no offer: "Ontvang e-mails over je lessen", "Ik wil op de hoogte blijven van mijn verbruik",
    // "Ik wil berichten ontvangen van mijn coach", "Ik wil een e-mail met mijn boekingsgegevens" ("… van uw promoties", "… over je favoriete merken", "e-mail tips en inspiratie voor mijn lessen" stay)
    `(${NOTICES}|mails?|mailtjes?|nieuws|overzicht)( (?!(tips|inspiratie|ideeen)\\b)[a-z]+){0,3} (over|van|voor|bij|met|omtrent|met betrekking tot) (mijn|je|jouw|uw) (?!([a-z-]+ ){0,2}[a-z-]*(aanbieding|aanbod|actie|activiteit|promotie|korting|nieuws|product|collectie|dienst|merk|deal|evenement|favoriet|interesse|voorkeur|nieuwsbrie|tips|inspiratie|winkel|assortiment|voorde|organisatie|bedrijf|vereniging|club|campagne|oproep|werving|inzamel|petitie))[a-z-]+\\b`,
    // Confirmations: "Ontvang een e-mail met je boekingsbevestiging"
    '(e-?mails?|mails?|berichten|bericht|sms|kopie)( [a-z]+){0,3} (met|van|voor) (je|jouw|uw|mijn|de|een|het) [a-z]{0,14}bevestiging(en)?\\b', '[a-z]{0,14}bevestiging(en|smails?)?\\b',
    // Product filters and discount rules: "Alleen artikelen met korting", "Producten met korting", "Korting op verzendkosten"
    '^([a-z]* ?[-:] )?(toon |laat )?(alleen|enkel|uitsluitend) (nieuwe )?(artikelen|producten|items|aanbiedingen|acties|promoties|sale|deals|kortingen|afgeprijsde)\\b[^.;:!?]*$',
    '(artikelen|producten|items) (met|in de) (korting|aanbieding|sale|uitverkoop)\\b', 'korting(en)? op (de |het |alle )?(verzendkosten|verzending|bezorgkosten|bezorging|totaal|subtotaal|winkelwagen|bestelbedrag)\\b',
    // What the person asks about the thing on the page: "Stuur mij de brochure van dit product", "Ik wil een brochure van deze woning ontvangen"
    '(brochures?|folders?|documentatie|info[a-z]*|prijslijst)( [a-z]+){0,2} (van|over|voor|bij) (deze|dit) (?![a-z-]*(nieuwsbrie|actie|aanbieding|promotie))[a-z-]+\\b',
    // Stock and price alerts: "Breng me op de hoogte als dit product weer op voorraad is", "… wanneer we het product weer op stock hebben"
    `[^.;:!?()]*\\b((weer|terug) (op voorraad|op stock|leverbaar|beschikbaar|binnen)|(op voorraad|op stock) (is|komt)|(beschikbaar|leverbaar) (is|wordt)|prijs(daling(en)?|wijziging(en)?|verlaging|alarm|alert|melding)|de prijs (daalt|zakt|lager|verandert|wijzigt)|voorraadmelding)${CLAUSE}`,
    `${CLAUSE}\\b(status|stand van zaken) van (mijn|uw|je|de|het) (bestelling|order|pakket|zending|levering)${CLAUSE}`, '[^.;:!?()]*\\b(als|wanneer|zodra) het (belangrijk|dringend) is[^.;:!?()]*', 'verlanglijst(je)?', 'wachtlijst', 'wenslijst(je)?', `${CLAUSE}\\bbeschikbaarheid${CLAUSE}`,
    // Account, system and receipt mails: "Ontvangt systeem e-mails", "Stuur mij een kopie van mijn kassabon per e-mail"
    '(account|systeem|beveiligings|wachtwoord|facturatie|factuur|betalings|service|essentiele|belangrijke|transactionele|administratieve)[ -]?(e-?mails?|meldingen|notificaties|berichten|herinneringen)',
    `${CLAUSE}\\b(factuur|facturen|ontvangstbewijs|ontvangstbewijzen|kassabon|kassabonnen|betaalbewijs|kwitantie|bonnetje|orderbevestiging|bestelbevestiging|betalingsherinneringen|bevestigingsmail)\\b${CLAUSE}`,
    // Balance and points notices (Magento reward points): "Ontvang notificaties over saldo updates", "Abonneren op saldo-updates"
    '(saldo|tegoed|spaarpunten|punten|puntensaldo)[ -]?(updates?|meldingen|notificaties|wijzigingen|overzicht)',
    `(updates?|meldingen|notificaties|berichten|informatie)( [a-z]+){0,3} (over|van|voor|bij|op) (het |mijn |je |uw )?(saldo|tegoed|winkeltegoed|spaarpunten|punten|puntensaldo)${CLAUSE}`,
    // Anonymous usage statistics; buying a subscription is not a mailing list
    `${CLAUSE}\\b(anonieme?|gebruiksstatistieken|gebruiksgegevens|crashrapporten|diagnostische gegevens)\\b${CLAUSE}`,
    'abonneer (en|&) bespaar', 'abonnement(s)?(kosten|voorwaarden|periode|product(en)?|bestelling|prijs)', '(automatisch )?verleng(en|ing)[a-z ]{0,20}abonnement', 'abonnement[a-z ]{0,20}(automatisch )?verlengen', 'dit abonnement\\b',
  ],
  // "Geen spam, alleen de beste aanbiedingen"; "We delen je gegevens nooit met derden"
  reassurance: [
    'geen spam', 'nooit spam', `(delen|verkopen|verstrekken|doorgeven|geven)${CLAUSE}(nooit|niet)${CLAUSE}(derden|partners|anderen)${CLAUSE}`,
    // Not the person's own refusal: "Ik wil niet dat mijn e-mailadres wordt doorgegeven aan derden", "Mijn gegevens mogen niet aan derden worden verstrekt"
    `${OWN_REFUSAL}(nooit|niet)${NOT_WANTED} (met|aan) (derden|partners)${CLAUSE}(gedeeld|verkocht|verstrekt|doorgegeven)${CLAUSE}`,
    'we respecteren (je|uw) privacy',
    `${OWN_REFUSAL}(nooit|niet)${NOT_WANTED}${CLAUSE}(doorgegeven|gedeeld|verkocht|verstrekt|doorgeven|delen|verkopen)${CLAUSE}(derden|partners|andere (bedrijven|partijen)|anderen)${CLAUSE}`,
  ],
  // "Afmelden kan altijd", "Je kunt je op elk moment weer uitschrijven"
  unsubscribeNotice: [
    `(afmelden|uitschrijven|uit te schrijven|af te melden)${CLAUSE}(altijd|elk moment|ieder moment|op elk gewenst moment|kosteloos|gratis|link|onderaan)${CLAUSE}`,
    `(altijd|elk moment|ieder moment|op elk gewenst moment)${CLAUSE}(afmelden|uitschrijven|uit te schrijven|af te melden|opzeggen|opzegbaar|intrekken|in te trekken|stoppen)${CLAUSE}`,
    `(toestemming|abonnement)${CLAUSE}(altijd|elk moment) (weer )?(intrekken|opzeggen)${CLAUSE}`,
  ],
  // "U ontvangt ook onze nieuwsbrief met aanbiedingen"
  priorNotice: [
    '(u|je|jij) ontvangt (ook |voortaan |daarna |van ons )*(onze |de )?(nieuwsbrief|aanbiedingen|reclame|e-?mails? met)',
    '(wij|we) (sturen|mailen|informeren) (u|je) (graag |ook |af en toe |soms |regelmatig )*(over|onze|aanbiedingen|nieuws|een nieuwsbrief)',
    '(uw|je) e-?mailadres (wordt|gebruiken we|zullen we)[^.]*(nieuwsbrief|aanbiedingen|reclame|marketing)',
  ],
  // "Afmelden kan altijd kosteloos"
  freeOfCharge: ['kosteloos', 'gratis', 'zonder (extra |bijkomende )?kosten', 'kost (u|je) niets'],
  // "Vraag een offerte aan"
  quoteRequest: ['offerte (aan)?vragen', 'vraag (een |uw |je |gratis )*offerte', 'offerteaanvraag', 'prijsopgave', 'gratis offerte'],
  // "Doorgaan zonder nieuwsbrief"
  negators: ['geen\\b', 'niet\\b', 'nooit\\b', 'niets\\b', 'zonder (de |onze |een )?(?=[a-z-]*(nieuwsbrie|aanbieding|reclame|marketing|e-?mail|mailing))'],
  // "Verwijder mij van alle abonnementen op deze pagina", "Schrijf mij uit", "Nieuwsbrief opzeggen"
  // "Ik heb nog geen account, maar wil wel de nieuwsbrief"
  contrasts: ['maar\\b', 'echter\\b'],
  conditions: ['als\\b', 'indien\\b', 'wanneer\\b', 'zodra\\b'],
  negativeVerbs: [...LEAVING, 'uitschrijf', 'opt-?out', 'weiger(en)?\\b', 'bezwaar', 'verwijder (mij|me|mijn (e-?mailadres|gegevens)) (van|uit)',
    // "Ik wens mij uit te schrijven", "Schrap mij van de mailinglijst", "Haal mij van de verzendlijst"
    'uit te schrijven', 'af te melden', 'schrap (mij|me|mijn [a-z-]+)\\b', 'haal (mij|me|mijn [a-z-]+) (van|uit|af)\\b',
    // "Sluit mij uit van marketing e-mails", "Ik trek mijn toestemming voor de nieuwsbrief in", "Ik zie af van de nieuwsbrief"
    'sluit (mij|me|mijn [a-z-]+) uit\\b', 'trek (mijn|de) toestemming ([a-z-]+ ){0,5}in\\b', '(zie af|afzien) van',
    // A switch that turns mail off: "Marketing e-mails uitschakelen", "Nieuwsbrief uitzetten", "Nieuwsbrief stopzetten", "Alle mailings beëindigen"
    '(afgemeld|uitgeschreven|uitgesloten|uitsluiten|intrekken|uitschakelen|uitzetten|deactiveren|stopzetten|stopgezet|beeindigen)\\b',
    // Objecting in so many words: "Ik verzet mij tegen het gebruik van mijn gegevens voor direct marketing", "Ik wens van de mailinglijst verwijderd te worden", "Van alle lijsten verwijderen" (MailPoet)
    '(verzet|verzetten) (mij|me|zich|ons) tegen\\b', 'verwijderd (te )?worden\\b', '[a-z]*(lijst(en)?|bestand) verwijderen\\b'],
  // Belgian Dutch misses by "mislopen": "Wil je geen aanbiedingen meer mislopen? Meld je aan"
  missVerbs: ['missen', 'mis\\b', 'mist\\b', 'mislop(en|t)\\b', 'misloop\\b', 'misgelopen\\b'],
  // "Haal het vinkje weg als u liever geen aanbiedingen ontvangt"
  // "Als u geen nieuwsbrief wilt ontvangen, kunt u het vinkje verwijderen", "Laat dit vakje leeg als…", "Schakel uit als je geen e-mails wilt, "Gelieve het vinkje te verwijderen indien u geen nieuwsbrief wenst"
  untickInstructions: ['(haal|verwijder) (het|dit|je|uw) vinkje', 'vinkje (weg|uit)', 'vink ((dit|het|deze) )?(vakje |hokje |optie )?uit\\b', 'uitvinken', 'zet (het|dit) vinkje uit',
    'vinkje (te )?(verwijderen|weghalen|weg te halen|uitzetten|uit te zetten)\\b', 'laat (dit|het|deze) (vakje |hokje |optie )?(leeg|open|uitgevinkt)\\b', 'schakel (dit |deze optie |het )?uit\\b'],
  // "Vink aan als u geen nieuwsbrief wilt ontvangen", "Wenst u dit niet, vink dan aan"
  tickInstructions: ['vink (dan |dit vakje |het vakje |deze |hier )?aan', 'aanvinken', 'kruis (dit vakje |hier )?aan', 'zet (hier )?een vinkje', 'klik (hier|dit vakje aan)', 'selecteer (dit|deze|hier)', 'markeer (dit|deze)'],
  yes: ['ja\\b', 'jazeker', 'graag\\b'],
  no: ['nee\\b', 'neen\\b', 'liever niet', 'nee,? bedankt'],
  answerValues: [['ja', 'nee']],
  fieldNames: { marketing: ['nieuwsbrief'], thirdParty: ['derden', 'partners?'], negative: ['geen_?nieuwsbrief', 'afmelden'], payment: ['betaalmethode', 'betaalwijze'], bookkeeping: [], listNames: [] },
  signupBlocks: ['nieuwsbrief'],
  filterBlocks: ['filter'],
  // "Ik ga akkoord met de algemene voorwaarden", "Ik heb het privacybeleid gelezen en ga akkoord"
  termsAcceptance: [
    '(kennis genomen|gelezen en (begrepen|geaccepteerd))[a-z ,]{0,30}(voorwaarden|privacy)',
    '(akkoord|eens|instemmen|stem in|aanvaard|accepteer)[a-z ]{0,30}(algemene |leverings|verkoop)?(voorwaarden|privacy|privacybeleid|privacyverklaring|reglement|spelregels)',
    '(voorwaarden|privacybeleid|privacyverklaring|privacy ?statement)[a-z ,]{0,40}(gelezen|akkoord|geaccepteerd|aanvaard)',
    // Data processing joined to marketing by "en met": "Ik ga akkoord met de behandeling en opslag van mijn gegevens en met het ontvangen van marketingcommunicatie"
    `(akkoord|eens|instemmen|stem in)( [a-z]+){0,2} met (de |het )?(behandeling|verwerking|opslag|verzamelen|gebruik)${CLAUSE}\\ben met\\b`,
    // Placing the order is the acceptance: "Door uw bestelling te plaatsen, gaat u tevens akkoord met ontvangst van onze nieuwsbrief", "Met het afronden van je bestelling…"
    '(door|met|bij) (het )?(plaatsen|afronden|bevestigen|voltooien|betalen) van (uw|je|jouw|de|deze) (bestelling|order|aankoop)\\b', '(door|met) (uw|je|jouw|de|deze) (bestelling|order|aankoop) te (plaatsen|bevestigen|voltooien|betalen|af te ronden)\\b', 'door (te )?(bestellen|af te rekenen)\\b',
  ],
  // "Ja, ik wil aanbiedingen van partners ontvangen", "zorgvuldig geselecteerde derden"
  thirdParty: [
    '([a-z]{3,14})?partner(s|bedrijven|organisaties|winkels|merken)?\\b', 'derden', 'derde partij', 'andere (bedrijven|merken|organisaties|partijen|ondernemingen)',
    'zusterbedrijven', 'zusterorganisaties', 'zustermerken',
    // "aanbiedingen van onze zakenpartners", "partnerorganisaties van deze petitie", "partnerwinkels", "bevriende bedrijven", "onze andere webshops", "andere titels van Mediahuis", "aanbiedingen van andere webwinkels"
    'bevriende (bedrijven|organisaties|merken|partijen|ondernemingen|winkels)', 'andere ([a-z0-9.]+-)?(webshops|webwinkels|winkels|labels|formules|titels|websites)\\b',
    // "zorgvuldig uitgekozen bedrijven", "relevante bedrijven", "bedrijven waarmee wij samenwerken", "goede doelen", "andere bedrijven van de groep"
    '(zorgvuldig |door ons )?(uitgekozen|gekozen|geselecteerde|relevante|betrouwbare|interessante) (bedrijven|organisaties|partijen|ondernemingen)\\b',
    '(bedrijven|organisaties|partijen|ondernemingen|merken) (waarmee|waar|met wie) ([a-z0-9.-]+ ){1,2}(samenwerk|samen werk)', 'goede doelen\\b',
    'groepsmaatschappijen', 'gelieerde', 'adverteerders', 'sponsor(s|en)?\\b',
    // Exhibitors at a fair, the companies taking part, the brands of a group: "Ja, de exposanten mogen mij benaderen", "gedeeld met de deelnemende bedrijven", "de merken die bij Bol.com horen"
    'exposanten\\b', 'standhouders\\b', 'deelnemende (bedrijven|organisaties|merken|partijen|partners)\\b', '(bedrijven|merken|winkels|labels|ondernemingen) die (bij|onder|tot) ([a-z0-9.&-]+ ){1,3}(horen|behoren|vallen)\\b',
    // "aanbiedingen van externe partijen", "merken binnen onze groep", "dochterondernemingen"
    'externe (partijen|bedrijven|organisaties)', 'dochter(ondernemingen|bedrijven|maatschappijen)', 'aangesloten (bedrijven|merken|winkels|ondernemingen)',
    '(bedrijven|merken|ondernemingen|organisaties) (binnen|van|uit) (de|onze|het|ons) ([a-z0-9.&-]+ ){0,2}(groep|concern|familie)\\b', 'groepsbedrijven', 'concernbedrijven', 'geselecteerde (winkels|merken|retailers|verkopers)',
    // Providers as senders or recipients (a marketplace's own "aanbieders" in a digest are not): "promotionele e-mails van loyaliteitskaartaanbieders", "gedeeld met energieaanbieders"
    '(van|met|aan) ([a-z]+ ){0,2}[a-z]*aanbieders\\b', '(bedrijven|merken|ondernemingen) (van|binnen) [a-z ]{0,20}group\\b',
    // Co-registration: one box, two or more named senders ("aanbiedingen van Bol.com, Wehkamp en Coolblue", "Wilt u de nieuwsbrief van Uwvoordeelpas en Bol.com ontvangen?", "aanbiedingen van Bol.com en Wehkamp")
    // "… commerciële berichten van Meester Inkoop en Inkoopmatch.", "… de nieuwsbrief van Uwvoordeelpas en Restaurant De Kas ontvangen?"
    // Two named senders as the subject: "Ja, ik wil dat Natuurmonumenten en WeMove Europe mij via e-mail op de hoogte houden"
    `dat (?!${NOT_A_SENDER})[a-z0-9.-]+( [a-z0-9.-]+)? (en|&) (?!${NOT_A_SENDER})[a-z0-9.-]+( [a-z0-9.-]+)? (mij|me)\\b`,
    `(nieuwsbrie(f|ven)|aanbiedingen|acties|e-?mails|mailings?|promoties|berichten|nieuws|updates) van (?!${NOT_A_SENDER})[a-z0-9.-]+( [a-z0-9.-]+)?(, [a-z0-9.-]+){0,4} (en|&) (?!${NOT_A_SENDER})[a-z0-9.-]+( [a-z0-9.-]+){0,2}?(( te)? ontvangen\\b|\\s*(?=[!?;]|[.](?![a-z])|$))`,
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
      'verzend(adres|ing|kosten|methode|wijze)', 'totaal', 'subtotaal', 'overzicht van (je|uw) bestelling', 'winkelwagen', 'kassa', 'ideal', 'factuuradres', 'incl\\.? btw', 'bestel\\b', 'bestelling',
    ],
    registration: ['account aanmaken', 'maak een account', 'registreren', 'registreer', 'wachtwoord', 'aanmelden als lid', 'word lid', 'mijn account', 'profiel aanmaken', 'forum'],
    newsletter: ['inschrijven', 'schrijf (je|mij|me) in', 'aanmelden voor (de|onze) nieuwsbrief', 'nieuwsbrief', 'abonneren', 'abonneer'],
    contact: ['contact(?!gegevens|informatie|persoon)', 'bericht', 'vraag stellen', 'stel je vraag', 'neem contact', 'verstuur bericht', 'klantenservice', 'weer (op voorraad|leverbaar|beschikbaar)', 'product (weer )?op voorraad is', '(voorraad|prijs)(melding|alert)'],
    survey: ['enquete', 'vragenlijst', 'winactie', 'win ', 'maak kans', 'prijsvraag', 'wedstrijd', 'winnen', 'doe mee', 'peiling', 'onderzoek'],
    // GiveWP nl, Wikimedia: "Doneer nu", "Mijn gift", "Word donateur"
    donation: ['doneer', 'doneren', 'donatie', 'donateur', '(eenmalige|periodieke|maandelijkse|jaarlijkse|jouw|uw|mijn) gift\\b', 'schenking'],
  },
};
