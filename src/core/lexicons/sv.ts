import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** Trigger frames across commas ("Skicka mig e-post, när någon svarar"), bounded so a long label costs linear time: up to 150 characters before, 80 between. */
const BEFORE = '[^.;:!?()]{0,150}';
const GAP = '[^.;:!?(),\\u2013\\u2014]{0,80}';

// Swedish. Patterns are written in normalised form: å/ä → a, ö → o ("erbjudanden", "marknadsforing").
// Compounds put the marketing noun last ("veckonyhetsbrev", "medlemserbjudanden", "e-postutskick"),
// so the main nouns allow a prefix ("[a-z]*…").
export const sv: Lexicon = {
  lang: 'sv',
  // Words that tell Swedish from Dutch, German, English and French: no "en", "de", "for" (för), "om", "ha", "vi".
  // The few shared with Danish (med, mig, pa, som, eller) only lift both above Dutch "en"/"de"; the page's lang decides between them.
  stopwords: ['jag', 'och', 'att', 'i', 'inte', 'vill', 'av', 'till', 'fran', 'mitt', 'mina', 'ditt', 'dina', 'ar', 'detta', 'denna', 'emot', 'tack', 'oss', 'var', 'vart', 'vara', 'ocksa', 'garna', 'nyhetsbrev', 'nyhetsbrevet', 'erbjudanden', 'godkanner', 'ej', 'ska', 'hos', 'onskar', 'med', 'mig', 'pa', 'som', 'eller'],
  // "Prenumerera på vårt nyhetsbrev för uppdateringar och exklusiva erbjudanden" (Odoo sv),
  // "Jag skulle vilja få exklusiva e-postmeddelanden med rabatter och produktinformation" (MailPoet sv_SE)
  marketing: [
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Skicka mig en overraskning nar jag fyller ar"
    'fodelsedags(rabatt|present|overraskning|erbjudande|gava|kupong|presenter)[a-z]*', '(overraskning|present|rabatt|erbjudande|gava)[a-z]*[^.;:!?]{0,50} (nar (jag|du) fyller ar|pa (min|din) fodelsedag)\\b',
    '[a-z]*nyhetsbrev', 'newsletters?', '[a-z]*erbjudand', '[a-z]*rabatt(er)?\\b', 'rabattkod(er)?\\b', '[a-z]*kampanj(er|erna)?\\b', '[a-z]*reklam(?!at|er)', '[a-z]*marknadsfor',
    'marketing', '[a-z]*utskick',
    // Telemarketing, as the NIX register words it: "Spärra mig för telefonförsäljning"
    'tele(fon)?forsaljning', 'telemarketing', '(e-?post|mejl|mail|mailing|utskicks|sand|distributions)-?lista',
    // An address list only with a signing-up verb (alone it is an address book): "Anmäl dig till vår adresslista", "Skriv upp mig på er kundlista"
    '(anmal|skriv upp|prenumerera|ga med|avanmal|avregistrera)[a-z ]{0,25}\\b(adress|kund|kontakt)-?lista(n)?\\b', 'sms-?klubb', 'nyhetsmejl', 'nyhetsmail', 'rea\\b', 'realisation', 'utforsaljning', 'exklusiva', 'produktnyheter', 'kuponger',
    'nya (produkter|kollektioner|varor|artiklar|inlagg|publikationer|utgavor|serier|varumarken|marken)', 'hora (mer )?fran (oss|er)\\b',
    // News of the product itself, said as a topic or a trigger ("Få tidig tillgång till nya funktioner", in-app "Tips om nya funktioner" are neither): "Information om nya funktioner", "Mejla mig när det kommer nya funktioner"
    '((information|nyheter|uppdateringar|e-?post|mejl|notiser|meddelanden?)[a-z ]{0,20} om|nar (det )?(kommer|lanseras|slapps|lags till)) (vara |era )?(nya|kommande)[a-z, ]{0,30}\\bfunktion(er|aliteter)\\b',
    // Hearing from the shop by its name: "Jag vill gärna höra från Åhléns", "Ja, jag vill höra mer från er"
    '((vill|onskar)( garna)? (att )?hora|hor garna) (mer |nytt )?fran\\b', 'forst(a|e)? (med )?att (fa veta|fa reda|hora|ta del)',
    // A periodic letter named by how often or for whom: "Börstjänarens kostnadsfria dagsbrev", "veckobrev", "månadsbrev", "medlemsbrev"
    '[a-z]*(vecko|manads|dags|medlems|kund|info)brev(et|en)?\\b',
    // A contact preference on its own, as on fundraising forms (en "Email me", "Text me"): "Mejla mig", "Sms:a mig"
    // … or a do-not-contact flag, as a CRM's "Do Not Call": "Ring mig inte", "Mejla ej mig"
    '^(ja,? )?(ring|mejla|maila|e-?posta|sms:a|smsa|kontakta(?= (inte|ej|mig (inte|ej))\\b)) (inte |ej |aldrig )?mig( inte| ej| aldrig)?( (via|per|pa) [a-z-]+)?\\s*[.!]?$', 'personliga (tips|rekommendationer|erbjudanden)', 'produktrekommendationer', 'deals?(en)?\\b', 'sale\\b',
    // Magento "General Subscription" (Mage_Newsletter sv_SE): "Allmän prenumeration"
    'allman(na)? prenumeration', '(e-?post|nyhetsbrevs|sms)-?prenumeration(er)?',
    // Bare list actions (AcyMailing, listmonk): "Prenumerera på alla", "Prenumerera", "Jag vill anmäla mig"
    '((av)?prenumerera|avregistrera)( mig| dig)?( igen)? ((pa|fran) )?(alla|listan|listorna|alla listor)\\b', '(av)?prenumerera( nu| har)?\\s*[.!:]?$', '(skriv upp|anmal|(vill|onskar)( garna)? anmala) (mig|dig)( nu| har)?\\s*[.!]?$',
    // The bare refusal: "Avregistrera mig", "Avsluta prenumerationen"
    '(avregistrera|avanmal|avanmala) (mig|dig)( nu| har)?\\s*[.!]?$', '(avsluta|sag(a)? upp) (min |mitt )?(prenumeration(en)?|nyhetsbrev(et)?)\\s*[.!]?$',
    '(nyheter|uppdateringar|tips|evenemang|inspiration) (och|&) (nyheter|uppdateringar|tips|tricks|evenemang|inspiration)\\b',
    // A newsletter's title on a list of choices, with no verb: "Nyheter från Mozilla", "Firefox-nyheter", "Senaste nytt"
    // … or with its channel: "Nyheter via SMS"
    '^([a-z]+[ -]){0,2}(nyheter|nytt)( (fran|om) [a-z -]{1,30}| (via|per|pa) (sms|e-?post|mejl|mail))?\\s*[.!]?$',
    // "Åhléns får kontakta mig med erbjudanden", "ni får skicka e-post till mig"
    '(far|fa) (garna )?(kontakta|ringa|mejla|maila|sms:a) (mig|dig|er)\\b',
    // The same permission said as "it is fine": "Det är OK att kontakta mig via epost", "Det går bra att ni mejlar mig"
    '(ok|okej|bra|fint) (att|om) (ni |du |vi )?(kontakta|kontaktar|ringa|ringer|mejla|mejlar|maila|mailar|sms:a|e-?posta|e-?postar) (mig|dig)\\b',
    // "Dela inte mina uppgifter med partners"
    'dela (inte |ej )?(mina?|dina?) (uppgifter|personuppgifter|e-?postadress)[a-z ]{0,20} med (partner|tredje part|samarbetspartner)',
    // The osCommerce / Zen Cart account box for updates on every product: "Allmänna produktnotifiering", "Allmänna Produkt Meddelanden"
    '(allman(na)?|global(a)?) produkt ?(notifiering|meddelande|avisering|nyhet)[a-z]*',
    // The passive and "lämna ut": "Jag vill inte att mina uppgifter delas med tredje part", "lämna ut mina uppgifter till samarbetspartner"
    '(mina|dina) (uppgifter|personuppgifter|e-?postadress|kontaktuppgifter)[a-z ]{0,20} (delas|lamnas ut|lamnas vidare|overfors|saljs) (med|till) ([a-z]*partner|tredje part|andra)',
    // … and said of the shop, about the person's own data: "Jag vill inte att ni delar mina uppgifter med tredje part", "delar min e-postadress med utvalda varumärken", "Jag godkänner att ni lämnar ut mina uppgifter till partners"
    '(delar|lamnar ut|lamnar vidare|overfor|saljer) mina? (uppgifter|personuppgifter|e-?postadress|kontaktuppgifter)[a-z ]{0,20} (med|till) ((utvalda|era|betrodda) )?([a-z]*partner|tredje part|andra|varumarken)',
    // … also the refusal with its negation inside: "Lämna inte ut mina uppgifter till andra företag"
    '(lamna (inte |ej )?(ut|vidare)|overfora|salja) (mina|dina) (uppgifter|personuppgifter|e-?postadress|kontaktuppgifter)[a-z ]{0,20} till ((utvalda|vara|betrodda|noga utvalda) )?([a-z]*partner|tredje part|andra)',
    // Reminders of a left cart are marketing (reminders of a booking, or sent to customers by the shop's admin, are not): "Jag vill få påminnelser om min varukorg", "varukorgspåminnelser", "Påminn mig om varor jag lämnat i varukorgen"
    '[a-z]*(varukorgs|kundvagns)paminnelse', 'paminn(else|elser|elserna)?\\b((?!kund(er|en|erna)?\\b|anvandare)[^.;:!?]){0,60}\\b(varukorg|kundvagn)',
    // "Jag godkänner att få kommersiella meddelanden"
    'kommersiell(a|t)? (meddelanden|kommunikation|utskick|e-?post|information|erbjudanden)',
  ],
  // "Jag vill få uppdateringar och erbjudanden" (BigCommerce sv), "Jag vill ta emot information och uppdateringar via e-post", "få medlemsförmåner via e-post"
  weakMarketing: [
    'e-?postmeddelanden', 'e-?mejl\\b', '(nyhets|erbjudande|kampanj|inspirations|reklam|info)?mejl(en)?\\b', 'kommunikation', 'elektronisk post', 'sms\\b(?!-)', 'blogg(en|inlagg)?\\b', 'nyheter', 'uppdateringar', 'info(rmation)?\\b', 'produktinformation', 'inspiration',
    // Tips by topic, invitations, a mail as the thing received: "Få e-handelstips via e-post", "få inbjudningar till event", "Jag vill få e-post"
    '[a-z]*tips\\b', 'inbjudningar (till|om)\\b', '(fa|ta emot|erhalla) (e-?post|mejl|mail)\\b',
    'inlagg\\b', '[a-z]*katalog(er|en)?\\b', '[a-z]*broschyr', '(era|vara|nya) (produkter|tjanster|kurser)', 'produkter och tjanster', 'meddelanden', 'uppdaterad', '(informerad|underrattad)\\b', 'e-?post (fran|om)\\b', '(mejl|e-?postmeddelanden) fran\\b', '(vara|veckovisa|manatliga|regelbundna) (e-?post|mejl|e-?postmeddelanden|utskick)', 'listor?\\b', '(pa|till) (var |er |din |den )?listan\\b', '(mig|dig) i (var |er |din )?listan\\b',
    // A shop's member or customer magazine: "Jag vill få kundtidningen", "medlemstidningen"
    // A shop's loyalty club, joined with a verb: "Jag vill gå med i kundklubben", "Bli medlem i vår bonusklubb"
    '(kund|rabatt|medlems|formans|bonus|vip|lojalitets)-?klubb(en|ar|arna)?\\b',
    '(kund|medlems)tidning(en|ar|arna)?\\b', '[a-z]*evenemang', '[a-z]*event(s)?\\b', 'tavlingar', 'lanseringar', '[a-z]*formaner\\b', '(halla|hall) kontakten',
    // "Jag vill få rekommendationer baserade på mina köp via e-post"
    'rekommendationer\\b',
    // Advice and activities as the thing sent: "Skicka mig goda råd och inspiration", "tips och råd", "höra om nya satsningar och aktiviteter" (an account's activities are no mailing)
    // … and prices kept for members: "veckans bästa priser", "medlemspriser"
    '(goda|bra|nyttiga|praktiska|och|&) rad\\b', '(special|medlems|vip)priser\\b', 'basta priser(na)?\\b', 'rad (och|&) [a-z]', '(nya|kommande|och) aktiviteter\\b',
  ],
  receiving: [
    'fa\\b', 'far\\b', 'tar? (garna )?emot', 'erhalla', 'prenum', 'skicka', 'mejla', 'maila', 'e-?posta', 'sms:a', 'meddela (mig|oss)',
    // … also "underrättad": "Ja, håll mig underrättad om nyheter"; "Jag tar gärna emot information om …"
    'hall(a)? (mig|dig|er) (uppdaterad|informerad|underrattad)', 'registrera (mig|dig)', 'anmal (mig|dig)', 'skriv upp (mig|dig)',
    'lagg till mig', 'onskar', 'ja,? tack till', 'ha\\b', 'halla? kontakten', 'kontakta', 'informera', 'vill ha', 'motta(ga)?\\b', 'hora (mer )?(om|fran)\\b', 'ta del av', 'bli kontaktad', 'hallas (uppdaterad|informerad)', '(ga|vara) med i', 'avprenum', 'avregistrera', 'via e-?post', 'per e-?post',
    // "Tipsa mig om nyheter", "Uppdatera mig om nya kurser", "Jag vill veta mer om era tjänster"
    // … and the notice verbs: "Avisera mig om nyheter", "Notifiera mig om nya produkter", "Jag vill bli inbjuden till event och releaser"
    'tipsa (mig|dig)\\b', 'uppdatera (mig|dig)\\b', '(avisera|notifiera) (mig|dig)\\b', '(bjud(a)? (garna )?in (mig|dig)|bjudas in|bli inbjuden)\\b', 'bli medlem (i|av)\\b', 'jag vill (garna )?veta (mer )?om\\b',
  ],
  // "Få omedelbara uppdateringar om din beställning till Messenger" (BigCommerce sv), "Har du en rabattkod?"
  neverMatch: [
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?post|e-?postmeddelanden|mejl|mail)( [a-z]+)? (i|som) (html|text)\\b',
    // Software, account and security notices, ad blocking, one-time codes: "Blockera annonser och spårare", "engångskod via SMS",
    // "automatiska uppdateringar", "säkerhetsaviseringar för ditt konto"
    `(blockera|dolj|ta bort)[a-z]* (reklam|annonser|sparare)${CLAUSE}`,
    '(engangskod|verifieringskod|sakerhetskod|inloggningskod|kod)(en|er)? (via|per|med|i) sms', 'sms-?(kod|verifiering)',
    // The customer as the sender, to the shop or its staff: "Vänligen kontakta oss om du är intresserad av våra tjänster", "Var god kontakta en administratör för mer information"
    '(kontakta|mejla|maila|e-?posta|ring|ringa|skriv till|skriva till) (oss|(en |din |var |er )?(administrator|admin|bank|kundtjanst|kundservice|support))\\b',
    // … or the bare action of sending, a button or an admin switch: "Skicka mejl"; "Skapa nytt"
    '^skicka (e-?post|mejl|mail|sms|meddelande)\\s*[.!]?$', '(skapa|lagg till) nytt\\b',
    // Free of ads, a product's feature: "streama snabb, reklamfri video"
    'reklamfri[a-z]*',
    // An admin setting that lets customers sign up: "Tillåt kunder att prenumerera på nyhetsbrevet", "Låt användare välja listor"
    `(lat|tillat)( alla)? (kund|anvandar|besokar|medlemm)[a-z]*${CLAUSE}`,
    // Mail as a service, not as messages from the shop: "Du kan inte skicka eller ta emot e-post innan ditt konto har godkänts"
    '(skicka|sanda) (eller|och) (ta emot|fa) (e-?post|mejl|mail)',
    '(automatiska|programvaru|sakerhets|system|app)[- ]?uppdateringar', 'uppdateringar (av|till|for) (appen|programmet|programvaran|systemet)',
    `(sakerhets|inloggnings|konto)[a-z]*(aviseringar|meddelanden|varningar|notiser|mejl|e-?post)${CLAUSE}`,
    // "Håll mig informerad om min beställning", and on a library account: "Få e-post om dina lån, reservationer osv.", "e-post om aktiviteter i mitt konto"
    // … and on a trip or event of mine (a booking), only after "min/din": "Få sms om din resa", "sms till mig om mitt evenemang"; bare "resor", "evenemang" stay marketing
    '(uppdateringar|uppdaterad|informerad|underrattad|nyheter|meddelanden?|information|notiser|aviseringar?|sms|e-?post|e-?mejl|mejl|(kontakta|ringa|mejla|maila) (mig|dig)|kontaktad)( [a-z-]+){0,5} (om|kring|for|angaende|gallande|rorande|infor|fore|till|i|pa) (din |min |er |ditt |mitt |dina |mina |era |denna |detta |den har |det har )?(bestallning(ar)?|order|ordrar|leverans(er)?|forsandelse(r)?|paket|kop|begaran|arende(n)?|[a-z]*forfragan|fraga|ansokan|bokning(ar)?|biljett(er)?|lan|reservation(er)?|konto(t)?|(upp|av)?hamtning(en)?|besok(et)?|(?<=(min|mitt|din|ditt|er|ert) )(resa|flygresa|tagresa|evenemang|event|konsert|forestallning)(n|et)?)\\b',
    // … also as two words: "Order uppdateringar kommer att skickas till"
    '(order|bestallnings|leverans|frakt|forsandelse)[ -]?(bekraftelse|status|avisering|sparning|uppdatering)',
    '(har du|jag har|ange|anvand|lagg till|los in) (en |din |ett )?(rabattkod|kampanjkod|presentkort|kupong)',
    // … and the offer the code unlocks: "Har du en rabattkod? Ange den för att ta del av erbjudandet", "så applicerar vi erbjudandet på ditt köp"
    '(ange|los in|anvand|applicera)[a-z ]{0,30}\\b(ta del av|utnyttja|tillampa|applicera) erbjudandet\\b', '(applicerar|tillampar) vi erbjudandet\\b', '(rabattkod|kampanjkod|presentkort)(en)? (ange|anvand|los)',
    '(begar|begara|be om|fa) (en |ett )?(offert|prisforslag)', 'lagga (ett )?bud', 'kom ihag mig', 'hall mig inloggad', 'forbli inloggad',
    '(e-?mail|mail|courriel|e-?post)[a-z ]{0,14} (naar|to|an|a|till) [a-z0-9._%+-]+@',
    '(visa|se)\\b[a-z ]{0,40}\\b(i|pa) (appen|app\\b)',
    // Filters, not messages, with their relative clause: "Visa endast produkter på rea", "Visa en lista över produkter, som just nu är rabatterade"
    `^(visa|dolj|sortera|filtrera|sok)\\b[^.;:!?()]*`,
    // Discounts as a shop feature, an amount, a price basis or a term of validity: "Aktivera rabatter", "Ta bort kupongkoden", "Rabattbelopp",
    // "rabatter och fraktkostnad beräknas i kassan", "Frakt totalt (exkl. rabatter)", "Erbjudandet gäller till söndag"; a code field: "Rabattkod:"
    // … the verb up to three words before the discount, none of them the "och" or "få" of a sign-up ("Skapa ett konto och få rabatt" stays): "Begränsa denna rabatt till en enda användning per kund?"
    // … and applying it, in any form of the verb: "Applicera rabatt", "Tillämpa en 100% rabatt", "Du kan bara använda rabattkoden en gång", "problem med att lägga till din rabattkod"
    '(aktivera|avaktivera|inaktivera|berakna|anvand|tillat|los in|losa in|loser in|ta bort|redigera|uppdatera|skapa|begransa|valj|avbryt|andra|applicera|tillampa|lagg till|lagga till)(a|r|er|ar)? ((?!(och|fa|far|att|for|mig|dig)\\b)[a-z0-9%]+ ){0,3}[a-z]*(rabatt|kupong|kampanjkod|presentkort)[a-z]*',
    // A code's or a discount's state, as the shop reports it: "Kupong tillämpad framgångsrikt!", "Kampanjkod har applicerats", "Kupongen har tagits bort",
    // "Denna rabatt har redan använts", "Ingen kampanj applicerad", "Rabattkod skapad"
    '(rabatt|kupong|kampanj)[a-z]* (ar |har )?(redan )?(anvand|anvant|anvants|borttagen|borttaget|tagits bort|tillampad|tillampat|tillampats|applicerad|applicerat|applicerats|lagts till|ogiltig|ogiltigt|utgangen|skapad|skapat|skapats|raderad|raderats|sparad|sparats|flyttades|kravs)\\b', '(ogiltig|utgangen)(a|t)? (rabatt|kupong|rabattkod|kampanjkod)[a-z]*',
    // A discount as a price or a line of the bill: "Rabatterat pris", "Frakt Rabatt", "Direktrabatt", "Rabattsumma", "Tillämpade varurabatter"
    'rabatter(ad|at)e? pris(er|et)?\\b', '(?<!(fa|far|ge|ger) )(frakt|leverans|direkt|extra|ytterligare|procent)[a-z]* ?rabatt(en|er)?\\b',
    // A discount's attributes: "Typ - typen av rabatt", "Värde hos rabattkod", "Antal rabattkoder använda", "Fyll i rabattens belopp"
    '(typ|typen|varde|vardet|belopp|beloppet|antal|antalet|giltighet|giltigheten) (av|hos|for|pa) (en |denna |den )?(rabatt|kupong|rabattkod|kampanjkod)[a-z]*', '(rabatt|kupong|kampanjkod)[a-z]*s (typ|varde|belopp|antal|giltighet)\\b',
    // A discount's kind, unit, dates and rules of use, a tax rebate: "Rabatt (%)", "Fast produktrabatt", "Specifik rabattkupong", "Kupongens utgångsdatum",
    // "Om sant, kan rabattkoden endast användas individuellt", "Kod för skatterabatt"
    // … not a perk that is given: "Få fast rabatt som medlem" stays
    '(?<!(fa|far|ge|ger) )(fast|fasta|procentuell|procentuella|manuell|manuella|specifik|specifika|automatisk|automatiska|absolut|absoluta)[a-z]* [a-z]*(rabatt|kupong)[a-z]*', 'rabatt(en)? (pris|netto|brutto|totalt)\\b',
    // Accepting one offer made to the person, a transaction: "Acceptera erbjudande" (plural "erbjudanden" stays marketing)
    // … also "godta" and the offer of a quote: "Jag godtar erbjudandet i denna offert", "Anta erbjudandet"
    '(acceptera|avvisa|godkann|avboj|godta|anta|tacka ja till)[a-z]* (detta |ett )?erbjudande(t)?\\b', 'erbjudande(t)? i (denna|den har|din|er|var) offert',
    // A quote's, an invoice's or a booking's state: "Mejla mig när offerten är godkänd", "Skicka e-post när faktura betalas", "Skicka mig ett mejl när passet är inställt"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b(ar |blir |har blivit |har )?(godkand|godkant|godkanns|accepterad|accepterat|accepteras|avvisad|avvisat|avvisas|avbojd|visad|visas|last|oppnad|oppnas|signerad|undertecknad|betald|betalt|betalas|besvarad|utgangen|installd|installt|installs|flyttad|flyttat|flyttas|andrad|andrat|andras|avbokad|avbokat|avbokas)\\b${CLAUSE}`, '(rabatt|rabatter|kupong|kuponger)\\s*\\((%|procent|kr|sek)\\)', '(rabatt|kupong)[a-z]* (i|per) (procent|kronor)\\b',
    '(rabatt|kupong|kampanjkod)[a-z]*[ -]?(utgangs|start|slut)[ -]?datum', '((rabatt|rabattkod|kupong|kampanjkod)[a-z]* (endast |bara |inte |ej )?(kan|far|ska)|(kan|far|ska) (rabatt|rabattkod|kupong|kampanjkod)[a-z]*) (endast |bara |inte |ej )?(anvandas|kombineras|tillampas)\\b', '(skatte|moms|mangd|kvantitets|volym)rabatt[a-z]*',
    // Codes already in use on an order: "Andra tillämpade rabattkoder kommer raderas från varukorgen", "Totalt antal använda rabattkoder"
    '(tillampade|tillampad|anvanda|anvand|aktiva|aktiv) [a-z]*(rabatt|rabattkod|kupong|kampanjkod)[a-z]*',
    '(rabatt|rabatter|frakt|fraktkostnad|moms)[a-z ,]{0,30}\\b(beraknas|raknas|beraknad|beraknat)\\b', '(fore|efter|inkl\\.?|exkl\\.?|inklusive|exklusive) (rabatt(er|en|erna)?|kupong|moms|frakt[a-z]*|skatt[a-z]*|fpt)\\b',
    '(utesluten|uteslutna|utesluts|undantagen|undantagna) fran (rabatt|erbjudand|kampanj)[a-z]*', '^(rabattkod|kupongkod|kampanjkod|presentkort|kupong)(en)?\\s*[:.!?]?$',
    // A product's state, not a message: "På rea"; "Rea" alone on a sign-up form stays marketing
    '^(varor |produkter )?pa (rea|kampanj|erbjudande)\\s*[.!]?$',
    '(rabatt|kupong|erbjudande)[a-z]*(belopp|typ|procent|sats|falt|regel|regler|kod ar|summa)\\b', '(erbjudande|rabatt|rabattkod|kupong|kampanj)(t|n|en|et)? (ar |har )?(giltig|galler|upphor|gar ut|utgatt|kan inte)[a-z]*', '(total|totala|sammanlagda) rabatt(en|er)?\\b',
    // Cookie and consent-manager categories, the cookie also in a compound: "Marknadsföring: Dessa tjänster behandlar personuppgifter för att visa dig relevant reklam",
    // "Marknadsföringscookies: används av oss och våra partners…", "Med annonscookies kan vi visa reklam…"
    `${CLAUSE}\\b([a-z]{0,30}(cookies?|sparning)|kakor|sparningsteknik(er)?)\\b${CLAUSE}`, '[a-z &-]{0,40}: (dessa|denna|detta) (tjanster|tjanst|kakor|cookies|kategori)[^.!?]*',
    // Letting an ad network collect data, a consent-mode category: "Tillåter Google att samla in personuppgifter för onlineannonsering och marknadsföring"
    `(samla in|samlar in|samla|samlar|skicka|skickar|dela|delar|behandla|behandlar)[a-z ]{0,40}\\b(data|uppgifter|personuppgifter|anvandardata)\\b[a-z ]{0,30}\\b(for|till) ([a-z-]+ ){0,2}[a-z-]*annonsering\\b${CLAUSE}`, '(personlig|personaliserad|riktad|malinriktad|intressebaserad|online|google)[ -]?annonsering\\b',
    '(visa|visar) (dig )?(relevant|personlig|personaliserad|malinriktad|riktad|intressebaserad|anpassad)[a-z ,-]{0,40}(reklam|annonser|innehall)', '(bygga|skapa) (en )?profil', 'riktad reklam',
    // Forum and stock notices: "när någon svarar på din kommentar", "när varan finns i lager igen"
    `${BEFORE}\\b(nar|om) (nagon|en (annan )?anvandare|en medlem)\\b${CLAUSE}`,
    // A trigger on site activity or an order, comment notices: "Skicka mig ett e-postmeddelande när en ny post skickats", "prenumerera på inläggets kommentarer"
    `${BEFORE}\\bnar\\b${GAP}\\b(inlagg|kommentar|svar|meddelande|post|trad|amne|paket|order|bestallning|leverans|forsandelse|annons|arende|profil|konto|betalning|aterbetalning|ipn)[a-z]*\\b${CLAUSE}`,
    `(meddela|notifiera|avisera|e-?posta|prenumerera|folj|bevaka)[a-z]*[a-z ]{0,30}\\b(kommentar(er|en|erna)?|svar(et|en)?|tradar?|tradarna|diskussion(er|en)?|omnamnanden?)\\b${CLAUSE}`, `${CLAUSE}\\butan att (kommentera|lamna en kommentar)${CLAUSE}`,
    // Messages between people, updates to other people, account mails and reminders: "Du får personliga meddelanden", "Skicka uppdateringar till inbjudna"
    // "Jag vill bli informerad när varan finns i lager igen"
    // … or can be bought again: "Skicka ett mejl till mig när produkten går att köpa igen", "när varan finns igen"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b(i lager|pa lager|tillganglig[a-z]*|(gar|finns) att (kopa|bestalla|fa tag pa) igen|finns (inne )?igen|kommer in igen)\\b${CLAUSE}`,
    // … or is ready to collect (a library loan, a click-and-collect order): "Få sms när materialet är klart att hämta"
    `${BEFORE}\\b(nar|sa snart)\\b${GAP}\\b((ar|blir) (klar|klart|klara|redo) (att|for) (hamta|hamtas|avhamtning|upphamtning)|(kan|gar att) hamtas|finns att hamta|ligger klar)\\b${CLAUSE}`,
    // A message when something of mine is ready is a service notice: "Jag vill få ett sms när min bil är klar"
    `(ett |en )?(sms|e-?post|e-?postmeddelande|mejl|mail|meddelande)(et|n)?,? (nar|sa snart) (det ar )?(min|mitt|mina|din|ditt|dina|er|ert|era)\\b${CLAUSE}`,
    // New posts in a thread or forum: "Meddela mig om nya inlägg i den här tråden"
    '(nya )?(inlagg|svar|meddelanden)( [a-z]+){0,2} (i|pa) (den har |denna |detta |det har )?(trad|forum|amne|grupp)[a-z]*',
    '(personliga|privata|direkta) (meddelanden|meddelande|mejl)', '(aviseringar|notiser|notifieringar|e-?post|mejl)( [a-z]+){0,2} om (nya )?(meddelanden|svar|kommentarer)\\b', 'meddelanden fran (andra )?(anvandare|medlemmar|personer)',
    '(uppdateringar|uppdatering|meddelanden|inbjudningar|e-?post|aviseringar|notiser)[a-z ]{0,20} till (alla )?(de )?(inbjudna|deltagar(e|na)|gaster(na)?|mottagar(e|na)|medlemmar(na)?)\\b',
    // Things of my own sent to me, and my own posts: "Skicka mig mitt quizresultat via mejl", "Du har inte skickat ditt inlägg", "svar på mitt inlägg"
    '(skicka|skickar|mejla|mejlar|maila|mailar|e-?posta|sms:a)( garna)? (mig|dig) (mitt|min|mina|ditt|din|dina)\\b', '(mitt|mina|ditt|dina|ert|era) (inlagg|kommentar|trad|amne|annons)[a-z]*',
    // Documents and codes of my own, with their channel: "Jag vill få kvittot via mejl", "mitt lösenord via sms"
    '(mitt |ditt |ett |en |min |din |nytt )?(kvitto(t|n)?|faktura(n)?|fakturor(na)?|kopia(n)?|losenord(et)?|engangskod(en)?|pinkod(en)?|inloggningsuppgifter(na)?)( (via|per|pa|som|med) (e-?post|mejl|mail|sms))?\\b',
    // Link notices between blogs, confirmation of mails (double opt-in): "Tillåt notiser om nya länkar från andra bloggar (pingback och trackback)", "Kräv bekräftelse på e-post"
    '(notiser|aviseringar|meddelanden)( om)? (nya )?lankar fran andra (bloggar|webbplatser)[^.;!?]*', 'bekraftelse(r|n)? (pa|av|via|per) (e-?post|e-?postmeddelanden|mejl|mail|sms)',
    '(bekraftelse|verifierings|aktiverings|valkomst)[a-z]*(mejl|mail|e-?post|meddelande)[a-z]*', 'paminnelse(r|rna)?\\b(?![^.;:!?]{0,60}\\b(varukorg|kundvagn))', '(notiser|aviseringar|notifi(eringar|kationer))( via| per| i| till)? (e-?post|e-?mejl|mejl|sms|appen|push)[a-z]*', '(amnen|tradar|diskussioner) (jag|du) (foljer|svarar|deltar)', '(i|pa) lager( igen)?\\b', 'pris(fall|sankning|andring|bevakning)',
    // Buying a subscription is not a mailing list: "Prenumerera och spara 10 %"
    // Signing up for an event or a course, not for mail: "Anmäl mig till evenemanget"
    '(anmal|registrera|skriv upp) (mig|dig) (till|for|pa) (evenemang|eventet|kurs|aktivitet|passet|tavling|webbinari|traning)[a-z]*',
    'prenumerera (och|&) spara', 'prenumeration(en|s)?(villkor|avgift|period| fornyas)', 'fornya[a-z]* (min |din )?prenumeration',
    '(recension|omdome|betyg)[a-z ]{0,20}(forfragan|inbjudan)', '(inbjudan|inbjudningar) (att|till att) (lamna|skriva) (en )?(recension|omdome)',
    // Updates on one thread, forum or listing, or on my own groups (those on a product are product news), and on an account: "e-post om aktiviteter i mina grupper", "e-postuppdateringar för det här forumet", "saldouppdateringar"
    '(uppdateringar|aviseringar|notiser|notifieringar|meddelanden|e-?post)[a-z ]{0,40}\\b(for|om|pa|fran|i) (denna|detta|den har|det har|min|mina|mitt|din|dina|ditt) (forum|trad|amne|grupp|kategori|annons)[a-z]*',
    '(saldo|balans|konto|betalnings)[ -]?(uppdateringar|uppdatering|meddelanden)', '(be|bjuda in)[a-z ]{0,12} (lamna |skriva )?(en )?(recension|omdome)',
  ],
  // "Ingen spam", "Vi delar aldrig dina uppgifter med tredje part"
  reassurance: [
    'ingen spam', 'aldrig spam', 'inget spam',
    // A statement puts the verb before the negation ("Vi delar aldrig…", "Dina uppgifter delas inte…"); a refusal
    // puts it after ("Jag vill inte att mina uppgifter delas med tredje part"), so only "aldrig" may come first.
    `(delar|saljer|lamnar|overlater|delas|saljs|lamnas|overlats|ger)${CLAUSE}(aldrig|inte|ej)${CLAUSE}(tredje part|partner|andra|nagon|utomstaende)${CLAUSE}`,
    `aldrig${CLAUSE}(delas|saljs|lamnas ut|lamnas vidare|dela|salja|lamna ut)${CLAUSE}(tredje part|partner|andra (foretag|bolag)|utomstaende)${CLAUSE}`,
    'vi respekterar (din|er) (integritet|personliga integritet)',
    // A promise about the future or a passive: "E-postadressen kommer inte användas i marknadsföringssyfte", "Uppgifterna används aldrig för reklam".
    // "får inte användas" is a refusal and stays.
    `(kommer|ska|skall)( att)? (aldrig|inte|ej)( att)? (anvandas|delas|lamnas|saljas|overlatas|ges ut)${CLAUSE}`,
    `(anvands|delas|lamnas ut|lamnas vidare|saljs) (aldrig|inte|ej)${CLAUSE}(marknadsfor|reklam|nyhetsbrev|erbjudand|tredje part|partner|andra)${CLAUSE}`,
  ],
  // "Jag kan avregistrera mig när som helst", "Du kan avsluta prenumerationen via länken i varje utskick"
  unsubscribeNotice: [
    `(avsluta|avprenumerera|avregistrera|avanmala|avbesta|saga upp|sager upp|tacka nej|aterkalla|ta tillbaka|dra tillbaka)${CLAUSE}(nar som helst|nar du vill|nar du an|alltid|kostnadsfritt|gratis|lanken|varje utskick|i varje)${CLAUSE}`,
    `(nar som helst|nar du vill|alltid|nar du an)${CLAUSE}(avsluta|avprenumerera|avregistrera|avanmala|avbesta|saga upp|tacka nej|aterkalla|ta tillbaka|dra tillbaka)${CLAUSE}`,
    `(samtycke|prenumeration)(t|en)?${CLAUSE}(kan|gar att) (nar som helst |alltid )?(aterkallas|avslutas|sagas upp)${CLAUSE}`,
    // "… och förstår att jag kan avregistrera mig"
    `(kan|kan alltid|gar att|har mojlighet att) (avsluta|avprenumerera|avregistrera|avanmala|saga upp|aterkalla|dra tillbaka|ta tillbaka)${CLAUSE}`,
  ],
  // "Du kommer även att få vårt nyhetsbrev", "Vi skickar dig ibland erbjudanden"
  priorNotice: [
    '(du|ni) (kommer att |kommer )?(fa|far) (aven |ocksa |darefter |vart |vara |fran oss )*(nyhetsbrev|erbjudanden|reklam|marknadsforing|e-?post med)',
    '(vi|vi kommer att) (skicka|skickar|mejlar|kontaktar) (dig|er) (garna |aven |ocksa |ibland |regelbundet )*(med |om )?(nyhetsbrev|erbjudanden|nyheter|reklam)',
    '(din|er) e-?postadress (kommer att |kan )?(anvandas|anvander vi)[^.]*(nyhetsbrev|erbjudanden|reklam|marknadsforing)',
  ],
  // "Du kan avregistrera dig när som helst, kostnadsfritt"
  freeOfCharge: ['kostnadsfritt', 'gratis', 'utan kostnad'],
  // "Begär en offert"
  quoteRequest: ['(begar|fa|be om) (en )?offert', 'offertforfragan', 'gratis offert'],
  negators: ['nej,? tack\\b', 'inte\\b', 'varken\\b', 'ej\\b', 'aldrig\\b', 'ingen\\b', 'inga\\b', 'inget\\b', 'icke\\b',
    // The "without" option of a choice: "Utan nyhetsbrev"
    '^utan ([a-z]*nyhetsbrev|[a-z]*erbjudand|[a-z]*reklam|[a-z]*marknadsfor|e-?post|[a-z]*utskick)'],
  // "Jag vill avregistrera mig från nyhetsbrevet" (Silvercart sv), "Avprenumerera från alla framtida e-postutskick" (listmonk sv),
  // "Säg upp prenumeration" (Magento sv_SE), "Jag undanber mig reklam", "Ta bort mig från e-postlistan", "Jag återkallar mitt samtycke"
  // "Jag har inget konto, men vill få nyhetsbrevet"
  contrasts: ['men\\b', 'dock\\b'],
  conditions: ['om (?:jag|du|ni|vi|man|det)\\b', 'ifall\\b', 'nar\\b'],
  // Blocking an address, the NIX register's word: "Spärra min adress för direktreklam"
  negativeVerbs: ['avprenum', 'avregistrera', 'avanmal', 'avbestall', 'avsluta (min |mitt |prenumeration|[a-z]*nyhetsbrev|[a-z]*utskick)', 'undanb(e|er|ad)\\b', 'sparr(a|ar)\\b', 'sluta (att )?(skicka|fa|ta emot|mejla|maila|kontakta)\\b', 'sag(a|er)? upp (min |mitt )?(prenumeration|[a-z]*nyhetsbrev|[a-z]*utskick)', 'aterkalla(r)? (mitt |ditt )?samtycke', '(drar|dra) tillbaka (mitt |ditt )?samtycke', 'ta bort mig\\b', 'opt-?out', 'avsta(r)?\\b', 'tacka(r)? nej(?!,? tack)', 'sag(a|er)? nej(?!,? tack)', 'undvik(a|er)?\\b', 'avboj', 'motsatter', 'invander', 'slippa\\b', 'slipper\\b'],
  // The negation may sit inside the idiom: "Gå inte miste om våra erbjudanden"
  missVerbs: ['missa', 'ga (inte |aldrig )?miste', 'gar (inte |aldrig )?miste'],
  // "Avmarkera rutan om du inte vill få nyhetsbrev", "Bocka ur om du inte vill…"
  untickInstructions: ['avmarkera', 'avbocka', '(bocka|kryssa|klicka) ur\\b', 'ta bort (bocken|krysset|markeringen|bockarna|kryssen)'],
  // "Bocka i för att avbeställa nyhetsbrevet" (WHMCS sv), "Kryssa i rutan om du inte vill…"
  tickInstructions: ['(kryssa|bocka) (i|for)\\b', 'kryssa (har|rutan)', 'markera (rutan|denna ruta|har|detta)', 'satt (ett )?(kryss|bock|markering)', 'klicka i (rutan|har)'],
  yes: ['ja\\b', 'ja tack', 'garna\\b'],
  no: ['nej\\b', 'nej,? tack'],
  answerValues: [['ja', 'nej']],
  fieldNames: { marketing: ['nyhetsbrev', 'erbjudanden'], thirdParty: ['tredje_?part', 'partner'], negative: ['avregistrera', 'avprenumerera'], payment: ['betalsatt', 'betalningsmetod', 'kortnummer'], bookkeeping: [], listNames: [] },
  signupBlocks: ['nyhetsbrev'],
  filterBlocks: ['filter'],
  // "Jag har läst och godkänner villkoren" (Mailchimp for WP sv), "Jag godkänner Åhléns köpvillkor"
  termsAcceptance: [
    // Order acceptance: "Jag bekräftar min beställning och vill få erbjudanden"
    '(bekrafta|godkann)(r|er)? (min |mitt |din |ditt )?(bestallning|order|kop)\\b',
    // Consent to processing *for marketing* is the marketing consent itself, and a policy named as the
    // reference ("enligt integritetspolicyn") is not accepted: both stay opt-in.
    `(godkann|godkant|accepter|samtyck|last|laser|forstatt|tagit del av|bekraftar)[a-z ,]{0,40}(?<!(enligt|i enlighet med|ifolge|som beskrivs i) )(villkor|integritetspolicy|sekretesspolicy|personuppgiftspolicy|dataskyddspolicy|privatpolicy|integritetsmeddelande|regler|(behandling(en)? av (mina )?personuppgifter|personuppgiftsbehandling)(?![a-z ,]{0,30}\\b(marknadsfor|reklam|nyhetsbrev|erbjudand|kampanj|att (skicka|kontakta))))`,
    '(villkor|integritetspolicy|sekretesspolicy|personuppgiftspolicy)(en|et|na)?[a-z ,]{0,40}(godkann|godkant|accepter|last|tagit del)',
  ],
  // "reklam från våra samarbetspartner", "andra bolag i koncernen", "tredje part", "övriga bolag och varumärken inom Åhlénskoncernen"
  thirdParty: [
    '[a-z]*partner', 'tredje ?part',
    // Compounds on the "samarbets-" linker, with or without a hyphen: "samarbetsföretag", "samarbets-partners"
    'samarbets-?[a-z]', 'tredjeparts', 'utvalda (foretag|bolag|samarbetspartner|varumarken)', '(andra|ovriga) (bolag|foretag|varumarken)', '[a-z]*koncern',
    // "nyheter från våra systerföretag"
    '(syster|dotter)(bolag|foretag)', 'narstaende (bolag|foretag)', 'annonsorer', 'sponsorer',
  ],
  channels: {
    email: ['e-?post', 'e-?mail', 'mejl', 'mail', '[a-z]*nyhetsbrev', 'inkorg'],
    sms: ['sms', 'textmeddelande', 'whatsapp', 'mms'],
    phone: ['telefon', 'ringa', 'samtal'],
    post: ['(med|via|per) posten\\b', '(med|via|per) post\\b', 'brevledes', '[a-z]*katalog(er|en)?\\b', 'trycksaker', 'direktreklam'],
    push: ['push', 'pushnotis'],
    social: ['sociala medier', 'social media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(hall|halla) (mig|dig|er|oss) (uppdaterad|informerad|underrattad|a jour)', 'fa uppdateringar'],
  context: {
    purchase: [
      'kassan', 'till kassan', 'slutfor (kop|kopet|bestallning)', 'bekrafta (kop|kopet|bestallning|order)', 'genomfor kop', 'betala\\b', 'betalning', 'betalsatt', 'betalningsmetod',
      'leveranssatt', 'fraktsatt', 'frakt', 'leveransadress', 'fakturaadress', 'totalt', 'delsumma', 'summa', 'varukorg', 'kundvagn', 'inkl\\.? moms', 'bestallning', 'klarna', 'swish', 'lagg order', 'skicka order',
    ],
    registration: ['skapa (ett )?konto', 'registrera', 'losenord', 'bli medlem', 'mitt konto', 'anvandarnamn', 'forum'],
    newsletter: ['prenumerera', '[a-z]*nyhetsbrev', 'anmal (dig|mig)', 'skriv upp (dig|mig)'],
    contact: ['kontakt(?!uppgift|information)', 'meddelande', 'kundtjanst', 'kundservice', 'skicka meddelande', 'stall en fraga', 'din fraga', 'bevaka (produkt|pris|lager)', 'meddela mig nar', 'tillbaka i lager', 'i lager igen'],
    survey: ['tavling', 'tavla', 'vinn\\b', 'vinna', 'enkat', 'undersokning', 'delta\\b', 'utlottning', 'frageformular'],
    // GiveWP sv: "Donera nu", "Ge en gåva", "Gåvobelopp"
    donation: ['donera\\b', 'donation(er)?\\b', 'ge en gava', 'gavobelopp', '(din|min|manatlig) gava\\b'],
  },
};
