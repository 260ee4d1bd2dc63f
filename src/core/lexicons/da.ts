import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** Trigger frames across commas ("Send mig en e-mail, når nogen svarer"), bounded so a long label costs linear time: up to 150 characters before, 80 between. */
const BEFORE = '[^.;:!?()]{0,150}';
const GAP = '[^.;:!?(),\\u2013\\u2014]{0,80}';

// Danish. Patterns are written in normalised form: å → a ("pa", "vilkar"), but æ and ø have no
// diacritic to strip and stay ("markedsføring", "sæt kryds"); word boundaries know them as
// letters, so a pattern may start with one ("fødselsdagsrabat"). Compounds put the marketing noun last
// ("ugenyhedsbrev", "medlemstilbud", "rabatkuponer"), so the main nouns allow a prefix.
export const da: Lexicon = {
  lang: 'da',
  // Words that tell Danish from Dutch, German, English, French and Polish: no "en", "et", "i", "der", "den", "mit", "for", "om", "tak" (Polish "yes").
  // The few shared with Swedish (med, mig, pa, som, eller) only lift both above Dutch "en"/"de"; the page's lang decides between them.
  stopwords: ['jeg', 'og', 'i', 'ikke', 'vil', 'gerne', 'af', 'til', 'vores', 'jeres', 'hvis', 'dit', 'dine', 'mine', 'dette', 'denne', 'ønsker', 'modtage', 'modtag', 'ogsa', 'er', 'jer', 'skal', 'hermed', 'nyhedsbrev', 'nyhedsbrevet', 'tilbud', 'tilmeld', 'accepterer', 'venligst', 'blive', 'at', 'med', 'mig', 'pa', 'som', 'eller'],
  // "Jeg vil gerne modtage eksklusive e-mails med rabatter og produktinformationer" (MailPoet da_DK),
  // "Ja tak, send mig tilbud og kampagner på sms", "Jeg vil gerne modtage rabatkuponer, nyheder og tips"
  marketing: [
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Send mig en lille overraskelse, nar jeg har fodselsdag"
    'fødselsdags(rabat|gave|overraskelse|tilbud|kupon)[a-zæø]*', '(overraskelse|gave|rabat|tilbud|forkælelse)[a-zæø]*[^.;:!?]{0,50} (nar (jeg|du) har fødselsdag|pa (min|din) fødselsdag)\\b',
    '[a-zæø]*nyhedsbrev', '[a-zæø]*nyhedsmail', 'newsletters?', '[a-zæø]*tilbud(et|dene|ene)?\\b', '[a-zæø]*rabat(ter)?\\b', 'rabatkode(r)?\\b', 'produktnyheder', '[a-zæø]*kupon(er)?\\b', 'rabatkupon',
    '[a-zæø]*kampagne(r|rne)?\\b', '[a-zæø]*reklame(?!re)', '[a-zæø]*markedsf(ø|o|oe)r', 'marketing', '[a-zæø]*udsalg', '(e-?mail|mail|mailing|nyheds|udsendelses|distributions)-?liste', 'sms-?klub', 'eksklusive', 'medlemsfordele',
    // An address list only with a signing-up verb (alone it is an address book): "Tilmeld dig vores adresseliste", "Skriv mig op til jeres kundeliste"
    '(tilmeld|skriv (mig|dig) op|abonner|afmeld|frameld)[a-zæø ]{0,25}\\b(adresse|kunde|kontakt)-?liste(n)?\\b',
    // … also new ranges and brands: "Fortæl mig om nye serier, mærker og produkter, når de kommer hjem"
    'nye (produkter|varer|kollektioner|indlæg|indlaeg|artikler|opslag|udgivelser|serier|mærker|maerker|brands)', 'tilbudsavis(en|er)?\\b',
    // A periodic letter named by how often or for whom: "Jeg vil gerne modtage vores ugebrev", "månedsbrev", "medlemsbrev"
    '(uge|maneds|dags|medlems|kunde|info)brev(e|et|ene)?\\b',
    // A contact preference on its own, as on fundraising forms (en "Email me", "Text me"): "E-mail mig", "SMS mig"
    // … or a do-not-contact flag, as a CRM's "Do Not Call": "Ring ikke til mig", "Mail mig ikke"
    '^(ja,? )?(ring|e-?mail|mail|sms|sms\'e|skriv|kontakt(?= (ikke|mig ikke)\\b))( ikke| aldrig)?( til)? mig( ikke| aldrig)?( telefonisk| (pa|pr\\.?) [a-z-]+)?\\s*[.!]?$', 'høre (mere )?fra (os|jer)\\b',
    // News of the product itself, said as a topic or a trigger ("Få tidlig adgang til nye funktioner", in-app "Tips om nye funktioner" are neither): "Information om nye funktioner", "Modtag en e-mail, når der tilføjes nye funktioner"
    '((information|nyheder|opdateringer|e-?mails?|mails?|notifikationer|beskeder?)[a-zæø ]{0,20} om|nar (der )?(kommer|lanceres|udgives|tilføjes)) (vores |jeres )?(nye|kommende)[a-zæø, ]{0,30}\\bfunktion(er|aliteter)\\b',
    // Hearing from the shop by its name: "Jeg vil gerne høre fra Matas", "Ja tak, jeg hører gerne mere fra jer"
    '((vil|ønsker at|ønsker)( gerne)? høre|hører gerne) (mere |nyt )?fra\\b', 'først(e)? (med |til )?at (fa|høre|hore|vide)\\b', 'sms-?(service|nyheder)', 'personlige (anbefalinger|tilbud)', 'produktanbefalinger', 'deals?\\b', 'sale\\b',
    // Mailings named by their channel or content, as sv "mejlutskick": "Mailudsendelser", "nyhedsudsendelse"
    '(nyheds|e-?mail|mail|sms|reklame|tilbuds)-?udsendelse',
    // Magento "General Subscription" (da_DK): "Generel abonnement"; listmonk "Abonner igen på alle"
    'generel(t|le)? abonnement', 'abonner(e)? igen', '(e-?mail|nyhedsbrevs|sms)-?abonnement(er)?',
    // Bare list actions (AcyMailing, listmonk): "Abonner igen på alle", "Tilmeld", "Jeg ønsker at tilmelde mig"
    '(abonner|afmeld|tilmeld|frameld)( dig| mig)?( igen)? (pa|fra|til) (alle|listen|listerne|alle lister)\\b', '(afmeld|frameld)( dig| mig)? (alle( lister)?|fra alt)\\s*[.!]?$', '(abonnere?|afmeld|tilmeld|frameld|tilmeldes|skriv (mig|dig) op|(ønsker( at)?|vil( gerne)?) (til|af|fra)melde)( mig| dig)?( nu| her)?\\s*[.!:]?$',
    '(nyheder|opdateringer|tips|arrangementer|events|inspiration) (og|&) (nyheder|opdateringer|tips|tricks|arrangementer|events|inspiration)\\b',
    // A newsletter's title on a list of choices, with no verb: "Nyheder fra Mozilla", "Firefox-nyheder", "Seneste nyheder"
    // … or with its channel: "Nyheder via SMS"
    '^([a-zæø]+[ -]){0,2}nyheder( (fra|om) [a-zæø -]{1,30}| (via|pr\\.?|pa) (sms|e-?mail|mail))?\\s*[.!]?$',
    // "Magasin og øvrige selskaber i koncernen må kontakte mig"
    'ma (gerne )?(kontakte|ringe til|sende|maile|skrive til|sms\'e) (mig|dig|jer)\\b',
    // "Del ikke mine oplysninger med partnere"
    'del(e)? (ikke )?(mine?|dine?) (oplysninger|data|e-?mailadresse|personoplysninger)[a-zæø ]{0,20} med (partnere|tredjepart|samarbejdspartnere)',
    // The osCommerce / Zen Cart account box for updates on every product: "Globale produktnotifikationer"
    '(generel(le)?|global(e)?) produkt ?(notifikation|meddelelse|besked|nyhed)[a-zæø]*',
    // The passive and "videregive": "Jeg ønsker ikke, at mine oplysninger deles med tredjepart", "videregive mine data til samarbejdspartnere"
    '(mine|dine) (oplysninger|data|e-?mailadresse|personoplysninger|kontaktoplysninger)[a-zæø ]{0,20} (deles|videregives|overdrages|udleveres|sælges|saelges) (med|til) ([a-zæø]*partnere|tredjepart|andre)',
    // … and said of the shop, about the person's own data: "Jeg vil ikke have, at I deler mine oplysninger med tredjepart", "deler min e-mailadresse med udvalgte brands"
    '(deler|videregiver|overdrager|udleverer|sælger|saelger) mine? (oplysninger|data|e-?mailadresse|personoplysninger|kontaktoplysninger)[a-zæø ]{0,20} (med|til) ((udvalgte|jeres|betroede) )?([a-zæø]*partnere|tredjepart|andre|brands|mærker)',
    // … also the refusal: "Videregiv ikke mine oplysninger til andre virksomheder"
    '(videregive?|overdrage?|udlevere?)( ikke)? (mine|dine) (oplysninger|data|e-?mailadresse|personoplysninger|kontaktoplysninger)[a-zæø ]{0,20} til ((udvalgte|vores|betroede|nøje udvalgte) )?([a-zæø]*partnere|tredjepart|andre)',
    // Reminders of a left basket are marketing (reminders of a booking, or sent to customers by the shop's admin, are not): "Send mig påmindelser om min kurv", "kurvpåmindelser", "en påmindelse på e-mail, hvis jeg glemmer varer i kurven"
    '[a-zæø]*kurvpamindelse', 'pamind(else|elser|elserne)?\\b((?!kunde(r|n|rne)?\\b|bruger)[^.;:!?]){0,60}\\b(indkøbs|indkobs)?kurv',
    // "Jeg ønsker at modtage kommercielle henvendelser"
    'kommerciel(le|t)? (henvendelser|kommunikation|beskeder|e-?mails?|meddelelser|information)',
  ],
  // "Jeg vil gerne modtage opdateringer og tilbud" (BigCommerce da), "Send mig e-mails med nyheder"
  weakMarketing: [
    // Appeals of a cause: "Send mig e-mail med måder, hvorpå jeg kan støtte Wikipedia"
    '(mader|muligheder),? (hvorpa |til at |hvordan )?((jeg|du|man|i) kan )?(støtte|hjælpe|bidrage)\\b',
    'e-?mails\\b', '(nyheds|opdaterings|tilbuds|kampagne|marketing|reklame|info|promoverings)?-?mails\\b',
    // "lignende promoverings-mails", "modtage promoveringer": next to a receiving verb only, "promovér din annonce" is a paid listing
    'promovering(er)?\\b', 'nyheder', 'opdateringer', 'information(er)?\\b', 'produktinformation(er)?\\b', 'inspiration',
    // Tips by topic, advantages, invitations, a mail as the thing received: "stiltips", "Få fordele som medlem", "modtage invitationer til events", "modtage e-mail"
    '[a-zæø]*tips\\b', '[a-zæø]*fordele\\b', 'invitationer (til|om)\\b', '(modtage|modtag|fa) (e-?mail|mails?)\\b', '[a-zæø]*katalog(er|et)?\\b', '[a-zæø]*brochure(r)?\\b',
    'nyt (fra|om)\\b', 'udsendelser', '(vores|jeres|nye|lignende) (produkter|tjenester|ydelser|kurser|tiltag)', 'produkter og (tjenester|services|ydelser)', 'opdateret', 'orienteret', '(mig|dig|jer) (informeret|underrettet)\\b', 'e-?mails? (fra|om)\\b', '(vores|ugentlige|manedlige|regelmæssige) (e-?mails?|mails?|udsendelser)',
    // "Send mig en ugentlig mail om nye annoncer", "Jeg vil gerne modtage relevant kommunikation"
    '(ugentlig|daglig|manedlig|regelmæssig|lobende)e? (e-?mails?|mails?|udsendelser|nyheder|opdateringer)', 'kommunikation', 'anbefalinger', '(elektroniske )?henvendelser', 'elektronisk post', 'blog(gen|indlæg|indlaeg)?\\b', 'lister?\\b', '(pa|til) (vores |jeres |din |den )?listen\\b', '(mig|dig) i (vores |jeres |din )?listen\\b',
    // A shop's printed or member publication: "Jeg vil gerne modtage kundeavisen", "medlemsbladet"
    // A shop's loyalty club, joined with a verb: "Tilmeld mig kundeklubben", "Bliv medlem af vores rabatklub"
    '(kunde|rabat|medlems|fordels|bonus|vip|loyalitets)-?klub(ben|ber|berne)?\\b',
    // Advice as the thing sent: "Ja tak, send mig også værktøjer og råd på mail", "gode råd og inspiration"
    // … and prices kept for members: "ugens bedste priser", "medlemspriser"
    '(gode|nyttige|praktiske|og|&) rad\\b', 'rad (og|&) [a-zæø]', '(special|medlems|vip)priser\\b', 'bedste priser(ne)?\\b',
    '(kunde|tilbuds)avis(en|er)?\\b', '(kunde|medlems)(magasin|blad)(et|er)?\\b', "sms('?er|'erne)?\\b(?!-)", '[a-zæø]*arrangementer', '[a-zæø]*events\\b',
    // Telemarketing, next to a verb (alone "Telefonsalg" may name a shop's phone desk): "Jeg ønsker ikke telefonsalg"
    'tele(fon)?salg\\b', 'telemarketing', 'konkurrencer', 'lanceringer', 'hold(e)? kontakten',
  ],
  receiving: [
    // … not "kontaktløs": "Aktivér hurtige, kontaktløse indtjekninger til events"
    'modtag', 'fa\\b', 'far\\b', 'tilmeld', 'abonn', 'send(e|er)? (mig|dig|jer)', 'sende', 'hold(e)? (mig|dig|jer)', 'kontakt(?!løs|los)', 'informer', 'maile', 'e-?maile', 'e-?mail (mig|os)\\b',
    'skriv(e)? (mig|dig) op', 'hold(e)? kontakten', 'ja,? tak til', 'ønsker\\b', 'vil (ikke )?have\\b', 'tag(e)? del i\\b', '(inviteres|inviter(e)? (mig|dig))\\b', 'høre (mere )?(om|fra)\\b', 'send (ingen|ikke)\\b', 'holdes\\b', 'blive kontaktet', 'giv (mig|os) besked', 'fortæl(le)? (mig|dig)\\b', '(underret|notificer|adviser) (mig|os)', 'underrettes\\b', 'tilføj (mig|dig)', 'afmeld', 'frameld', '(pr\\.?|via|pa) e-?mail', 'gerne have', 'følg(e)? med( i)?\\b',
    // "Tip mig om nyheder", "Opdater mig om nye kurser", "Vil du være medlem af vores kundeklub?", "Jeg vil være med i VIP-klubben", "Jeg vil gerne vide mere om jeres produkter"
    'tip (mig|dig)\\b', 'opdater (mig|dig)\\b', '(bliv(e)?|være|vaere) (medlem (af|i)|med i)\\b', 'vil (gerne )?vide (mere )?om\\b', 'melde? (mig|dig) ind\\b',
  ],
  // "Få øjeblikkelige opdateringer af din ordre på Messenger" (BigCommerce da), "Har du en rabatkode?"
  neverMatch: [
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mails?|mails?|e-?post)( [a-zæø]+)? (i|som) (html|tekst)\\b',
    // Software, account and security notices, ad blocking, one-time codes: "Bloker reklamer og sporing", "engangskode via SMS",
    // "automatiske opdateringer", "sikkerhedsadvarsler for din konto"
    `(bloker|blokker|skjul|fjern)[a-zæø]* (reklamer|annoncer|trackere)${CLAUSE}`,
    '(engangskode|bekræftelseskode|bekraeftelseskode|sikkerhedskode|verifikationskode|kode)(n|r)? (via|pr\\.?|pa|med) sms', 'sms-?(kode|verifikation)',
    // The customer as the sender, to the shop or its staff: "Kontakt os, hvis du er interesseret i vores ydelser", "skriv til os", "Kontakt venligst en administrator for mere information"
    '(kontakt(e)?|e-?maile|maile|ring(e)? til|skriv(e)? til) (os|(venligst )?(en |din |vores |jeres )?(administrator|admin|bank|kundeservice|support))\\b',
    // Contact details as a thing to fill in: "Anonyme brugere skal indtaste kontakt information"
    'kontakt[ -]?(information|oplysninger)',
    // Free of ads, a product's feature: "en reklamefri oplevelse"
    'reklame?fri[a-zæø]*',
    // An admin setting that lets customers sign up: "Tillad kunder at tilmelde sig nyhedsbrevet i kassen"
    `(lad|tillad)( alle)? (kunde|bruger|besøgende|medlem)[a-zæø]*${CLAUSE}`,
    // Mail as a service, not as messages from the shop: "Du kan ikke sende eller modtage e-mails, før din konto er godkendt"
    '(sende|send) (eller|og) modtage (e-?mails?|mails?)',
    '(automatiske|software|sikkerheds|system|app)[- ]?opdateringer', 'opdateringer (af|til) (appen|programmet|softwaren|systemet)',
    `(sikkerheds|login|konto)[a-zæø]*(advarsler|beskeder|notifikationer|meddelelser|mails|e-?mails)${CLAUSE}`, `${CLAUSE}\\buden at kommentere${CLAUSE}`,
    // "Hold mig opdateret om min ordre", and on a library account: "Modtag e-mails om dine lån, reserveringer osv.", "e-mails om aktivitet på min konto"
    // … and being contacted about my own inquiry or application: "Jeg accepterer, at Yoga Bible må kontakte mig om denne forespørgsel"
    // … and on a trip or event of mine (a booking), only after "min/mit": "Få sms om din rejse", "må sende mig sms'er om mit arrangement"; bare "rejser", "arrangementer" stay marketing
    '((sende|send) (mig|dig) )?(opdateringer|opdateret|informeret|orienteret|underrettet|nyheder|beskeder|besked|information|notifikationer?|sms(\'?er)?|e-?mails?|(kontakte|ringe til|maile|e-?maile) (mig|dig)|kontaktet)( [a-zæø-]+){0,5} (om|af|vedr\\.?|vedrørende|angaende|inden|før|til|pa) (din |min |jeres |dit |mit |dine |mine |denne |dette |den |det )?([a-zæø]+ )?(ordre(r)?|bestilling(er)?|levering(er)?|forsendelse(r)?|pakke(r)?|køb|lan|sag(er)?|reservering(er)?|reservation(er)?|booking(er)?|konto(en)?|aftale(n|r)?|[a-zæø]*forespørgsel|henvendelse|ansøgning|anmodning|spørgsmal|afhentning|besøg|(?<=(min|mit|din|dit|jeres) )(rejse|flyrejse|togrejse|arrangement|event|koncert|forestilling)(n|en|et)?)\\b',
    '(ordre|bestillings|leverings|forsendelses)(bekræftelse|bekraeftelse|status|opdatering|sporing)',
    '(har du|jeg har|indtast(e)?( venligst)?|angiv|brug|tilføj|indløs) (en |din |et )?((rabat|kupon|rabatkupon|kampagne|tilbuds|promo)kode|gavekort)', '(rabatkode|kuponkode|gavekort|kampagnekode|tilbudskode|promokode)(n|t)? (indtast|anvend|brug)',
    'uforpligtende tilbud', '(modtage|fa|indhente|giv(e)?|send(e)?) (mig )?et (uforpligtende |gratis |personligt )?tilbud\\b', '(anmod om|bed om|indhent|indhente) (et )?tilbud', 'afgive (et )?bud', 'husk mig', '(forbliv|forbli|hold mig) logget ind',
    '(e-?mail|mail|courriel)[a-zæø ]{0,14} (naar|to|an|a|til) [a-z0-9._%+-]+@',
    '(vis|se)\\b[a-zæø ]{0,40}\\b(i|pa) (appen|app\\b)',
    // Filters and prices, not messages: "Vis kun varer på tilbud", "Priser eksklusive moms"
    // … with their relative clause: "Vis en liste over produkter, der i øjeblikket gives rabat på"
    `^(vis|skjul|sorter|filtrer|søg|soeg)\\b[^.;:!?()]*`,
    // Discounts as a shop feature, an amount, a price basis or a term of validity: "Aktiver rabatter", "Fjern rabatkode", "Rabatbeløb",
    // "Rabatter og levering beregnes ved betaling", "Subtotal (før rabatter)", "Tilbuddet gælder til søndag"; a code field: "Rabatkode:"
    // … the verb up to three words before the discount, none of them the "og" or "få" of a sign-up ("Opret en konto og få rabat" stays): "Aktiver Gratis Levering rabat"
    // … and the admin's other actions on a code, in any form of the verb: "Tilføj ny rabatkode", "Dupliker kupon", "Du skal være logget ind for at aktivere denne rabat", "Du kan kun bruge denne rabatkode én gang"
    '(aktiver|deaktiver|beregn|anvend|brug|tillad|registrer|ændr|aendr|indløs|indlos|annuller|fjern|opdater|rediger|opret|slet|begræns|begraens|vælg|vaelg|skift|tilføj|angiv|dupliker|kopier|skjul|gem|generer|indstil)(e|er)? ((?!(og|fa|far|at|for|mig|dig)\\b)[a-zæø]+ ){0,3}[a-zæø]*(rabat|kupon|kampagnekode|tilbudskode|gavekort)[a-zæø]*',
    // A code's or a discount's state, as the shop reports it: "Rabatkode aktiveret", "Kupon er blevet slettet", "Din rabat vil blive anvendt ved kassen", "Ugyldig kupon"
    '(rabat|kupon|rabatkode|rabatkupon|kampagnekode|tilbudskode)[a-zæø]* (er |vil blive |bliver |blev |er blevet )?(allerede )?(brugt|aktiveret|deaktiveret|slettet|oprettet|opdateret|anvendt|fjernet|genereret|skjult|gemt|tilføjet|udløbet|ugyldig)\\b', '(ugyldig|udløbet|udlobet)e? (rabat|kupon|rabatkode|kampagnekode)[a-zæø]*',
    // A discount as a price or a line of the bill: "Rabatpris", "Procent rabat", "Ekstra rabat", "Online Betaling Rabat", "Rabatkuponer i alt (ekskl. moms)", "Rabatter og gebyrer"
    'rabatpris(en|er)?\\b', 'pris(en|er)? (med|uden|efter|før) rabat', '(?<!(fa|far|modtag|modtage|giv|give|giver) )(procent|ekstra|øjeblikkelig|online betaling|betalings|flad|kontant|mængde)[a-zæø]* rabat(ten)?\\b', '(rabat|kupon)[a-zæø]* (i alt|navn|detaljer|stigende|faldende)\\b', '(rabat|kupon)[a-zæø]*(navn|detaljer|oversigt)\\b', 'rabat(ter)? (og|&) (gebyrer|afgifter)\\b',
    // A discount's attributes: "Rabattypen", "Værdien af rabatkuponen", "Antal rabatkoder brugt"
    '(type|typen|værdi|vaerdi|værdien|vaerdien|beløb|belob|beløbet|belobet|antal|antallet|gyldighed|gyldigheden) (af|for|pa) (en |denne |den )?(rabat|kupon|rabatkode|rabatkupon|kampagnekode)[a-zæø]*',
    // A discount's kind, unit, dates and rules of use, a tax rebate: "Rabat i procent", "Manuel rabat", "Kupon udløbs dato",
    // "Hvor mange gange rabatkuponen kan benyttes pr. kunde", "Skatterabat"
    // … not a perk that is given: "Få automatisk rabat som medlem" stays
    '(?<!(fa|far|modtag|modtage|giv|give|giver) )(fast|faste|procentvis|procentvise|manuel|manuelle|specifik|specifikke|automatisk|automatiske|absolut|absolutte)[a-zæø]* [a-zæø]*(rabat|kupon)[a-zæø]*', 'rabat(ten)? (pris|netto|brutto|total)\\b', '(rabat|rabatter|kupon|kuponer)\\s*\\((%|procent|kr|dkk)\\)', '(rabat|kupon)[a-zæø]* (i|pr\\.?) (procent|kroner)\\b',
    '(rabat|kupon|kampagnekode)[a-zæø]*[ -]?(udløbs|udlobs|start|slut)[ -]?dato', '((rabat|rabatkode|kupon|rabatkupon|kampagnekode)[a-zæø]* (kun |ikke )?(kan|ma|skal)|(kan|ma|skal) (rabat|rabatkode|kupon|rabatkupon|kampagnekode)[a-zæø]*) (kun |ikke )?(bruges|anvendes|benyttes|kombineres)\\b', '(skatte|moms|mængde|maengde|kvantums|volumen)rabat[a-zæø]*',
    // Codes already in use on an order: "Total momsbeløb … fra de anvendte rabatkuponer", "%s værd af kuponer, der er brugt"
    '(anvendte|anvendt|brugte|brugt|aktive|aktiv) (rabat|rabatkode|kupon|rabatkupon|kampagnekode)[a-zæø]*',
    '(rabat|rabatter|kupon|fragt|levering|moms)[a-zæø ,]{0,30}\\b(beregnes|udregnes|udregnet|beregnet)\\b', '(før|efter|inkl\\.?|ekskl\\.?|inklusive|eksklusive) (rabat(ter|ten|terne)?|kupon)\\b',
    '(udelukket|undtaget) fra (rabat|tilbud|kampagne)[a-zæø]*', '^((rabat|kupon|rabatkupon|kampagne|tilbuds)[ -]?kode|kupon|gavekort)(n|en|t)?\\s*[:.!?]?$',
    // … or who may use it: "Denne rabat er kun tilgængelig for nye kunder", "gøre denne rabat kun gældende for den første betaling"
    // A product's state, not a message: "På tilbud"; "Tilbud" alone on a sign-up form stays marketing
    '^(varer |produkter )?pa (tilbud|udsalg)\\s*[.!]?$',
    '(rabat|kupon|tilbud)[a-zæø]*(beløb|belob|type|procent|sats|felt|regel|regler|kode er)\\b', '(tilbud|rabat|rabatkode|kupon|kampagne)(det|ten|en|et|n)? (er |har )?(kun )?(gyldig|gælder|gaelder|gældende|gaeldende|tilgængelig|tilgaengelig|udløber|udlober|udløbet|udlobet|kan ikke)[a-zæø]*', '(samlet|samlede|totale?) rabat(ten|ter)?\\b', '(eksklusive|inklusive|ekskl\\.?|inkl\\.?) (moms|fragt|levering|skat)',
    // Cookie and consent-manager categories, the cookie also in a compound: "Markedsføring: Disse tjenester behandler personlige oplysninger for at vise dig relevant reklame",
    // "Marketingcookies: bruges af os og vores partnere…", "Med markedsføringscookies kan vi vise dig reklamer…"
    `${CLAUSE}\\b([a-zæø]{0,30}(cookies?|sporing)|sporingsteknologi(er)?)\\b${CLAUSE}`, '[a-zæø &-]{0,40}: (disse|denne|dette) (tjenester|tjeneste|cookies|kategori)[^.!?]*',
    // Letting an ad network collect data, a consent-mode category: "Tillader Google at indsamle personlige data til onlineannoncering og markedsføring"
    `(indsaml|indsamle|indsamler|samle|sende|sender|dele|deler|behandle|behandler)[a-zæø ]{0,40}\\b(data|oplysninger|personoplysninger|brugerdata)\\b[a-zæø ]{0,30}\\btil ([a-zæø-]+ ){0,2}[a-zæø-]*annoncering\\b${CLAUSE}`, '(personlig|personaliseret|malrettet|interessebaseret|online|google)[ -]?annoncering\\b',
    '(vise|viser) (dig )?(relevant|personlig|personaliseret|malrettet|interessebaseret|tilpasset)[a-zæø ,-]{0,40}(reklame|annoncer|indhold)', '(opbygge|oprette|lave) (en )?profil', 'malrettet reklame',
    // Forum and stock notices: "når nogen svarer på din kommentar", "når varen er tilbage på lager"
    `${BEFORE}\\b(nar|hvis) (nogen|en (anden )?bruger|et medlem)\\b${CLAUSE}`, `\\bnogen (accepterer|afviser|svarer|kommenterer|skriver|følger|folger|nævner|naevner|sender|inviterer)${CLAUSE}`,
    // Offers the user makes: "... nogen accepterer mit tilbud eller anmodning"
    '(mit|dit|jeres|sit) (tilbud|bud|modbud)\\b',
    // A quote as a document of an invoicing or booking system (Invoice Ninja da): "Gem tilbud", "Tilbud slettet", "Pristilbud",
    // "Tillad at Kunden kan godkende udløbne tilbud", "Arkivér tilbagevendende tilbud", "Tilbud nr."
    'pristilbud[a-zæø]*', '(gentag(et|ne)|tilbagevendende|udløb(et|ne)|udlob(et|ne)|accepterede?|godkendte?|afviste?|arkiverede?) tilbud\\b', 'tilbud(det|et)? (nr\\.?|nummer|#)',
    '(opret|gem|slet|rediger|arkiver|gendan|genskab|dupliker|kopier|klon|konverter|udskriv|download)[a-zæø]* (et |nyt |dette )?tilbud(det)?\\b', '(accepter|godkend|afvis|afsla)[a-zæø]* (dette tilbud|det tilbud|et tilbud|tilbuddet)\\b',
    'tilbud(det|et)? (er |blev |er blevet )?(opdateret|slettet|oprettet|arkiveret|gendannet|genskabt|accepteret|godkendt|afvist|konverteret|gemt)\\b',
    // … and a notice on its state, or on a booking's: "E-mail mig når et tilbud er accepteret", "Modtag SMS, når kampen er flyttet"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b(er|bliver|blev|er blevet) (accepteret|godkendt|afvist|afslaet|set|læst|abnet|underskrevet|annulleret|aflyst|flyttet|rykket|ændret|aendret|betalt|udløbet|udlobet|besvaret)\\b${CLAUSE}`,
    // A trigger on site activity, an order or a case, comment notices: "Send mig en e-mail, når et nyt indlæg har været udgivet", "… sende et auto-svar til en kunde, når en sag bliver opdateret"
    `${BEFORE}\\bnar\\b${GAP}\\b(indlæg|indlaeg|kommentar|svar|besked|opslag|trad|emne|pakke|ordre|bestilling|levering|forsendelse|annonce|henvendelse|sag|profil|konto|betaling|refusion|ipn)[a-zæø]*\\b${CLAUSE}`,
    `(giv|underret|notificer|abonner|følg|folg|e-?mail)[a-zæø]*[a-zæø ]{0,30}\\b(kommentar(er|en|erne)?|svar(et|ene)?|trade?|traden|diskussion(er|en)?|omtaler?)\\b${CLAUSE}`,
    // Messages between people, updates to other people, account mails and reminders: "Send opdatering til de inviterede"
    // A message when something of mine is ready is a service notice: "Jeg vil gerne modtage en sms, når min bil er klar"
    `(en |et )?(sms|e-?mail|mail|besked)(en)?,? (nar|sa snart) (det er )?(min|mit|mine|din|dit|dine|jeres)\\b${CLAUSE}`,
    // … or when a loan or a click-and-collect order is ready to collect: "Modtag sms når materialet er klar til dig"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b((er|bliver|ligger) klar (til (dig|afhentning|at blive hentet|at hente))|kan (af)?hentes)\\b${CLAUSE}`,
    // … or can be bought again: "Send mig en mail, når varen kan købes igen"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b(kan (købes|kobes|bestilles) igen|(kommer|er) hjem(me)? igen)\\b${CLAUSE}`,
    // New posts in a thread or forum, codes by text: "Giv mig besked om nye indlæg i denne tråd", "Send mig sms med min adgangskode"
    '(nye )?(indlæg|indlaeg|opslag|svar|beskeder)( [a-zæø]+){0,2} (i|pa) (denne |den her |dette |det her )?(trad|forum|emne|gruppe)[a-zæø]*',
    // Things of my own sent to me: "AboVagt må sende mig mit quiz-resultat per email", "Send mig min kvittering"
    "(send|sende|sender|maile|e-?maile|sms'e)( gerne)? (mig|dig) (mit|min|mine|dit|din|dine)\\b",
    // … and the other way round: "Jeg vil gerne modtage mit kodeord på sms"
    '(min |mit |din |dit |en |et |ny |nyt )?(adgangskode|kodeord|engangskode|pinkode|loginoplysninger)(n|t|en|et|r|rne)?( (via|pr\\.?|pa|som|med) (e-?mail|mail|sms))?\\b',
    '(sms|e-?mail|mail)[a-zæø ]{0,20} med (min |din |en |et )?(adgangskode|engangskode|pinkode|kode|login)[a-zæø]*',
    '(personlige|private|direkte) (beskeder|besked|mails?)', 'beskeder fra (andre )?(brugere|medlemmer|personer)',
    '(opdateringer|opdatering|beskeder|besked|invitationer|e-?mails?|notifikationer)[a-zæø ]{0,20} til (alle )?(de )?(inviterede|deltager(e|ne)|gæster(ne)?|gaester(ne)?|modtager(e|ne)|medlemmer(ne)?)\\b',
    // Link notices between blogs, confirmation of mails (double opt-in): "Tillad link-notifikationer fra andre blogge (pingbacks og trackbacks)", "Kræv bekræftelse på e-mails"
    '(link-?notifikationer|notifikationer om (nye )?links) fra andre (blogge|hjemmesider|websteder)[^.;!?]*', '(bekræftelse|bekraeftelse)(r|n)? (pa|af|via|pr\\.?) (e-?mails?|mails?|sms)',
    '(bekræftelses|bekraeftelses|verificerings|aktiverings|velkomst)[a-zæø]*(mail|besked)[a-zæø]*', 'pamindelse(r|rne)?\\b(?![^.;:!?]{0,60}\\b(indkøbs|indkobs)?kurv)', '(en )?kopi\\b', '(min |din |en )?(kvittering|faktura)(en|er)?\\b', '(notifikationer|underretninger)( via| pa| pr\\.?| i| til)? (e-?mail|mail|sms|appen|push)[a-zæø]*', '(emner|trade|diskussioner) (jeg|du) (følger|folger|svarer|deltager)', '(tilbage )?pa lager( igen)?\\b', 'pris(fald|nedsættelse|ændring|alarm)',
    // Buying a subscription is not a mailing list: "Abonner og spar 10 %"
    // Signing up for an event or a course, not for mail: "Tilmeld mig arrangementet"
    '(tilmeld|skriv) (mig|dig)( op)? (til|pa)? ?(arrangement|eventet|kursus|kurset|aktivitet|holdet|konkurrence|webinar|træning|traening)[a-zæø]*',
    'abonner (og|&) spar', 'abonnement(et|s)?(vilkar|betingelser|periode| fornyes)', 'forny[a-zæø]* (mit |dit )?abonnement', 'automatisk fornyelse',
    '(anmodning|invitation)(er)? (om|til) (at skrive )?(en )?(anmeldelse|bedømmelse)',
    // Updates on one thread, forum or listing (those on a product are product news), and on an account: "e-mail opdateringer for dette forum", "saldoopdateringer"
    '(opdateringer|notifikationer|underretninger|beskeder|e-?mails?)[a-zæø ]{0,40}\\b(for|om|pa|fra|i) (denne|dette|den her|det her|min|mine|mit|din|dine|dit) (forum|trad|emne|gruppe|kategori|annonce)[a-zæø]*',
    '(saldo|konto|betalings)[ -]?(opdateringer|opdatering|beskeder)',
    // The recipient, a noun: "Modtagerens e-mail", "Modtager information", "Email modtagere (12):"
    'modtager(e|en|ens|ne|nes|s|es)\\b', '^modtager ?(information|oplysninger|adresse|navn)',
  ],
  // "Ingen spam", "Vi deler aldrig dine oplysninger med tredjepart"
  reassurance: [
    'ingen spam', 'aldrig spam', 'fri for spam',
    // A statement puts the verb before the negation ("Vi deler aldrig…", "Dine data deles ikke…"); a refusal
    // puts it after ("Jeg ønsker ikke, at mine oplysninger deles med tredjepart"), so only "aldrig" may come first.
    `(deler|sælger|saelger|videregiver|udleverer|giver|deles|sælges|saelges|videregives|udleveres)${CLAUSE}(aldrig|ikke)${CLAUSE}(tredjepart|tredje part|partnere|andre|nogen|uvedkommende)${CLAUSE}`,
    `aldrig${CLAUSE}(deles|sælges|saelges|videregives|videregive|dele|sælge|udleveres|udlevere)${CLAUSE}(tredjepart|tredje part|partnere|andre (virksomheder|selskaber)|uvedkommende)${CLAUSE}`,
    'vi respekterer (dit|jeres) privatliv',
    // A promise about the future or a passive: "Din e-mailadresse vil ikke blive brugt til markedsføring", "Oplysningerne bruges aldrig til reklame".
    // "må ikke bruges" is a refusal and stays.
    `(vil|skal|kommer til at) (aldrig|ikke)( at)? (blive )?(brugt|anvendt|delt|videregivet|solgt|udleveret|bruges|anvendes|deles|videregives)\\b${CLAUSE}`,
    `(bruges|anvendes|bliver brugt|bliver anvendt|deles|videregives|bliver delt|bliver videregivet) (aldrig|ikke)${CLAUSE}(markedsf|reklame|nyhedsbrev|tilbud|tredjepart|tredje part|partnere|andre)${CLAUSE}`,
  ],
  // "Du kan til enhver tid afmelde dig igen", "Jeg kan altid tilbagekalde mit samtykke",
  // "indtil jeg selv afmelder mig nyhedsbrevet" (the object stays: the box is still about the newsletter)
  unsubscribeNotice: [
    // … also with the separable verb: "Du kan altid melde dig af igen"
    `(afmeld|frameld|meld(e|er)? (mig|dig|sig|jer) af|udmeld|tilbagekald|trække|traekke)${CLAUSE}(nar som helst|nar du vil|nar du ønsker|til enhver tid|til hver en tid|altid|gratis|linket|link|bunden|hver e-?mail|hver mail|hvert nyhedsbrev|med det samme)${CLAUSE}`,
    `(nar som helst|nar du vil|til enhver tid|til hver en tid|altid)${CLAUSE}(afmeld|frameld|meld(e|er)? (mig|dig|sig|jer) af|udmeld|tilbagekald|trække|traekke)${CLAUSE}`,
    'indtil (jeg|du|i) (selv )?(afmelder|framelder|tilbagekalder)( mig| dig| jer)?', 'indtil (jeg|du|i) (selv )?melder (mig|dig|jer) af',
    // "… og forstår at jeg kan afmelde mig"
    `(kan|kan altid|kan til enhver tid|har mulighed for at) (selv )?(afmelde|framelde|melde (mig|dig|sig|jer) af|udmelde|tilbagekalde|trække|traekke)${CLAUSE}`,
    `(samtykke|tilmelding)(t|n|en)?${CLAUSE}(kan|kan du) (altid |til enhver tid |nar som helst )?(tilbagekaldes|trækkes tilbage)${CLAUSE}`,
  ],
  // "Du modtager også vores nyhedsbrev", "Vi sender dig løbende tilbud"
  priorNotice: [
    '(du|i) (vil )?(modtager|modtage|far) (ogsa |fremover |løbende |vores )*(nyhedsbrev|tilbud|reklame|markedsføring|e-?mails? med)',
    '(vi|vi vil) (sender|sende|kontakter|kontakte) (dig|jer) (gerne |ogsa |løbende |af og til )*(med |om )?(nyhedsbrev|tilbud|nyheder|markedsføring)',
    '(din|jeres) e-?mailadresse (vil blive |bliver |kan blive )?(brugt|anvendt)[^.]*(nyhedsbrev|tilbud|reklame|markedsføring)',
  ],
  // "Du kan til enhver tid afmelde dig gratis"
  freeOfCharge: ['gratis', 'uden (beregning|omkostninger|betaling)', 'vederlagsfrit'],
  // "Indhent et uforpligtende tilbud"
  quoteRequest: ['indhent (et )?tilbud', 'tilbudsanmodning', 'uforpligtende tilbud'],
  negators: ['nej,? tak\\b', 'ikke\\b', 'hverken\\b', 'aldrig\\b', 'ingen\\b', 'intet\\b', 'ingenting\\b',
    // The "without" option of a choice: "Uden nyhedsbrev"
    '^uden ([a-zæø]*nyhedsbrev|[a-zæø]*tilbud|[a-zæø]*reklame|[a-zæø]*markedsf|e-?mails|udsendelser)'],
  // "Hvis du hellere vil være fri": being free of it, without the "for"
  // "Afmeld alle fremtidige e-mails" (listmonk da), "Frameld nyhedsbrevet", "Stop med at sende mig e-mails",
  // "Fjern mig fra mailinglisten", "Jeg tilbagekalder mit samtykke til markedsføring"
  // "Jeg har ikke en konto, men vil gerne have nyhedsbrevet"
  contrasts: ['men\\b', 'dog\\b'],
  conditions: ['hvis\\b', 'safremt\\b', 'nar\\b'],
  // The separable verb too: "Meld mig af alle nyhedsbreve", "Udmeld mig"
  // The passive of the mailbox sticker: "Reklamer frabedes"
  negativeVerbs: ['afmeld', 'frameld', 'meld(e|er)? (mig|dig|sig|jer) af\\b', 'udmeld', 'opt-?out', 'afvis', 'frabed(er|es)\\b', 'afsla(r)?\\b', 'sige(r)? nej(?!,? tak)', 'undga(r)?\\b', 'opsig', 'gør indsigelse', 'undlad', 'fri for\\b', '(være|vaere|blive) fri\\b(?! til)', 'slippe for', 'stop(pe|per)? (med at )?(sende|modtage|fa|kontakte)\\b', 'fjern mig\\b', 'tilbagekald(er)? (mit |dit )?samtykke', 'trækk?er (mit |dit )?samtykke[a-zæø ]{0,30} tilbage'],
  // The negation may sit inside the idiom: "Gå ikke glip af vores tilbud", "Du går aldrig glip af et godt tilbud"
  missVerbs: ['ga (ikke |aldrig )?glip', 'misse\\b', 'gar (ikke |aldrig )?glip'],
  // "Fjern markeringen, hvis du ikke ønsker at modtage vores nyhedsbrev"
  untickInstructions: ['fjern (markeringen|krydset|fluebenet|afkrydsningen|hakket|markering|flueben|kryds)\\b', 'flueben(et)? (væk|vaek)', 'fravælg', 'fravaelg', 'afmarker'],
  // "Sæt kryds, hvis du ikke ønsker at modtage markedsføring", "Afkryds her for at afmelde"
  tickInstructions: ['sæt (et )?(kryds|flueben|hak|markering)', 'saet (et )?(kryds|flueben|hak)', 'afkryds', 'kryds (af|her|feltet|boksen)', 'marker (feltet|boksen|her|denne)'],
  yes: ['ja\\b', 'ja,? tak', 'gerne\\b'],
  no: ['nej\\b', 'nej,? tak'],
  answerValues: [['ja', 'nej']],
  fieldNames: { marketing: ['nyhedsbrev', 'markedsforing'], thirdParty: ['tredjepart', 'partnere'], negative: ['afmeld', 'frameld'], payment: ['betalingsmetode', 'betalingsmaade', 'kortnummer'], bookkeeping: [], listNames: [] },
  signupBlocks: ['nyhedsbrev'],
  filterBlocks: ['filter'],
  // "Jeg har læst og accepterer webshoppens handelsbetingelser" (WooCommerce da_DK), "Jeg er enig med Privatlivspolitik",
  // a shop's name in the genitive: "Jeg har læst Matas' handelsbetingelser"
  termsAcceptance: [
    // Order acceptance: "Jeg bekræfter min ordre og ønsker at modtage tilbud"
    '(bekræft|bekraeft|godkend)(er)? (min |mit |din |dit )?(ordre|bestilling|køb)',
    // Consent to processing *for marketing* is the marketing consent itself, and a policy named as the
    // reference ("i henhold til persondatapolitikken") is not accepted: both stay opt-in.
    `(accepter|godkend|enig|indforstaet|bekræft|bekraeft|læst|laest|samtykke|indvillig)[a-zæø ,']{0,40}(?<!(i henhold til|i overensstemmelse med|jf\\.?|som beskrevet i|ifølge) )(handelsbetingelser|betingelser|vilkar|privatlivspolitik|privatlivs ?politik|persondatapolitik|cookiepolitik|salgsbetingelser|forretningsbetingelser|abonnementsbetingelser|regler|(persondata|behandling(en)? af (mine )?(person)?oplysninger)(?![a-zæø ,]{0,30}\\b(markedsf|reklame|nyhedsbrev|tilbud|kampagne|at (sende|kontakte))))`,
    '(handelsbetingelser|betingelser|vilkar|privatlivspolitik|persondatapolitik)(ne|en|et)?[a-zæø ,]{0,40}(accepter|godkend|læst|laest)',
  ],
  // "markedsføring fra vores samarbejdspartnere", "øvrige selskaber i koncernen", "tredjepart"
  thirdParty: [
    '[a-zæø]*partner', 'tredje ?part',
    // Compounds on the "samarbejds-" linker, with or without a hyphen: "samarbejdsvirksomheder", "samarbejds-partnere"
    'samarbejds-?[a-zæø]', 'tredjeparts', 'udvalgte (virksomheder|selskaber|samarbejdspartnere|partnere|brands|mærker)', '(andre|øvrige|ovrige) (virksomheder|selskaber|brands|mærker)', '[a-zæø]*koncern',
    'søsterselskab', 'datterselskab', 'tilknyttede (virksomheder|selskaber)', 'annoncører', 'sponsorer',
  ],
  channels: {
    email: ['e-?mail', 'mail', '[a-zæø]*nyhedsbrev', 'indbakke'],
    sms: ['sms', 'tekstbesked', 'whatsapp', 'mms'],
    phone: ['telefon', 'ringe', 'opkald'],
    post: ['(med|pr\\.?|via) post(en)?\\b', 'brev\\b', '[a-zæø]*katalog(er|et)?\\b', 'tryksager'],
    push: ['push', 'notifikation'],
    social: ['sociale medier', 'social media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['hold(e)? (mig|dig|jer) (opdateret|orienteret|informeret|underrettet)', 'fa opdateringer'],
  context: {
    purchase: [
      'kassen', 'til kassen', 'gennemfør (køb|ordre|bestilling)', 'godkend (køb|ordre|bestilling)', 'betalingspligt', 'betal\\b', 'betaling', 'betalingsmetode', 'betalingsmade',
      'leveringsmetode', 'leveringsmade', 'fragt', 'leveringsadresse', 'faktureringsadresse', 'i alt', 'subtotal', 'total', 'indkøbskurv', 'kurv\\b', 'inkl\\.? moms', 'bestilling', 'bestil\\b', 'ordre', 'mobilepay',
    ],
    registration: ['opret (en )?(konto|bruger|profil)', 'adgangskode', 'kodeord', 'brugernavn', 'bliv medlem', 'min konto', 'registrer', 'forum'],
    newsletter: ['tilmeld', '[a-zæø]*nyhedsbrev', 'abonner'],
    contact: ['kontakt(?!oplysning|information)', 'besked', 'kundeservice', 'send besked', 'spørgsmal', 'din henvendelse', 'giv mig besked nar', 'pa lager igen', 'tilbage pa lager'],
    survey: ['konkurrence', 'vind\\b', 'vinde\\b', 'deltag', 'spørgeskema', 'undersøgelse', 'lodtrækning', 'afstemning'],
    // GiveWP da: "Donér nu", "Støt os", "Donationsbeløb"
    donation: ['doner(e|er)?\\b', 'donation(er|sbeløb)?\\b', 'støt (os|sagen|arbejdet)\\b'],
  },
};
