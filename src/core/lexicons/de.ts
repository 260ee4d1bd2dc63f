import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** Only the prize draw, none of the mailings beside it: a refusal that names no mailing. "🚫 Ich möchte nur am Gewinnspiel teilnehmen" (a list of topics to hear about) */
const ONLY_CONTEST = 'nur (am|an [a-z]+) ([a-z-]+ )?(gewinnspiel|preisausschreiben|verlosung|wettbewerb)s?( [a-z]+)? teil';
/** A place on the shop's own site or app, where what is shown is not sent: "in der OTTO App", "auf der Startseite". */
const ON_SITE = '(in|auf) (der|dem|unserer|unserem|meiner)( [a-z0-9.&-]+)? (app|website|webseite|seite|startseite|homepage)\\b';

export const de: Lexicon = {
  lang: 'de',
  stopwords: ['der', 'die', 'das', 'und', 'ich', 'mich', 'mir', 'sie', 'ihre', 'ihr', 'wir', 'uns', 'unsere', 'unseren', 'mit', 'fur', 'uber', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'nicht', 'keine', 'mochte', 'erhalten', 'werden', 'kann', 'ist', 'auf', 'per', 'bitte', 'dich', 'dein', 'deine', 'ihnen', 'dass', 'sich', 'mochten', 'unser'],
  // "Ja, ich möchte den Newsletter abonnieren" (WooCommerce Germanized), "Angebote per E-Mail erhalten"
  marketing: [
    // The sign-up itself: "Ja, ich melde mich an"; hearing from the shop: "Ich mochte von Otto horen"; leaving every mailing: "von allen E-Mail-Aussendungen"
    '^(ja,? )?ich melde mich (hier |jetzt |gerne |gern )?an[\\s.!?]*$', '(ich|wir) (mochte|mochten|will|wollen|wurde|wurden)( gerne| gern| mehr| regelmassig| ofter)? (mehr )?von ([a-z0-9.&-]+ ?){1,3}(zu )?horen\\b', '(von|fur|aus) allen ([a-z-]*-)?(aussendungen|zusendungen|sendungen|verteilern|mailings|listen|abonnements|newslettern|e-?mails|publikationen)\\b',
    // The wish to learn or hear more as the whole label (a petition's sign-up): "Ich möchte mehr erfahren", "Ich will mehr wissen"
    '^(ja,? )?(ich|wir) (mochte|mochten|will|wollen|wurde|wurden)( gerne?)? mehr (erfahren|wissen|horen)[\\s.!]*$',
    // The shop staying in touch with the person, the consent verb enough: "Ja, ich bin damit einverstanden, dass die Medical Tribune Verlagsgesellschaft mbH mit mir in Kontakt bleibt"
    'mit (mir|uns) in (kontakt|verbindung) (zu )?bleib(t|en)\\b',
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Geburtstagsrabatt erhalten", "Schickt mir zum Geburtstag eine kleine Uberraschung"
    'geburtstags(rabatt|gutschein|uberraschung|geschenk|angebot|bonus|aktion|vorteil)[a-z]*', '(uberraschung|geschenk|rabatt|gutschein|bonus|aufmerksamkeit)[a-z]*( [a-z]+){0,4} (zum|zu (meinem|deinem|ihrem)) geburtstag\\b', '(zum|zu (meinem|deinem|ihrem)) geburtstag( [a-z]+){0,4} (uberraschung|geschenk|rabatt|gutschein|bonus|aufmerksamkeit)',
    // One "Angebot" is as often a quote, a listing or a contract's offer ("Angebot schließen", "Angebot und Vertragsschluss"): weak, unless a recurring one
    // The plural noun ("mit Angeboten", "zu neuen Angeboten"), not the participle: "die von mir angebotenen Produkte", "diese Zahlart wird angeboten"
    'newsletter', 'angebote\\b', '(?<!\\b(wird|werden|wurde|wurden|worden|nicht|noch|hier|derzeit|ebenfalls|zusatzlich) )angeboten\\b(?! (werden|wird|wurde|wurden|worden|ist|sind|hat)\\b)', 'angebote? (des tages|der woche|des monats)\\b', 'sonderangebote', 'aktionen', 'gutscheine?\\b',
    // Discounts, not the discount as a price or shop setting: "Rabattbetrag", "Rabattierter Grundpreis", "Prüfe die Rabattgültigkeit"
    'rabatt(?!betrag|iert|ierung|gultig|regel|art\\b|arten|feld|satz|satze|staffel|preis|wert|hohe|typ|summe|berechnung)', 'werbung', '(direkt|telefon|brief|post|online|print|katalog|sms|push)werbung', 'marketing', 'promotion',
    // Advertising as what the person gets ("Werbezwecke", "Werbepost", "Werbe-SMS"), not the ad tech or merchandise around it:
    // "Werbe-ID zurücksetzen", "Werbeeinstellungen", "Google-Werbeprodukte", "werbefrei", "Werbeblocker", "Werbeartikel bedrucken"
    'werbe(?!-?(id\\b|einstellung|produkt|blocker|frei|banner|artikel|mittel|flache|trager|netzwerk|treibend|budget|agentur|kosten|konto|pixel|plattform|tracking))',
    // Advertised to in the passive: "Ich möchte nicht telefonisch beworben werden"
    '(telefonisch|per (e-?mail|telefon|sms|post|brief)|postalisch|schriftlich) beworben\\b',
    // and with the person as the subject, the channel left unsaid (not "ich habe mich beworben", applied): "Ich will nicht beworben werden"
    '(ich|wir)( [a-z]+){0,4} beworben (werden|zu werden)\\b',
    'produktempfehlungen', 'empfehlungen', 'neuheiten', 'neue(n|r)? (produkte(n)?|kollektion(en)?|artikel(n)?)', 'exklusive', 'vorteile', 'deals?\\b', 'sale\\b', 'schnappchen',
    'kommerzielle', 'produktinformationen', 'meine daten[a-z ]{0,20} (an|mit) (partner|dritte)[a-z ]{0,20}(weitergegeben|geteilt|ubermittelt)',
    // Active too, and any contact detail: "Otto darf meine E-Mail-Adresse an Partner weitergeben"
    '(meine|ihre|deine) (personenbezogenen )?(daten|e-?mail-?adresse|adresse|kontaktdaten|angaben)[a-z ]{0,20} (an|mit) (partner|dritte|sponsoren|werbepartner|kooperationspartner)[a-z ]{0,20}(weiterzugeben|weitergeben|ubermitteln|teilen|verkaufen|weitergegeben|ubermittelt|geteilt|verkauft)\\b', 'mailings?\\b',
    // Partners or sponsors as the ones who contact or inform: "Partner dürfen mich kontaktieren", "… und bin einverstanden, dass die Sponsoren mich kontaktieren"
    '((partner[a-z]*|sponsoren|dritte|drittanbieter|aussteller)( (durfen|konnen))?|wir (durfen|konnen)) (mich|uns|sie|dich) ([a-z-]+ ){0,3}(kontaktieren|kontaktiert|anrufen|anruft|anschreiben|anschreibt|informieren|informiert)\\b',
    // Passing on with the separable verb: "Bitte gebt meine Adresse nicht an andere Firmen weiter"
    '(gib|gebt|geben|gebe)( [a-z]+){0,4} an (dritte|partner[a-z]*|sponsoren|andere (firmen|unternehmen))( [a-z]+)? weiter\\b',
    // Compounds: "Wochenangebote", "E-Mail-Newsletter", "Partnerangebote", letters to customers, members and friends: "Kundenbrief", "Mitgliederbrief"
    // and a mailing named by its topic with "-letter" (not climbing, "Kletter-"): "PraxisLetter für Ärzte - News zu Medizin", "InfoLetter mit Cartoon", "GynLetter (monatlich)"
    '[a-z]{2,14}angebote\\b', '[a-z]{2,14}(newsletter|(?<![kp])letter\\b)', 'coupons?\\b', '(rund|info|kunden|mitglieder|freundes)brief',
    // The Austrian word for mailings: "Ich möchte die Aussendungen des Vereins erhalten", "Keine Aussendungen"
    'aussendungen\\b', 'rundschreiben', 'infomail', '(darf|durfen) (sie |wir |ihr )?(mich|uns) (nicht |nicht mehr |nie |keinesfalls )?(per [a-z-]+ |telefonisch |postalisch |schriftlich |gerne |auch )?(kontaktieren|anrufen|anschreiben)', '[a-z]{2,12}rabatte\\b',
    // "Informationen zu Sonderaktionen" (not Trans-, Re- or Interaktionen)
    '(sonder|rabatt|spar|preis|gutschein|werbe|verkaufs|marketing|spenden|kunden|wochen|monats|mitglieder)-?aktion(en)?\\b',
    // "Ich möchte Gutscheincodes erhalten", "Ich möchte die Rundmail erhalten", "Kaufempfehlungen per E-Mail", "als Erste(r) von Sales erfahren"
    '(gutschein|rabatt|promo|aktions)-?codes\\b', 'rund-?(e-?)?mails?\\b', '(kauf|artikel|stil|style|geschenk|lese|buch)empfehlungen\\b', 'sales\\b(?!-)', 'promo(s|tions?)?\\b',
    // Lists and subscriptions without the word Newsletter: "Ja, füge mich zu deiner Mailingliste hinzu", "Allgemeines Abonnement" (Magento), "Allgemeine Abo"
    '(mailing|e-?mail|newsletter|kunden|interessenten|adress)-?(liste|listen|verteiler)\\b', 'verteiler\\b', '(allgemeine(s|r|n)?|newsletter|e-?mail|sms)[ -]?(abonnements?|abos?)\\b',
    '^(ja,? )?((ich )?(mochte|will|wurde gerne?) |jetzt |hier )?(abonnieren|abbestellen|austragen)[\\s.!?]*$', ONLY_CONTEST,
    // A short title that names a mailing, as in a list of newsletters to tick (English loans only compounded): "Firmennews", "Tipps & Tricks", "Veranstaltungshinweise", "Neuigkeiten von Mozilla"
    // (not a notice about the person's own business: "Bestellupdates", "Sicherheitshinweise", "Preisänderungen")
    '^(?![^.]*(bestell|konto|sicherheit|versand|liefer|passwort|rechnung|system|status|software|firmware|ticket|buchung|antwort|kommentar|forum|aktivitat|service|zahlung|preis|lager|datenschutz|pflege|wichtig|recht|app-|nutzungsbeding|agb))([a-z0-9&-]+ ){0,2}([a-z]{3,}-?(news|updates|hinweise)|[a-z-]*(neuigkeiten|tipps|ankundigungen|einladungen|webinare|geschichten))( (und|&) [a-z-]+)?( (von|aus|zu|zum|zur|uber) [a-z0-9-]+( [a-z0-9-]+)?)?[\\s.!]*$',
    // Contact by phone, text or post (as in English, e-mail alone may answer an enquiry), or refused: "Ich möchte nicht telefonisch kontaktiert werden", "Kontaktaufnahme per Telefon", "Ich möchte nicht angerufen werden"
    '(telefonisch|per (telefon|sms|post|brief|whatsapp)|nicht( mehr)?) (kontaktiert|angerufen|angeschrieben)\\b',
    // The refusal as a flag of its own: "Bitte nicht anrufen", "Nicht per E-Mail kontaktieren", "Ruf mich nicht an", "Keine Werbeanrufe"
    '^(bitte )?((mich )?(bitte )?(nicht|nie) (mehr )?(per [a-z-]+ |telefonisch )?(anrufen|kontaktieren|anschreiben|mailen)|(ruf|rufen sie|ruft) mich (bitte )?nicht (mehr )?an|keine ([a-z]+-?)?anrufe)( mehr)?( bitte)?[\\s.!]*$', 'kontaktaufnahme (per (telefon|sms|post|whatsapp)|zu werbezwecken)\\b',
    // A bare "Anmelden" as the whole label (a log-in is a button, not a box), also when an unsubscribe notice followed it: "Anmelden (Abmeldung ist jederzeit möglich)"
    '^(ja,? )?(hier |jetzt )?anmelden[\\s.!?;()]*$',
    // A newspaper's mailings by their round and content, the word "Newsletter" left to the title (Republik): "Von Montag bis Freitag um 5 Uhr in Ihrem virtuellen Briefkasten",
    // "… und schicken es Ihnen jeden Freitag in Ihre Inbox", "Jeden Sonntag präsentieren wir Ihnen einen Beitrag aus dem Archiv", "Das Wichtigste aus der Schweizer Politik auf einen Blick"
    // (not a digest of the person's own activity, a bill or a reminder)
    '(?![^.!?]*(zusammenfassung|aktivitat|erinnerung|rechnung|auszug))(jede[nrs]?|von montag bis) ([a-z]*tag|mittwoch|morgen|woche|monat)\\b[^.!?]{0,80}\\b((in|an) (ihr|dein|mein)(e|en|em)?( [a-z-]+)? (briefkasten|postfach|posteingang|inbox)|(schicken|senden|prasentieren|liefern) wir (ihnen|dir|euch))\\b',
    '(das wichtigste|die wichtigsten (nachrichten|news|themen))(?![^.!?]*\\b(ihre|meine|deine)[mnrs]?\\b)( [a-z-]+){0,5} (auf einen blick|des tages|der woche)\\b',
    // Printed mailings named alone, as options beside "Newsletter" on a sign-up form: "Katalog", "Flyer", "Prospekte per Post"
    '^(den |die |unser(en)? )?(katalog|flyer|prospekt|broschure|kundenmagazin)(e|en|s)?( per post)?[\\s.!]*$',
    // Campaign mailings by their purpose, as in a list of mailings (Mozilla): "Möglichkeiten zum Engagement zur Wiederherstellung des Internets", "Wege, sich zu engagieren"
    '(moglichkeiten|wege|gelegenheiten),? (zum|zur|fur|sich zu|mich zu|um sich zu|um mich zu) (engagement|engagieren|mitmachen|mitzumachen|unterstutzung|unterstutzen|helfen|spenden)\\b',
    // Product news and alerts: "Globale Artikelbenachrichtigungen", "Benachrichtigungen von allen verfügbaren Artikeln erhalten", "Neuigkeiten und Updates zu Sicherheit"
    '(benachrichtigungen|updates|neuigkeiten|news|nachrichten|informationen|aktuelles|ankundigungen)( [a-z]+){0,3} (zu|uber|von|fur|bei|zum|zu den) (alle |allen |unsere |unseren |neue |neuen |diese |diesen |diesem |den |dem |die |folgende |folgenden )?(verfugbare |verfugbaren |neueste |neuesten |neue |neuen )?(artikeln?|produkten?|produkt)\\b',
    '(artikel|produkt)-?(benachrichtigungen|news|neuheiten|neuigkeiten|updates?|ankundigungen)', '[a-z]*artikelbenachrichtigungen',
    '(news|neuigkeiten|nachrichten|updates|tipps|veranstaltungen|events) (und|&) (updates|angebote|angeboten|news|neuigkeiten|veranstaltungen|events|aktionen|tipps|ankundigungen|trends)',
    // Contact by partners is their marketing: "Kontaktaufnahme durch Partnerunternehmen erlaubt", "von ausgewählten Sponsoren angeschrieben werden"
    // Suggestions like recommendations, marketing in a compound, abandoned-cart reminders: "Produktvorschläge per E-Mail",
    // "Bitte kein Telefonmarketing", "Ja, erinnert mich an Artikel in meinem Warenkorb", "Warenkorb-Erinnerungen", the cart first: "Per E-Mail an meinen Warenkorb erinnern", "an vergessene Artikel erinnern"
    '(produkt|artikel|kauf|geschenk|stil|style|outfit)vorschlage\\b', '[a-z]{3,12}marketing\\b', '(warenkorb|einkaufswagen)-?erinnerung(en)?\\b',
    'erinner[a-z]*[^.;:!?()]{0,60}\\b((im|(in|an) (meinem|meinen|dem|den|deinem|deinen|ihrem|ihren)) (warenkorb|einkaufswagen)|(vergessene|zuruckgelassene|liegengebliebene)n? (artikel|produkte))\\b',
    '((warenkorb|einkaufswagen)[a-z]*|(vergessene|zuruckgelassene|liegengebliebene)n? (artikel|produkte))\\b[^.;:!?()]{0,40}\\berinner',
    // Surprised on one's birthday: "Ich möchte am Geburtstag überrascht werden"
    '(am|zum|zu (meinem|deinem|ihrem)|an (meinem|deinem|ihrem)) geburtstag( [a-z]+){0,4} (uberrascht|beschenkt)\\b',
    // The adjective of advertising: "Zustimmung zur werblichen Ansprache", "Ich willige in die werbliche Nutzung meiner Daten ein"
    'werbliche(n|r|s)?\\b',
    // Offer and campaign mail as one compound: "Aktionsmails", "Angebotshinweise per E-Mail", "Angebotsinformationen", "Aktions-SMS";
    // vouchers compounded in the plural: "Geburtstagsgutscheine", "Rabattgutscheine" (a single "Wertgutschein" is often one being redeemed)
    '(angebots|aktions)-?(e-?mails?|mails?|infos|informationen|hinweise|nachrichten|news|sms|benachrichtigungen)\\b',
    // One offer, campaign or deal not to be missed (the negated miss is the wish): "Verpasse keine Aktion mehr", "Keinen Deal verpassen"
    '(kein(e|en)?) ([a-z]+(e|en|es) )?(aktion|angebot|deal|schnappchen|vorteil|rabattaktion|sale|drop|neuheit)( mehr)? (zu )?verpass[a-z]*', 'verpass[a-z]* (kein(e|en)?) ([a-z]+(e|en|es) )?(aktion|angebot|deal|schnappchen|vorteil|rabattaktion|sale|drop|neuheit)\\b', '[a-z]{3,14}gutscheine\\b',
    '(kontaktiert|kontaktaufnahme|angeschrieben|angerufen|kontakt) (durch|von) (unseren |unsere |ausgewahlten |ausgewahlte |unseren ausgewahlten )?(partner[a-z]*|dritte(n)?|drittanbieter(n)?|sponsoren|aussteller(n)?)\\b',
    // Sharing with partners, the data left unsaid: "Nicht an Dritte weitergeben", "Keine Weitergabe an Partner"
    '(weitergabe|ubermittlung|weiterleitung|verkauf) (an|mit) (dritte|partner|partnerunternehmen|werbepartner|drittanbieter|sponsoren)\\b', '(an|mit) (dritte|partner|partnerunternehmen|werbepartner|drittanbieter|sponsoren) (weitergeben|weiterzugeben|ubermitteln|verkaufen)\\b',
    '(weitergabe|ubermittlung|weiterleitung) (meiner|der|von|meines) (personenbezogenen )?(daten|adresse|e-?mail-?adresse|kontaktdaten)[a-z ]{0,40} (an|mit) [a-z ]{0,30}(partner|dritte|gesellschaften der|unternehmen der)',
  ],
  // "Ich möchte E-Mails von Zalando erhalten", "Informationen zu Trends"
  weakMarketing: ['angebot\\b', 'e-?mails\\b', 'mails\\b', 'unsere(n)? produkte', 'produkte und (dienstleistungen|services)', 'nachrichten', 'news\\b', 'neuigkeiten', 'informationen', 'infos?\\b', 'updates?\\b', 'tipps', 'inspiration', 'auf de[mn] laufenden', 'post\\b',
    // "Bitte benachrichtigen Sie mich über Aktuelles", "Auch von allen zukünftigen E-Mails abmelden", "Benachrichtige mich über neue Beiträge via E-Mail" (Jetpack)
    '[a-z]{0,12}(katalog(e|en)?|prospekte?n?|broschuren?|magazin(e|en)?|zeitschrift(en)?)\\b', 'publikationen\\b', 'aktuelles\\b', 'ankundigungen', 'veranstaltungen', 'events?\\b', 'einladungen', 'abonnements\\b', 'listen?\\b', 'trends\\b',
    '[a-z]{2,12}updates?\\b', 'zusendungen\\b',
    // HubSpot's consent to its marketing subscription types: "Ich stimme zu, andere Benachrichtigungen von … zu erhalten"
    'andere benachrichtigungen\\b',
    // Tips and new titles by their topic: "Veranstaltungstipps per E-Mail", "Informieren Sie mich über Ihre Neuerscheinungen", "Produktinfos per E-Mail"
    // "Ich möchte Neues von Otto erfahren", "Ich bin mit der Zusendung von Informationsmaterial einverstanden"
    '[a-z]{3,14}tipps\\b', 'neuerscheinungen\\b', '(informations|info)-?(material(ien)?|pakete?)\\b', '(alles |etwas )?neues (von|aus|uber|bei|rund um)\\b', 'produktinfos\\b', 'e-?mail-?news', 'neuerungen', 'informiert (zu )?(werden|bleiben)\\b', 'mitteilungen', 'spendenaufrufe?\\b', 'spendenkampagnen?\\b', '(meine|ihre|deine|unsere) (hilfe|unterstutzung|spende) braucht',
    // Products as the whole topic (not "Produkte, die ich bestellt habe", "Produkte auf meinem Merkzettel", nor what a removed phrase narrowed):
    // "Ja, Otto darf mich per E-Mail über Produkte informieren", "Informieren Sie mich über unser Sortiment"
    // and told to the person by whoever has the data ("Ihre" there is the sender's): "damit diese mich über ihre Produkte informieren"
    '(uber|zu) (unser(e|en|em)? |(?<=mich [a-z]{2,4} )(ihre|deren|eure|seine)n? |neue(n)? |aktuelle(n)? |weitere(n)? |eigene(n)? )?(produkte|produkten|produktsortiment|sortiment|dienstleistungen)\\b(?!,? (die|der|deren|dessen|welche|in|im|auf|aus|an|bei|von (meinem|meiner|meinen))\\b| +$| *;)',
    // "Ich möchte Hinweise zu weiteren Produkten erhalten" (the "ähnliche Waren" of § 7 Abs. 3 UWG)
    '(weitere(n)?|ahnliche(n)?) (produkte(n)?|waren|angebote(n)?|dienstleistungen)\\b',
    // "Dürfen wir Sie per E-Mail über unsere Arbeit informieren?"
    '(unsere|unserer|ihre|ihrer|eure|eurer) (arbeit|projekte|kampagnen|mission|wirkung)\\b',
    // Campaigns and launches by themselves: "Bitte informieren Sie mich per E-Mail über aktuelle Kampagnen", "Informiere mich über neue Drops",
    // and how a petition or campaign goes on (not signing it, nor a name shown on it): "Über den weiteren Verlauf der Petition informieren"
    'kampagnen\\b', '(verlauf|entwicklung|fortgang|fortschritt|erfolg|ausgang|stand|neues)( [a-z]+){0,2} (der|dieser|unserer|des|dieses|unseres|zur|zum) ([a-z]+ )?(petition|kampagne|appells?|unterschriftenaktion)\\b', '(neue(n)?|neueste(n)?|kommende(n)?|exklusive(n)?|limitierte(n)?) (drops|releases|kollektionen)\\b',
    // Ideas and recipes as what a mailing carries, compounded or new (a bare "Rezept" is as often a prescription): "Ich möchte Kochideen und Rezepte per E-Mail erhalten",
    // "Geschenkideen per E-Mail", "Neue Rezepte per E-Mail"; a charity's letter: "Ich möchte den Spendenbrief erhalten"
    '(geschenk|koch|back|rezept|deko|outfit|style|styling|einrichtungs|wohn|reise|ausflugs|bastel|garten|party|freizeit)-?ideen\\b', '(neue(n)?|beste(n)?|saisonale(n)?|leckere(n)?) rezepte\\b', 'spendenbriefe?\\b',
    // "Ich möchte auch von Partnerunternehmen kontaktiert werden"
    '(von|durch) (unseren |ausgewahlten |unseren ausgewahlten |anderen )?(partnern|partnerunternehmen|kooperationspartnern|werbepartnern|dritten|drittanbietern|sponsoren|(unternehmen|marken|organisationen) (der|unserer) [a-z]+)\\b', 'blog(s|artikel|beitrage)?\\b', 'beitrage\\b', 'gewinnspiele', 'neue(n)? (beitrage|beitragen|posts)\\b', '(top-?)?geschichten\\b',
    // Staying in touch: "Ich möchte mit Otto in Kontakt bleiben", "Ja, bleiben Sie mit uns in Verbindung"
    'in (kontakt|verbindung) (zu )?bleiben\\b', '(bleib(e|t|en)?|bleiben sie)( [a-z0-9-]+){0,3} in (kontakt|verbindung)\\b'],
  receiving: [
    'erhalt', 'bekomm', 'zusend', 'zugesendet',
    // Separable and infinitive forms: "dürfen mir zugesandt werden", "Neuigkeiten zuschicken", "regelmäßig Updates zuzusenden",
    // "Gebt mir Bescheid, wenn es Neuigkeiten gibt", "Meldet mich für News an"
    'zugesandt', 'zuschick', 'zuzusend', 'zuzuschick', '(gebt|geben sie|gib|sagt|sagen sie|sag) (mir|uns) bescheid\\b', '(meldet|melden sie|melde) (mich|uns)\\b', 'zugeschickt', 'schick', 'send(e|en|et|est)\\b', 'abonnier', 'anmeld', 'melde (mich|dich) an', 'eintragen', 'informier',
    'auf de[mn] laufenden', 'kontaktier', 'benachrichtig', 'verwenden', 'nutzen\\b', 'per (e-?)?mail\\b', 'anruf',
    // The channel names the mailing too: "Bitte sendet mir eure Neuigkeiten per Mail", "Neuigkeiten per SMS"
    'per (sms|whatsapp|messenger|push)\\b',
    // Written to by the shop: "Ja, ihr dürft mir Neuigkeiten schreiben"
    'mir ([a-z-]+ ){0,3}(schreiben|mailen)\\b',
    // Mailed as the verb, and e-mails from a named sender accepted or allowed: "Email mich über Updates", "E-Mails der Administration akzeptieren"
    '(e-?)?mail(e|t)? (mich|mir|uns)\\b', '(e-?)?mails (der|des|von) [a-z-]+ (akzeptieren|erlauben|zulassen)\\b',
    // "Füge mich zu deiner Mailingliste hinzu", "Trage mich ein", "E-Mails von Administratoren empfangen", "Halte mich auf dem Laufenden"
    'empfang(e|en)\\b', 'trag(e|en)? (mich|uns)', 'fug(e|en)? (sie |du )?(mich|uns)', 'nehm(e|en|t)? (sie |du )?(mich|uns)', 'halt(e|en)? (mich|uns)', 'zukommen', 'schreib(e|en)? (mich|uns) ein', 'einschreib', '(in|an) (mein|meinem|ihr|ihrem|dein|deinem) (postfach|e-?mail-?postfach|briefkasten)',
    // Leaving a list is about marketing too: "Auch von allen zukünftigen E-Mails abmelden", "Newsletter abbestellen"
    'abmeld', 'abbestell', 'austrag', 'kundig', 'entfern(e|en) (sie )?(mich|uns)',
    // Struck off or deleted from it, like "entfernen": "Bitte streichen Sie mich von Ihrer Liste", "Löschen Sie mich aus dem Verteiler"
    '(losch|streich)(e|en|t)? (sie |du )?(mich|uns)\\b',
    // "Katalog per Post anfordern", "Ja, ich möchte gerne aktuelle Informationen …" (the wish, like the English "I'd like to")
    'anforder', 'ich mochte\\b', 'interessiere mich (fur|an)\\b', '(bin|sind) [a-z ]{0,60}interessiert\\b',
    // "Falls Sie keine Post von uns wünschen, …", "Ja, ich will Neuigkeiten von Otto"
    '(ich|sie|du) [a-z ]{0,40}wunsch(e|en|st|t)\\b', '(ich|wir) (will|wollen)\\b',
    // The refusal as a wish, like the sign on a letterbox: "Bitte keine Prospekte", "Bitte keine E-Mails mehr", and as a short label of its own, mail named (not an empty list, "Keine Veranstaltungen"): "Keine E-Mails", "Keine Infos per Post"
    'bitte (keine|kein|keinen)\\b', '^(keine|kein|keinen) ((e-?)?mails|infos|post)( (mehr|per [a-z-]+))?[\\s.!]*$',
  ],
  // "Benachrichtigungen zum Bestellstatus", "Gutschein einlösen", "Angaben für die nächste Bestellung speichern"
  neverMatch: [
    // A cookie category named before a colon, and all its description after it: "Marketing-Cookies: Damit zeigen wir und unsere Partner dir Werbung"
    '^[a-z&/\' -]{0,40}cookies?\\b[^:]{0,30}:.*',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen", "HTML-Mails senden"
    '(newsletter|e-?mails?|mails?|nachrichten)( [a-z]+)? (im|in|als) (html|nur-?text|text)\\b', '(html|nur-?text)-?(e-?)?mails?\\b',
    '(informationen|nachrichten|(e-?)?mails?|benachrichtigungen?|updates?|sms)( [a-z]+){0,4} (zu|uber|zum|zur) (meiner |ihrer |der |dem )?(bestellung|lieferung|sendung|versand|bestellstatus|sendungsverfolgung)',
    '(bestell|liefer|versand|sendungs|paket)-?(status|bestatigung(en)?|benachrichtigung(en)?|verfolgung|informationen|updates?|nachrichten|(e-?)?mails?|sms)( (der|durch die|mit der|von|via) [a-z]+)?',
    // What changes at an event one has a ticket for: "über Änderungen am Programm per SMS informiert werden" (pretix)
    '(anderung|absage|verschiebung|ausfall)[a-z]* (am|des|im|der|zum) (programm|ablauf|zeitplan|spielplan|termin|veranstaltung)( (per|via) [a-z-]+)?( (informiert|benachrichtigt)( zu)? werden)?',
    // A voucher or discount applied, switched on or filtered by as a shop feature: "Gutschein anwenden", "Rabatt aktivieren", "Gutschein entfernt", "Nach Gutschein filtern", "Meine Geldgutscheine"
    '(gutscheine?|(gutschein|rabatt|aktions|promo)-?codes?|rabatte?|coupons?|vorteile)( [a-z]+){0,3} (anwenden|aktivieren|deaktivieren|entfernen|loschen|freischalten|einlosen|eingeben|hinzufugen|verwenden|angewendet|angewandt|aktiviert|deaktiviert|entfernt|geloscht|freigeschaltet|eingelost|hinzugefugt)\\b',
    '(gutscheine?|gutscheincodes?|rabattcodes?|coupons?)( [a-z]+)? (suchen|erstellen|verwalten)\\b', 'kein(en)? (gutschein|gutscheincode|rabattcode|aktionscode|promocode|coupon)\\b(?![a-z ]{0,30}(erhalten|bekommen|zugeschickt|zugesendet|zusenden|per))',
    // Products on sale, a catalog filter: "Produkte im Sale", "Nur Artikel im Angebot"
    '(produkte?|artikel|waren?|nur|alle)( [a-z]+){0,2} im (sale|angebot|ausverkauf)\\b', '^nur (fur )?([a-z]+ )?(angebote|sonderangebote|aktionen|rabatte|sale|deals|schnappchen)[\\s.,]*$',
    // Discounts and vouchers as amounts and totals: "Zwischensumme nach Rabatt", "Preis nach Abzug der Gutscheinrabatte", "Rabatt Gesamtsteuer",
    // "Anzahl der Gutscheine", "Gesamt-Gutscheine (inklusive MwSt.)", "Angebotsrabatt", "Mengenrabatt" (not the perk of a birthday or a sign-up)
    '(nach|abzuglich|zuzuglich) (abzug )?(der |des |dem |von |aller )?[a-z]*(rabatt|gutschein|coupon|nachlass|skonto)[a-z]*',
    '[a-z]*(rabatt|gutschein|coupon)[a-z]*[ -](gesamtsteuer|steuer|steuern|betrag|gesamtbetrag|summe|mwst|netto|brutto|prozent|anzahl|menge)\\b',
    '(anzahl|menge|summe|wert|betrag|hohe|gesamtwert|gesamtbetrag|gultigkeit|ablaufdatum|laufzeit) (der|des|aller|an|von) [a-z]*(gutschein|rabatt|coupon|aktionscode|gutscheincode|rabattcode)(s|es|e|en)?\\b',
    'gesamt-?[a-z]*(gutscheine?|rabatte?|nachlass)\\b', '(?!geburtstags|newsletter|willkommens|anmelde)[a-z]{3,}rabatt\\b',
    // The voucher as the subject of a shop's rule: "Aktiviere diese Option, wenn der Gutschein einen kostenlosen Versand ermöglicht", "Kategorien, auf die der Gutschein nicht zutrifft"
    `(wenn|falls|sobald|ob|auf (die|den|das|welche)|fur (die|den|das|welche)) (der|ein|dieser|die|das|kein) (gutschein|rabatt|coupon|gutscheincode|rabattcode|aktionscode)\\b${CLAUSE}`,
    // Its validity and how it is redeemed or combined, a rule whatever the words between: "ein gültiger Versandkostenfrei-Gutschein", "Gutscheine können von den Seiten
    // des Warenkorbs und der Kasse aus angewendet werden" (WooCommerce), "Der Coupon kann nicht für {fieldName} verwendet werden", "Dieser Gutschein Code ist leider ungültig"
    '(gultige[nrs]?|ungultige[nrs]?|abgelaufene[nrs]?) [a-z-]*(gutschein|coupon|rabattcode|gutscheincode|aktionscode|promocode)(s|e|es)?\\b',
    `(gutschein|coupon|rabattcode|gutscheincode|aktionscode|promocode)[a-z]*\\b${CLAUSE}\\b((angewendet|angewandt|eingelost|verwendet|benutzt|kombiniert|verrechnet|anwendbar|einlosbar|kombinierbar) (werden|sein|ist|sind)|(wird|ist|sind) ([a-z]+ )?(angewendet|eingelost|ungultig|abgelaufen))\\b`,
    // Free-shipping conditions (WooCommerce): "Einen Mindestbestellwert UND einen Gutschein", "Mindestbestellwert ODER einen Gutschein"
    '(ein(en)? )?mindestbestellt?wert (und|oder) (ein(en)? )?[a-z-]*(gutschein|coupon)\\b', '(ein(en)? )?[a-z-]*(gutschein|coupon) (und|oder) (ein(en)? )?mindestbestellt?wert\\b',
    // Sorting by discount: "Am meisten Rabatt", "Rabatt absteigend", "Höchster Rabatt zuerst"
    'am meisten (rabatt|ersparnis|reduziert)\\b', '(rabatt|ersparnis) (absteigend|aufsteigend)\\b', '(hochste[nr]?|grosste[nr]?) (rabatt|ersparnis) zuerst\\b',
    // A complaint about an order ("Reklamation"), not advertising ("Reklame", Danish "reklamer"): "Reklamierter Betrag", "Ich möchte den Artikel reklamieren"
    'reklam(ier|ation)[a-z]*',
    // Ads shown in an app or on a site: "Anzeige personalisierter Werbung", "Einblendung von Angeboten"
    '(anzeige|einblendung|ausspielung|darstellung) (von )?([a-z]+(e|er|en) )?(werbung|werbeanzeigen|anzeigen|angeboten|angebote)\\b',
    // Actions in software: "keine weiteren Aktionen unternommen", "Aktionen ausführen"
    'aktion(en)? (ausfuhren|ausgefuhrt|auslosen|ausgelost|unternehmen|unternommen|durchfuhren|durchgefuhrt|abfragen|abgefragt)\\b',
    '(nach|mit) (gutschein(e|en)?|rabatt(e|en)?|angebot(e|en)?|aktionen|sale)( [a-z]+)? (filtern|sortieren)\\b', '(mein|meine) (?!geburtstag)[a-z]*(vorteile|gutscheine|rabatte|angebote|coupons|aktionen|deals)\\b',
    // Prices without tax or shipping: "Preis exklusive Steuern", "Preise exklusive MwSt. anzeigen"
    // and the tax setting as options: "Exklusive Mehrwertsteuer", "NEIN, ich werde die Preise exklusive, d.h. ohne Mehrwertsteuer eingeben" (Easy Digital Downloads)
    'exklusive?\\.?,?( d\\.? ?h\\.?,?)?( ohne)?( der| gesetzliche[nr]?)? (mwst|mehrwertsteuer|steuern?|versand|versandkosten|ust|umsatzsteuer|porto|pfand)\\b', 'preise? exklusive?\\b',
    // The person as the sender: "Kontaktieren Sie uns für weitere Informationen", "Einladungen senden", "Freunde einladen"
    `(kontaktieren|kontaktiere|schreiben|schreib|schreibe|mailen|maile|ruf|rufen) (sie |du )?uns\\b${CLAUSE}`, 'einladungen (senden|versenden|verschicken)\\b', '(freunde|kontakte|kollegen) einladen\\b',
    // A one-off request: "Informationen anfordern", "Weitere Unterlagen anfragen"
    '(weitere |mehr |nahere )?(informationen|infos|unterlagen|details|(informations|info)material(ien)?)( (zu|uber|fur) (diesem|dieser|diesen|dieses|dem|der|den|das) [a-z]+)? (anfordern|anfragen)\\b',
    '(informations|info)material(ien)? (zu|uber|fur) (diesem|dieser|diesen|dieses) [a-z]+\\b',
    // The format or archive of a list, not joining it: "Newsletter im HTML-Format", "Ich bevorzuge E-Mails als Text", "Newsletter-Archiv anzeigen";
    // a shop's settings for it: "Mit Newsletter-Tool synchronisieren", "Newsletter-Status", "Nach Newsletterabonnement fragen"
    '^(den |die |der )?(newsletter|(e-?)?mails?|mails)( [a-z]+)? (im|als|in) ([a-z]{2,8}-?(format|version)|nur-?text|reintext|klartext|text)[\\s.]*$',
    `(bevorzuge|lieber)${CLAUSE}\\b(im|als|in) ([a-z]{2,8}-?(format|version)|nur-?text|reintext|klartext|text)\\b${CLAUSE}`, '(newsletter|e-?mail)-?(archiv|status|tool|plugin|integration)\\b', 'nach [a-z-]*(newsletter|abonnement)[a-z-]* fragen\\b', '(newsletter|mailings?)( [a-z]+){0,2} (im archiv|online|in der vorschau|als vorschau) (anzeigen|ansehen|zeigen|sehen|anschauen|veroffentlichen)\\b',
    // The person writes the mailing (a group or shop admin): "Gruppen-Administratoren können einen Newsletter für ihre Gruppenmitglieder erstellen" (Elgg)
    '(newsletter|mailings?|rundschreiben|rundmails?)( [a-z-]+){0,4} (erstellen|anlegen|gestalten|bearbeiten|entwerfen|verfassen)\\b', '(haben sie|hast du|ich habe|habe ich) (einen|ein) (gutschein|rabattcode|gutscheincode|aktionscode|promocode)',
    // A quote for the person ("Bitte senden Sie mir ein Angebot zu"), a catalog to download, new volumes of the series on the page ("Benachrichtige mich über neue Bände dieser Reihe"),
    // the dates of the group or initiative on the page, followed like a listing ("Ich möchte über anstehende Termine dieser Initiative per E-Mail informiert werden", mapped-repair-events)
    '(mir|uns) (bitte )?ein ((individuelles|unverbindliches|konkretes|schriftliches|detailliertes|kostenloses) )?angebot\\b', '[a-z-]*katalog(e|s)?( [a-z]+){0,2} (als pdf|herunterladen|downloaden|durchblattern)\\b', `(neue(n)? |anstehende(n)? |kommende(n)? )?(folgen|bande|banden|ausgaben|teile|episoden|kapitel|termine|veranstaltungen|events|treffen) (dieser|dieses) (serie|reihe|podcasts?|zeitschrift|autors|autorin|initiative|gruppe|ortsgruppe|werkstatt|veranstalter[a-z]*|kurses)\\b${CLAUSE}`,
    'angebot\\b[a-z -]{0,30}(anfordern|anfragen)', 'angebot (per e-?mail |per post |als pdf )?(senden|versenden|verschicken|drucken|herunterladen|speichern)\\b', 'unverbindliches angebot', '(bitte|einladung) (um|zur|zu einer) (bewertung|rezension)',
    // A one-off request for information: "Bitte senden Sie mir weitere Informationen zu diesem Produkt", "um mir die angeforderten Informationen zu senden"
    '(weitere|mehr|nahere|genauere) (informationen|infos|details|unterlagen) (zu|uber|fur) (diesem|dieser|diesen|dieses|dem|der|den|das) (produkt|artikel|objekt|immobilie|inserat|kurs|studiengang|fahrzeug|angebot|stelle|veranstaltung|dienstleistung)\\b', 'angeforderte(n)? (informationen|infos|unterlagen|materialien|dokumente|broschure|prospekte)\\b',
    // Contact about the person's own business: "Ich möchte telefonisch kontaktiert werden, um meine Anfrage zu besprechen"
    '(kontaktiert|angerufen|angeschrieben|kontaktieren|anrufen|zuruckrufen|ruckruf)[a-z ,]{0,40}(anfrage|bestellung|auftrag|auftrags|termin|terminvereinbarung|reparatur|lieferung|bewerbung|frage|angebot|besprechen|klaren|abzustimmen)\\b',
    // and with the purpose first: "dass CLARK mich per E-Mail und zur Klärung von Rückfragen telefonisch kontaktiert", "zwecks Bearbeitung meiner Anfrage angerufen"
    '(zur|zwecks) (klarung|beantwortung|bearbeitung) (von |der |meiner |ihrer |eventueller |offener )?[a-z]*(fragen|frage|anfrage|anfragen|anliegens?)\\b( [a-z-]+){0,2} (kontaktiert|angerufen|angeschrieben|kontaktieren|anrufen|anzurufen|zu kontaktieren)\\b',
    // A site's own news page and notices set off by the person's own business: "Benachrichtige mich bei neuen News",
    // "darf mir E-Mails senden (z.B. wenn sich meine Schichten ändern, ich neue private Nachrichten bekomme oder es neue News gibt)"
    'neue(n)? news\\b',
    // New content in a category or topic the person follows on the site: "Neuer Artikel in abonnierter Kategorie" (WoltLab)
    '(neue[nrs]? [a-z-]+ )?(in|aus) ([a-z]+ )?(abonnierte|beobachtete|gefolgte)[nrs]? (kategorie|them|for|bereich|tag|kanal|gruppe)',
    // New posts of a community site or forum, not a blog's mailing: "Ja, ich möchte per E-Mail über neue Posts informiert werden" (foodsharing), "bei neuen Forenbeiträgen benachrichtigen", "Du wirst über neue Beiträge in diesem Thema informiert" (phpBB)
    '(uber|bei|zu|von|fur) (neue(n)?|ungelesene(n)?) (posts|forenbeitrage(n)?|forenposts|pinnwandeintrage(n)?|threads|diskussionen|beitrage(n)? (in|im|zu) [a-z ]{0,20}(forum|foren|thema|themen|thread))\\b( (informiert|benachrichtigt)( zu)?( werden)?)?',
    // An e-mail address is no topic, whatever its local part: "(info@otto.de)", "newsletter@otto.de"
    '[a-z0-9._%+-]+@[a-z0-9.-]+',
    // One particular event the person takes part in, and a ticket or voucher for it, not event mailings: "Voucher für das nächste gleichartige Event" (Engelsystem), "Informationen zur Veranstaltung per E-Mail"
    '((vouchers?|gutscheine?|tickets?|freikarten?|eintrittskarten?|informationen|infos|hinweise|updates|anderungen) )?((fur|zu|bei|an|auf) (das|dem|der|die|den)|zum|zur|beim|am|furs) (nachste(n|r|s)? )?([a-z]+(e|en|er|es) )?(event|veranstaltung|treffen|konzert|turnier|festival|tagung|konferenz|seminar)\\b',
    // A site's message to the person set off by a private message: "Wenn du auf der foodsharing-Homepage eine interne Nachricht geschickt bekommst, … kannst du per E-Mail darüber informiert werden"
    '(wenn|sobald|falls) (du|ich|sie|jemand|mir jemand)( [a-z-]+){0,6} (interne|private|personliche|direkte)n? nachricht(en)?\\b[^.!?]*', `((e-?)?mails?|benachrichtigungen|nachrichten|mitteilungen|sms)( [a-z]+){0,2},?( \\((z\\. ?b\\.|zum beispiel|etwa|bspw\\.),?)? (wenn|sobald|falls) (sich )?(?![^.;]*(warenkorb|einkaufswagen))(meine?[mnrs]?|ich|jemand|mir jemand|mich jemand|andere)\\b${CLAUSE}`,
    // A prescription sent in by the person (online pharmacies): "Ich möchte mein Rezept per Post schicken", "E-Rezept einlösen"
    '[a-z-]*rezept(es)?\\b( [a-z]+){0,3} (per post|einsenden|einschicken|einlosen|nachreichen|hochladen|schicken|senden)\\b',
    // Delivery by post is shipping: "Ich wünsche Versand per Post", "Lieferung mit der Deutschen Post"
    '(versand|lieferung|zustellung|rucksendung|versenden|liefern|zustellen)( [a-z]+){0,2} (per|mit der|durch die|uber die) (deutsche(n)? )?(post|dhl|paket(post)?)\\b',
    // Opening an account, and its perks with it: "Ja, Kundenkonto eröffnen und Vorteile genießen" (OXID)
    'angemeldet bleiben', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(beantwortung|beantworten)[a-z ]{0,20}(anfrage|frage)', 'daten speichern', '(meine|ihre|deine|die) (informationen|daten|angaben|eingaben)( [a-z]+)? (sollen |durfen |werden )?(gespeichert|verarbeitet)\\b', 'kundenkonto (anlegen|eroffnen|erstellen)( und ([a-z]+ )?vorteile (geniessen|nutzen|sichern))?',
    // The person's own address book, not a mailing list: "Zurück zur Adressliste", "Diese Adresse in meine Adressliste übernehmen"
    '(zuruck zur|meine[mnrs]?) adressliste\\b', 'adressliste (speichern|hinzufugen|ubernehmen)\\b',
    '(informationen|nachrichten|(e-?)?mails?|benachrichtigungen?|updates?|sms|mitteilungen|auf de[mn] laufenden|informiert|benachrichtigt)( [a-z]+){0,4} (zu|uber|zum|zur|fur|bei) (meiner|meinem|meinen|ihrer|ihrem|ihren|deiner|deinem|der|dem|diesem|dieser) (bestellung|auftrag|lieferung|sendung|paket|retoure|spende|konto|kundenkonto|vertrag|antrag|anfrage|buchung|reservierung|termin|mitgliedschaft|bewerbung)',
    // Alerts for a saved search: "Stellenangebote per E-Mail erhalten, die zu meiner Suche passen", "Suchauftrag speichern"
    `(zu|auf) (meiner|meinen|ihrer|ihren|deiner|deinen) (suche|suchkriterien|suchanfrage|filtern?)\\b${CLAUSE}`, 'suchauftrag', 'gespeicherte(n)? suche',
    // Offers the user makes: "Ich möchte einen Preisvorschlag machen", "Gegenangebote des Verkäufers erlauben"
    'preisvorschlag(e)?', 'gegenangebot(e|en)?', '(angebote|gebote|preisvorschlage) (von|der|des) (kaufern|kaufer|kauferin|bietern|bieter|verkaufern|verkaufer|nutzern|mitgliedern)\\b', '(ein|einen|mein|meinen|ihr|ihren|dein|deinen)( bestes)? (angebot|gebot|preisangebot) (machen|abgeben|senden|unterbreiten|einreichen|abgegeben)', 'gebot(e|s)?\\b',
    // Offers shown, added or applied, not sent: "Angebote von Drittanbietern in der App anzeigen", "Angebot in den Warenkorb legen", "Mengenrabatt anzeigen", "Sonderangebote anzeigen"
    `([a-z]*(angebote|rabatte|rabatt|gutscheine|vorschlage|empfehlungen)|werbung|anzeigen|aktionen|produkte|inhalte|deals|sale|[a-z-]*artikel)${CLAUSE}\\b(anzeigen|anzuzeigen|angezeigt|einblenden|eingeblendet|zeigen|zu zeigen|ausspielen|auszuspielen|ausblenden|auszublenden|ausgeblendet|verbergen)\\b`,
    // A catalog filter: "Zeige nur Angebote", "Nur Sale-Artikel anzeigen"
    '(zeige|zeig|zeigen sie)( mir)?( nur)? (angebote|sale|deals|rabatte|aktionen|gutscheine|reduzierte)\\b',
    // and shown on the site or in a named app, the place before or after: "Ja, zeig mir in der OTTO App Empfehlungen", "In der App personalisierte Angebote sehen"
    `(zeig(e|t|en sie)?|anzeigen|sehen)${CLAUSE}\\b(${ON_SITE}|in-app)( [a-z-]+){0,3}`, `${ON_SITE}${CLAUSE}\\b(sehen|zeigen|anzeigen)\\b`, 'angebot(e)?[a-z ]{0,30}(warenkorb|einkaufswagen)',
    // Cookie and consent-manager categories: "Marketing-Cookies", "Marketing: Diese Dienste verarbeiten persönliche Informationen…"
    // A sentence about "these cookies", commas and all: "Diese Cookies werden verwendet, um relevante Werbung zu liefern"
    '(?<=^|[.!?] )(diese|solche|unsere|folgende|jene)( [a-z-]+)? cookies\\b[^.!?]*',
    // A whole sentence on the cookies a site sets, or on storage and access in the device (TTDSG, Complianz): "Auf dieser Website benutzen wir Werbecookies, die uns ermöglichen,
    // Werbung für dich zu personalisieren", "Die technische Speicherung oder der Zugriff ist erforderlich, um Nutzerprofile zu erstellen, um Werbung zu versenden"
    '[^.!?]*\\b(benutzen|verwenden|nutzen|setzen|setzt|verwendet|nutzt|benutzt|speichern) (wir )?([a-z-]+ ){0,3}[a-z-]*cookies\\b[^.!?]*',
    '[^.!?]*\\b(technische speicherung|(speicherung von|zugriff auf) (informationen|daten) (auf|in) (ihrem|deinem|dem) endgerat)[^.!?]*',
    `${CLAUSE}\\b([a-z-]*cookies?|tracker|tracking)\\b${CLAUSE}`,
    '[a-z &/-]{0,40}: (diese|dieser|dieses) (dienste|dienst|cookies|technologien|tools|kategorie)[^.!?]*',
    // A category's description without a subject, after its name or alone: "Marketing – Wird für personalisierte Werbung verwendet (z. B. Facebook Pixel, Google Ads)"
    '^([a-z &/-]{0,30} ?[:\u2013\u2014] )?(wird|werden) ([a-z]+ ){0,3}(verwendet|genutzt|eingesetzt|benotigt|gesetzt)\\b[^.!?]*',
    '(personalisierte|relevante|interessenbezogene|zielgerichtete) (werbung|anzeigen|inhalte)[a-z ,]{0,40}(zu )?(zeigen|anzeigen|einblenden|auszuspielen|ausspielen)',
    // Consent-manager categories and what they measure: "Analysen und personalisierte Werbung", "(Diese Cookies messen,) wie effektiv unsere Marketingkampagnen sind"
    '(analysen?|statistik(en)?|reichweitenmessung) (und|&|sowie) (personalisierte|zielgerichtete|interessenbezogene) (werbung|anzeigen)\\b',
    '(wie (effektiv|erfolgreich|wirksam)|(wirksamkeit|effektivitat|erfolg|reichweite) (unserer|der|von)) ([a-z-]+ ){0,2}[a-z-]*(kampagnen|werbung|werbemassnahmen|anzeigen)\\b',
    // Site and forum notices: "Benachrichtige mich über nachfolgende Kommentare via E-Mail", "E-Mail senden, wenn mir jemand folgt"
    `(benachrichtig|informier|e-?mail|mail|auf de[mn] laufenden|abonnier|folge|beobacht|erhalt)${CLAUSE}\\b(kommentare?n?|folgekommentare|antworten|antwort|(diesem|dieses|meinem|meines|meinen|dem) (thema|themas|thread|beitrag|beitrags|kommentar|forum)|(beitragen?|themen|threads|diskussionen),? (auf die|in denen|die|zu denen) (du|ich|sie))\\b[^.;:!?()]*`,
    `(wenn|falls|sobald) (jemand|mir jemand|mich jemand|ein (nutzer|benutzer|mitglied)|andere)${CLAUSE}`, `(andere )?(benutzer|nutzer|mitglieder) (durfen|konnen|darf)${CLAUSE}`,
    // Messages in a chat or channel of a course or group, and the device's notification permission: "Nachrichten im Ankündigungs-Chat senden",
    // "Geräte-Mitteilungen informieren dich auch, wenn die App nicht geöffnet ist" (Lern-Fair)
    'nachrichten (im|in den|in der|in einem|in einer) [a-z-]*(chat|chats|gruppenchat|kanal)\\b', 'gerate-?(mitteilungen|benachrichtigungen)\\b', '[^.!?]*\\b(pro|fur jedes|auf jedem) gerat\\b[^.!?]*',
    // Order mails to the shop's admin: "E-Mails für neue Bestellungen werden an die Empfängerliste gesendet" (WooCommerce)
    '((e-?)?mails?|benachrichtigungen|nachrichten|mitteilungen|sms)( [a-z]+){0,2} (fur|bei|uber|zu) (neue|stornierte|fehlgeschlagene|abgeschlossene|erstattete|eingehende)n? (bestellungen|bestellung|auftrage|auftragen|buchungen|buchung|zahlungen)\\b',
    // and who on the staff hears of new sign-ups or reviews: "Wer soll bei neuen Registrierungen informiert werden?"
    `(bei|uber|zu) neue(n)? (registrierungen|anmeldungen|benutzern|nutzern|mitgliedern|bewertungen|rezensionen|kundenbewertungen|einreichungen)\\b${CLAUSE}`,
    '(zusammenfassungs?|ubersichts?|digest|aktivitats|benachrichtigungs)[ -]?((e-?)?mails?|mails)', '((e-?mails?|benachrichtigungen) (uber|zu|bei) (neuen? )?)?(private|direkte)(n)? nachrichten', '(kritische(n)?|bugfix|software|sicherheits|system|firmware|app|status)[ -]?updates', `${CLAUSE}\\b(passwort|kennwort|zugangsdaten|aktivierungslink|bestatigungslink|verifizierung)[a-z]*${CLAUSE}`, '(e-?mail|sms|nachricht|benachrichtig[a-z]*|informier[a-z]*)[a-z ,]{0,30}(wenn|sobald|falls) (meine|ihre|deine|die|der|das) (bestellung|paket|sendung|lieferung|ware)[a-z ]{0,40}', '(alle|allen) updates benachrichtig', 'privatnachrichten', 'direktnachrichten', 'e-?mail-?(zusammenfassung|digest)', '(tagliche|wochentliche) (zusammenfassung|ubersicht|digest)',
    // Stock and price alerts: "Benachrichtigen Sie mich, wenn der Artikel wieder verfügbar ist"
    // An alert tied to one item: "wenn Sie von uns informiert werden möchten, sobald der Artikel …", "Informieren Sie mich, sobald das Produkt eintrifft"
    `(informier[a-z]*|benachrichtig[a-z]*|e-?mail|nachricht)[a-z ,]{0,40}(wenn|sobald|falls) (der|das|die|dieser|dieses|diese|mein|meine) (artikel|produkt|ware|wunschartikel|modell)\\b${CLAUSE}`,
    `[^.;:!?()]*\\b(wieder (verfugbar|auf lager|lieferbar|vorratig|da|erhaltlich)|verfugbar ist|verfugbar wird|lieferbar ist|auf lager ist|(preisanderung|preissenkung)(en)?\\b(?!,? (und|&|sowie|oder) )|preisalarm|preis (sinkt|fallt|andert|reduziert))${CLAUSE}`,
    '[^.;:!?()]*\\b(wenn|falls|sobald) es (wichtig|dringend) ist[^.;:!?()]*', 'warteliste', 'wunsch(liste|zettel)', 'merkzettel', 'automatisch[a-z ]{0,30}(abonnier|beobacht|folge)[a-z]*', `${CLAUSE}\\b(status|stand|fortschritt|bearbeitungsstand) (meiner|meines|ihrer|ihres|deiner|deines|der|des) (bestellung|auftrags|lieferung|sendung|pakets|anfrage|antrags|reparatur|tickets)${CLAUSE}`,
    // The person's own business named before the verb: "Ja, ich möchte über meine Sendung per E-Mail informiert werden (DHL)",
    // "Wichtige Informationen zu Ihrem Vertrag per E-Mail erhalten"; not the mailing's own dispatch: "Daten für den Versand des Newsletters weiterverarbeitet"
    `(uber|zu|zur|zum|bei|fur) (meine[mnrs]?|ihre[mnrs]?|deine[mnrs]?|die|der|den|dem|das|des) ((gebuchte|bestellte|gekaufte|aktuelle|offene)[nmrs]? )?(bestellung|auftrag|lieferung|sendung|paket|retoure|versand(?! (des|der|von|unseres|unserer|eines|ihres) ([a-z]+ )?([a-z-]*newsletter|werbung|angebote|angeboten|informationen|infos|mailings?|rundschreiben|rundbriefe?)s?\\b)|lieferstatus|bestellstatus|versandstatus|konto|kundenkonto|vertrag|antrag|anfrage|buchung|reservierung|termin|veranstaltung|ticket|kurs|schicht)(s|en|es)?\\b${CLAUSE}`,
    // "Abonniere Updates zu diesem Ticket", "E-Mails über neue Nachrichten in meinem Postfach"
    `((updates?|benachrichtigungen|neuigkeiten|informationen|anderungen|aktualisierungen) )?(zu|uber|fur|an|bei) (diesem|dieser|diesen|dieses) (ticket|thema|thread|beitrag|seite|inserat|vorgang|dokument|issue|fehler|eintrag|antrag|anfrage|diskussion)\\b${CLAUSE}`,
    '(((e-?)?mails?|benachrichtigung(en)?) (uber|bei|zu) )?(neue(n)?|ungelesene(n)?) (private(n)? )?nachrichten\\b( in meinem postfach)?( (informiert|benachrichtigt)( zu)?( werden)?)?',
    // Copies of one's own messages, changes to terms: "Ich möchte Kopien aller E-Mails erhalten", "über Änderungen der AGB informiert werden"
    'kopien? (aller|der|meiner|dieser|von|meine) ([a-z]+ )?((e-?)?mails?|nachrichten|nachricht|anfrage)\\b',
    '(anderungen|aktualisierungen) (der|an den|an der|an unseren|unserer|unseren|von) (agb|nutzungsbedingungen|geschaftsbedingungen|datenschutz[a-z]*|bedingungen|preise)\\b( (informiert|benachrichtigt)( zu)?( werden)?)?',
    // Replies, account changes, privacy notes, app updates, other members' messages, tickets: "über Antworten auf meine Frage informiert werden",
    // "über Änderungen an meinem Konto", "Informationen zum Datenschutz", "Updates zur App", "Nachrichten von anderen Mitgliedern", "Tickets per Post"
    `(antworten|kommentare|kommentaren|reaktionen|anderungen|aktivitaten) (auf|zu|an|in) (meine[mnrs]?|ihre[mnrs]?|deine[mnrs]?|diese[mnrs]?|den|die|das)\\b${CLAUSE}`,
    '(informationen|hinweise) (zum|zur|uber den|uber die) (datenschutz|widerruf|widerrufsrecht|datenverarbeitung)\\b', 'updates? (zur|fur die|der) (app|software|firmware|anwendung)\\b',
    '(nachrichten|(e-?)?mails?|mitteilungen) (von|anderer) (anderen )?(mitgliedern|nutzern|benutzern|mitglieder|nutzer)\\b', '(tickets?|eintrittskarten?|unterlagen|vertragsunterlagen)( [a-z]+)? per (post|e-?mail)\\b',
    // Paying with or buying a voucher, forwarding messages: "Mit Gutschein bezahlen", "Gutschein kaufen", "Neue Nachrichten per E-Mail weiterleiten"
    '(mit|per) ((ein|d|mein|dein|ihr)em )?(gutschein|geschenkgutschein|gutscheinkarte)( [a-z]+)? (be)?zahl(en|t)\\b', '(geschenk)?gutscheine? (kaufen|verschenken|bestellen)\\b', 'geschenkgutscheine?\\b', '(nachrichten|(e-?)?mails?)[a-z -]{0,30}weiterleiten',
    // Account, system and receipt mails: "Rechnung per E-Mail statt per Post erhalten", "Spendenquittung per E-Mail zusenden"
    '(konto|system|sicherheits|passwort|rechnungs|zahlungs|service|ticket|support|transaktions|wichtige)[ -]?((e-?)?mails?|benachrichtigungen|nachrichten|mitteilungen|hinweise|erinnerungen|updates|anderungen)',
    `${CLAUSE}\\b(rechnung|rechnungen|quittung|quittungen|spendenquittung|beleg|belege|kaufbeleg|zahlungsbestatigung|bestellbestatigung|auftragsbestatigung|bestatigungs-?e-?mail)\\b${CLAUSE}`,
    // Balance and points notices (Magento reward points): "Für Guthaben-Updates abonnieren"
    '(guthaben|punkte|punktestand|bonuspunkte|kontostand|saldo)[ -]?(updates?|benachrichtigungen|mitteilungen|anderungen)',
    `(updates?|benachrichtigungen|mitteilungen|nachrichten|informationen)( [a-z]+){0,3} (zu|uber|zum|zur|fur) (meinem |meinen |dem |den |ihrem |das )?(guthaben|punkte|punktestand|bonuspunkte|kontostand|saldo|punkteablauf)${CLAUSE}`, 'punkt(e)?ablauf',
    // Anonymous or pseudonymised usage statistics ("Wir übermitteln dazu pseudonymisierte Daten an unsere Marketingpartner"); buying a subscription is not a mailing list
    `${CLAUSE}\\b(anonym|anonyme|anonymen|anonymisierte|pseudonymisierte|nutzungsstatistiken|nutzungsdaten|absturzberichte|diagnosedaten)\\b${CLAUSE}`,
    // A programme's offers the person takes part in or is barred from, not offers sent: "darf die Organisation das angemeldete Kind von den Angeboten ausschließen" (Ferienpass)
    // and carried out, or the person's own listings on a marketplace: "die zur Durchführung der Ferienpass-Angebote Kenntnis … haben müssen", "Diese Angaben erscheinen in deinen Angeboten" (Terminmarktplatz)
    '(von|an) (den|allen|diesen) angeboten (aus|teil)', '(durchfuhrung|teilnahme|buchung) (an |von )?(der|den|allen|diesen) [a-z-]*angebote', '(bei|in|unter) (meinen|deinen) angeboten\\b',
    // Signing up for the events the person chose, and checking one's inbox to confirm: "bestätige ich die verbindliche Anmeldung meines Kindes bei allen gewählten Veranstaltungen" (Ferienpass),
    // "Fast geschafft! Bitte E-Mails prüfen und Anmeldung bestätigen."
    'verbindlich(e|en)? (anmeld|angemeldet)', '(gewahlten|gebuchten) (veranstaltung|kurs|event|termin|workshop)', '(e-?mails?|posteingang|postfach)( [a-z]+)? (prufen|checken|abrufen)',
    // A bare singular discount or voucher is a price line, a code field or a product category ("Rabatt" in a checkout summary, "Gutschein" in a shop's categories); a topic to hear about is plural
    '^(rabatt|gutschein|coupon)( ?code)?[\\s.:]*$',
    // A bare "Marketing" is a consent manager's cookie category beside "Notwendig" and "Statistik"
    '^marketing[\\s.:]*$',
    // Calls and mails as a route to the person's own number or address, with nothing said of what they carry: "Anrufe, Nachrichten und E-Mails über meine Telefonnummer und E-Mail zu erhalten" (AIESEC)
    '((anrufe|nachrichten|e-?mails|sms),? (und |oder )?){1,4}(uber|an|auf) (meine|ihre|deine) ([a-z]*nummer|e-?mail-?adresse)\\b',
    // A recall or a callback is about a purchase or an enquiry: "über Produktrückrufe informiert werden", "Ich bitte um Rückruf"
    'abonnieren (und|&) sparen', '[a-z]*ruckruf[a-z]*( (informiert|benachrichtigt)( werden)?)?', '(abo|abonnement)s?-?(bestellung|produkt|preis|laufzeit|bedingungen|vertrag|gebuhr)', '(automatisch )?verlanger[a-z ]{0,20}(abo|abonnement)',
    // A chat group of a class or team, its members kept informed (offers named stay): "… in eine WhatsApp-Gruppe hinzugefügt werden", "Die WhatsApp-Gruppe nutzen wir um alle Eltern … auf dem Laufenden zu halten"
    `(?![^.;]*(angebot|aktion|rabatt|newsletter|werbung|deals|gutschein))${CLAUSE}\\b(whatsapp|signal|telegram|threema|chat|eltern|klassen)-?gruppe\\b${CLAUSE}`,
    // Data passed on only where the law or an authority asks: "Daten an Dritte weiterzugeben (i), wenn sie von einer öffentlichen Stelle dazu aufgefordert werden" (EURid), "wo dies gesetzlich vorgeschrieben ist"
    '(an|mit) (dritte|behorden)n? (zu )?(weiterzugeben|weitergeben|weitergegeben|ubermitteln|ubermittelt|teilen)[^.;]{0,12}\\b(wenn|falls|sofern|soweit|wo)( [a-z]+){0,4} (behorde|offentliche[nr]? stelle|gericht|gesetzlich|rechtlich|aufgefordert)',
    // A shop's setting that lets its customers choose: "Den Kunden die Möglichkeit bieten, E-Mail-Marketing zu aktivieren / deaktivieren"
    '(kunden|nutzern|benutzern|mitgliedern|besuchern) (die moglichkeit (bieten|geben)|erlauben|ermoglichen)\\b[^.;:!?]*',
  ],
  // "Kein Spam", "Ihre Daten werden nicht an Dritte weitergegeben"
  reassurance: [
    'kein spam', 'keinen spam', 'nie spam',
    // A statement ("Ihre Daten werden nicht an Dritte weitergegeben"), not a condition or a wish: "Bitte ankreuzen, falls Ihre Daten nicht an
    // Partnerunternehmen zu Werbezwecken weitergegeben werden sollen", "Meine Daten dürfen nicht an Dritte weitergegeben werden" are refusals
    // (not the request "Bitte geben Sie meine Daten nicht an Dritte weiter")
    `(?<!bitte )(geben|verkaufen|teilen)(?! sie (meine|bitte)\\b)${CLAUSE}(nicht|niemals|nie|weder)${CLAUSE}(dritte|partner)${CLAUSE}`,
    'wir respektieren ihre privatsphare',
    // The noun as a statement: "Insbesondere erfolgt keine Weitergabe an unberechtigte Dritte", "Eine Weitergabe an Dritte erfolgt nicht"
    '(erfolgt|findet)( [a-z]+){0,2} (keine|keinerlei|niemals) (weitergabe|ubermittlung)( (ihrer|meiner|der) daten)? (an|mit) ([a-z]+ )?(dritte|partner)[a-z]*\\b( statt)?',
    '(weitergabe|ubermittlung)( (ihrer|meiner|der) daten)? (an|mit) ([a-z]+ )?(dritte|partner)[a-z]* (erfolgt|findet) (nicht|nie|niemals|keinesfalls)\\b( statt)?',
    `(werden|wird|dass (ihre|deine|eure|ihr|dein)\\b)${CLAUSE}(nicht|niemals|nie|weder)${CLAUSE}(an|mit) (andere (unternehmen|firmen)|dritte|partner)${CLAUSE}(weitergegeben|verkauft|geteilt|ubermittelt)${CLAUSE}`,
  ],
  // "Sie können sich jederzeit wieder abmelden", "Widerruf jederzeit möglich"
  unsubscribeNotice: [
    // "jederzeit widerruflich" alone, so the marketing after it stays: "… regelmäßig und jederzeit widerruflich Informationen zu Ihrem Produktsortiment per E-Mail zu"
    // and as an adjective of the mailing: "die folgenden kostenlosen und jederzeit abbestellbaren Newsletter"
    '(und )?(jederzeit|kostenlos|kostenfrei)(e|en)? (und (jederzeit|kostenlos|kostenfrei)(e|en)? )?(widerruflich|abbestellbar|kundbar)(e|en|er|es)?\\b',
    `(jederzeit|kostenlos|kostenfrei|link am ende|in jeder)${CLAUSE}(abmelden|abbestellen|widerruf|widersprech|widerspruch|austragen|kundig)${CLAUSE}`,
    `(abmeldung|abbestellung|widerruf|widerspruch|austragen)${CLAUSE}(jederzeit|kostenlos|moglich)${CLAUSE}`,
  ],
  priorNotice: [
    '(sie|du) erh(a|ae)lts?t? (auch |kunftig |regelmassig )*(unseren |den )?(newsletter|angebote|werbung|e-?mails? mit|informationen zu (ahnlichen|unseren))',
    'wir (werden|mochten|durfen) (ihnen|dir) (auch |gelegentlich |regelmassig )*(per e-?mail )?(angebote|informationen|werbung|newsletter)',
    '(ihre|deine) e-?mail-?adresse[^.]{0,40}(werbung|newsletter|angebote|direktwerbung|ahnliche (waren|produkte))',
  ],
  // "ohne dass hierfür andere als die Übermittlungskosten nach den Basistarifen entstehen"
  freeOfCharge: ['kostenlos', 'kostenfrei', 'unentgeltlich', 'ubermittlungskosten nach (den )?basistarif', 'keine (anderen|weiteren) (als die )?(ubermittlungs)?kosten'],
  // "Unverbindliches Angebot anfordern"
  quoteRequest: ['angebot anfordern', 'angebotsanfrage', 'unverbindliches angebot', 'kostenvoranschlag'],
  // "Ich möchte weder Newsletter noch Angebote erhalten"
  // A second negation that only carries the first on is one refusal: "Nein, ich möchte keine Angebote, auch nicht von Partnern"
  // and so is one that lists a second thing refused: "Ich möchte nicht an Gewinnspielen teilnehmen und keine Werbung erhalten", or that follows leaving a list: "Ich möchte mich vom Newsletter abmelden und keine Angebote mehr erhalten"
  negators: ['(nicht|kein(e|en|er|em|es)?|abmelden|abbestellen|austragen)\\b[^.;:!?]{0,60}\\b(auch|und auch|aber auch|und|oder) (nicht|kein(e|en|er|em|es)?)\\b', 'weder\\b', 'nicht\\b', 'kein(e|en|er|em|es)?\\b', 'nie\\b', 'niemals\\b', 'nichts\\b'],
  // "Auch von allen zukünftigen E-Mails abmelden", "Entfernen Sie mich aus allen Abonnements", "Newsletter kündigen"
  // "Ich habe kein Kundenkonto, möchte aber den Newsletter erhalten"
  contrasts: ['aber\\b', 'jedoch\\b'],
  conditions: ['wenn\\b', 'falls\\b', 'sofern\\b', 'sobald\\b'],
  negativeVerbs: ['abmeld', 'abbestell', 'austrag', 'opt-?out', 'widersprech', 'widerspruch', 'ablehnen', 'lehne[a-z -]{0,30} ab\\b', 'kundig(en|e|ung)\\b', 'entfern(e|en) (sie )?(mich|uns)',
    // The separable verbs, their particle last: "Ich melde mich vom Newsletter ab", "Ich bestelle den Newsletter ab" (not "melden Sie sich ab sofort an")
    '(bestelle|bestellt|bestellen|melde|meldet|melden)( [a-z-]+){0,8} ab\\b(?! (sofort|jetzt|heute|morgen|und zu|dem|der|[0-9]))',
    // Forbidding and refusing: "Ich untersage die Verwendung meiner Daten zu Werbezwecken", "Werbung unerwünscht", "Ohne Newsletter fortfahren", "Ich möchte von Werbung ausgeschlossen werden", "Ich möchte von Werbung per E-Mail absehen"
    'untersag(e|en|t)?\\b', 'absehen\\b', ONLY_CONTEST, 'verweiger(e|n)\\b', 'ausgeschlossen (werden|zu werden)\\b',
    // The participles of leaving, in the passive: "Ich möchte aus der Werbung ausgetragen werden", "vom Newsletter abgemeldet werden"
    '(ausgetragen|abgemeldet|abbestellt) (werden|zu werden)\\b',
    // Withdrawing consent as a whole label: "Werbeeinwilligung widerrufen", "Newsletter-Einwilligung widerrufen"
    '^[a-z -]{0,40}(einwilligung|zustimmung)(en)? (zuruckziehen|widerrufen)[\\s.!]*$',
    // Withdrawing, switching off or pausing it, as the act itself (not "die Einwilligung kann ich widerrufen"): "Ich widerrufe meine Einwilligung zum Newsletter", "Newsletter deaktivieren"
    '(ich )?widerrufe\\b', '(mochte|will|wollen)( [a-z]+){0,5} widerrufen\\b', '(deaktivier|pausier)(en|e)\\b', 'unerwunscht\\b', 'ohne (den |einen |unseren )?(newsletter|werbung|angebote|werbe-?e-?mails)\\b',
    // Taken off a list, the verb before it: "Bitte nehmen Sie mich aus Ihrem Verteiler", "Löschen Sie mich aus der Kundenkartei"
    // with the verb after it one refusal, not two: "Ich möchte mich von allen Listen abmelden"
    '(mich|uns) (bitte )?(aus|von) (dem|der|den|allen|ihrem|ihrer|ihren|eurem|eurer|deinem|deiner) [a-z-]*(verteiler|liste|listen|kartei|newsletter|mailings?)\\b( (abmelden|austragen|entfernen|loschen|streichen|nehmen|abbestellen))?',
    // "Werbewiderspruch", "Ich möchte aus dem Verteiler gelöscht werden", "Bitte streichen Sie mich aus Ihrer Adressliste"
    '(werbe|newsletter|marketing)-?widerspruch', '[a-z]*sperr(vermerk|e)\\b', '(losch|streich)(e|en|t)? (sie |du )?(mich|uns)\\b', '(aus|von) (dem|der|den|allen|ihrem|ihrer|ihren|eurem|eurer|deinem|deiner) [a-z-]*(verteiler|liste|listen|newsletter|mailings?) (geloscht|gestrichen|entfernt|genommen|ausgetragen)\\b'],
  missVerbs: ['verpassen', 'verpasse\\b', 'entgehen', 'verzichten', 'verzichte\\b'],
  // "Entfernen Sie das Häkchen, wenn Sie keine Angebote wünschen", and to "du": "Entferne das Häkchen, wenn du keine Angebote erhalten möchtest"
  untickInstructions: ['(hakchen|haken|kreuz) (bitte )?(entfernen|rausnehmen|weg)', '(entfernen sie|entferne|entfernt) (bitte )?(hier )?(das|den) (hakchen|haken|kreuz)', 'deaktivieren sie', 'abwahlen', 'haken raus'],
  // "Kreuzen Sie an, wenn Sie keine Werbung wünschen", "Wenn du das nicht möchtest, setze hier einen Haken"
  tickInstructions: ['(kreuzen|haken) sie', 'ankreuzen', 'anhaken', 'aktivieren sie (dieses|das|die) (kastchen|feld|checkbox)', '(setzen sie|setze|setzt) (hier |bitte )*(ein|einen|das|den) (hakchen|haken|kreuz)', 'markieren sie (dieses|das|hier)', 'wahlen sie (dieses|das) (kastchen|feld)'],
  yes: ['ja\\b', 'gerne\\b', 'ja,? gerne'],
  no: ['nein\\b', 'nein,? danke', 'lieber nicht'],
  answerValues: [['ja', 'nein']],
  fieldNames: { marketing: ['newsletter', 'werbung'], thirdParty: ['dritte', 'drittanbieter', 'partner'], negative: ['abmelden', 'kein_?newsletter'], payment: ['zahlungsart', 'zahlungsmethode'], bookkeeping: [], listNames: [] },
  signupBlocks: ['newsletter'],
  filterBlocks: ['filter'],
  // "Ich habe die AGB gelesen und akzeptiere sie", "Ich stimme der Datenschutzerklärung zu"
  termsAcceptance: [
    'zur kenntnis genommen[a-z ,]{0,20}(agb|geschaftsbedingungen|datenschutz)',
    // "Mit der Registrierung stimme ich den Nutzungsbedingungen zu und bin damit einverstanden, Angebote … zu erhalten"; "… entsprechend Ihrer Datenschutzerklärung … Informationen zu Ihrem …" is not acceptance
    '(agb|[a-z]{3,}bedingungen|datenschutz[a-z]*|widerrufsbelehrung|teilnahmebedingungen|spielregeln)[a-z ,-]{0,60}(gelesen|akzeptier|einverstanden|zugestimmt|zu(?= *(und\\b|sowie\\b|[,.;!]|$))|stimme)',
    '(akzeptiere|stimme|einverstanden)[a-z ]{0,30}(agb|[a-z]{3,}bedingungen|datenschutz|spielregeln)',
  ],
  thirdParty: [
    'partner', 'dritte', 'dritten', 'drittanbieter', 'kooperationspartner', 'werbepartner', 'partnerunternehmen', 'ausgewahlte (unternehmen|partner|firmen)',
    'konzernunternehmen', 'verbundene unternehmen', 'schwesterunternehmen', 'andere (marken|unternehmen)', 'sponsoren', 'gruppe\\b', 'unternehmensgruppe',
    // "Angebote externer Partner", "Unternehmen unserer Gruppe", "Veranstaltungen der AMAG Automobil- und Motoren AG und ihren Marken", "Tochtergesellschaften", "anderer Marken des Konzerns"
    'externe(n|r)? (anbieter|unternehmen|firmen)', 'andere(n|r)? (marken|unternehmen|firmen|anbieter|organisationen|handler|haendler)',
    // "Angebote von Marken, mit denen wir zusammenarbeiten"
    '(marken|unternehmen|firmen|partnern|organisationen|anbietern),? (mit denen wir (zusammenarbeiten|kooperieren)|die mit uns (zusammenarbeiten|kooperieren))',
    // Compounds and relations: "Lizenzpartner", "Drittunternehmen", "ausgewählter Dritter", "Ausstellern", "befreundeter Unternehmen", "Schwestermarken"
    '[a-z]{3,}partner(n|s)?\\b', 'von ([a-z]+ )?[a-z-]{3,}anbietern\\b', 'dritt-?(unternehmen|firmen|anbieter(n)?|parteien)\\b', 'dritter\\b', 'aussteller(n)?\\b', 'befreundete(n|r)? (unternehmen|marken|firmen|organisationen)',
    'schwester(marken|firmen|unternehmen|gesellschaften)\\b', '(handler(n)?|verkaufer(n)?) (auf|in) (unserem|dem) (marktplatz|portal)', 'weitere(n)? unternehmen', 'verbundenen unternehmen', 'tochter(gesellschaften|unternehmen)',
    '(gesellschaften|unternehmen|marken) (der|unserer|des|unseres) (gruppe|konzerns|unternehmensgruppe)', 'konzern(s|gesellschaften)?\\b', '(und|sowie) (ihre[mn]?|seine[mn]?|deren) marken\\b', 'werbetreibende', 'ausgewahlten? (handlern?|marken|anbietern?|haendlern?)', '(unternehmen|gesellschaften|marken|firmen) (der|des|unserer) [a-z ]{0,20}group\\b',
  ],
  channels: {
    email: ['e-?mail', 'newsletter', 'postfach', 'mailing'],
    sms: ['sms', 'whatsapp', 'textnachricht'],
    phone: ['telefon', 'anruf'],
    post: ['per post', 'post\\b', 'postalisch', 'briefpost', 'katalog', 'brief\\b'],
    push: ['push'],
    social: ['soziale(n)? medien', 'social media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['auf de[mn] laufenden', 'immer informiert', 'updates erhalten'],
  context: {
    purchase: [
      'zahlungspflichtig bestellen', 'kaufen', 'jetzt bestellen', 'bestellung abschliessen', 'bestellung absenden', 'kasse', 'zur kasse', 'zahlungsart', 'zahlungsmethode',
      'bezahlen', 'versandart', 'versandkosten', 'lieferadresse', 'rechnungsadresse', 'gesamtsumme', 'zwischensumme', 'summe', 'warenkorb', 'inkl\\.? mwst', 'bestellubersicht', 'bestellung',
    ],
    registration: ['konto erstellen', 'kundenkonto', 'registrieren', 'registrierung', 'passwort', 'kennwort', 'benutzername', 'mitglied werden', 'forum'],
    newsletter: ['newsletter abonnieren', 'abonnieren', 'newsletter', 'eintragen'],
    contact: ['kontakt(?!daten|informationen|angaben)', 'nachricht', 'ihre nachricht', 'anfrage', 'frage', 'kundenservice', 'wieder (verfugbar|lieferbar|auf lager|vorratig)', 'verfugbarkeitsbenachrichtigung', 'preisalarm'],
    survey: ['umfrage', 'gewinnspiel', 'gewinnen', 'verlosung', 'teilnehmen', 'teilnahme', 'fragebogen', 'wettbewerb', 'preisausschreiben'],
    // GiveWP de, Fundraising Box: "Jetzt spenden", "Spendenbetrag", "Fördermitglied werden"
    donation: ['spende\\b', 'spenden\\b', 'spendenbetrag', 'spendenformular', 'fordermitglied'],
  },
};
