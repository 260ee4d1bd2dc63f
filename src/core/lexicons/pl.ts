import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** The rest of a sentence, across commas: "Send me an e-mail, when my order ships". */
const SENTENCE = '[^.;:!?()]*';
/** Bounded forms for trigger frames, so a long label costs linear time: up to 150 characters before, 80 between. */
const BEFORE = '[^.;:!?()]{0,150}';
const GAP = '[^.;:!?(),\\u2013\\u2014]{0,80}';
/** The same gap, holding no wish or consent to receive: "jeżeli nie wyrażają Państwo chęci otrzymywania wiadomości" is no trigger. */
/** A full stop between letters is a name ("elektroda.pl"), no break. */
const GAP_WITHOUT_WISH = '(?:(?!otrzym|chec|chce|zgod|zycz)([^.;:!?(),\\u2013\\u2014]|(?<=[a-z])\\.(?=[a-z]))){0,80}';

// Polish. Wording from Magento 2 pl_PL, PrestaShop pl-PL, WooCommerce/MailPoet pl_PL, Shopify pl
// checkout strings, Shoper and IdoSell shops, and the consent boxes Polish law shapes ("Wyrażam zgodę
// na otrzymywanie informacji handlowych drogą elektroniczną", "Nie wyrażam zgody…", "zaufani partnerzy").
// Polish declines its nouns: patterns are stems ("newslett", "ofert", "informacj[a-z]* handlow").
// "ł" has no decomposition, so it stays in normalised text: write "[łl]" where it occurs, and never
// start a pattern with it (it is no word character for `\b`).
export const pl: Lexicon = {
  lang: 'pl',
  // Distinctive function words. "i" and "do" are English stopwords too and only cancel out.
  stopwords: [
    'i', 'w', 'z', 'ze', 'na', 'do', 'od', 'sie', 'nie', 'oraz', 'lub', 'przez', 'dla', 'jako', 'aby', 'by', 'jest', 'sa', 'tak', 'mnie', 'mi', 'moich', 'moje', 'moj', 'moja',
    'moim', 'mojego', 'mojej', 'twoj', 'twojej', 'twojego', 'nasz', 'naszego', 'naszych', 'nasze', 'naszej', 'naszym', 'tej', 'tym', 'ten', 'przeze', 'jak', 'ktore',
    'chce', 'chcesz', 'chciałbym', 'chciałabym', 'wyrazam', 'zgode', 'zgody', 'zgoda', 'zgadzam', 'akceptuje', 'otrzymywac', 'otrzymywanie', 'prosze', 'adres', 'adresu', 'danych', 'zapisz', 'moge',
  ],
  // "Zapisz się do naszego newslettera" (PrestaShop pl-PL), "Otrzymuj oferty od naszych partnerów",
  // "Wyrażam zgodę na otrzymywanie informacji handlowych" (Shoper, IdoSell), "Wyślij mi e-maile z aktualnościami i ofertami" (Shopify pl)
  marketing: [
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Wyslijcie mi urodzinowa niespodzianke"
    'urodzinow[a-z]* (niespodzian|prezent|rabat|znizk|kupon|bon|upominek|upomink|ofert)[a-z]*', '(niespodzian|prezent|rabat|znizk|kupon|bon|upominek|upomink|ofert)[a-z]* urodzinow',
    '(niespodzian|prezent|rabat|znizk|kupon|bon|upominek|upomink)[a-z]*( [a-z]+){0,4} (na|z okazji) (moje |twoje |swoje |twoich |moich )?urodzin',
    // Not the occasion ("z okazji świąt", "przy okazji") nor the public-records site ("Biuletyn Informacji Publicznej")
    'newslett', 'biuletyn(?![a-z]* informacji publicznej)', 'ofert', 'promocj', 'promocyjn', 'rabat', 'kupon', 'zniz(k|ek)', 'wyprzedaz', '(?<!(\\bz|przy|z tej) )okazj', 'obniz(k|ek)', 'reklam(?!acj|acyj)', 'marketing',
    'informacj[a-z]* (handlow|marketingow|reklamow|promocyjn)', '(kontakt|cel|zgod)[a-z]* (handlow|reklamow|promocyjn)', '(tresci|komunikacj[a-z]*|komunikat[a-z]*|wiadomosc[a-z]*|materia[łl][a-z]*|korespondencj[a-z]*) handlow', 'nowosci', 'now(ych|e|ej|a|ymi) (produkt|kolekcj)',
    // Joining a list, not a product put on one: "Zapisz mnie na listę VIP", "Dołącz do naszej listy"
    '((zapisz|zapisac|zapisuje|dodaj|dopisz|dodac) (mnie|sie)|do[łl]acz[a-z]*) (na |do )(nasz[a-z]* )?list(a|e|y)\\b(?! (zakupow|zyczen|ulubionych|prezentow|oczekujacych|rezerwow|produktow|porownan|uczestnik|obecnosci)[a-z]*)',
    'mailing', 'list[a-z]* (wysy[łl]kow|subskrybent|odbiorcow|dystrybucyjn)', 'subskrypcj', 'subskryb', 'zasubskrybuj', 'prenumerat', 'wczesn[a-z]* dostep(?![a-z]* do (nowych )?(funkcj|wersj|beta|test))', 'badani[a-z]* (rynku|opinii)',
    // "Zapisz się": signing up with no object is the newsletter (Magento 2 pl_PL).
    '(zapisz (sie|mnie)|zapisuje sie|zapisac sie)(?= ?[.!?"]* ?$)', '(wypisz|wypisac|usun|z?rezygnuj[a-z]*|z?rezygnowac|odsubskrybuj)( mnie| sie)? (ze|z|od) wszystkich (przysz[łl]ych )?(list|subskrypcj|wysy[łl]ek|mailing|newsletter|wiadomosci|e-?maili|maili|komunikacj)[a-z]*', '(wypisz|wypisac|wypisuje) (sie|mnie)(?= ?[.!?"]* ?$)',
    // A do-not-contact flag, as a CRM's "Do Not Call": "Nie dzwońcie do mnie", "Proszę nie kontaktować się ze mną telefonicznie"
    '^(prosze )?(nie )?(dzwon|kontaktuj|kontaktowac)[a-z]*( sie)?( do mnie| ze mna)?( telefonicznie| mailowo| e-?mailem)?\\s*[.!]?$',
    // A newsletter's title on a list of choices, with no verb: "Aktualności Mozilli", "Nowinki ze świata Firefoksa"
    '^(najnowsze )?(aktualnosci|nowinki)( (z|ze|od|o) [a-z -]{1,30}| [a-z-]+)?\\s*[.!]?$',
    // Being kept informed, with nothing else said, is the newsletter: "Informujcie mnie", "Chcę być informowany"
    '(informuj(cie)?) mnie\\s*[.!]?$', '(chce |chcia[łl]bym |chcia[łl]abym )?byc informowan[a-z]*\\s*[.!]?$',
    // "Porady, wskazówki i wiadomości ze świata Firefoksa"
    '(porady|wskazowki|wiadomosci|aktualnosci|nowinki)[ ,]+((i|oraz) )?(porady|wskazowki|wiadomosci|aktualnosci|nowosci|oferty|promocje|triki)',
    // "Zgadzam się na udostępnienie moich danych partnerom", "przekazywanie moich danych podmiotom trzecim"
    '(udostep|przekaz|powierz)[a-z]* (moich |mych |twoich |swoich |moje |twoje |mojego |twojego )?(dan(ych|e)|adres[a-z]*( e-?mail)?|numer[a-z]* telefonu)\\b[a-z ]{0,40} (partner|podmiot|firm|spo[łl]e?k|osob[a-z]* trzeci|innym)',
    // The osCommerce / Zen Cart account box for updates on every product: "Zbiorowe informowanie o produktach"
    '(zbiorow|globaln|ogoln)[a-z]* (informowani|powiadomieni)[a-z]* o (wszystkich )?produktach',
    // The telecom-law consent (art. 172 Prawo telekomunikacyjne) exists only for direct marketing:
    // "Wyrażam zgodę na używanie telekomunikacyjnych urządzeń końcowych i automatycznych systemów wywołujących"
    '(uzywani|uzyci|wykorzystywani|wykorzystani|stosowani)[a-z]*( [a-z]+){0,4} telekomunikacyjn[a-z]* urzadzen[a-z]* koncow', 'automatyczn[a-z]* system[a-z]* wywo[łl]ujac',
    // Abandoned-cart mail is marketing (corpus rule): "przypomnienia o porzuconym koszyku", "Przypomnij mi o produktach pozostawionych w koszyku"
    'porzucon[a-z]* (koszyk|zakup)', '(przypomn|przypomin)[a-z]*( [a-z-]+){0,3} o (produkt|towar|artyku[łl]|rzecz)[a-z]*( [a-z]+){0,3} w (moim |twoim |swoim )?koszyku',
    // "Chcę otrzymywać spersonalizowane rekomendacje"
    '(spersonalizowan|personalizowan|indywidualn)[a-z]* (rekomendacj|polecen)[a-z]*',
    // "Zaznacz wszystkie zgody": one tick gives marketing and the terms together
    '(zaznacz|akceptuj[a-z]*|wyrazam) wszystkie( powyzsze)? zgod',
  ],
  // "Otrzymuj wiadomości o Firefoksie", "proszę o przesyłanie mi aktualizacji", "Bądź na bieżąco"
  weakMarketing: [
    // Product suggestions and recommendations, by mail or other channel: "przesylanie na moj adres e-mail propozycji produktow"
    'propozycj[a-z]*( [a-z]+)? (produkt|ofert)[a-z]*',
    'wiadomosc', 'informacj', 'aktualnosc', 'aktualizacj',
    // An e-mail received, not "e-mailem" (by e-mail, a receiving word) nor "adres e-mail"
    '(?<!(adres|na|przez|poprzez|twoj|moj|swoj) )e-?mail(e|i|a|u|ach|ami)?\\b', '(?<!-)mail(e|i|a|ami|ach|u)?\\b', 'powiadomie', 'porad', 'wskazowk', 'komunikat', 'na biezaco', 'katalog', 'nowink',
    'wydarzen', 'inspiracj',
    // A cause's own and further actions and appeals: "informował mnie o swoich kampaniach", "o kolejnych kampaniach", "apele i petycje"
    '(kolejn|now|inn|przysz[łl]|sw|nasz)[a-z]* (petycj|apel|kampani|akcj|zbiork)', 'apel(e|i|ow|ach)\\b',
    // How a petition or campaign goes on: "Informujcie mnie o postępach petycji", "o dalszym przebiegu kampanii"
    '(postep|przebieg|losach|losy|wynik)[a-z]* (tej |tego |naszej |naszego )?(petycj|kampani|akcj|zbiork)',
    // Content picked for the person: "Chcę otrzymywać spersonalizowane treści"
    '(spersonalizowan|personalizowan|dopasowan)[a-z]* tresc',
    // Recommendations, the shop's leaflet: "Chcę otrzymywać rekomendacje produktów", "gazetka promocyjna"
        // … and the members' or customers' magazine as the thing sent (not "w magazynie", in stock): "Wysyłajcie mi magazyn dla klientów"
    'rekomendacj', 'gazetk', 'magazyn(y)?\\b',
    // A blog's new posts (Jetpack), news of new features: "Powiadom mnie o nowych wpisach poprzez e-mail", "Informuj mnie o nowych funkcjach"
    'nowych (wpis|artyku[łl]|post|publikacj)[a-z]*', 'o nowych funkcj', '(?<!(przez|poprzez) )sms(y|ow|ami)?\\b(?!-?em)', 'newsy\\b', 'jako pierwsz[a-z]*',
    // "ekskluzywne" alone is a product word ("ekskluzywne opakowanie"): only with a receiving verb
    // Perks received: "Chcę dołączyć do klubu i otrzymywać korzyści", "otrzymuj przywileje"
    'korzysc', 'przywilej',
    'ekskluzywn', 'produkt[a-z]* i us[łl]ug',
  ],
  // "otrzymywać", "otrzymywanie", "przesyłanie", "wysyłanie", "zapisz się", "dodaj mnie", "informować mnie"
  // Not the parcel: "Dołącz wiadomość do przesyłki" is a gift message
  receiving: [
    'otrzym', 'przesy[łl](?!k|ce\\b|ek\\b)', 'przes[łl]a', 'wysy[łl]a', 'wys[łl]a', 'wyslij mi', 'wyslijcie mi', 'dostawa(c|nie)\\b', 'dosta(c|ne)\\b', 'zapis[a-z]* (sie|mnie)', 'dodaj mnie', 'dodan[a-z]* do',
    'subskryb', 'prenumer', '(po)?informowa', '(po)?informuj', 'powiadamia', '(powiadom|zapr[ao]s)[a-z]* (mnie|nas)\\b', 'kontaktowa', 'kontakt[a-z]* (ze mna|telefoniczn|mailow|sms)', '(badz|byc|bede) na biezaco', 'droga elektroniczna', 'e-?mailem', 'sms-?em',
  ],
  // "Chcę otrzymywać powiadomienia SMS o statusie przesyłki", "Masz kod rabatowy?", "Wyślij mi fakturę e-mailem"
  neverMatch: [
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?maile?|e-?maili|wiadomosci)( [a-z]+)? (w|jako) (formacie )?(html|tekst)\\b',
    // Software, account and security notices, ad blocking, one-time codes: "Blokuj reklamy i elementy śledzące", "Otrzymuj kod SMS",
    // "automatyczne aktualizacje oprogramowania", "powiadomienia o nadchodzących wydarzeniach" (calendar)
    `(blokuj|blokowani|blokowac|ukryj|wy[łl]acz)[a-z]* (reklam|element[a-z]* sledzac|tracker)[a-z]*${CLAUSE}`,
    '(kod|has[łl]o)[a-z]* (sms|weryfikacyjn|jednorazow|autoryzacyjn)[a-z]*', 'sms[a-z]* (z kodem|weryfikacyjn|autoryzacyjn)[a-z]*',
    '(automatyczn[a-z]* )?(aktualizacj|uaktualnie)[a-z]* (oprogramowania|systemu|aplikacji|automatyczn[a-z]*|bezpieczenstwa|wersji)', 'automatyczn[a-z]* aktualizacj[a-z]*',
    `((e-?mail[a-z]*|wiadomosc[a-z]*) (z )?)?(informacj|powiadomie|wiadomosc|e-?mail|alert)[a-z]*( [a-z]+){0,3} (o|dotyczac[a-z]*|w sprawie) (zmian[a-z]* (w|na) )?(moim |moje |moich |twoim |twoje |twoich )?(kont|koncie|logowa|bezpieczenstw(?![a-z]* (i|oraz) prywatnosc)|has[łl]|sesj|urzadze)[a-z]*${CLAUSE}`,
    'powiadomie[a-z]* o (nadchodzacych |zblizajacych sie )?wydarzen[a-z]*',
    `(powiadomi|informacj|informowa|wiadomosc|sms|e-?mail|aktualizacj|komunikat)[a-z]*[a-z ]{0,30} (o|dotyczac[a-z]*|na temat) (statusie |stanie |realizacji |sledzeniu |zmianie statusu )?(mojego |mojej |moich |moim |twojego |twojej |twoich |twoim |swojego |swojej |swoich |swoim |mego |mym )?(zamowieni|przesy[łl](k|c)|pacz(k|c)|dostaw|wysy[łl](k|c)|zakup|konta|rezerwacj|zg[łl]oszeni|zapytani|reklamacj|napraw|zwrot|gwarancj|serwis|wizyt|spotkani|spotkan\\b|zabieg|konsultacj|termin[a-z]* (wizyt|spotkan|zabieg|konsultacj|rezerwacj))${CLAUSE}`,
    `${SENTENCE}\\b(sledzeni[a-z]*|potwierdzeni[a-z]*|status[a-z]*|numer[a-z]*( przesy[łl]ki| paczki)? do sledzenia|numer[a-z]*|link[a-z]* do sledzenia) (zamowieni|przesy[łl]k|paczk|dostaw)${SENTENCE}`,
    // "Wyślij mi e-mail, gdy zamówienie zostanie wysłane"
    `${SENTENCE}\\b(gdy|kiedy|jak tylko|po tym jak) (moje |twoje )?(zamowienie|przesy[łl]ka|paczka) (zostanie|bedzie|jest|zosta[łl]a|zosta[łl]o) (wys[łl]an|nadan|dostarczon|gotow|zrealizowan)${CLAUSE}`,
    // The status of anything the customer started, and one product's price: "informacje o statusie naprawy", "o zmianie ceny tego produktu"
    `(powiadomi|informacj|informowa|wiadomosc|sms|e-?mail|aktualizacj|komunikat)[a-z]*[a-z ]{0,30} (o|dotyczac[a-z]*|na temat) (statusie|stanie|postepie|przebiegu) (?!(tej |tego )?(petycj|kampani|akcj|zbiork))[a-z]+${CLAUSE}`,
    // News of one's own trip, event or ticket, not offers for it: "SMS-y z informacjami o moim wydarzeniu", "powiadomienia o mojej podróży";
    // not "o swoich wydarzeniach", which are the sender's
    `(powiadomi|informacj|informowa|wiadomosc|sms|e-?mail|aktualizacj|komunikat|alert)[a-z-]*(?:(?!ofert|promocj|rabat|znizk|nowosc)[a-z ]){0,30} (o|dotyczac[a-z]*|na temat|w sprawie) ((m|tw)o(jego|jej|ich|im)|mego|mym|mej) (wydarzen|podroz|lot|bilet|seans|koncert|wyjazd|pobyt|przejazd|wycieczk|rejs|imprez|spektakl|mecz)[a-z]*${CLAUSE}`,
    '(powiadom|poinformuj)[a-z]* (mnie )?o (obnizce|spadku) ceny', `((powiadomi|informacj|informowa|wiadomosc|sms|e-?mail|alert)[a-z]*[a-z ]{0,30} o )?(zmian|obnizc)[a-z]* ceny\\b${CLAUSE}`,
    '(masz|posiada[a-z]*|mam) (karte podarunkow[a-z]* (lub|albo|i) )?(kod[a-z]* )?(kod|kupon|bon|voucher)[a-z]*( rabatow[a-z]*| promocyjn[a-z]*)?',
    // Taking part in a promotion or contest is no marketing: "Akceptuję Regulamin Promocji", "uczestniczenia w promocji"
    'regulamin[a-z]* (promocji|konkursu|akcji|loterii|programu)',
    // Running the contest itself: "wyłącznie w celu przeprowadzenia niniejszej Promocji", "Uczestnikom Promocji"
    '(przeprowadz|realizacj|organizacj|obs[łl]ug|rozstrzygn|uczestni)[a-z]* (niniejszej |tej |naszej |danej )?(promocji|konkursu|loterii)\\b', '(udzia[łl][a-z]*|uczestnic[a-z]*|wziac udzia[łl]) w (promocji|konkursie|akcji|loterii|programie)',
    // A discount or coupon as a shop feature or a price, not a message: "Aktywuj rabat", "Wpisz swój kod kuponu", "Kwota rabatu",
    // "Stała wartość zniżki dla całego koszyka", "Rabat na cały koszyk", "Cena promocyjna" (WooCommerce, PrestaShop, Magento pl)
    '(podaj|wpisz|wprowadz|uzyj|dodaj|zastosuj|nie uzywaj|aktywuj|deaktywuj|dezaktywuj|w[łl]acz|wy[łl]acz|uwzglednij|usun|oblicz|nalicz|wykorzysta|zrealizuj|zrealizowa|uzyc|edytuj|anuluj|aktualizuj)[a-z]* ((tutaj|tu|ponizej|ponizszy|ponizsze) )?(swoj[a-z]* |nowy |nowa |ten |ta |te )?(kod[a-z]* )?(kod|kupon|bon|rabat|znizk)[a-z]*( rabatow[a-z]*| promocyjn[a-z]*| kupon[a-z]*)?',
    '(kwot|wartos|sum|rodzaj|typ|wysokos|limit)[a-z]* (ca[łl]kowit[a-z]* )?(rabat|znizk|kupon|ofert)[a-z]*', '(rabat|znizk)[a-z]* (netto|brutto|ilosciow|procentow|kwotow|wysy[łl]kow|dla (student|senior|emeryt|dziec|rodzin|nauczyciel)|na (ca[łl]y |ca[łl]e )?(koszyk|zamowieni|produkt|wysy[łl]k|dostaw))[a-z]*',
    // Loyalty points spent, a shop feature: "Wymień punkty na rabat", "Użyj punktów, aby otrzymać zniżkę"
    `(wymien|zamien|wykorzyst|uzyj|uzyc|przelicz)[a-z]* (swoje |moje |zebrane )?punkt[a-z]*${SENTENCE}`,
    '(cen|wartos|razem|sum|kwot)[a-z]* (promocyjn[a-z]*|rabatow[a-z]*|wyprzedazy|obnizon[a-z]*|z (rabatem|znizka))',
    // A sum before or after its discounts: "Suma pozycji (przed rabatami)", "Liczy się wartość produktów po rabatach"
    '(przed|po) (uwzglednieniu |odliczeniu |zastosowaniu )?(rabat|znizk|obnizk|obnizc)[a-z]*', '(jest|sa) (w promocji|na wyprzedazy)', '^(produkty |towary |artyku[łl]y )?(w promocji|na wyprzedazy|przecenione)\\s*[.!]?$',
    // Coupon rules and the advertised price: "Zaznacz jeśli ten kupon nie może być użyty z innymi kuponami", "Minimalna Reklamowana Cena" (MAP)
    '(kupon|rabat|znizk|kod)[a-z]*( [a-z]+){0,4} (uzyt|uzywan|stosowan|zastosowan|[łl]aczon|[łl]aczy)[a-z]* (z|ze) (innymi |inna |innym )?(kupon|rabat|promocj|znizk)[a-z]*', 'reklamowan[a-z]* cen[a-z]*',
    // A call to use a sale, the whole label: "Skorzystaj z wyprzedaży"
    '^skorzystaj z (wyprzedaz|promocj|ofert|rabat|znizk|okazj)[a-z]*\\s*[.!]?$',
    // An offer as a listing or a quote on a marketplace: "Dodaj produkty do oferty", "Odrzuć ofertę", "Prześlij wniosek o ofertę";
    // an order bump adds a product to the purchase (CheckoutWC pl): "Tak! Proszę dodać tę ofertę do mojego zamówienia"
    '(dodaj|dodac|dodan|przenies)[a-z]*( [a-z]+){0,2} do ((mojego |swojego |twojego )?(zamowieni|koszyk)|ofert)[a-z]*', '(odrzuc|przyjmij|zaakceptuj|anuluj|negocjuj)[a-z]* (te |ta |tej )?ofert[a-z]*', 'wnios[a-z]* o (ofert|wycen)[a-z]*',
    '(z[łl]oz|zaproponuj|zaproponowac|z[łl]ozyc|wys[łl]ac|wyslij) (w[łl]asn[a-z]* |swoj[a-z]* )?(ofert|propozycj|kontroferte|cene\\b|cene)',
    `(pokaz|wyswietl)[a-z]*${CLAUSE}\\b(w|na) (aplikacji|serwisie|sklepie|koszyku|przegladarce|stronie|witrynie|platformie)\\b${CLAUSE}`,
    // Advertising shown on a page, not sent: "aby wyświetlać Ci dopasowane reklamy", "pokazywać spersonalizowane reklamy"
    `(wyswietl|pokaz)[a-z]* (ci |panu |pani |wam |uzytkownikom )?([a-z]+ ){0,2}reklam[a-z]*${CLAUSE}`,
    // Order status kept up to date on the account: "Zakładając konto będziesz mógł … być na bieżąco ze statusem zamówień"
    'na biezaco (ze? |w sprawie )?(status|stan|realizacj|przebieg|postep|sledzeni)[a-z]*( [a-z]+){0,2} (zamowie|przesy[łl]|pacz|dostaw|zg[łl]osze|napraw|reklamacj|rezerwacj)[a-z]*',
    // A message the person sends to the seller: "Twoja wiadomość została pomyślnie wysłana do właściciela sklepu", "Wyślij e-mail do sprzedawcy"
    `(wys[łl]a|wysy[łl]a|wyslij|przeslij|przes[łl]a|przesy[łl]a|napisz|napisa)[a-z]*( [a-z-]+){0,3} do (w[łl]asciciel|sprzedawc|sprzedajac|administrator|autor|organizator)[a-z]*${CLAUSE}`,
    // Recommendations shown in the service, not sent: "w celu profilowania i przedstawiania spersonalizowanych rekomendacji", "wyświetlanie dopasowanych poleceń"
    `(wyswietl|pokazywa|pokazani|przedstawia|przedstawie|prezentowa)[a-z]* (ci |panu |pani |wam |uzytkownikom )?([a-z]+ ){0,2}(rekomendacj|polecen)[a-z]*${CLAUSE}`,
    `(wyslij|przeslij|przesy[łl]a|wysy[łl]a|otrzym)[a-z]*[a-z\\- ]{0,30}(faktur|paragon|rachun|potwierdzeni|pokwitowani|zaswiadczeni)${CLAUSE}`,
    // The customer writes to the shop: "Możesz wysłać nam e-mail", "Napisz do nas"
    `(wys[łl]a|wysy[łl]a|wyslij|przeslij|przes[łl]a|przesy[łl]a|napisz|napisa|pisz)[a-z]* (do )?(nam|nas)\\b${CLAUSE}`,
    // What the person sent, stored to answer them, and feedback on it (WS Form pl): "Wyrażam zgodę na przechowywanie przez Empik
    // przesłanych przeze mnie informacji, aby mogli odpowiedzieć na moje zapytanie", "otrzymać informację zwrotną"
    '(prze|wy)(s[łl]|sy[łl])an[a-z]* przeze mnie', 'informacj[a-z]* zwrotn',
    // Review requests without a promised discount: "zaproszenie do wystawienia opinii o zakupie"
    'zaproszeni[a-z]* do (wystawienia |napisania |dodania )?(opinii|oceny|recenzji)', 'prosb[a-z]* o (opinie|ocene|recenzje|wystawienie)',
    // A mail asking for one, unless a reward is promised: "Wyślij mi e-mail z prośbą o ocenę produktów po dostawie"
    `(?![^.;:!?]{0,200}\\b(rabat|znizk|kupon|bon|nagrod|punkt)[a-z]*)${BEFORE}\\b(prosb[a-z]* o|zaproszeni[a-z]* do) (wystawienia |napisania |dodania )?(opini|ocen|recenzj|wystawieni)[a-z]*${CLAUSE}`,
    // The coupon field and ad personalisation: "Włącz pole kuponu w kasie", "Reklamy spersonalizowane"
    'pol(e|a|u) (kod[a-z]* )?(kupon|rabat|znizk|bon|promocyjn)[a-z]*', '^((spersonalizowan|personalizowan|dopasowan)[a-z]* reklam[a-z]*|reklam[a-z]* (spersonalizowan|personalizowan|dopasowan)[a-z]*)\\s*$',
    // Cookie categories: "Targetowanie i reklama", "pliki cookies reklamowe", a category's one word as the whole label: "Reklama", "Marketing";
    // usage data the person sends: "wysyłając anonimowe informacje dotyczące mojej konfiguracji"
    `${CLAUSE}\\b(cookies?|ciasteczk[a-z]*|plik[a-z]* cookie)\\b${CLAUSE}`, '((targetowanie|ukierunkowan[a-z]*|profilowanie|personalizacj[a-z]*) (i|oraz) |^)(reklam[a-z]*|marketing)\\s*$', '(anonimow|diagnostyczn)[a-z]* (informacj|dan|statystyk|raport)[a-z]*',
    `(mierzeni[a-z]*|pomiar[a-z]*) (skutecznosci|efektywnosci|ogladalnosci)${CLAUSE}`,
    // Forum and site notices: "gdy ktoś odpowie na mój komentarz"
    `${BEFORE}\\b(gdy|kiedy|jesli|jezeli) (ktos|inny uzytkownik|uzytkownik)${CLAUSE}`, '(odpowiedz[a-z]*|komentarz[a-z]*) (na|do) (moj|moje|moich|mojego)',
    '(ponownie|znow) (dostepn|w magazynie)', 'powiadom[a-z]* o dostepnosci', 'alert[a-z]* cenow', 'spad[a-z]* ceny',
    // A paid plan, not a mailing: "Subskrypcja indywidualna", "Subskrypcja zawodowa", "Nasze plany subskrypcji"
    'subskrypcj[a-z]* (p[łl]atn|miesieczn|roczn|premium|indywidualn|zawodow|firmow|biznesow|rodzinn|studenck|podstawow|standardow)', '(plan|pakiet|cennik)[a-z]* subskrypcj', '(subskrypcj|subskryb|prenumerat)[a-z]* (tego |ten )?(produkt|zamowieni|dostaw)[a-z]*', 'prenumerat[a-z]* (czasopism|magazyn|gazet|p[łl]atn|roczn|miesieczn)[a-z]*',
    // Comment, reply and forum notices: "Informuj mnie o odpowiedziach poprzez e-mail", "Subskrybcja bez komentowania"
    `(powiadom|powiadamia|informuj|informowa|e-?mail|subskryb|subskrypcj|obserwuj|sledz)[a-z]*[a-z ]{0,30}\\b(komentarz[a-z]*|odpowiedz[a-z]*|watk[a-z]*|watek|dyskusj[a-z]*|wzmian[a-z]*|wpis)\\b${CLAUSE}`,
    `${CLAUSE}\\bbez (zostawiania |dodawania |pisania |pozostawiania )?(komentarz|komentowani)[a-z]*${CLAUSE}`,
    // A trigger on site activity, not a mailing: "Wyślij mi email kiedy zostanie dodany wpis"
    `${BEFORE}\\b(gdy|kiedy|jesli|jezeli|jak tylko)\\b${GAP_WITHOUT_WISH}\\b(wpis|post|komentarz|odpowiedz|wiadomosc|temat|watek|watk|artyku[łl]|og[łl]oszeni|aukcj)[a-z]*\\b${CLAUSE}`,
    // A change to one's own listing or profile: "Wyślij mi e-mail, gdy zmieni się coś w moim ogłoszeniu"
    `${BEFORE}\\b(gdy|kiedy|jesli|jezeli|jak tylko)\\b${GAP}\\b(moim|mojej|moje|mojego|moich) (og[łl]oszeni|profil|aukcj|konci|kont)[a-z]*\\b${CLAUSE}`,
    // Platform activity while away: "Otrzymuj powiadomienia, aby dowiedzieć się, co się dzieje, gdy nie jesteś na platformie"
    `${BEFORE}\\b(gdy|kiedy) (cie )?nie (ma cie|jestes|jestescie) (na|w|online|zalogowan)[a-z]*${CLAUSE}`,
    // Notification settings: "Wysyłaj powiadomienia na Email", "Wysyłaj powiadomienia pocztą e-mail" (Decidim pl), "Nie wysyłaj wiadomości e-mail dla tych rodzajów powiadomień"
    `(wiadomosc[a-z]* )?(e-?mail[a-z]*|wiadomosc[a-z]*) (z|dla|o) (tych |wszystkich |tego )?(rodzaj[a-z]* |typ[a-z]* )?powiadomie[a-z]*${CLAUSE}`, 'powiadomie[a-z]* (na|przez|poprzez|droga|poczta) (adres )?(e-?mail|poczt|elektroniczn)[a-z]*', 'powiadomie[a-z]* (e-?mail|mailow|sms)[a-z]*\\b(?! o\\b| na temat)',
    '(wiadomosc|powiadomie|komunikat|e-?mail)[a-z]*( e-?mail)? (systemow|z systemu|techniczn|serwisow|administracyjn|transakcyjn)[a-z]*',
    `(e-?mail[a-z]*|wiadomosc[a-z]*|sms[a-z-]*)?( z)? ?(aktualizacj|powiadomie|informacj|status)[a-z]*( (o|dotyczac[a-z]*|do|dla))? (zamowien|przesy[łl](k|c)|pacz(k|c)|dostaw|wysy[łl](k|c))[a-z]*${CLAUSE}`,
    // Filters and display settings, not messages: "Pokaż oferty"
    `^(pokaz|wyswietl|ukryj|sortuj|filtruj|szukaj|tylko|wy[łl]acznie)\\b${CLAUSE}`,
    // The terms of an offer, a paid subscription, a feed: "Akceptuję warunki oferty", "Odnów subskrypcję", "Subskrybuj kanał RSS"
    '(warunk[a-z]*|regulamin[a-z]*|szczego[łl][a-z]*|tresc[a-z]*) (tej |niniejszej )?ofert[a-z]*', '(odnow|przed[łl]uz|op[łl]ac|(wy)?kup|zamow|rozpocz)[a-z]* (moja |swoja |w |jako )?(subskrypcj|prenumerat|abonament)[a-z]*',
    '(subskrypcj|subskrybuj)[a-z]* (rss|kana[łl]|kalendarz|powiadomie|forum|kategori|dzia[łl]|tag)[a-z]*', '(regulamin|warunk|zasad)[a-z]* (promocji|konkursu|akcji|loterii|programu|oferty)',
    // Listings on a marketplace, messages from other people, a bare notification switch: "Obserwuj tę ofertę", "wiadomości od administratorów", "Otrzymuj powiadomienia"
    '(obserwuj|obserwowan|dodaj|usun|edytuj|zapisz|udostepnij|zg[łl]os|zobacz|porownaj|publik|opublikuj|wyroz|wystaw)[a-z]* (te |ta |tej |moja |moje |mojej |moich |swoj[a-z]* |twoja )?ofert[a-z]*', 'ofert[a-z]* (do|z|ze) (obserwowanych|ulubionych|koszyka|schowka)',
    '(wiadomosc|e-?mail)[a-z]*( e-?mail)? od (innych )?(administrator|uzytkownik|cz[łl]onk|sprzedawc|moderator|osob)[a-z]*', `(pozwol|zezwol|zezwalaj|umozliw)[a-z]* (innym )?(uzytkownik|cz[łl]onk|osob|klient|odwiedzajac|kupujac|gosci)[a-z]*${CLAUSE}`,
    // What the shop's customers may do, an admin setting: "Klienci mogli odbierać swoje oferty", "Klienci mogą zapisać się do newslettera"
    `(klienci|uzytkownicy|kupujacy|odwiedzajacy) (moga|mogli|beda mogli|maja mozliwosc)\\b${CLAUSE}`,
    // A reason to report a post (Decidim pl): "Zawiera clickbaity, reklamy, oszustwa lub wrogie skrypty"
    '(clickbait[a-z]*|reklam[a-z]*|spam),? (lub |i |oraz )?(oszustw|clickbait|spam|reklam)[a-z]*',
    // Shown on the person's own page, not sent (Decidim pl): "aby otrzymywać związane z nimi wydarzenia na swojej stronie profilowej"
    `${GAP}\\b(na|w) (swo|mo|two)(jej|im) (stronie profilowej|profilu|osi czasu|tablicy|panelu)\\b${CLAUSE}`,
    // An admin switch for a channel, a paid subscription billed until cancelled: "Włącz wysyłanie SMS",
    // "Autoryzuję Mozillę do obciążania mojej metody płatności … do czasu anulowania mojej subskrypcji"
    '^(w[łl]acz|wy[łl]acz|aktywuj|dezaktywuj)[a-z]* (wysy[łl]ani[a-z]*|wysy[łl]k[a-z]*) (sms|e-?mail|wiadomosci|powiadomie)[a-z-]*\\s*$',
    `(obciaz|p[łl]atnosc|odnawian|odnowieni)[a-z]*${BEFORE}\\b(subskrypcj|prenumerat|abonament)[a-z]*\\b(?! (newslett|biuletyn))${CLAUSE}`,
    'powiadomie[a-z]*\\s*[.!]?$',
    // A mail on the person's own site activity (Decidim pl): "Chcę otrzymywać wiadomości e-mail za każdym razem gdy otrzymuję powiadomienie",
    // "… gdy ktoś odpowie na mój komentarz"
    `(e-?mail|wiadomosc|powiadomie|sms)[a-z]*( e-?mail)?,? (za kazdym razem,? )?(gdy|kiedy) (otrzym|dostaj|dostan|mam\\b|moj)[a-z]*${CLAUSE}`,
    'powiadomie[a-z]* o (nowych )?(wiadomosc|odpowiedz|komentarz)[a-z]*',
    // Private messages, account mails, copies and reminders: "wiadomości prywatne", "e-mail z potwierdzeniem", "Wyślij mi kopię wiadomości"
    // New posts in a thread or forum: "Powiadom mnie o nowych postach w tym temacie"
    '(nowych |nowe )?(post|wpis|odpowiedz|wiadomosc)[a-z]* (w|na) (tym |tej |moim |mojej )?(temac|watk|forum|grup|dyskusj|obserwowan[a-z]* (dzia[łl]|kategori|sekcj|temat|watk|forum|grup))[a-z]*',
    // Mails about private messages, digests of site notices: "Otrzymuj e-maile o wiadomościach bezpośrednich", "Otrzymuj podsumowanie powiadomień dotyczących propozycji" (Consul pl)
    '((e-?mail[a-z]*|wiadomosc[a-z]*|powiadomie[a-z]*)( e-?mail)? o )?((prywatn|osobist|bezposredni)[a-z]* wiadomosc[a-z]*|wiadomosc[a-z]* (prywatn|bezposredni)[a-z]*)', 'wiadomosc[a-z]* od (innych )?(uzytkownik|cz[łl]onk|osob)[a-z]*',
    '(dzienn[a-z]* |tygodniow[a-z]* )?podsumowani[a-z]* (powiadomie|aktywnosci)[a-z]*',
    // Reward points, events: "Subskrybuj aktualizacje salda" (Magento Enterprise_Reward pl_PL), "Zapisz się na wydarzenie"
    '((subskryb|subskrypcj|zapis)[a-z]* (sie )?(na |do )?)?(aktualizacj|powiadomie|informacj)[a-z]* (o |dotyczac[a-z]* )?(stan[a-z]* |wygasnie[a-z]* )?(salda|punkt[a-z]*)\\b',
    '(zapis|rejestr)[a-z]* (sie|mnie) (na|do|w) (to |ten |te |tym )?(wydarzeni|szkoleni|kurs|warsztat|webinar|wizyt|zaj[ae]c|konferencj)[a-z]*',
    // "Wysyłamy Ci wiadomość e-mail w celu weryfikacji konta" (PersonaShare)
    `(e-?mail[a-z]*|wiadomosc[a-z]*|link[a-z]*|kod[a-z]*)( e-?mail)? (potwierdzajac|aktywacyjn|weryfikacyjn|powitaln|z potwierdzeniem|resetuj|w celu (weryfikacji|potwierdzenia|aktywacji))[a-z]*${CLAUSE}`,
    // Password and invoice mails: "odnośnik do ustawienia nowego hasła", "Wysłanie wiadomości z resetem hasła", "E-mail z fakturą korygującą"
    `(link|odnosnik|e-?mail|wiadomosc)[a-z]*( [a-zł-]+){0,3} (do |z )?(ustawieni|zresetowani|resetowani|resetem|reset|zmian|odzyskani|zaktualizowani|aktualizacj|uaktualni)[a-z]* (nowego |swojego |twojego |mojego )?has[łl]${CLAUSE}`,
    `(e-?mail|wiadomosc)[a-z]* z (faktur|paragon|rachunk|potwierdzeni|instrukcj)[a-z]*${CLAUSE}`,
    `has[łl][a-z]*[^.;:!?]{0,30}\\b(wys[łl]an|przes[łl]an)[a-z]*${CLAUSE}`,
    // The shop's staff writes to customers, and notices to the admin: "Powiadom klienta e-mailem" (Magento pl_PL),
    // "Pozwól MailPoet wysłać e-mail do klientów", "Wyłącz powiadamianie o zapisie do newslettera za pomocą e-mail"
    `(wys[łl]a|wysy[łl]a|wyslij|przes[łl]a|przesy[łl]a|powiadom|powiadamia|poinformuj|informuj)[a-z]*(?! (mi|mnie)\\b)( [a-z-]+){0,3} (do )?(klient|subskrybent|kupujac|zaproszon)[a-z]*\\b${CLAUSE}`,
    `(powiadom|powiadamia|informowa)[a-z]*( administrator[a-z]*)? o (nowym |nowych )?(zapis|subskrypcj|rezygnacj|subskrybent)[a-z]*${CLAUSE}`,
    // The account's own listings: "Moje oferty", "Moje kupony"
    '^(moj|twoj)[a-z]* (ofert|kupon|rabat|promocj|znizk|bon)[a-z]*\\s*[.!:]?$',
    // A price tag alone, the whole label: "10% rabatu", "20 zł zniżki"
    '^-?\\d+([.,]\\d+)? ?(%|zl|z[łl]|pln|€)? (rabatu|znizki)\\s*[.!]?$',
    // Sort orders and a quote button: "Największy rabat", "Zniżka malejąco", "Zapytaj o ofertę", "Poproś o ofertę"
    '^(najwieksz|najwyzsz|najnizsz)[a-z]* (rabat|znizk|promocj|cen)[a-z]*\\s*$', '(rabat|znizk|cen|ofert)[a-z]*( [a-z]+)?( -)? (rosnaco|malejaco)\\b',
    '(zapytaj|popros|zapytanie|pytanie)[a-z]* o (indywidualn[a-z]* )?(ofert|wycen)[a-z]*',
    // A coupon's own fields and reports (Magento pl_PL, WooCommerce pl): "Limit wykorzystania kuponu", "Raport wykorzystania kuponów promocyjnych", "Data ważności kuponu"
    '(limit|raport|wykorzystani|uzyci|opis|data waznosci|termin waznosci|szczego[łl]|podsumowani)[a-z]* (wykorzystania |uzycia )?(kupon|rabat|znizk)[a-z]*( promocyjn[a-z]*| rabatow[a-z]*| nagrod[a-z]*)?',
    // A coupon field's bare label: "Kod rabatowy", "Kod do otrzymania zniżki"
    '^kod[a-z]*( do (otrzymania|uzyskania))? (rabat|znizk|promocyjn|kupon)[a-z]*\\s*:?$',
    // Where the person heard of the shop, a survey question: "Skąd dowiedziałeś się o promocji?"
    `(skad|jak|gdzie) (sie )?(dowiedzia[łl]|wiesz|us[łl]ysza[łl]|znalaz[łl])[a-z]*${CLAUSE}`,
    // Data handed to the carrier for the delivery: "Wyrażam zgodę na przekazanie moich danych firmie kurierskiej"
    `(udostep|przekaz|powierz)[a-z]*[a-z ]{0,40}\\b(kurier|przewoz|przewoznik|spedycj|operator[a-z]* (pocztow|logistyczn)|poczt[a-z]* polsk|inpost|paczkomat|dpd|dhl|gls|ups|fedex)[a-z]*${CLAUSE}`,
    // Reward balance updates on the account page (Magento pl_PL): "Zapisz się do bilansu aktualizacji"
    `(zapis|subskryb)[a-z]*( sie)? (do |na )?(bilans|sald)[a-z]*${CLAUSE}`, `kopi[a-z]*\\b${CLAUSE}`, 'przypomnie[a-z]*\\b',
    // Sharing for a discount: the shopper posts, the discount is a price: "Udostępnij ten produkt w sieciach społecznościowych, a otrzymasz 15% zniżki"
    `udostepnij\\b(?! (mi |nam )?(moj|moich|moje|swoj)[a-z]* )${SENTENCE}`,
    // A reply to the person's own inquiry: "w celu nawiązania kontaktu oraz przedstawienia oferty naszych usług", "odpowiedzi na zapytanie i przedstawienia wyceny"
    '(nawiazani[a-z]* kontaktu|odpowiedzi na (zapytani|pytani)[a-z]*|obs[łl]ugi (zapytani|pytani)[a-z]*) (oraz|i) (przedstawieni|przygotowani|przes[łl]ani)[a-z]* (oferty|wyceny)(?! handlow| marketingow)',
    // A message the person sent: "Wiadomość wysłana!", "Nie udało się wysłać wiadomości"
    '(wiadomosc[a-z]* (zosta[łl]a )?wys[łl]ana|nie uda[łl]o sie wys[łl]ac)\\b',
    // Updates sent to other people and calendar events: "Wyślij aktualizacje do zaproszonych"
    '(aktualizacj|powiadomie|zaproszeni|wiadomosc)[a-z]*[a-z ]{0,12} (do|dla) (wszystkich )?(zaproszon|uczestnik|gosci|odbiorc)[a-z]*', '(wydarzen|termin)[a-z]* (w |z )?kalendarz[a-z]*',
    // Stock notices and price quotes: "gdy produkt będzie dostępny", "oferta cenowa", "oferty pracy"
    `${BEFORE}\\b(gdy|kiedy|jak tylko|jesli)\\b${GAP}\\b(bedzie|jest|stanie sie|zostanie|beda|pojawi sie)( ponownie| znow)? (dostepn|w magazynie|na stanie)[a-z]*${CLAUSE}`, 'dostepnosci\\b', 'ofert[a-z]* (cenow|indywidualn|pracy|staz|praktyk|zatrudnieni)[a-z]*', '(niezobowiazujac|bezp[łl]atn)[a-z]* (ofert|wycen)[a-z]*', 'zapytani[a-z]* ofertow[a-z]*',
  ],
  // "Nie wysyłamy spamu", "Twoje dane nie zostaną przekazane osobom trzecim"
  reassurance: [
    // Data not used for marketing: "Dane … nie są wykorzystywane w celach marketingowych"
    '(nie (sa|beda|zostana)|nigdy nie (sa|beda|zostana)) (wykorzystywan|uzywan|wykorzystan|przetwarzan)[a-z]* (w celach|do celow|dla celow) (marketingow|reklamow|handlow)[a-z]*',
    'bez spamu', 'zero spamu', 'nie (wysy[łl]amy|spamujemy)[a-z ]{0,10}spam[a-z]*', 'nie spamujemy', 'szanujemy (twoja |twoje )?prywatnosc',
    `(nie|nigdy)(?! (chce|wyrazam|zgadzam|akceptuje|zycze|zgodz|pozwalam|chcia|[a-z]*(aj|uj|cie|ac|ic|yc)\\b))${CLAUSE}(przekaz|udostep|sprzeda|odsprzeda|powierz|ujawni)[a-z]*${CLAUSE}(trzeci|partner|innym (firmom|podmiotom))${CLAUSE}`,
  ],
  // "Możesz zrezygnować w każdej chwili", "Wyrejestrowanie możliwe w każdej chwili", "zgoda może być w każdej chwili wycofana"
  unsubscribeNotice: [
    `(rezygn|zrezygn|wypis|wyrejestr|wycof|odwo[łl]a|cofn|sprzeciw|anulow)${CLAUSE}(w (kazdej|dowolnej) (chwili|momencie)|w kazdym (czasie|momencie)|w dowolnym (czasie|momencie)|bezp[łl]atn|link|kazd[a-z]* wiadomosc)${CLAUSE}`,
    `(mozesz|mozna|moge|mozecie|masz mozliwosc|mam prawo|przys[łl]uguje mi prawo|prawo do)[a-z ]{0,20}(rezygn|zrezygn|wypis|wyrejestr|wycof|odwo[łl]a|sprzeciw)${CLAUSE}`,
    `(w (kazdej|dowolnej) (chwili|momencie)|w kazdym (czasie|momencie)|w dowolnym (czasie|momencie))${CLAUSE}(rezygn|zrezygn|wypis|wyrejestr|wycof|odwo[łl]a)${CLAUSE}`,
  ],
  priorNotice: [
    'bedziesz (rowniez |takze |regularnie )*(otrzymywac|dostawac) (nasz |naszego |nasze |naszych )?(newslett|ofert|promocj|informacj[a-z]* handlow)',
    '(mozemy|bedziemy) (przesy[łl]ac|wysy[łl]ac|kierowac) (ci |panu |pani )?[^.]{0,40}(ofert|promocj|newslett|handlow|marketing)',
    'twoj (adres )?e-?mail (bedzie|moze byc) (wykorzystan|uzywan)[^.]{0,40}(ofert|promocj|newslett|handlow|marketing)',
  ],
  // One span per negation, listed first so it is counted once: "nie … ani … ani", "nie … żadnych"
  // "Możesz w każdej chwili bezpłatnie zrezygnować"
  freeOfCharge: ['bezplatn(ie|y|a)\\b', 'nieodplatn(ie|y)\\b', 'za darmo'],
  // "Poproś o bezpłatną wycenę"
  quoteRequest: ['(popros|zamow|zapytaj) o (wycene|oferte)', 'zapytanie ofertowe', '(bezplatna|darmowa) wycena'],
  negators: [
    'nie\\b[^.;:!?]{0,60}?\\b(ani|zadn[a-z]*|nigdy|nic)\\b([^.;:!?]{0,60}?\\b(ani|zadn[a-z]*|nic)\\b)*', 'ani\\b[^.;:!?]{0,60}?\\bani\\b',
    // Negative concord the other way round, one refusal: "Nigdy więcej nie wysyłaj do mnie wiadomości", "Żadnych ofert nie chcę"
    '(nigdy|zadn[a-z]*|nic)\\b[^.;:!?]{0,60}?\\bnie\\b([^.;:!?]{0,60}?\\b(ani|zadn[a-z]*|nic)\\b)*',
    'nie\\b', 'nigdy\\b', 'zadn(ych|ej|ego|e|a|y)\\b', 'ani\\b',
    // The "without" option of a choice: "Bez newslettera" (not "bez zobowiązań", "bez spamu")
    '^bez (newslett|biuletyn|ofert|reklam|marketing|powiadomie|e-?mail|informacj|promocj)',
  ],
  // "Zrezygnuj z newslettera", "Usuń mnie ze wszystkich subskrypcji", "Wypisz mnie", "Sprzeciwiam się";
  // "Chcę zrezygnować z subskrypcji", "Przestań wysyłać mi e-maile", "Odmawiam zgody", "Cofam zgodę"
  // "Nie mam konta, ale chcę otrzymywać newsletter"
  contrasts: ['ale\\b', 'lecz\\b', 'jednak\\b'],
  conditions: ['jesli\\b', 'jezeli\\b', 'gdy\\b', 'o ile\\b'],
  negativeVerbs: ['odsubskryb', 'rezygnuj', 'zrezygnuj', 'z?rezygnowa', '(?<!(koszt[a-z]*|ubezpiecz[a-z]* od) )rezygnacj', 'wypisz', 'wypisac', 'wypisanie', 'usun', 'wyrejestr', 'anuluj', 'sprzeciw', 'wycofuj', 'odmaw', 'odmow', 'cof(am|nij|nac|niecie)\\b', 'przesta(n|c|ne)\\b', 'opt-?out'],
  missVerbs: ['przegap', 'przeocz', 'stracic', 'omin'],
  // "Odznacz, jeśli nie chcesz otrzymywać od nas e-maili"
  untickInstructions: ['odznacz', 'usun (zaznaczenie|znacznik|ptaszek|haczyk)', 'odhacz'],
  // "Zaznacz, jeśli nie chcesz otrzymywać newslettera"
  tickInstructions: ['zaznacz', 'zaznaczajac', 'zaznaczenie (tego |tej )?(pola|opcji|checkboxa)', 'kliknij (w )?(pole|checkbox)'],
  yes: ['tak\\b', 'tak,? (chce|chce|prosze|zgadzam|wyrazam)'],
  no: ['nie\\b', 'nie,? dziekuje'],
  answerValues: [['tak', 'nie']],
  // Shoper/IdoSell `zgoda_marketingowa`, `zgoda_handlowa`; PrestaShop pl `newsletter`, `optin`
  fieldNames: {
    marketing: ['zgoda_?marketingowa', 'zgoda_?handlowa', 'zgoda_?newsletter', 'biuletyn', 'zgody_?marketingowe'],
    thirdParty: ['partnerzy', 'partnerow'],
    negative: ['rezygnacja', 'wypisz', 'wypisanie'],
    payment: ['platnosc', 'metoda_?platnosci', 'forma_?platnosci', 'numer_?karty'],
    bookkeeping: [],
    listNames: [],
  },
  signupBlocks: ['biuletyn', 'zapisz-sie', 'subskrypcja'],
  filterBlocks: ['filtr'],
  // "Akceptuję regulamin sklepu", "Zapoznałem się z polityką prywatności i…", "Przeczytałem/am i akceptuję regulamin"
  termsAcceptance: [
    // A policy named as the reference ("zgodnie z polityką prywatności") is not accepted: that stays opt-in.
    '(akceptuj|zaakceptowa|zgadzam sie z|zgadzam sie na (warunki|regulamin|postanowienia)|przeczyta|zapozna)[^.;:!?]{0,50}?(?<!(zgodnie z|zgodnie ze|okreslon[a-z]* w|opisan[a-z]* w) )(regulamin|polityk[a-z]* (ochrony )?(prywatnosci|danych)|warunk[a-z]*|zasad[a-z]* ((ochrony )?prywatnosci|korzystania)|postanowien)',
    // The policy named by what it protects: "przeczytałem/am, rozumiem i w pełni akceptuję „Politykę ochrony prywatności”", "Polityka ochrony danych osobowych"
    '(regulamin|polityk[a-z]* (ochrony )?(prywatnosci|danych))[a-z ,]{0,30}(akceptuj|zaakceptowa|przeczyta)',
    '(zaznacz|akceptuj[a-z]*) wszystkie( powyzsze)? (zgody|zgod|oswiadczenia)',
    // Data kept for the account or the order, the form's own purpose (PrestaShop Checkout pl-PL): "wyrażam zgodę na gromadzenie
    // podanych danych … w celu założenia konta PrestaShop Checkout. W przypadku założeniu konta będziesz otrzymywać informacje handlowe"
    'w celu (za[łl]ozenia|utworzenia|rejestracji|prowadzenia|realizacji|obs[łl]ugi) (konta|profilu|zamowieni)',
  ],
  // "Otrzymuj oferty od naszych partnerów", "spółek z Grupy Allegro", "zaufani partnerzy", "podmioty trzecie"
  thirdParty: [
    'partner', 'podmiot[a-z]* (trzeci|zewnetrzn|wspo[łl]pracuj|powiazan|partnersk|nalezac)', 'osob[a-z]* trzeci', 'stron[a-z]* trzeci', 'spo[łl]e?k[a-z]* (z grupy|zalezn|powiazan|grupy|nalezac|partnersk)',
    'grup[a-z]* kapita[łl]ow',
    // The group's other members, not a company named "Grupa …" ("Newsletter Grupy Pracuj")
    '(spo[łl]e?k|firm|marek|mark|podmiot|cz[łl]onk)[a-z]* (z |ze |nalezac[a-z]* do |wchodzac[a-z]* w sk[łl]ad )?(naszej |tej |ca[łl]ej )?grup[a-z]*', 'w ramach (naszej |ca[łl]ej )?grupy', 'zewnetrzn[a-z]* (firm|podmiot|dostawc|partner)', 'inn[a-z]* (firm|podmiot|spo[łl]e?k|marek|mark)', 'zaufan[a-z]* (partner|podmiot|firm)', 'reklamodawc', 'sponsor',
    'podmiot[a-z]* z grupy', 'kontrahent', 'firm[a-z]* (trzeci|zewnetrzn|partnersk|wspo[łl]pracuj)',
    // Several controllers, each with its registered seat: "przez Spectrum Brands Poland Sp. z o.o. z siedzibą w Warszawie …, Loyal Concept Sp. z o.o. z siedzibą w Warszawie …"
    'z siedziba\\b[^]{0,400}?\\bz siedziba\\b',
  ],
  channels: {
    email: ['e-?mail', 'poczt[a-z]* elektroniczn', 'newslett', 'droga elektroniczna', 'srodk[a-z]* komunikacji elektronicznej', 'mailing'],
    sms: ['sms', 'mms', 'whatsapp', 'wiadomosc[a-z]* tekstow'],
    phone: ['telefon', 'telekomunikacyjn', 'po[łl]aczen', 'systemow wywo[łl]ujacych', 'rozmow[a-z]* telefoniczn'],
    post: ['poczt[a-z]* tradycyjn', 'list[a-z]* tradycyjn', 'korespondencj[a-z]* (tradycyjn|papierow|pocztow)', 'katalog', 'ulotk'],
    push: ['push', 'powiadomie[a-z]* (push|w przegladarce|w aplikacji)'],
    social: ['media spo[łl]ecznosciow', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(badz|byc|bede|pozostan[a-z]*) na biezaco', '(informowa[a-z]*|informuj) mnie'],
  context: {
    purchase: [
      'koszyk', 'zamowieni', 'zamawiam', 'zamow', 'z[łl]oz zamowienie', 'kupuje i p[łl]ace', 'zamowienie z obowiazkiem zap[łl]aty', 'zap[łl]at', 'p[łl]atnosc', 'p[łl]ace',
      'dostaw', 'wysy[łl]k', 'adres (rozliczeniowy|do faktury|dostawy)', 'podsumowanie', 'suma\\b', 'razem\\b', 'vat\\b', 'kasa\\b', 'do zap[łl]aty',
    ],
    registration: ['rejestracj', 'zarejestruj', 'za[łl]oz konto', 'za[łl]oz[a-z]* konta', 'utworz konto', 'has[łl]o', 'login', 'nazwa uzytkownika', 'nowy klient', 'moje konto', 'forum'],
    newsletter: ['newslett', 'zapisz sie', 'subskryb', 'biuletyn', 'list[a-z]* mailingow'],
    contact: ['kontakt(?!ow)', 'wiadomosc', 'wyslij wiadomosc', 'formularz kontaktowy', 'pytanie', 'zapytanie', 'obs[łl]uga klienta', 'powiadom (mnie )?o dostepnosci', 'powiadom (mnie )?gdy', 'ponownie dostepny'],
    survey: ['ankiet', 'konkurs', 'loteri', 'wygraj', 'wygrac', 'nagrod', 'wez udzia[łl]', 'opini', 'badanie'],
    // GiveWP pl, Pomagam: "Przekaż darowiznę", "Kwota darowizny", "Wesprzyj nas"
    donation: ['darowizn[a-z]*', 'wesprzyj( nas)?\\b'],
  },
};
