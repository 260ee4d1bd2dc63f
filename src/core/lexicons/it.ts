import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

// Italian. Wording from Magento 2 it_IT, PrestaShop it-IT, WooCommerce/MailPoet it_IT and
// Shopify it checkout strings, and the consent boxes of Italian shops ("Acconsento al
// trattamento dei dati per finalità di marketing", "Non acconsento…", "società terze").
export const it: Lexicon = {
  lang: 'it',
  // Distinctive function words only: "e" is split out of every "e-mail", "per" and "in" are
  // Dutch/English words, "la", "le", "un", "non" French ones.
  stopwords: [
    'il', 'lo', 'gli', 'della', 'delle', 'dei', 'degli', 'dello', 'alla', 'alle', 'ai', 'agli', 'al', 'del', 'nella', 'nel', 'sul', 'sulla', 'di', 'dal', 'dalla', 'dai',
    'che', 'con', 'una', 'mi', 'ti', 'ci', 'mio', 'mia', 'miei', 'tuo', 'tua', 'tuoi', 'nostra', 'nostro', 'nostri', 'nostre', 'vostra', 'vostro', 'sono', 'ho', 'ed',
    'questa', 'questo', 'anche', 'tra', 'fra', 'per', 'sii', 'un', 'uno', 'o', 'desidero', 'voglio', 'vorrei', 'ricevere', 'accetto', 'acconsento', 'iscriviti', 'indirizzo', 'ordine', 'dati', 'letto', 'prega', 'crea',
  ],
  // "Iscriviti alla nostra newsletter" (PrestaShop it-IT), "Ricevi offerte speciali dai nostri partner",
  // "Inviami email con notizie e offerte" (Shopify it)
  marketing: [
    // Among the first to know: "Sii tra i primi a conoscere novita e saldi"; leaving every mailing or sponsor: "a tutti gli invii", "da tutti gli sponsor"
    '(tra i primi|per primo|per prima|il primo|la prima) a (conoscere|sapere|scoprire|ricevere)\\b', '(a|da) tutti gli (invii|elenchi|sponsor)\\b', '(a|da) tutte le (liste|comunicazioni)\\b',
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Mandatemi una sorpresa il giorno del mio compleanno"
    '(sorpres[ae]|regal[oi]|buon[oi]|omaggio?)( [a-z]+){0,5} (il giorno del |per il |nel giorno del |al )(mio|tuo|suo) compleanno\\b', '(regalo|sorpresa|buono|omaggio) (di|per il) compleanno\\b',
    'newsletter', 'offert[ae]\\b', 'promozion', 'promo\\b', 'scont[oi]\\b', 'coupon', 'saldi\\b', 'pubblicit', 'marketing',
    'commercial[ie]\\b', 'nuovi prodotti', 'nuove collezioni', 'novita', 'mailing', 'volantin', '(ricerche|indagini) di mercato', 'campagne (di )?(e-?)?mail\\b', 'vendite private',
    // Abandoned-cart reminders are marketing (corpus rule): "Accetto di ricevere promemoria sul carrello abbandonato"
    'carrell[oi] (abbandonat|dimenticat)[oi]\\b', 'avvisi (del|sul|per il|relativ[oi] al) (mio |tuo |suo )?carrello\\b',
    // A reminder of what the cart holds, to the person: "Ricordami via e-mail i prodotti rimasti nel carrello", "un promemoria via e-mail se lascio articoli nel carrello"
    `(promemoria|ricord(ami|atemi|armi|arci))\\b${CLAUSE}\\bcarrell[oi]\\b`,
    // La formula del Codice privacy (art. 130): "invio di materiale pubblicitario o di vendita diretta", "materiale informativo"
    'materiale informativo', 'vendita diretta',
    // News of an app's or shop's features (settings of a reading app): "Informazioni sulle nuove funzionalità"
    '(informazioni|notizie|aggiornamenti|avvisi) (su|sulle|sull\'|delle|di|riguardo alle) (nuove|ultime|prossime) (funzioni|funzionalita|caratteristiche)\\b',
    // Proporre prodotti alla persona: "Acconsento che mi contattiate per propormi prodotti"; non "per offrirti un servizio migliore"
    '(propor|offrir)(re|mi|ti|ci|vi|gli|le)( altri| nuovi| i nostri| nostri| i loro)? (prodotti|servizi|offerte)\\b',
    // Iscriversi tramite un canale, senza oggetto: "Iscriviti via email" (Jetpack)
    '(iscriv|abbona|sottoscriv)[a-z]* (via|tramite|per) (e-?mail|posta elettronica|sms|whatsapp)\\b',
    '(iscrizion[ei]|sottoscrizion[ei]|abbonament[oi]) general[ei]', 'generale iscrizione', 'accesso anticipato',
    // "Sì, iscrivimi!": subscribing with no object is the newsletter.
    '(iscrivimi|iscrivermi|iscriviti|iscriversi|abbonati|sottoscriv[a-z]*)(?= ?[.:!?]* ?$)', '^(iscrizione|abbonamento|sottoscrizione)\\s*[.:!]?$',
    // Lo stato o la disiscrizione soli, in coppie sì/no: "Mi abbono" / "Rinuncio" (Zen Cart), "Iscritto" / "Cancellato" / "Nessuna iscrizione", "Cancellati" (AcyMailing)
    '^(si,? |no,? )?(non )?(mi abbono|mi iscrivo|iscritt[oaie]|abbonat[oaie]|disiscritt[oaie]|cancellat[oi])\\s*[.:!]?$', '^nessun[ao]? (iscrizione|abbonamento|sottoscrizione)\\s*[.:!]?$', '^(si,? |(mi )?(voglio |desidero |vorrei ))?(mi disiscrivo|disiscriv(iti|imi|ermi|ersi|ere)|disiscrizione|cancellami|(annulla|cancella|rimuovi)(re)? (l\'|la mia |la )?iscrizione)\\s*[.:!]?$',
    // "Iscriviti a tutto" (AcyMailing): tutte le liste
    '(iscriv|abbona)[a-z]* a (tutto|tutte|tutti)(?= ?[.:!]* ?$)', '(iscriv|abbona)[a-z]* a tutte le (mie |nostre )?liste\\b',
    // Liste e bollettini senza la parola newsletter: "Unisciti alla nostra lista di distribuzione", "Bollettino informativo" (non il bollettino postale, un pagamento)
    'list[ae] (di distribuzione|di posta|e-?mail|di iscritti|contatti)\\b', 'bollettin[oi] (informativ|di (notizie|informazione|aggiornamento))[a-z]*', '(newsletter|bollettin[oi]|lista) (generale|settimanale|mensile|giornaliera)',
    // Not wanting to be contacted at all: "Preferisco non essere contattato", "Non desidero essere contattato telefonicamente"
    '(non (voglio|vuoi|vuole|desidero|desideri|desidera)|preferisc[oe] non) (essere|venire) contattat[oaie]\\b',
    // Un flag di opposizione per canale (CRM): "L'indirizzo email è stato cancellato" (EspoCRM, "opted out"), "Numero di telefono disiscritto"
    '(indirizzo e-?mail|e-?mail|numero di telefono|telefono|cellulare) (e )?(stato |stata )?(cancellat|disiscritt|opt-?out)[a-z]*',
    // Articoli di un blog: "Abbonati agli articoli" (Jetpack), "Iscriviti al blog tramite email"
    '(abbona|iscriv|sottoscriv)[a-z]* (a|al|ai|agli|alla|alle|allo) (nostro |mio |nostri |miei |questo )?(nuovi |ultimi )?(articoli|post|blog|pubblicazioni|podcast)\\b',
    // Avvisi sui prodotti del negozio (osCommerce/Zen Cart "Product notifications"), seguire un blog: "Notifiche sui prodotti", "Segui il blog via email"
    // Zen Cart it: "Ricevi segnalazioni su tutti i prodotti disponibili"
    '(notifiche|aggiornamenti|avvisi|novita|segnalazioni)( [a-z]+){0,2} (sui|sugli|dei|degli|su|relativi ai|riguardanti i) (tutti i |nostri |questi |nuovi )?(prodotti|articoli)\\b', 'segui(re)? (il |questo |nostro |il nostro )?blog\\b',
    // Il solo nome di una lista in un centro preferenze: "Le notizie dell'associazione", "Le comunicazioni della Fondazione";
    // non "Le informazioni di spedizione", "Le informazioni del mio account"
    '^(le|i|tutte le|tutti gli) (notizie|informazioni|comunicazioni|aggiornamenti)( [a-z]+)? (di |del |della |dell\'|dei |degli |delle |dello |destinat[ei] (a|ai|agli|alle) )(?!(l\'|il |lo |la |i |gli |le )?(spedizion[ei]|indirizz[oi]|consegna|fatturazione|pagament[oi]|ordin[ei]|acquist[oi]|account|contatt[oi]|accesso|cart[ae]|client[ei]|utent[ei]|profilo|sicurezza|prodott[oi]|articol[oi]|modul[oi]|questo|questa|questi|queste|mio|mia|miei|mie|tuo|tua|tuoi|tue|suo|sua|suoi|sue)\\b)[a-z\'\u00b7-]+( [a-z\'\u00b7-]+){0,3}\\s*[.!]?$',
    // Bare list names of a preference centre: "Consigli e trucchi", "Inviti agli eventi", "Notizie dal blog"
    '^(consigli|trucchi|notizie|eventi|inviti|ispirazion[ei]|tendenze|novita)((,| e| ed) (consigli|trucchi|notizie|eventi|inviti|ispirazion[ei]|tendenze|novita)){1,3}\\s*[.!]?$', '^inviti (a|agli|ai) (nostri )?eventi\\s*[.!]?$', '^(notizie|novita|articoli) (dal|del) blog\\s*[.!]?$',
    // Hearing from the shop: "Mi piacerebbe sentirvi di tanto in tanto"
    '(piacerebbe|vorrei|voglio|desidero|felice di|lieto di|lieta di) sentirvi\\b',
    // Restare nella lista: "Sì, mantieni la mia iscrizione!" (MailPoet)
    '(mantieni|mantenere|mantenete|mantenga|conserva|conservare) (la mia |l\'|la )?iscrizione', '(restare|resta|rimanere|rimani|voglio restare|voglio rimanere) iscritt[oaie]\\b', '(essere|stare) (iscritt|abbonat)[oaie](?= ?[.:!]* ?$)',
    '(consenti|attiva|attivare|ricevi|ricevere|accetta|accettare|abilita|abilitare) (le )?notifiche( push)?\\s*[.!]?$',
    // "Non chiamare" (CRM opt-out flag): a tick means no calls.
    'non (chiamare|chiamarmi|contattare|contattarmi)\\b', 'non (chiamatemi|contattatemi)(?= ?[.:!]* ?$)', 'non (inviare|inviarmi|mandare|mandarmi) (e-?mail|mail|sms)\\b',
    // "Acconsento alla comunicazione dei miei dati alle società del gruppo per l'invio di offerte"
    '(dati|indirizzo)[a-z ]{0,20} (siano |vengano |sono |saranno |verranno )?(ceduti|comunicati|condivisi|trasferiti) (a|ai|alle|con) (terz|societa|partner|soggetti)',
    // "Non cedete i miei dati a terzi"
    '(ced|condivid|comunic|trasfer|vend)(ere|are|ire|ete|ate|ite|ano|ino|iscano|iate|iamo|a|e|i) (i )?(miei |suoi |tuoi )?dati (personali )?(a|ai|alle|con|con i|con le) (terz|societa|partner|soggetti)',
    // A bare consent or list label naming partners: "Consenso Terze Parti", "Cessione a terzi", "Comunicazioni di partner"
    '^(consenso|autorizzazione|cessione|comunicazion[ie]|messaggi|offerte|pubblicita)( commercial[ie])?( (a|ai|di|da|per|dei|delle|verso))? (terz[ie]|terze parti|partner|societa terze)\\s*[.:!]?$',
    'comunicazione (dei |di )?(miei |suoi |tuoi )?dati (personali )?(a|ai|alle) (terz|societa|partner|soggetti)', 'cessione (dei |di )?(miei |suoi |tuoi )?dati\\b',
  ],
  // "Ricevi aggiornamenti su Mozilla", "Accetto di ricevere email di notifica"
  weakMarketing: [
    'comunicazion[ie]', 'esclusiv(?!amente)', 'informazion[ie]', 'notizie', 'aggiornamenti', 'e-?mail\\b', 'mail\\b', 'messaggi', 'suggerimenti', 'consigli', '(rivist[ae]|magazine)\\b', 'trucchi', 'abbonament', 'catalog',
    '(nostri|nuovi) prodotti', '(nuove|ultime|prossime) (funzioni|funzionalita|caratteristiche)\\b', 'prodotti (e|o|ed) servizi', 'prodotti di (mio |suo |tuo )?interesse', 'informat[oaie]\\b', 'aggiornat[oaie]\\b', 'al corrente\\b', 'ispirazion',
    // "Avvertimi via email alla pubblicazione di un nuovo articolo" (Jetpack), "Ricevi gli ultimi articoli nella tua casella di posta",
    // "Iscriviti per ricevere la notifica di quando il nostro sito web sarà pronto" (pagina in costruzione)
    '(nuov[oi]|ultim[oi]|prossim[oi]) (articol[oi]|post|contenuti|pubblicazion[ie]|episodi|video|ricette)\\b', 'blog\\b', 'list[ae]\\b', 'bollettin[oi]\\b(?! postal)', '(eventi|serate|inaugurazioni|inviti)\\b', 'tendenze', 'vantaggi\\b',
    // "Autorizzo l'invio di SMS", "Resta in contatto con noi", "Ricevi le nostre migliori proposte"; non "Ricevi il codice via SMS"
    '(invio|ricevere|ricevi|inviarmi|inviatemi) (di |degli |gli )?sms\\b', '(nostre|migliori) proposte\\b', 'proposte (personalizzate|esclusive|dedicate|su misura)', '(resta|restare|rimani|rimanere|restiamo|rimaniamo) in contatto',
    '(nella|alla) (tua|mia|vostra|sua) casella( di posta| e-?mail| di posta elettronica)?', '(il )?primo a (sapere|scoprire|ricevere)', 'prima di (tutti|chiunque)\\b', 'in anteprima\\b',
    '(quando|appena) (il |lo |la )?(nostro |nostra )?(sito|negozio|shop|blog|app)( web)? (sara|e|verra) (pronto|pronta|online|attivo|attiva|aperto|aperta|lanciat[oa])', '(lancio|apertura|inaugurazione) (del |dello |della |di )?(nostro |nostra )?(sito|negozio|shop)',
    // What an association or school announces: "Voglio ricevere avvisi su nuovi corsi e bandi"
    '(avvisi|notizie|aggiornamenti) (su|sui|sulle|dei|delle|di) (nuov[ie]|prossim[ie]|futur[ie]) (corsi|laboratori|attivita|bandi|edizioni|eventi)\\b',
  ],
  // Receiving verbs with their clitics: "riceverle", "inviarmi", "iscrivimi", "tienimi aggiornato", "aggiungimi", "Entra nella nostra lista"
  receiving: [
    // with two clitics: "inviatemele", "mandarmeli"; "tenetemi al corrente"
    'ricev(?!ent)', 'invi(are|armi|arci|arti|arle|ami|ate|atemi|ino|i)\\b', '(invi|mand)(a|ar|ate)(me|ce|te)(l[aeio])\\b', 'rinunci(o|are) a ricevere', 'invio\\b', 'mand(are|armi|ami|atemi)\\b', 'iscriv', 'iscrizion', 'abbona', 'abbono\\b', 'disiscriv', 'cancellati da\\b', '(rimuov|togl|elimin|cancell)(imi|ermi|armi|etemi|atemi) (da|dal|dalla|dalle|dai|dagli)\\b', '(rimoss|eliminat|tolt)[oaie] (da|dalla|dalle|dai|dagli)\\b', 'registrati (a|al|alla)\\b',
    '(tenere|tenermi|tienimi|tenetemi|tengami|tenerti|restare|resta|rimanere|rimani|essere|tenut[oaie]) (sempre )?(informat|aggiornat|al corrente)', 'contatt', 'chiam', 'avvis(ami|atemi|armi)\\b', 'entr(a|are|ate) (nella|in) (nostra |mia )?lista\\b', '(resta|restare|rimani|rimanere|restiamo|rimaniamo) in contatto', '(avere|abbia|avra) (vostre |tue |sue |le vostre |tue )?notizie\\b', 'avvert(imi|itemi|irmi|ire)\\b', 'inform(ami|atemi|armi|iate|ino)\\b', 'ricezione d[ie]', 'essere (avvisat|notificat|avvertit)[oaie]\\b', 'unisc(iti|imi)\\b', 'mi (arrivino|arrivi|arrivano|arriva)\\b', 'unir(mi|ti|si)\\b',
    // Invitations to events: "Desidero essere invitato alle serate in negozio", "Invitatemi agli eventi"
    '(essere invitat[oaie]|invit(ami|atemi|armi|arci))\\b', 'aggiung(ermi|etemi|imi)\\b', 'includ(imi|ermi|etemi)\\b',
  ],
  // "Avvisami via email quando il mio ordine viene spedito", "Inviatemi la fattura via email",
  // "Voglio fare un'offerta per questo articolo", "Mostra le offerte dei partner all'interno dell'app"
  neverMatch: [
    // A discount code or gift card the customer enters is a shop feature, not an offer sent: "Inserisci un buono regalo o un coupon"
    '(inserisci|inserire|usa|usare|utilizza|utilizzare|applica|applicare|aggiungi|aggiungere|ho) (un |una |il |la |lo |il tuo |la tua )?(buono regalo|buono sconto|codic[ei] (di |del )?(sconto|promozionale|coupon|voucher)|coupon|carta regalo|gift card|voucher)( o (un |una |il |la )?(buono regalo|buono sconto|codic[ei] (di |del )?(sconto|promozionale|coupon|voucher)|coupon|carta regalo|gift card|voucher))?',
    // A receipt for the person's own donation: "Inviatemi via email la ricevuta della donazione"
    '[^.;:!?(),\\u2013\\u2014]*\\b(ricevuta|ricevute|attestazione|certificato)( fiscale)? (della|per la|di|del|dell\'|per il)( mia| tua| sua)? ?(donazione|donazioni|offerta|contributo|erogazione|pagamento|ordine|acquisto)\\b[^.;:!?(),\\u2013\\u2014]*',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mail|mail|messaggi)( [a-z]+)? (in|come) (formato )?(html|testo)\\b',
    '(avvis|notific|aggiorn|inform|comunicazion|e-?mail|mail|messagg|sms)[a-z]*[a-z\' ]{0,40} (sullo |sul |sulla |del |dello |della |dell\'|al |alla |il |lo |la |l\'|relativ[ei] al |relativ[ei] alla |relativ[ei] all\')?(stato (del |della |dell\')?)?(mio |mia |tuo |tua |suo |sua |vostro |vostra )?(ordine|ordini|spedizion[ei]|consegna|pacco|pacchett[oi]|saldo|punti|account|prenotazion[ei]|prestit[oi]|appuntament[oi]|richiest[ae])\\b',
    // Messages about the person's own trip, ticket or event: "Ricevi via SMS gli aggiornamenti sul tuo viaggio"; not "SMS con offerte per il tuo viaggio"
    '(sms|messaggi|avvisi|notifiche|aggiornamenti|informazioni|e-?mail)((?!offert|promozion|scont|novita|pubblicit|vantagg)[a-z\' ]){0,40} (su|sul|sulla|sui|del|della|dei|di|per il|per la|con|nel) (mi[oae]|miei|tu[oae]|tuoi|su[oa]) (viaggio?|vol[oi]|bigliett[oi]|evento|soggiorn[oi]|tragitt[oi])\\b',
    // Activity digests: "Invia email di riepilogo" (Mastodon it)
    '(e-?mail|mail|messaggi) (di )?(riepilogo|digest)', 'riepilogo (settimanale|giornaliero|delle attivita)',
    '(stato|tracciamento|conferma) (del |della |dell\'|d\')?(mio |mia |tuo |tua )?(ordine|spedizione|pacco|consegna|prenotazione|appuntamento|iscrizione|richiesta)',
    // Mail the service needs, information about one item asked for: "comunicazioni necessarie alla gestione del servizio", "sul servizio sottoscritto",
    // "Voglio ricevere maggiori informazioni su questo corso"; a price or date of an offer: "Prezzo in offerta", "Data di fine offerta"
    '(comunicazion[ei]|notifiche|avvisi|e-?mail|messaggi|informazioni) ((necessari|indispensabil|essenzial|operativ)[a-z]*\\b|[a-z ]{0,30}(servizi[oi]|prodott[oi]|contratt[oi]) (sottoscritt|acquistat|attivat)[oi]\\b)', "informazioni (su|sul|sulla|riguardo a|relative a) (questo|questa|questi|queste|quest'|tale) ?(?!(negozio|marchio|azienda|sito|associazione|ente|organizzazione|fondazione|campagna|iniziativa|club|community)\\b)[a-z]+", '(prezz[oi]|data|periodo|durata|etichetta) (di |in )?[a-z ]{0,12}(offerta|promozione|saldo)\\b',
    // One offer on the page, or the customer's bid, not offers sent: "ricevere questa offerta via e-mail e aggiungere il prodotto al carrello",
    // "questa la nostra offerta finale" (FroggyPriceNegociator)
    '((ricev|invia|mand)[a-z]* )?(questa |quest\'|tale |la presente )offerta( (per|via|tramite) (e-?mail|posta( elettronica)?|sms))?\\b', '(la tua|la sua|la vostra|la mia|la nostra|l\') ?(offerta|controfferta) (finale|di negoziazione|e stata)\\b',
    '(fai|fare|faccia|fate|invia|inviare|proponi|proporre|presenta|presentare) (un\'|una |la tua |la mia )?(offerta|controfferta|proposta)\\b', '(mostra|visualizza|vedi|mostrare|visualizzare|cerca|filtra|inserisci|inserire)[a-z ]{0,25}(offert[ae]|promozioni|sconti|novita|saldi|pubblicita|annunci|nuove funzion)',
    // Contest or promotion rules alone: "Accetto il regolamento della promozione"
    '(regolamento|termini|condizioni) (della|dell\'|del) (promozione|offerta|concorso)', '(buon[oi]|carta|card|gift card|confezione|pacchetto|voucher|certificat[oi]) regal[oi]',
    '(hai|ho|inserisci|inserire|applica|applicare|usa|usare|utilizza|utilizzare) (un |il |il tuo |lo )?(codice|coupon|buono)( (di )?(sconto|promozionale|coupon|regalo))?', 'ricordati di me', `ricordami(?!${CLAUSE}\\bcarrell)`, 'resta collegato', 'rimani connesso',
    'crea(re)? (un )?account', 'preventivo', '(richiesta|invito) (di|a lasciare una) (recensione|valutazione)',
    '(e-?mail|mail|posta)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(rispondere|risposta) alla (mia|tua|sua) (richiesta|domanda)', 'fattura\\b', `(invi|mand|ricev)[a-z]* (la |una |le |lo |il |un |mia |mie |mio )?(fattur|ricevut|scontrin|bigliett)[a-z]*${CLAUSE}`,
    '(dati|credenziali) di accesso', '(informazioni|dati) anonim',
    // Abbonamenti a pagamento: "…fino a quando non annullerò il mio abbonamento" (Mozilla)
    '(annull|disdi|rinnov|cancell|sospend)[a-z]*[a-z\' ]{0,20}abbonament[oi](?! (a|al|ai|alla|alle|agli|alle) )', 'abbonament[oi] (mensil|annual|premium|a pagamento|di prova)[a-z]*',
    // Conservare dati per rispondere: "Acconsento che questo sito memorizzi le informazioni inviate per rispondere alla mia richiesta" (WPForms)
    // Preferenze dell'area clienti (WHMCS): "Email di supporto: ricevi un CC di tutte le comunicazioni relative ai ticket di supporto", "Email di affiliazione"
    '(e-?mail|mail|comunicazioni|notifiche|messaggi) (di |del |dei |ai |relative ai |sui )?(ticket|supporto|assistenza|affiliazion[ei])\\b',
    '(memorizz|conserv|archivi|registr|raccogl|salv)[a-z]* (i miei |le mie |i |le |questi |queste |tali )?(dati|informazioni)( personali)?( inviat[ei]| fornit[ei]| che (invio|ho inviato|fornisco))?',
    // Un solo messaggio su un evento, contatti di assistenza: "Inviami una email quando…", "l'autorizzazione a contattarmi per qualsiasi domanda di follow-up" (WP Mail SMTP)
    '(un|una|un\')(e-?mail| e-?mail| mail| messaggio| notifica| sms) (quando|se|appena|ogni volta)\\b', 'list[ae] (dei desideri|d\'attesa)',
    // L'account, non pubblicità: "Riceverai un'email con un link per reimpostare la password"
    `${CLAUSE}\\b(reimposta|recupera|cambia|resetta|ripristina|dimenticat)[a-z]*( la| tua| nuova)* password\\b${CLAUSE}`,
    // Il negozio come funzione o prezzo, non come messaggio: "Attiva l'uso di coupon/codici promozionali", "Seleziona questo box se il coupon offre la spedizione gratuita",
    // "Acquista 3 con 10 % di sconto ciascuno", "Sconto totale", "Importo dello sconto", "Assicurati l'uso esclusivo del tuo dominio"
    '(attiva|attivare|abilita|abilitare|disattiva|disattivare|consenti|consentire)( l\'uso di| l\'uso dei| l\'utilizzo di| l\'utilizzo dei)? (i |dei |un |il )?(coupon|codici? (promozional[ei]|sconto)|buon[oi] sconto|scont[oi])(( ?[/,] ?| e | o )(coupon|codici? (promozional[ei]|sconto)|buon[oi] sconto|scont[oi]))?\\b',
    '(il|questo|quel|del|al|un) (coupon|codice promozionale|codice sconto)( [a-z]+)? (offre|concede|include|consente|verra|viene|sara|e|non|puo)\\b',
    '(regol[ae]|condizioni delle regole) (di |del |dei |delle )?(prezz[oi]|promozion[ei]|scont[oi]|carrello|catalogo)\\b', 'con [0-9%$.,]+ ?%?( di)? sconto\\b',
    '(totale|importo|valore|percentuale|tipo|quantita|ammontare|limite|limiti|scadenza|utilizzo)( totale| di utilizzo)? (dello |di |del |dei |per )?(scont[oi]|coupon)\\b',
    // A coupon or code as a field, a message or a setting, not an offer sent: "Il coupon", "È stato utilizzato il codice coupon", "Rimuovi il coupon" (WooCommerce, PrestaShop it)
    '^((il|tuo|il tuo) )?(coupon|codice|buono)( (di )?(sconto|promozionale|coupon))?\\s*:?$', 'codic[ei] (del |dei )?coupon\\b', '(coupon|codic[ei]( di)?( sconto| promozional[ei])?) (applicat|utilizzat|usat|rimoss|scadut|valid|non valid|trovat)[oi]\\b', 'coupon (di |per (la )?)?spedizione gratuita\\b', '\\bsenza (applicare )?(coupon|scont[oi]|codic[ei]( sconto| promozional[ei])?)\\b',
    '(rimuovi|rimuovere|elimina|eliminare|togli|annulla|annullare) (il |questo |un |il tuo )?(coupon|codice (di )?(sconto|promozionale)|buono sconto)\\b',
    // Offers as the shop's own pages or settings: "Gestisci offerte", "Confronta le offerte di diversi venditori", "Offerta speciale in evidenza"
    '(gestisci|gestire|confronta|confrontare|modifica|crea|creare) (le |tutte le |migliaia di )?(offerte|coupon|sconti|promozioni)\\b', '^(offerta|prodotto|articolo|annuncio)( [a-z]+){0,3} in evidenza\\s*[.!]?$',
    // Notices by a channel, with no marketing object: "Ricevi notifiche via email", "Ricevere email di notifica"
    'notifich[ea] (via|per|tramite|con|su|alla|nella)( la| tua| mia)? (e-?mail|mail|sms|posta( elettronica)?)\\b', '(e-?mail|mail) di notifica\\s*[.!]?$',
    // A refund paid as a voucher, updates of software bought: "in caso di cancellazione viene rilasciato un voucher", "licenza per ricevere gli aggiornamenti del software"
    '(rimborso|cancellazione|caparra)[^.;:!?]{0,80}voucher\\b', 'voucher da spendere', 'aggiornamenti (del |di )?(software|firmware|sistema|plugin)\\b',
    // Coupons, discounts and promotions the shop manages, and charges beside discounts (pricing): "Applica sconto", "Crea Promozione", "Ritira offerta speciale",
    // "Promozione creata con successo", "Incrementi/sconti adulti", "Di sconto al giorno" (Vik Booking it)
    '(crea|creare|applica|applicare|imposta|impostare|modifica|modificare|elimina|eliminare|ritira|ritirare|salva|salvare|rimuovi|rimuovere)( una| la| un| lo| il| gli| le)? (promozion[ei]|offert[ae] special[ei]|scont[oi]|coupon)( (del|dei) coupon)?\\b', '^di scont[oi]\\s*[.:!]?$',
    'promozion[ei] (creat|applicat|scadut|salvat)[ae]\\b', 'testo (della )?promozione\\b', 'scont[oi] (del|dei) coupon\\b', 'in combinazione con (altri |altre )?(coupon|scont[oi]|offert[ae]|promozion[ei])\\b',
    '(incrementi|aumenti|supplementi|maggiorazioni|ricarichi)( [a-z]+)?( ?[/,] ?| e | o )(gli |le |degli |delle )?(scont[oi]|riduzion[ei]|promozion[ei])\\b', 'scont[oi] (basat[oi] su|in base a|sulla base)', '(di )?scont[oi] (al giorno|a notte|per notte|a persona|per persona)\\b',
    // Commercial as a kind of place or business, not a message: "Ufficio/Spazio commerciale", "Nome commerciale", "Immobile commerciale"
    '(spazi[oa]?|local[ei]|immobil[ei]|zona|centr[oi]|nome|denominazione|ragione|sede|licenza|registro|superficie|destinazione|esercizi[oa]?) commercial[ei]\\b',
    // A price badge alone: "-20% di sconto", "Fino al 50% di sconto"; a signup incentive keeps its verb ("Iscriviti e ricevi il 10% di sconto")
    '^(-|fino al |fino a |risparmia (il )?)?[0-9.,]* ?% (di )?sconto\\b[ ,.!]*$',
    // Things that are on promotion, not messages: "Articoli promozionali", "Prezzo promozionale"
    '(articol[oi]|prodott[oi]|prezz[oi]|immagin[ei]|etichett[ae]|banner|tariff[ae]) promozional[ei]\\b',
    // How the shop sends mail, an admin setting: "Opzioni di invio dell'email", "Metodo di invio e-mail" (WooCommerce, MailPoet it)
    '(opzion[ei]|metod[oi]|impostazion[ei]|modalita|servizio|coda|registro) (di )?invio (dell\'|delle |della |dei |di )?(e-?mail|mail|messaggi|sms)\\b',
    // Appointments and recalls (clinics, workshops): "ACCONSENTO a ricevere comunicazioni relative a richiami periodici (recall)"
    '(comunicazion[ie]|avvis[oi]|notifiche|messaggi|e-?mail|mail|sms|promemoria)( [a-z]+){0,2} (relativ[eio] (a|ai|agli|alle|al)|sui|sugli|sulle|per|dei|degli|delle|di) (i |gli |le |miei |mie |tuoi |tue )?(richiam[oi]|appuntament[oi]|scadenz[ae]|visit[ae] di controllo|controll[oi] periodic[oi])\\b', 'scont[oi] (totale|applicat[oi]|precedente|fisso|clienti|percentuale|personalizzat[oi]|(sulla )?spedizione)\\b',
    // A discount type in a setting: "Sconto in percentuale", "Buono sconto a importo fisso"
    '(scont[oi]|buon[oi]( sconto)?|coupon) (in|a|con|di|per) (una |un )?(percentuale|importo fisso|valore fisso)\\b', '(uso|valore|diritto|distributore) esclusivo\\b',
    // La persona scrive al negozio: "Se hai domande di natura commerciale"
    '(domande|richieste|questioni|quesiti) (di natura |di tipo |a carattere )?commercial[ie]\\b',
    // Avvisi di prezzo o disponibilità, promemoria: "Avvisami quando il prezzo scende", "Ricevi un promemoria"
    '(avvis|notific|allert|alert)[a-z]* (di |sul |del )?(prezzo|disponibilita|riassortimento)', '(torna|tornera|sara di nuovo|e di nuovo|nuovamente) disponibile', '(il )?prezzo (scende|cala|diminuisce|si abbassa)',
    `(ricev|invi|mand)[a-z]* (un |dei |i |il )?promemoria\\b(?!${CLAUSE}\\bcarrell)${CLAUSE}`, '(e-?mail|mail|messaggi|sms|notifiche|comunicazion[ei])( e-?mail| istituzionali e)? (di |del )?(promemoria|conferma|verifica|sicurezza|sistema|servizio)\\b',
    // Messaggi di servizio, formato delle email: "Ricevi le email di sistema" (VirtueMart), "Preferisco ricevere le email in formato testo" (preferenza di formato, phpList)
    '(e-?mail|mail|messaggi) (transazional|amministrativ)[a-z]*', '(le |i )?(e-?mail|mail|messaggi)( [a-z]+)? (in|con) formato\\b[a-z ]{0,12}',
    'contatt[a-z]* (per|in merito a|riguardo a|relativamente a) (qualsiasi |eventuali |una |la mia |le mie |tutte le )?(domand|richiest|chiariment|follow|question)[a-z]*',
    // Contact details as a field, the person writing or sending: "Email di contatto", "Contattaci per maggiori informazioni",
    // "Inviare allegati tramite email?", "Abilitare l'invio del messaggio?"
    '(dati|e-?mail|indirizz[oi]|informazioni|recapit[oi]|numero|telefono|persona|modulo) (di |del |per il )?contatt[oi]\\b', `^(contatta|scrivi|chiama|telefona)(ci|teci)\\b${CLAUSE}`, "^((abilitare|attivare|disattivare|consentire) )?(l'|gli |il )?invi(o|are)\\b[a-z' ]{0,40}\\?$",
    // What a service or studio offers, not offers sent: "Seleziona le specializzazioni offerte dal tuo studio"
    '(specializzazioni|prestazioni|attivita|soluzioni|funzionalita|opzioni|lingue|materie|discipline|camere) offerte\\b',
    // A setting that lets customers subscribe, not a subscription: "Consentire ai clienti di ricevere la vostra newsletter" (PrestaShop it)
    `(consent|permett|abilit|autorizz)[a-z]* (ai|agli|alle) (clienti|utenti|visitatori|acquirenti) di (ricev|iscriv|abbon)${CLAUSE}`,
    // Paying by transfer, one's own calendar: "riceverai un'email con i dati bancari", "avvisami gli eventi del calendario il giorno prima"
    `${CLAUSE}\\b(dati bancari|coordinate bancarie|istruzioni (di|per il) pagamento)\\b${CLAUSE}`, 'eventi (del|nel|dal) (mio |tuo |suo )?calendario\\b',
    // Job offers on a job board, not sales offers: "Ricevi avvisi per le nuove offerte di lavoro"
    '((avvisi|notifiche|alert) (per le |sulle |delle |di )?)?(nuove |ultime )?offert[ae] (di )?(lavoro|impiego)\\b',
    // Follow-up comments, copies of one's own message: "Avvisami via email di nuovi commenti" (WordPress it)
    // Votes or answers one by one (polls, forums): "Per ricevere un'email per ogni nuovo voto"
    `[^.;:!?()]*\\b((ogni )?nuov[oiae] (comment[oi]|messaggi|vot[oi]|rispost[ae]|thread)\\b|quando ricevo (un|una) |(risponde|rispondono|risposte?)[a-z ]{0,15} (al|alla|ai|alle|a un|a una|ad un|nel|nella|nei|nelle) (mio |mia |miei |mie |tuo |tua |suo |sua )?(commento|commenti|post|messaggio|messaggi|discussione|discussioni|argomento|argomenti|thread|domanda|domande|recensione|recensioni|annuncio|annunci)\\b|quando qualcuno)${CLAUSE}`,
    // Other members writing to the person, private messages: "Consenti agli altri utenti di inviarmi messaggi", "Notificami i nuovi messaggi privati"
    `(agli|alle|che gli|che le|che|a) (altri|altre) (utenti|membri|persone|venditori|acquirenti|partecipanti)\\b${CLAUSE}`, 'messaggi (privati|diretti|personali)\\b',
    `[^.;:!?()]*\\b(una )?copia (di|del|della|al)\\b${CLAUSE}`,
    // Following a forum or a thread: "Iscriviti a questo forum via email"
    `(iscriv|abbona|sottoscriv)[a-z]* (a|al|alla|ai|alle|in) (questo |questa |il |la |i |le )?(forum|discussion[ei]|argoment[oi]|thread|conversazion[ei]|commenti|calendari[oi])\\b${CLAUSE}`,
    // Cookie categories are not messages: "Targeting e pubblicità"
    // Caselle dell'ordine o del catalogo: "Invia notifica al cliente", "Prodotto in offerta"
    '(invia|inviare|notifica|notificare|avvisa|avvisare|informa|informare)\\b[a-z\' ]{0,50}? (a|al|ai|agli|alla|alle|allo)( tuoi| propri)? (client[ei]|ospit[ei]|iscritt[ie]|partecipant[ei]|utent[ei]|membri|destinatari|revisori|amministrator[ei]|struttura|team|acquirent[ei]|relatori|organizzator[ei])\\b', '(prodott[oi]|articol[oi])( [a-z]+){0,2} in (offerta|promozione|saldo|sconto)\\b',
    // A catalog filter: "Solo offerte", "Solo prodotti in offerta"
    '^(solo|soltanto|unicamente) (le |i )?(offerte|saldi|sconti|promozioni|prodotti (in|con) (offerta|saldo|sconto|promozione))\\s*[.!]?$',
    // "Cookie statistiche + marketing": a whole clause about cookies or trackers is a cookie category
    'targeting e pubblicita', 'pubblicita e targeting', `${CLAUSE}\\b(cookies?|tracker|traccianti)\\b${CLAUSE}`,
    // L'offerta come il prodotto che si sottoscrive (credito, assicurazione): "il questionario per la valutazione dell'adeguatezza dell'offerta"
    '(adeguatezza|coerenza|condizioni|dettagli|scheda|documentazione|termini|sottoscrizione|accettazione|riepilogo|prezzo|costo|durata) (dell\'|della |di quest\')offerta\\b',
    // Accepting the terms of bids or offers is no mailing: "Accetto i termini e le condizioni per le offerte sugli EGI"
    '(termini|condizioni) (per le|delle|sulle|relative alle) offerte\\b',
  ],
  // "Niente spam", "I tuoi dati non saranno mai ceduti a terzi"
  reassurance: [
    'niente spam', 'nessuno spam', 'no spam', 'odiamo lo spam',
    // "Il mio indirizzo e-mail non sarà dato ad altre aziende"
    `(mai|non)${CLAUSE}(saranno|sara|verranno|verra|vengono|viene) (mai )?(cedut|condivis|vendut|comunicat|trasmess|divulgat|dat[oaie]\\b|passat|fornit)[a-z]*${CLAUSE}`,
    `(mai|non)${CLAUSE}(cederemo|condivideremo|venderemo|comunicheremo|trasmetteremo|divulgheremo)${CLAUSE}`,
    // "Non vendiamo i tuoi dati a terzi"
    `(mai|non)${CLAUSE}(cediamo|condividiamo|vendiamo|comunichiamo|trasmettiamo|divulghiamo)\\b${CLAUSE}`,
    'rispettiamo la (tua|sua|vostra) privacy',
    // A later sentence that names what will not happen: "Nessuna lista marketing o condivisione con terzi."
    `(?<=[.!?] )(nessun[ao]?|niente|zero)\\b${CLAUSE}\\b(condivision|cession|vendit)[a-z]*${CLAUSE}`,
  ],
  // "Annullamento dell'iscrizione sempre possibile", "puoi cancellarti in qualsiasi momento"
  unsubscribeNotice: [
    `(annull|cancell|disiscri|revoc|disdi|oppor|recede|disattiv)[a-z']*${CLAUSE}(sempre|qualsiasi momento|ogni momento|quando (vuoi|desideri|lo desideri)|gratuit|link|con un clic|ciascun)${CLAUSE}`,
    `(in (qualsiasi|ogni) momento)${CLAUSE}(annull|cancell|disiscri|revoc|disdi|oppor|disattiv)${CLAUSE}`,
  ],
  // "Riceverai anche la nostra newsletter"
  priorNotice: [
    'riceverai (anche |regolarmente |periodicamente )*(la nostra |le nostre |i nostri |la |le )?(newsletter|offerte|promozioni|novita|comunicazioni commerciali)',
    '(ti|vi|la|le) (invieremo|manderemo|informeremo|contatteremo|terremo)[^.]{0,40}(offerte|novita|newsletter|promozion|commercial|pubblicit)',
    '(il tuo|il suo) indirizzo (e-?mail )?(sara|verra|potra essere) utilizzato[^.]{0,40}(marketing|offerte|newsletter|promozion|commercial)',
  ],
  // "Non voglio ricevere né la newsletter né le offerte": "non … né … né" is one negation, so it comes first.
  // "Puoi disiscriverti in qualsiasi momento gratuitamente"
  freeOfCharge: ['gratuit(o|a|amente)\\b', 'senza (alcun )?cost(o|i)'],
  // "Richiedi un preventivo gratuito"
  quoteRequest: ['(richiedi|richiedere|ottieni) (un |il )?preventivo', 'richiesta (di )?preventivo', 'preventivo gratuito'],
  negators: [
    'non\\b[^.;:!?()]{0,80}?\\b(ne|nessun[oa]?|mai|niente|nulla)\\b(?:[^.;:!?()]{0,80}?\\b(ne|nessun[oa]?|mai|niente|nulla)\\b){0,3}',
    'ne\\b[^.;:!?()]{0,80}?\\b(ne|nessun[oa]?|mai|niente|nulla)\\b(?:[^.;:!?()]{0,80}?\\b(ne|nessun[oa]?|mai|niente|nulla)\\b){0,3}',
    'non\\b', 'mai\\b', 'nessun[oa]?\\b', 'niente\\b', 'nulla\\b',
    // An option that opens with "without": "Senza newsletter", "Senza pubblicità, grazie"; not "senza costi", "senza impegno"
    '^senza\\b(?! (alcun |alcuna )?(spam|cost[oi]|spese|impegno|obblig)[a-z]*\\b)',
  ],
  // "Desidero annullare l'iscrizione alla newsletter", "Cancella la mia iscrizione"
  // "Non ho un account, ma vorrei ricevere la newsletter"
  contrasts: ['ma\\b', 'pero\\b', 'tuttavia\\b'],
  conditions: ['(?<!-)se\\b', 'qualora\\b', 'quando\\b', 'nel caso\\b'],
  negativeVerbs: [
    // Limiting processing for marketing (GDPR art. 18), a heading and its description once
    `(restring|limit)(ere|are|e|a|o) (l'|il )?(elaborazione|trattamento|uso|utilizzo)\\b(${CLAUSE}(restring|limit)[a-z]* (l'|il )?(elaborazione|trattamento|uso|utilizzo)\\b)?`,
    // "Cancella Newsletter", "Rimuovi iscrizione" (Zen Cart it), "Manifesto la mia opposizione all'invio di comunicazioni commerciali"
    // A switch that turns mail off: "Disattiva le comunicazioni commerciali", "Disabilita newsletter"
    '(disattiv|disabilit)(a|are|o)\\b', '(annull|cancell|rimuov)(a|are|ami|armi|i|ere)? (la mia |la |mia |l\')?iscrizione', '(annull|cancell)(a|are|ami|armi)? (la |dalla )?newsletter', 'cancell(ami|armi|ati|atemi)\\b', 'oppo(ngo|ni|ne|niamo|nete|ngono|rsi|rti|rmi)\\b', '(manifesto|esprimo|esercito|formulo) (la mia |il (mio )?diritto di )?opposizione\\b', 'disiscri(v|tt|zione)',
    // "Smetti di inviarmi email promozionali", "Evita di inviarmi promozioni"
    '(smett|interromp)[a-z]* (di )?(ricevere|inviar[a-z]*|mandar[a-z]*|l\'invio)\\b', 'evit(a|are|ate|ando) (di |l\')', 'rinunci(o|are) (a|al|alla|alle|ai|agli|all\')\\b', 'ritir(o|are) (il )?(mio )?consenso', 'cancellat[oaie]\\b', '(rimuovi|togli|elimina)mi\\b', '(essere )?(rimoss|eliminat|tolt)[oaie] (da|dalla|dalle|dai|dagli)\\b', 'nego\\b', 'negare il consenso', 'cancellazione (da|dal|dalla|dalle|dai)\\b', 'rifiut', 'revoc', 'opt-?out', '(?<!ad )esclusione\\b', 'esclud(i|ere|imi|ermi|etemi)\\b', '(essere|venire|restare) esclus[oaie]\\b',
  ],
  // "Non perderti le nostre offerte"
  missVerbs: ['perder(e|ti|mi|vi)?\\b', 'perdi\\b', 'perda\\b'],
  // "Togli la spunta se non vuoi riceverle"
  untickInstructions: ['deseleziona', '(togli|togliere|rimuovi|rimuovere|levare|leva) (la|il) (spunta|segno|selezione|flag)', 'despunta', 'disattiva (questa|la) (casella|opzione)'],
  // "Spunta questa casella se non vuoi ricevere offerte"
  tickInstructions: [
    '(spunta|spuntare|spuntando|seleziona|selezionare|selezionando|contrassegna|barra|barrare|barrando|attiva) (questa|la|il) (casella|opzione|campo|box|flag)',
    'spunta qui', 'selezionando questa',
  ],
  // Italian privacy forms pair "Acconsento" / "Non acconsento" and "Do il consenso" / "Nego il consenso" radios.
  yes: ['si\\b', 'si,? (voglio|desidero|grazie|acconsento)', 'acconsento\\b', '(do|presto) il (mio )?consenso'],
  no: ['no\\b', 'no,? grazie', 'non acconsento', 'nego il (mio )?consenso', 'non (do|presto) il (mio )?consenso'],
  answerValues: [['si', 'no']],
  // Italian shops: `consenso_marketing`, `privacy_terzi`, `iscrizione_newsletter`
  fieldNames: {
    marketing: ['iscrizione', 'promozioni', 'comunicazioni_?commerciali', 'consenso_?marketing'],
    thirdParty: ['terzi', 'terze_?parti', 'consenso_?terzi'],
    negative: ['disiscrizione', 'cancella_?iscrizione'],
    payment: ['pagamento', 'metodo_?(di_?)?pagamento', 'numero_?carta'],
    bookkeeping: [],
    listNames: [],
  },
  signupBlocks: ['newsletter', 'iscrizione-newsletter'],
  filterBlocks: ['filtri', 'filtro'],
  // "Ho letto e accetto i termini e condizioni", "Accetto il regolamento del concorso e di ricevere offerte"
  termsAcceptance: [
    '(ho letto|letto e accett|preso visione|presa visione|aver letto)[a-z\' ,]{0,40}(termini|condizioni|informativa|privacy|regolamento)',
    '(accetto|accettare|accettato|approvo|sono d\'accordo con)( (i|il|le|la|l\'|tutti i|tutte le))? ?([a-z]+ ){0,2}(termini|condizioni|informativa|privacy|regolamento|policy)',
    '(termini|condizioni|informativa)[a-z\' ,]{0,30}(lett[aeio]|accettat[aeio])',
  ],
  // "Ricevi offerte speciali dai nostri partner", "società terze", "società del gruppo Esselunga"
  thirdParty: [
    'partners?\\b', 'terz[ie]\\b', 'societa (collegate|controllate|selezionate)', 'gruppo\\b', '(aziende|marchi|brand|negozi|imprese) (selezionat[ei]|partecipanti|di fiducia|amic[ih]e)\\b', 'fornitori selezionati\\b',
    'altre (societa|aziende)',
    // "Acconsento alla comunicazione dei miei dati a società del settore"
    '(societa|aziende|imprese) (del|dei|di) settor[ei]\\b', 'sponsor', 'inserzionisti', 'affiliat',
  ],
  channels: {
    email: ['e-?mail', 'posta elettronica', 'newsletter', 'mail\\b', 'mailing'],
    sms: ['sms', 'whatsapp', 'messaggi di testo'],
    phone: ['telefon', 'chiamat', 'chiamare'],
    post: ['posta(?! elettronica)', 'cartace', 'volantin', 'catalogo', 'lettera'],
    push: ['push', 'notifiche (push|del browser)'],
    social: ['social network', 'social media', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(restare|resta|rimanere|rimani|tenere|tenermi|tienimi|tenerti|tenetemi|essere)[a-z ]{0,12}(aggiornat|informat|al corrente)', 'ricevere aggiornamenti', '(resta|restare|rimani|rimanere|restiamo|rimaniamo) in contatto'],
  context: {
    purchase: [
      'concludi (l\')?ordine', 'effettua (l\')?ordine', 'conferma (l\')?ordine', 'ordine con obbligo di pagamento', 'acquista', 'paga\\b', 'pagamento', 'metodo di pagamento',
      'spese di spedizione', 'metodo di spedizione', 'indirizzo di (fatturazione|spedizione)', 'subtotale', 'totale', 'carrello', 'cassa\\b', 'iva\\b', 'riepilogo', 'il tuo ordine',
    ],
    registration: ['crea (un |il tuo )?account', 'registrati', 'registrazione', 'password', 'nome utente', 'nuovo cliente', 'il mio account', 'forum'],
    newsletter: ['iscriviti', 'newsletter', 'abbonati', 'mailing list'],
    contact: ['(?<!(informazioni|dati|recapiti) di )contatt', 'messaggio', 'invia messaggio', 'richiesta', 'domanda', 'assistenza clienti', 'servizio clienti', 'torna disponibile', 'avvisami quando', 'avviso (di )?disponibilita'],
    survey: ['sondaggio', 'questionario', 'concorso', 'estrazione', 'vinci\\b', 'vincere', 'partecipa', 'premio', 'recensione'],
    // GiveWP it: "Dona ora", "Importo della donazione", "Fai una donazione"
    donation: ['dona ora', 'donare\\b', 'donazion[ei]\\b'],
  },
};
