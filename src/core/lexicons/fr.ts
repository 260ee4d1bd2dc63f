import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** The person's own cart, after a reminder: "rappel concernant mon panier" (not the shop's "paniers abandonnés", nor "leur panier"). */
const CART = `${CLAUSE} (mon|votre|ton|le|de|du) panier\\b`;

export const fr: Lexicon = {
  lang: 'fr',
  stopwords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'je', 'vous', 'votre', 'vos', 'nous', 'nos', 'notre', 'pour', 'par', 'sur', 'avec', 'un', 'une', 'ne', 'pas', 'souhaite', 'recevoir', 'accepte', 'en', 'au', 'aux', 'cette', 'si', 'ou'],
  // "Recevoir les offres de nos partenaires" (PrestaShop), "Inscrivez-vous à notre newsletter"
  marketing: [
    // Hearing from the shop: "J'aimerais avoir des nouvelles de la Fnac" (news of one's own order is no mailing)
    '(aimerais|aimerions|souhaite|souhaitons|veux|voudrais) (avoir|recevoir) (des|de vos|de tes) nouvelles\\b(?! (de|sur|concernant) (ma|mon|mes|notre|nos) )',
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Je veux une petite surprise le jour de mon anniversaire"
    '(surprise|cadeau|bon d\'achat|avantage|attention)s?( [a-z\']+){0,5} (le jour de |pour |a l\'occasion de )(mon|votre|ton) anniversaire\\b', '(surprise|cadeau|bon d\'achat|avantage)s? d\'anniversaire\\b',
    // Abandoned-cart reminders are marketing: "Je ne souhaite pas recevoir d'e-mails de rappel concernant mon panier", "Prévenez-moi si j'oublie des articles dans mon panier"
    `((rappel|relance)s?\\b|(me (rappel|relanc)er|(rappel|relanc)ez-moi)\\b|(si|quand|lorsque) (j'|je |vous )(oubli|laiss|abandonn))${CART}`,
    // Spelled apart too: "Abonnez vous à la News-Letter pour ne rien rater !"
    'news[- ]?letters?', 'lettres? d\'info', 'offres?\\b', 'promotions?\\b', '(?<!codes? )promotionnel', '(?<!codes? )promos?\\b', 'reductions?', 'remises?\\b', 'soldes',
    '(bons|meilleurs) plans', 'publicit',
    // Canvassing and named letters: "J'accepte le démarchage téléphonique", "d'être démarché(e) par téléphone", "Recevoir la lettre mensuelle"
    // A welcome gift for signing up: "Je souhaite recevoir mon code de bienvenue"
    '(codes?|bons?) de bienvenue\\b',
    // "Je souhaite faire partie de vos abonnés"
    '(faire|fais) partie (de vos |de nos |des )(abonnes|inscrits)\\b',
    // A named letter received: "Je ne souhaite plus recevoir la lettre \"%s\"" (localerte), "Recevoir la lettre de l'association" (not a cover or registered letter)
    '(recevoir|recevez|recois) (la|nos|notre|ses|leurs?) lettres?\\b(?! (de (motivation|recommandation|resiliation|confirmation|bienvenue|relance|voiture|credit|change|mission|licenciement)|recommandees?|d\'(engagement|accompagnement|invitation)))',
    'demarchage', '(etre|me|vous|nous) demarch(e|ee|es|ees|er)\\b', 'lettres? (electroniques?|mensuelles?|bimensuelles?|hebdomadaires?|trimestrielles?|quotidiennes?|hebdo|d\'actus?)\\b', 'marketing', 'mercatique', 'prospection', 'donnees (soient |sont |seront )?(communiquees|transmises|cedees) a (des|nos) (partenaires|tiers)', '(partenaires|tiers|nous) (peuvent|pourront|puissent) (vous|me) (contacter|solliciter|envoyer)', 'nouveautes', 'nouveaux produits',
    // "Commercial" names a mailing only beside what is sent or why: "offres commerciales", "à des fins commerciales", "partenaires commerciaux";
    // alone it is a shop's feature or an address ("Utilisation commerciale", "Adresse commerciale", "Centre commercial", "conditions commerciales")
    '(fins?|offres?|communications?|informations?|sollicitations?|prospection|messages?|courriers?|e-?mails?|courriels?|propositions?|actions?|operations?|appels?|sms|lettres?|newsletters?|envois?|relances?|demarchages?|partenaires?|publicites?|promotions?|documentations?|brochures?)( (a|de) (caractere|nature|vocation|titre))? (commerciale?s?|commerciaux)\\b',
    // Proposer des produits à la personne : "J'accepte d'être contacté par téléphone pour me proposer des produits", "que vous me proposiez vos services"
    '((me|nous) propos(er|ez|iez|ions|e|ent|ant)|vous propos(er|ons|e|ent|erons|erions))( de nouveaux| d\'autres| nos| vos| ses| leurs| des| les)? (produits|services)\\b',
    // What partners send, named as a list in a preference centre: "Communications de nos partenaires", "Informations de la part de nos partenaires"
    '(communications?|messages?|informations?|infos?|e-?mails?|courriels?|actualites|propositions?|sollicitations?|envois?) (de |des |d\'|provenant de |de la part de |de la part des )(nos |ses |vos |leurs |les |certains )?(partenaires|annonceurs|sponsors)\\b',
    // A call to present what is sold: "J'accepte d'être rappelé par un conseiller pour découvrir nos solutions"
    '(contacte|rappele|recontacte|appele|sollicite)(e|es|s|ees|[·.]es?)?( [a-z\']+){0,4} pour ((decouvrir|me presenter|vous presenter|presenter|me faire decouvrir|vous faire decouvrir) (nos |ses |leurs |les |de nouveaux |des )?(autres )?(solutions|offres|produits|services|nouveautes|gammes?)|(la |les |le |des |nos |ses )?(prochaine?s? )?(echeances? electorales?|elections?|scrutins?|campagnes?|mobilisations?|actions? militantes?))\\b',
    // Canvassing for a campaign is the same frame: "J'accepte d'être recontacté par LaREM pour la prochaine échéance électorale"
    // Donation and campaign appeals by mail are marketing: "Je souhaite recevoir des appels aux dons", "les appels à mobilisation par SMS"; early access to sales: "profiter des ventes en avant-première"
    // … and asked for gifts in any wording: "pour me solliciter pour des dons", "à des fins de sollicitation"
    'appels? (aux?|a (des |la )?)(dons?|mobilisations?)\\b', '(sollicit[a-z]*|appels?)( [a-z\']+){0,2} (aux?|pour|de|en faveur de) (des |un |les |vos )?dons\\b', 'fins? de sollicitations?\\b', 'appels a l\'action\\b', 'ventes? (en )?avant-?premieres?\\b',
    // A periodic digest named as a list: "Les Cards les plus populaires du mois", "Les articles les plus lus de la semaine"
    'les plus (populaires|lu|vu|aime|consulte|partage|regarde)(e|s|es)? (du mois|de la semaine|de l\'annee)\\b',
    'exclusivites?', 'exclusive?s?\\b', 'ventes privees', 'ventes flash', 'recommandations personnalisees', 'mailings?\\b',
    // Listes et abonnements sans le mot newsletter : "Abonnement général" (Magento), "Je m'abonne", "S'abonner à notre bulletin" (Zen Cart),
    // "S'abonner à toutes" (AcyMailing), "Désinscrivez-moi de tous les envois", "Se désinscrire de cette liste de diffusion", "Recevoir le catalogue papier par la poste"
    'e-?newsletters?', 'infolettres?', 'lettres? d\'actualites?', 'bulletins? d\'info', 'bulletins?\\b(?! ?(de |d\'|du |des ))', 'listes? (de diffusion|d\'envoi|de mailing|de contacts?|d\'e-?mails?|de courriels?|d\'abonnes|de newsletters?)', 'catalogues?( [a-z]+){0,2} (papier|imprimes?|par (la poste|courrier|voie postale))', 'brochures?', 'prospectus', 'depliants?', 'etudes? de marche',
    '(je m\'|s\'|m\'|vous )(abonne|desabonne)(r|z)?\\b', 'abonnez[- ]vous', '(des)?abonnements? (general|generale|a la newsletter|newsletter|aux? (lettres?|bulletins?|listes?|newsletters?|communications|actualites|offres|alertes|e-?mails))',
    '(je m\'|s\'|m\'|vous )?(des)?(abonne|inscri)[a-z]*(-moi|-nous)? (a|de|aux?|des) (toutes|tous|tout|toutes les listes|cette liste)\\b',
    // "Informez-moi des mises à jour de Casque Bose" (Zen Cart), "Veuillez me notifier des mises à jour de ces produits"
    // "Recevoir des notifications sur tous les produits disponibles"
    '(notifications?|mises? a jour|alertes|nouvelles)( [a-z]+){0,2} (sur|de|des|du|concernant) (tous les |toutes les |tous |toutes |nos |ces |ce |les |de nouveaux )?(produits?|articles?)( disponibles)?\\b',
    // Articles d'un blog, sans le mot newsletter : "S'abonner aux articles" (Jetpack), "Abonnez-vous à nos publications"
    '(s\'|m\'|je m\'|vous )?(abonne|inscri|souscri)[a-z]*(-vous|-moi)? (a|au|aux) (ce |cet |notre |mon |nos |mes |les |tous les |toutes les )?(nouveaux |nouvelles |derniers |dernieres )?(blog|articles|billets|publications|posts|podcasts?|episodes)\\b',
    // S'abonner par un canal, sans objet : "S'abonner par e-mail" (Jetpack)
    '(s\'|m\'|je m\'|vous )?abonne[a-z]*(-vous|-moi)? (par|via) (e-?mail|courriel|sms)\\b',
    // L'inscription seule, sans objet : "Souscrire", "Abonnement :" (OpenCart), "Oui, je m'abonne !"
    '^(oui,? )?(je m\'abonne|je souscris|s\'abonner|m\'abonner|abonnez-moi|souscrire|abonnements?|souscription)\\s*[.:!]?$',
    // L'état ou le refus seul, en paire oui/non (osCommerce, Zen Cart) : "Souscrit" / "Non souscrit", "Abonné" / "Non abonné", "Se désabonner", "Oui, inscrivez-moi"
    '^(non,? )?(abonnee?s?|souscrite?s?|inscrite?s?|desabonnee?s?|desinscrite?s?)\\s*[.:!]?$', '^(tout )?((se|me|vous) )?(desabonner|desinscrire)( de tout)?\\s*[.:!]?$', '^(oui,? )?(desabonnez|desinscrivez|retirez)-moi\\s*[.:!]?$', '^(desabonnement|desinscription|pas d\'(inscription|abonnement)|aucune? (inscription|abonnement))\\s*[.:!]?$',
    '^oui,? (je m\'inscris|inscrivez-moi|m\'inscrire)\\s*[.:!]?$', '^(oui|non),? je (ne )?(souhaite|veux|voudrais|desire)( pas)? m\'inscrire\\s*[.:!]?$',
    // Un drapeau d'opposition par canal (CRM) : "Adresse e-mail désinscrite", "Numéro de téléphone désabonné"
    '(adresse e-?mail|e-?mail|numero de telephone|telephone|portable) (est )?(desinscrit|desabonne|opt-?out)',
    // Le nom seul d'une liste dans un centre de préférences : "Les informations de l'Institut La Boétie", "Les actualités de l'association" ;
    // pas "Les informations de livraison", "Les informations de mon compte"
    '^(les|nos) (informations|infos|actualites|nouvelles)( [a-z]+)? (de la |de l\'|du |des |de |d\'|destinees (a|aux) )(?!(l\'|la |le |les )?(livraisons?|adresses?|facturation|paiements?|commandes?|comptes?|contacts?|connexion|cartes?|clients?|utilisateurs?|profils?|securite|produits?|articles?|base|formulaires?|cette|ce|ces|cet|mon|ma|mes|votre|vos|son|sa|ses|leur|leurs)\\b)[a-z\'\u00b7-]+( [a-z\'\u00b7-]+){0,3}\\s*[.!]?$',
    // Rester sur la liste : "Oui, je reste abonné !" (MailPoet)
    '(rester|restez|reste|je reste) (abonne|inscrit)e?s?\\b', '(maintenir|conserver|garder) mon (abonnement|inscription) (a|aux?) (la |nos |notre )?(newsletter|liste|lettre)',
    // Contacted by partners, which is partner marketing: "J'accepte d'être contacté(e) par les partenaires de la Fnac"
    // … by a channel first, in inclusive writing, or beside the shop: "contacté·e par téléphone par les marques partenaires", "contacté par Fnac et ses partenaires" (not about one's own request)
    `(re)?contacte(e|es|s|ees|[·.]es?)?(,? (et |ou )?par (telephone|e-?mail|courriel|sms|courrier))* (par|de la part) (([a-z'-]+ ){1,3}(et|ou) )?(de |des |d'|les |nos |ses |vos |leurs )*((societes|entreprises|associations|organisations|organismes|marques) )?(partenaires|tiers|annonceurs)\\b(?! pour (mon|ma|mes|votre|vos|le suivi|repondre)\\b)`,
    // Drapeaux de CRM : "Ne pas appeler", "Ne plus me contacter", "Ne pas envoyer d'e-mails" (une coche veut dire non)
    '^ne (pas|plus) (appeler|m\'appeler|contacter|me contacter|demarcher|me demarcher)\\s*[.:!]?$', 'ne pas (envoyer|m\'envoyer) (d\'|de )(e-?mails?|courriels?|sms)\\b',
    '(autoriser|activer|accepter|recevoir) (les |des )?notifications( push)?\\s*[.!]?$', 'publipostage', 'courriers? publicitaires?',
    // Le partage en nom ou en verbe : "Je m'oppose à la cession de mes données à des tiers", "Ne pas transmettre mes coordonnées à vos partenaires"
    '(cession|transmission|communication|transfert|partage|vente|location) (de |des )?(mes |vos |ses |leurs )?(donnees|coordonnees|informations|adresses? e-?mail)( personnelles)? (a|aux|avec) (des |nos |vos |ses |les |certains )?(partenaires|tiers|societes|entreprises)',
    '(communiquer|transmettre|ceder|partager|transferer|vendre|louer) (mes |vos |ses |leurs )?(donnees|coordonnees|informations|adresses? e-?mail)( personnelles)? (a|aux|avec) (des |nos |vos |ses |les |certains )?(partenaires|tiers|societes|entreprises)',
    // In every inflection, with brands and advertisers as recipients: "J'accepte que mon e-mail soit partagé avec les marques partenaires de l'opération"
    '(donnees|coordonnees|informations|adresse e-?mail|e-?mail|numero de telephone)( personnelles)? (ne )?(soient |soit |sont |est |seront |sera |puissent etre |puisse etre )?(pas |plus |jamais )?(communique|transmis|cede|partage|transfere|vendu|loue)(e|es|s|ees|[·.]es?)? (a|aux|avec) (des |nos |ses |les |certains |certaines )?(partenaires|tiers|societes|entreprises|marques|enseignes|annonceurs|sponsors)',
  ],
  // "Recevoir des e-mails de la part de Fnac", "Restez informé"
  // "Recevez nos actualités", "Tenez-moi informé(e) des événements"
  // A catalogue or coupon alone is the shop's own ("Visible dans le catalogue", "Utiliser mes coupons"); sent, it is marketing: "Recevoir le catalogue par courrier"
  // Shown on the site as often as sent, so only beside a receiving verb: "Recevoir des recommandations", "Recevoir nos avantages exclusifs" (not "Mes avantages", "Créer un compte a de nombreux avantages"), "Recevoir des bons d'achat", "les bonnes affaires", "être prévenu(e) des prochaines ventes"
  weakMarketing: [
    // Product suggestions and recommendations, by mail or other channel: "m'envoie par e-mail des suggestions de produits"
    'suggestions( de produits| personnalisees)?\\b','catalogues?\\b', 'coupons?\\b',
    // A promo code is mostly the shop's checkout feature ("Le code promo est requis.", "Cochez cette case si le code promo ne peut être utilisé conjointement…");
    // sent, it is marketing: "Recevoir nos codes promo"
    'codes? promo(tionnel)?', '(commerciale?s?|commerciaux)\\b', 'recommandations', 'avantages', 'bons? d\'achat', 'bonnes affaires', 'privileges\\b',
    // Short forms and the shop's address file: "Je ne veux pas recevoir de pub", "Je souhaite être retiré de votre fichier clients"
    'pubs?\\b', 'fichiers? (clients?|de prospection|d\'adresses|de contacts|de diffusion)\\b', '(prochaines|nouvelles|futures) ventes', 'nos produits', 'produits et services', 'courriers? electroniques', 'communications', 'au courant', '(e-?)?mails\\b', 'courriels\\b', 'sollicitations', 'etre sollicitee?s?\\b', 'magazines?\\b',
    // What an association or campaign sends its members: "Je souhaite recevoir le journal de l'association", "la revue trimestrielle", "les pétitions", "Recevoir l'actualité de la marque"
    'journal\\b(?! d\')', 'revues?\\b', 'petitions\\b', 'campagnes\\b', 'messages', 'actualites?\\b', 'actus?\\b', 'informations', 'infos?\\b', 'nouvelles', 'conseils', 'astuces', 'inspiration', 'informee?s?\\b',
    // Not missing out, as what is sent is for: "Recevoir des notifications pour ne manquer aucune action locale" (not "… votre livraison")
    'ne (rien |pas |plus )?(manquer|rater|louper)\\b(?! (vos|votre|mes|ma|mon|tes|ta|ton) )',
    'mises? a jour', 'alertes\\b', 'evenements',
    // "Inscrivez-vous pour recevoir chaque mois du contenu génial dans votre boîte de réception" (MailPoet)
    '(dans|directement dans) (votre|ta|ma) boite (de reception|mail|e-?mail|aux lettres)', 'contenus? (exclusifs?|inedits?|genial|inspirants?|gratuits?)',
    // "Prévenez-moi de tous les nouveaux articles par e-mail" (Jetpack), "Prévenez-moi quand la boutique sera en ligne" (page d'attente)
    '(nouveaux|nouvelles|derniers|dernieres|prochains|prochaines) (articles|billets|publications|posts|episodes|videos|recettes|contenus)\\b', 'blog\\b',
    '(quand|lorsque|des que) (le |la |notre |ce |cette )?(site|boutique|magasin|application|blog)( web| internet)? (sera|est|ouvrira) (pret|prete|en ligne|ouverte?|lancee?|disponible)', '(lancement|ouverture) (du |de notre |de la |de notre )?(site|boutique|magasin)', 'invitations', 'tendances', 'jeux[- ]concours',
    // "J'accepte de recevoir des SMS de Fnac", "Restez en contact avec nous", "Recevoir nos meilleures propositions" ; pas "Recevoir le code par SMS"
    '(recevoir|envoyer|m\'envoyer|envoi de|envoi d\') (des |les |vos |nos |de )?(sms|textos)\\b',
    // Post from the shop, not its e-mail: "Je ne souhaite pas recevoir de courrier de la Fnac" (not "recevoir du courrier", a mailbox)
    '(des|de|nos|vos) courriers?\\b(?! electroniques?)', 'en avant-?premiere\\b', 'recettes\\b', 'nos (meilleures )?propositions\\b', 'propositions (personnalisees|exclusives|adaptees|sur mesure)', '(restez|rester|restons) en contact', '(gardons|garder|gardez|garde) (le )?contact\\b', 'gazettes?\\b', 'listes?\\b', 'aucune? (message|e-?mail|courriel|communication|sollicitation)s?\\b', 'e-?mails? de (la part de )?[a-z]+\\b'],
  receiving: [
    'recois', 'reception', 'envo[iy]', 'inscri', 'abonne', 'tenir informe', 'tenez-moi', 'contacte', 'sollicit',
    'utiliser mon', 'par e-?mail', 'par courriel', 'par sms',
    // "Recevez nos actualités", "Informez-moi des mises à jour", "Se désinscrire de toutes les listes de diffusion"
    'recev', 'souscri', 'informez[- ]?(moi|nous)', 'notifiez[- ]?(moi|nous)', 'prevenez[- ]?(moi|nous)', 'avertissez[- ]?(moi|nous)', '(m\'|me )(inform|notifi|preven|previen|averti|tenir|adresser|transmettre|faire parvenir)', 'tenue?s?\\b',
    // "Je souhaite rester informé(e)", "Je veux rester au courant", "Soyez informé(e) en avant-première"
    '(rester|reste|restons|restez|soyez|sois|etre) (au courant|informe)', '(gardons|garder|gardez|garde) (le )?contact\\b',
    'desinscri', 'desabonn', '(restez|rester|restons) en contact', '(retirez|supprimez|enlevez|radiez|rayez|effacez)[- ]?(moi|nous) (de|des|du)\\b', '(me|nous) (retirer|supprimer|enlever|radier|rayer|effacer) (de|des|du)\\b', 'etre (retire|supprime|enleve|radie|raye|efface)e?s? (de|des|du)\\b',
    // "Rejoindre ma liste d'e-mails" (Jetpack), "Ajoutez-moi à votre liste"
    'rejoi(ndre|gnez|ns)\\b', 'etre (prevenu|averti|notifie|alerte)e?s?\\b', 'ajoutez[- ]?(moi|nous)', '(m\'|nous )ajouter', '(soyez|etre|sois) (le |la |les )?premi(er|ere|ers|eres) (a |au |informe)',
  ],
  // "Être informé de l'état de ma commande", "Vous avez un code promo ?"
  neverMatch: [
    // A discount code or gift card the customer enters is a shop feature, not an offer sent: "Utiliser une carte cadeau ou un bon de reduction"
    // "Utiliser mes coupons", "Appliquer ma remise fidélité"; and the field's name alone: "Code promotionnel", "Code offre"
    '(utiliser|ajouter|saisir|entrer|appliquer|supprimer|retirer|annuler|enlever|j\'ai) (une |un |mon |ma |mes |le |la |les |des |de |votre |vos |ce |cette )?(cartes? cadeaux?|cheques? cadeaux?|codes? promo(tionnels?)?|codes? de reduction|bons? de reduction|bons? d\'achat|coupons?|codes? avantages?|remises?|reductions?)( ou (une |un |mon |ma |mes )?(cartes? cadeaux?|cheques? cadeaux?|codes? promo(tionnels?)?|codes? de reduction|bons? de reduction|bons? d\'achat|coupons?|codes? avantages?))?',
    '^(votre |mon |un |le )?(code (de )?promo(tion+e?l)?|code (de )?(reduction|remise|avantage|offre|cadeau|coupon)|coupon( code| de reduction)?|bon de reduction|bon d\'achat|carte cadeau)\\s*[:?]?\\s*$',
    // "Remise" as a handing over, not a discount: "Remise en main propre", "remise des clés"
    'remises? (en mains? propres?|en forme|en etat|a zero|a niveau|en cause|en question|en jeu|en route|en service|des (cles|prix|diplomes|colis|medailles)|du colis|au transporteur)\\b',
    // "Offre" as a verb or as the plan one pays for: "Ce service vous offre la possibilité de…", "Changer d'offre", "Votre offre actuelle"
    // … and after a brand's name, before what it gives: "Surfshark offre le meilleur rapport qualité-prix" (not "l'offre la plus adaptée")
    '((vous|nous|te|t\'|me|m\'|lui|leur|cela|ceci|qui|on|elle|il) offre(nt)?|offre(nt)? (le|la|les|un|une|l\'|aux)(?! plus))\\b', '(chang|modifi|resili|compar|ger)(er|ez)( d\'| de| l\'| les| votre| mon| ton| toutes les)? ?offres?\\b', 'offre actuelle\\b',
    // A link to read more, and the person as the one who writes: "Pour plus d'informations, contactez-nous", "Veuillez contacter l'auteur"
    '(pour|afin d\'(avoir|obtenir)) (plus d\'|de plus amples |davantage d\')(informations?|infos?|details|renseignements)', '(contactez[- ]nous|nous contacter|veuillez contacter|n\'hesitez pas a (nous )?contacter)\\b',
    // Other members write to the person, or the person writes: "Autoriser les autres utilisateurs à m'envoyer des messages", "avant de pouvoir envoyer des messages", "Envoyer des e-mails aux participants"
    `(membres|utilisateurs|vendeurs|acheteurs|personnes|abonnes|participants|visiteurs|clients)( [a-z]+){0,2} (a|de) (m'|me |vous |te |t'|nous )?(envoyer|ecrire|contacter|joindre)\\b${CLAUSE}`,
    '(pouvoir|pouvez|peux|peut|pourrez|pourrai) (nous |lui |leur )?envoyer (des |un |les |de )?(messages?|e-?mails?|courriels?)',
    '(envoyer|envoyez|envoi)( des| les| un| de| d\')? ?(e-?mails?|messages?|courriels?|sms|notifications?) (a|aux) (participants|clients|membres|utilisateurs|acheteurs|destinataires|vendeurs?|amis?|invites)\\b',
    // Notices about what the person follows on a site: "Recevoir une notification pour les nouveaux contenus suivis" (HumHub), "… des espaces que je suis"
    `${CLAUSE}\\b(contenus?|sujets?|espaces?|fils?|discussions?|conversations?|publications?|pages?|groupes?|projets?|forums?|questions?|tickets?)( (?!de\\b|du\\b|des\\b)[a-z]+)? (que je suis|que vous suivez|que tu suis|suivie?s?|auxquel(le)?s je suis abonnee?s?)\\b${CLAUSE}`,
    // A cookie category named before a colon, and all its description after it: "Cookies marketing : ils nous permettent de vous proposer des publicites"
    '^[a-z&/\' -]{0,40}cookies?\\b[^:]{0,30}:.*',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mails?|mails?|courriels?)( [a-z]+)? (en|au format|en format) (html|texte)\\b',
    '(messages?|e-?mails?|sms|mises? a jour|actualites?|alertes?|inform|notifi|au courant)[a-z\'() ]{0,40} (sur|de|du|concernant) (l\'etat de |le suivi de |la livraison de |l\'avancement de )?(ma |votre |la |mon |le |mes |vos )?(commandes?|livraisons?|colis|expeditions?|comptes?|reservations?|dossiers?|demandes?|rendez-vous|tickets?|solde|points|cagnotte|paiements?)\\b',
    'suivi (de|du) (commande|colis|livraison)', 'confirmation de commande',
    // Conserver des données pour répondre : "Je consens à ce que ce site stocke mes informations envoyées afin qu'ils puissent répondre à ma requête" (WPForms)
    // Préférences d'un espace client (WHMCS) : "Courriels de support - Recevez un CC de toutes les communications de ticket de support", "Courriels d'affiliation - Recevoir des notifications d'affiliation"
    '(e-?mails?|courriels?|communications|notifications?|messages?) (de |du |des |d\'|aux? |relatives? aux? |liees? aux? )?(tickets?|support|assistance|affiliation)\\b',
    '(stock|conserv|enregistr|sauvegard|gard|recueill|collect)[a-z]* (mes |les |vos |ses |ces |des )?(donnees|informations|coordonnees)( personnelles)?( envoyees| soumises| fournies| (que j\'ai|que vous avez) (envoyees|soumises|fournies|transmises))?',
    // What the form sends goes to the shop, and service notices: "les informations envoyées dans ce formulaire soient transmises par email à Fnac",
    // "recevoir des informations relatives à l'utilisation de MonServiceSécurisé", "être informé(e) de l'issue" (of a petition or request)
    '(informations|donnees|coordonnees|messages?)( personnelles)? (envoyee|soumise|saisie|fournie|renseignee|transmise)s? (dans|via|par|avec|a travers) (ce|le|cet|mon|votre) formulaire( (soient|seront|sont) (stockee|transmise|conservee|enregistree|traitee)s?)?',
    '(informations?|infos?|e-?mails?|messages?|notifications?)( [a-z]+)? (relatives? a|sur|concernant|liees? a) l\'utilisation (de|du|des|d\')', '(informee?|tenue?|prevenue?|avertie?)s?([·.]es?)? (de l\'issue|de la decision|de la suite donnee|des suites donnees)\\b',
    // Un seul message sur un événement : "M'envoyer un e-mail quand quelqu'un répond", "J'accepte de recevoir un e-mail"
    `(un|une) (e-?mail|courriel|message|notification|sms) (quand|lorsque|lors d|des que|si|a chaque|chaque fois)\\b(?!${CART})`,
    // Un code ou un lien pour le compte : "Vous recevrez le code dans votre boîte de réception"
    `(recev|recoi|envoy|m'envoyer)[a-z]* (le |un |votre |ce |les |vos )?(codes?(?! (promo|de reduction|promotionnels?|exclusifs?|avantages?|de bienvenue))|liens?|mots? de passe|identifiants?|confirmation)\\b${CLAUSE}`,
    // Le compte, pas de la publicité : "Vous recevrez un e-mail avec un lien pour réinitialiser votre mot de passe"
    `${CLAUSE}\\b(reinitialis|recuper|chang|modifi|oubli|nouveau)[a-z]*( de)?( votre| mon| le| un)? mot de passe\\b${CLAUSE}`,
    // La boutique comme fonction ou prix, pas comme message : "Activer l'utilisation de codes promo", "Utiliser pour les conditions de règles de promotions",
    // "Prix avec réduction avec TVA", "Prix promo du produit", "Indique si le produit est en promotion", "éligible à une réduction ou exonération fiscale", "Ciblage et publicité"
    '(activer|desactiver|autoriser|permettre)( l\'utilisation| l\'usage| la saisie)?( de| des| du| d\'un| les)? (codes? promo(tionnels?)?|coupons?|bons? de reduction|codes? de reduction|remises?)(( ?[/,] ?| et | ou )(des |les )?(codes? promo(tionnels?)?|coupons?|bons? de reduction|codes? de reduction|remises?))?\\b',
    '(regles?|conditions de (la |les )?regles?) (de |des |du )?(prix|promotions?|remises?|reductions?|panier|catalogue)\\b', '(prix|tarifs?|commandes?|montants?)( total| ttc| ht)? (avec|apres|hors) (reduction|remise)s?\\b', '(prix|tarifs?)( total)? (du )?catalogue\\b',
    '(prix|tarifs?) (promo|promotionnels?|de promotion)( du produit| de la variation| jusqu|\\s*[.:]?$)', '(le|ce|cet|un|exclure les|inclure les) (produits?|articles?) (est |soit )?en (promotion|promo|solde|reduction)s?\\b', '(reduction|remise|exoneration)s? (ou exoneration )?(fiscale|d\'impots?|de taxes?|de (la )?tva)\\b',
    // A reader's setting, and the admin's newsletter block: "Marquer les nouveautés comme lues", "Afficher le formulaire d'inscription à la newsletter", "Inclure les articles dans la newsletter"
    `^(marquer|masquer|cacher|trier|filtrer)\\b${CLAUSE}`, '(module|formulaire|bloc|widget|bouton)s? (d\'(inscription|abonnement) )?(a la |de |du )?(newsletter|lettre d\'information)', `(?<!m'|me )(inclure|ajouter|integrer|publier)\\b${CLAUSE}\\bdans (la|les|une) (newsletters?|lettres? d'information)\\b`,
    'ciblage et publicite', 'publicite et ciblage', '(alertes?|notifications?) (pour|sur|de) (ce|cet|cette) (produits?|articles?)\\b', '(alertes?|notifications?) (du|pour le|sur le|de l\') ?(produit|articles?)\\b',
    // Advertising shown on the site or blocked, and feeds: "Afficher des publicités sur la page d'accueil", "Bloqueur de publicités CleanWeb", "S'abonner au flux RSS"
    '(afficher|affichez|montrer|diffuser|inserer|inserez) (des |les |une |la |de la |de )?(seconde |premiere |autres )?(publicites?|annonces publicitaires)\\b', '(sans (aucune )?|(bloqu|masqu|filtr)[a-z]* (de |les |des |toutes les )?)(publicites?|pubs?)\\b', '((s\'|m\'|je m\'|vous )?abonne[a-z]*(-vous|-moi)? (a|au|aux|par) (un |le |ce |mon |nos |notre |les )?)?((flux|fils?) )?(rss|atom)\\b',
    '(avant|apres|hors) (la |les )?(remises?|reductions?)\\b',
    // The kind of discount a shop sets up: "Type de remise", "Remise en pourcentage", "Remise produit fixe" (WooCommerce)
    '(types? de |montant (de la |du |de )?)(remises?|reductions?)\\b', '(remises?|reductions?)( (produit|panier))? (en pourcentage|fixes?|en montant)\\b',
    // The person writes or runs the mailing (ColdTrick newsletter): "Créer une lettre d'information", "Activer les lettres d'information du groupe"
    '(creer|rediger|composer|editer|dupliquer|programmer|planifier) (une |des |la |les |votre |vos |cette |de |d\')?(nouvelles? )?(lettres? d\'information|newsletters?|campagnes?)\\b',
    '(activer|autoriser|permettre|afficher|montrer)[a-z\' ]{0,20} (lettres? d\'information|newsletters?) (du groupe|des groupes|de groupe|d\'etre|dans l\'archive|aux? (membres|responsables))',
    // A setting that lets the site's own users subscribe, and the admin's own sending: "Permettez à vos utilisateurs de s'abonner à leurs sujets favoris",
    // "Donner la possibilité à vos contacts de s'abonner" (Brevo), "Utiliser SMTP pour envoyer vos emails", "Activer Marketing Automation"
    `(permet|autoris|laiss|donn)[a-z]*( la possibilite)? (a |aux )?(vos|les|des|ses|leurs) (utilisateurs|visiteurs|clients|contacts|membres|lecteurs|abonnes|inscrits)( [a-z]+)? (de |d'|a )?(s'|se )?(abonn|inscri|desabonn|desinscri|souscri)${CLAUSE}`,
    // … and the person tells a group of others, in a CMS or an app: "Informer les abonnés par e-mail de la publication de cet article", "Envoyer la newsletter aux adhérents"
    `^(envoyer|informer|notifier|prevenir|avertir)\\b${CLAUSE}\\b(aux|les|tous les|vos|ses) (abonnes|adherents|membres|inscrits|clients|participants|utilisateurs)\\b${CLAUSE}`,
    '(?<!m\'|me |nous )envoy(er|ez) (tous )?(vos|tes) (e-?mails?|mails?|courriels?|campagnes?|sms)\\b', '(e-?mail )?marketing automation\\b', 'automatisation (du )?marketing\\b',
    // La personne écrit à la boutique : "Pour toute question commerciale"
    '(questions?|demandes?|requetes?) (d\'ordre |de nature )?commerciales?\\b',
    `(recevoir|recevez|envoy[a-z]*|m'envoyer) (un |des |les |mes )?rappels?\\b(?!${CART})${CLAUSE}`, `[^.;:!?()]*\\b(une )?copie (de|du|des)\\b${CLAUSE}`,
    // Day-of logistics of one's booking: "m'envoyer des SMS le jour du concert"
    '(sms|textos?|e-?mails?|messages?|notifications?) (le jour|la veille) (du|de la|de l\'|de mon|de ma) (concert|spectacle|evenement|match|depart|vol|voyage|seance|festival|sejour|arrivee|rendez-vous|course)\\b',
    // Rappels et messages de service : "Recevoir des mails de rappel de publication"
    // An account's own mails and events: "Envoyer un e-mail de bienvenue au client", "les informations de connexion", "M'informer des nouveaux messages"
    '(e-?mails?|courriels?|messages?) d\'(activation|inscription)\\b', '(e-?mails?|courriels?|messages?) de (bienvenue|test|validation|verification|reinitialisation)\\b', '(informations?|donnees|details) (de connexion|d\'identification|du compte|de (mon|votre) compte)\\b',
    '(nouveaux|nouvel|nouvelles?) (messages?|reponses?|commandes?|commentaires?|abonnes|inscriptions?|membres|avis)\\b',
    // Subscribe and save: a delivery bought by subscription, not a mailing: "Je m'abonne et j'économise 10 %", "S'abonner à ce produit"
    '(je m\'|s\'|m\'|vous )?abonne[a-z]*(-vous|-moi)? (a|au) (ce|cet|cette) (produits?|articles?)\\b', '(je m\'|s\'|m\'|vous )?abonne[a-z]*(-vous|-moi)? et (j\'|je |vous |on )?econom[a-z]*',
    `(e-?mails?|mails?|courriels?|messages?|notifications?|sms|mises? a jour|alertes?) (de |du )?((rappel|relance)(?!s?${CART})|confirmation|securite|verification|notification|systeme|service)s?\\b`,
    // Messages de service, format des e-mails : "Recevoir les e-mails système" (VirtueMart), "Je préfère recevoir les e-mails au format texte" (préférence de format, phpList)
    '(e-?mails?|mails?|courriels?|messages?|notifications?) (transactionnel|administratif)[a-z]*', '(les |des |mes )?(e-?mails?|mails?|courriels?|messages?)( [a-z]+)? (au|en|sous) format\\b[a-z ]{0,12}', 'messages? prives?', 'rappels? (de |du |des |d\')?(rendez-vous|reservation|paiement|echeance|publication|mot de passe)', 'listes? d\'attente',
    '(me |nous |vous )?contacter (pour|au sujet de|concernant|a propos de) (des |les |le |la |toute |toutes |mes |ma |vos |votre |d\')?(questions?|demandes?|suivi|eventuelles questions)\\b',
    // Commentaires et réponses : "Abonnez-vous à tous les commentaires de cet article", "S'abonner à toutes les réponses à mes commentaires" (wpDiscuz)
    `[^.;:!?()]*\\b(commentaires?|reponses? (a|de|sur) (mes|mon|ma|ce|cet|cette|vos|votre)|suivies? de reponses?|nouvelles reponses)${CLAUSE}`,
    // Messages d'une place de marché, événements sur ses propres annonces : "Recevoir les notifications de messages des vendeurs", "quand mon annonce expire"
    '(notifications?|alertes?) (de |des )?(nouveaux )?messages\\b', 'ne (rien |pas |plus )?(manquer|rater|louper) (aucune? |les |de |des |la fin de l\')?(nouveaux |nouvelles )?(messages?|reponses?|commentaires?|commandes?|livraisons?|colis|paquets?|encheres?)\\b',
    // … and of the person's own parcel: "Être informé lorsque votre paquet est livré" (bpost), "Être prévenu par SMS quand ma commande est expédiée"
    `[^.;:!?()]*\\b(lorsque |lorsqu'|quand |des que |des qu')((mon|ma|mes) (annonces?|encheres?|articles?|produits?)|(mon|ma|mes|votre|vos) (commandes?|colis|paquets?|livraisons?|expeditions?|envois?|remboursements?|reservations?))\\b${CLAUSE}`,
    '(vous avez|avez[- ]vous) un (code promo|bon de reduction|code de reduction)',
    'demande de devis', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', 'en envoyant un (e-?mail|courriel)', '(repondre|reponse) a (ma|votre|sa|leur) (demande|question|requete|message)', 'rester connecte', 'se souvenir de moi', 'creer un compte', 'demande d\'avis', 'donner (votre|mon) avis', '(etre )?sollicite[a-z]*( par (e-?mail|courriel|sms|telephone))? pour (donner|laisser|partager|deposer) (mon |votre |un )?avis',
    // Offres faites par l'utilisateur ou montrées dans une appli : "Je souhaite faire une offre au vendeur", "Afficher les offres des partenaires dans l'application"
    '(faire|soumettre|proposer|envoyer|formuler) (une |mon |votre |ma |une meilleure |une contre-)?(offre|proposition)\\b', 'contre-?offres?', 'offres? d\'achat',
    `(afficher|montrer|voir|consulter)${CLAUSE}dans l'(application|appli)${CLAUSE}`,
    // Filtres de catalogue : "Afficher uniquement les produits en promotion", "Articles en soldes"
    '(afficher|montrer|voir|filtrer|chercher|rechercher|trier|triez)[a-z\' :]{0,30} (en |les |des )?(promotions?|promos?|soldes|offres?|reductions?|remises|nouveautes|bons plans)\\b', '^((produits?|articles?)( [a-z]+){0,2} )?en (promotion|promo|soldes|reduction)s?( \\(\\d+(/\\d+)?\\))?\\s*$', 'ajouter (cette |l\'|les )?offres? (au|a mon|a votre) panier',
    // Cookies et catégories de consentement : "Mesurer l'efficacité de nos publicités", "Publicité : Ces services traitent les informations personnelles…"
    `${CLAUSE}\\b(?<!(politique|charte) (de|des|sur les|relative aux) )(cookies?|traceurs?|temoins)\\b${CLAUSE}`, '[a-z &\'-]{0,40} ?: (ces|ce) (services?|cookies?|traceurs?|outils)[^.!?]*',
    `mesur[a-z]* (de )?(l'efficacite|l'audience|la performance|les performances|la frequentation)${CLAUSE}`, 'mesure d\'audience', 'regies? publicitaires?',
    '(presenter|afficher|montrer|proposer|diffuser)[a-z ]{0,20} (des )?(publicites|annonces|contenus?)( [a-z]+){0,2} (personnalise|cible|pertinent|base)[a-z]*',
    // Avis de forum ou de site, statistiques anonymes : "Recevoir un résumé quotidien", "en envoyant des informations anonymes sur ma configuration"
    '(e-?mails?|mails?|courriels?) (de )?(resume|recapitulatif|digest)s?\\b', '(resume|recapitulatif|digest)s? (quotidiens?|hebdomadaires?|par e-?mail|des (activites|discussions|messages))', `[^.;:!?()]*\\b(lorsqu'|lorsque |quand |si |des qu'|des que )(quelqu'un|un membre|un utilisateur|on |une personne)${CLAUSE}`,
    '(reponses?|commentaires?|messages?) (a|sur) (mon|mes|votre|vos) (commentaires?|messages?|sujets?|discussions?|publications?)', '(s\'|m\'|je m\'|vous )?abonne[a-z]*(-vous|-moi)? (a|au|aux) (ce |cette |la |le |ces |les )?(fils?|sujets?|discussions?|conversations?|statuts?|commentaires?|reponses?|forums?|calendriers?|agendas?|sondages?)\\b',
    // One thread's posts: "S'abonner aux nouveaux messages de ce sujet" (Bitrix forum)
    `${CLAUSE}\\b(de|du|dans|sur|a) (ce|cette|cet) (sujet|fil|topic|discussion|conversation|groupe)\\b${CLAUSE}`,
    `${CLAUSE}\\b(anonymes?|anonymisees?|statistiques d'utilisation|donnees d'utilisation)\\b${CLAUSE}`,
    // Told when the item one looks at comes back: "Je veux être au courant quand le produit est de nouveau disponible"
    `[^.;:!?()]*\\b(quand|lorsque|lorsqu'|des que|des qu') (le |ce |cet |cette |l'|les |ces )?(produits?|articles?|tailles?|modeles?|coloris)\\b${CLAUSE}`,
    '(de nouveau|a nouveau|est|sera|redevient) (en stock|disponible)', '(retour|remise) en stock', 'baisse de prix', 'alertes? (de )?(prix|stock|disponibilite)',
    '(recevoir|envoyer|m\'envoyer)[a-z\' ]{0,20}factures?', 'abonnement (mensuel|annuel|premium|payant|d\'essai)', '(renouvel|resili)[a-z]*[a-z\' ]{0,20}abonnement',
    // The person's work or image used to promote an event, not a mailing to them: "J'accepte l'utilisation pour la promotion du festival",
    // "Le festival se réserve le droit d'utiliser des extraits de votre film à des fins de communication et de promotion", "J'autorise la diffusion de mon image"
    '(la )?promotion (du|de la|de l\'|de notre|de cette|de ce|de cet) (festival|evenement|manifestation|spectacle|concours|salon|exposition|film|oeuvre|projet|edition|competition|tournoi|course|rencontre)\\b',
    `(utilis|diffus|exploit|publi|reprodui|reproduction|project|archiv)[a-z]*( [a-z']+){0,4} (mon|ma|mes|votre|vos|ton|ta|tes) (images?|photos?|photographies?|portraits?|films?|videos?|oeuvres?|creations?|temoignages?|voix|enregistrements?|contributions?)\\b${CLAUSE}`,
    `(mon|ma|mes|votre|vos) (images?|photos?|photographies?|portraits?|films?|videos?|oeuvres?|creations?|temoignages?|voix)( [a-z']+){0,3} (soient|soit|puissent etre|peuvent etre|seront|sera) (utilise|diffuse|exploite|publie|reproduit|projete)e?s?\\b${CLAUSE}`,
    'droits? (a l\'images?|de diffusion|d\'exploitation)\\b', '(licences?|droits?|contrats?|mandats?|concessions?|cessions?|autorisations?)( d\'exploitation| de diffusion| d\'utilisation)? (non[- ])?exclusi(f|ve|fs|ves)\\b',
    // The person writes to sales, or answers where they heard of the shop: "Contacter l'équipe commerciale", "Comment nous avez-vous connus ? Via une publicité"
    '(contacter|contactez|joindre|joignez|ecrire a|ecrivez a|parler a|parlez a|appeler|appelez) (l\'|notre |le |la |un |une |votre |nos |vos )?(equipe|service|conseiller|conseillere|responsable|direction|departement|pole|attache|agent|interlocuteur)s? commercia(l|le|ux|les)\\b',
    '^(via|par|grace a|a travers|avec) (une |un |la |le |les |des )?(publicites?|pubs?|annonces?|affiches?)( [a-z\']+){0,3}\\s*[.!]?$',
    // Job and internship offers, electoral rolls, a plan or deal one takes: "Nos offres d'emploi", "Nos offres de stage et alternance", "inscription aux listes électorales", "Choisir cette offre", "Obtenir l'Offre"
    // Listings the person searches for, by alert: "J'accepte de recevoir les alertes logement par email", "Créer une alerte emploi"
    'alertes? (logements?|emplois?|annonces?|immobilieres?|jobs?|stages?|locations?|recrutement)\\b',
    '((nouvelles|dernieres|prochaines) )?offres? (d\'emplois?|de stages?|d\'alternance|de postes?|de missions?|de recrutement|de travail|de jobs?)\\b', 'listes? electorales?\\b',
    '(choisi|selectionn|souscri[a-z]* a|personnalis|configur|obten|reclam|activ|profit[a-z]* de|benefici[a-z]* de)[a-z]* (cette |votre |mon |l\'|une |ton |la |ma )?(offre|reduction|remise)\\b',
    // A discount one is eligible for, not one sent: "Je suis éligible à une réduction", "Réduction étudiant" (not the plural sent: "les réductions étudiants par e-mail"), "Je souhaite bénéficier de la réduction adhérent"
    '(eligibles?|droit) (a|aux) (une |la |des )?(reduction|remise)', '(reduction|remise) (etudiant|adherent|membre|jeune|senior|famille|sociale)',
    // The person's own saved search, and offers made between members: "Recevoir les nouvelles annonces correspondant à ma recherche", "Être alerté des nouvelles annonces pour cette recherche",
    // "Autoriser les acheteurs à me faire des offres", "Accepter les offres de prix des acheteurs"
    '((nouvelles|dernieres) )?(annonces?|resultats?|biens?)( [a-z]+){0,3} (correspondant|correspondants|correspondantes|qui correspondent|pour|de|sur) (a )?(cette|ma|votre|mes|vos) (recherches?|criteres de recherche)\\b',
    '(acheteurs?|vendeurs?|membres|utilisateurs|visiteurs)( [a-z]+){0,2} (a |de )?(me |nous |vous )?(faire|proposer|soumettre|envoyer) (des |une |les |leurs? )?(offres?|propositions?|contre-offres?)\\b', 'offres? de prix\\b',
    // A price or a shipping threshold, not an offer sent: "Prix barré en promotion", "Offre de livraison gratuite dès 50 €"
    '(prix|tarifs?) (barres?|affiches?|de vente|unitaires?|du produit|de l\'articles?) en (promotion|promo|solde|reduction)s?\\b', 'offres? de livraison (gratuite|offerte)s? (des|a partir de|au-dela de|pour toute)\\b',
    // What is sent about the person's own stay, loan, courses or membership: "Recevoir les informations pratiques sur mon séjour", "Recevoir des e-mails concernant mes cours",
    // "Avertissez-moi des nouvelles connexions à mon compte" (not "des informations sur mes centres d'intérêt")
    '(informations?|infos?|e-?mails?|mails?|courriels?|nouvelles|mises? a jour|notifications?|messages?|actualites?|alertes?)( pratiques| importantes| utiles)? (sur|de|du|concernant|relatives? a|lies? a|liees? a|a propos de) (l\'activite de |l\'etat de |l\'avancement de )?(mon|ma|mes) (commandes?|livraisons?|colis|expeditions?|comptes?|sejours?|reservations?|prets?|emprunts?|cours|adhesions?|cotisations?|projets?|dossiers?|contrats?|inscriptions?|billets?|candidatures?|demandes?|rendez-vous|paiements?|factures?|voyages?|vols?|locations?|sinistres?|activites?|taches?|documents?|fichiers?|abonnes|publications?|annonces?|ventes|achats|retours?|remboursements?|echeances?|prelevements?|lots?|participations?)\\b', '(nouvelles?|nouveaux) (connexions?|appareils?|sessions?|tentatives? de connexion)\\b',
    // Notices of the person's own account events: "Recevez des notifications en temps réel pour les événements : appels entrants/sortants, messages vocaux"
    '(notifications?|alertes?)( [a-z]+){0,2} en temps reel (pour|sur|de|des|lors) (les |des |vos |mes |chaque )?(evenements?|activites?|appels?|messages?|transactions?|mouvements?|operations?)\\b[^.;!?]*',
  ],
  // "Pas de spam", "Vos données ne seront jamais communiquées à des tiers"
  reassurance: [
    'pas de spam', 'jamais de spam', 'zero spam',
    `(jamais|pas|aucun)(?! (que|souhaite|desire|veux|voulez))${CLAUSE}(communique|transmise?|cede|vendu|partage|revendu)e?s?\\b${CLAUSE}(tiers|partenaires|annonceurs|sponsors)${CLAUSE}`,
    // "Nous ne transmettons jamais vos données à des tiers"
    `(ne |n')(transmet|communiqu|ced|vend|partag|revend|lou)[a-z]* (jamais|pas|aucune?)${CLAUSE}(tiers|partenaires|annonceurs|sponsors|autres (societes|entreprises))${CLAUSE}`,
    'nous respectons votre vie privee',
    `(jamais|pas|aucun)(?! (que|souhaite|desire|veux|voulez))${CLAUSE}(communique|transmise?|cede|vendu|partage)e?s?\\b${CLAUSE}(autres (societes|entreprises))${CLAUSE}`,
  ],
  // "Vous pouvez vous désinscrire à tout moment"
  unsubscribeNotice: [
    `(desinscri|desabonn|annul|resili|retirer votre consentement|vous opposer|opposition)${CLAUSE}(tout moment|gratuit|lien|chaque)${CLAUSE}`,
    // "Vous pouvez vous désinscrire facilement", "Désinscription possible à tout moment"
    `(vous pouvez|vous pourrez|je peux|je pourrai|possibilite de)( vous| me)? (facilement |a tout moment )?(desinscri|desabonn|retirer|opposer|revoquer|annuler|resilier|mettre fin)${CLAUSE}`,
    `(a tout moment)${CLAUSE}(desinscri|desabonn|retirer|opposer)${CLAUSE}`,
  ],
  priorNotice: [
    'vous recevrez (egalement |aussi |regulierement )*(notre |nos |la )?(newsletter|offres|lettre d\'information|promotions|e-?mails? (sur|de|avec))',
    'nous (pourrons|pourrions|allons) vous (adresser|envoyer|transmettre|contacter)[^.]{0,40}(offres|informations commerciales|newsletter|promotions|prospection)',
    'votre (adresse )?e-?mail (sera|pourra etre) utilisee?[^.]{0,40}(prospection|offres|newsletter|commerciales|marketing)',
  ],
  // One span per negation, listed first so it is counted once: "ne … pas", "ne plus … aucun", "ne … ni … ni"
  // "Vous pouvez vous désinscrire à tout moment, gratuitement"
  freeOfCharge: ['gratuit(e|ement)?\\b', 'sans (aucun )?frais', 'sans cout'],
  // "Demander un devis gratuit"
  quoteRequest: ['(demander|demandez|obtenir|obtenez|recevoir) (un |votre |mon )?devis', 'demande de devis', 'devis gratuit'],
  negators: [
    '(ne |n\')[^.;:!?]{0,60}?\\b(pas|plus|jamais|rien|aucune?|ni|guere|point)\\b([^.;:!?]{0,60}?\\b(ni|aucune?|rien|jamais|plus)\\b)*', 'ni\\b[^.;:!?]{0,60}?\\bni\\b',
    'ne plus\\b', 'n\'[a-z]+ plus\\b', 'pas\\b', 'jamais\\b', 'aucun(e)?\\b', 'ni\\b', 'rien\\b', 'non\\b',
    // "Without" before the mailing itself: "Continuer sans newsletter", "Créer mon compte sans m'inscrire à la newsletter" (not "sans engagement", "sans frais")
    'sans (la |les |de |d\'|aucune? )?(newsletters?|offres?|promotions?|e-?mails? (promotionnels?|marketing|commerciaux)|m\'inscrire|m\'abonner|inscription|abonnement)\\b',
  ],
  // "Je m'oppose à la transmission de mes données"
  // "Retirez-moi de la liste de diffusion", "Je souhaite être supprimé de toutes les listes"
  // "Je retire mon consentement à recevoir des offres", "Arrêter de recevoir la newsletter"
  // "Désactiver la newsletter" (the untick instruction "Désactivez cette case…" stays an instruction)
  // Ending what is sent: "Je souhaite annuler mon abonnement à la newsletter", "Arrêter la newsletter", "Suspendre l'envoi des offres"
  // "Je n'ai pas de compte mais je souhaite recevoir la newsletter"
  contrasts: ['mais\\b', 'cependant\\b', 'toutefois\\b'],
  conditions: ['si\\b', "s'ils?\\b", 'lorsque?\\b', 'quand\\b', 'au cas ou\\b'],
  negativeVerbs: ['(annuler|annulez|resilier|resiliez|mettre fin a|mettez fin a|suspendre|suspendez|arreter|arretez|stopper|stoppez) (mon |ma |mes |votre |vos |l\'|la |le |les )?(abonnements?|inscriptions?|envois?|newsletters?|lettres?|offres|e-?mails|sms|communications)\\b', '(desactiver|je desactive)\\b', 'desinscri', 'desabonn', 'retire mon consentement', '(arreter|arretez|arrete|cesser|cessez|cesse) (de )?(recevoir|m\'envoyer|envoyer)\\b', 'opposer', 'm\'oppose\\b', 'opposition', 'refuse', 'opt-?out', '(?<!a l\')exclusion\\b', 
    // Declining what is sent: "Je renonce aux offres de nos partenaires", "Je décline les offres promotionnelles"
    '(je )?(renonce|renoncer|decline|decliner) (a |aux |au |a la |a l\'|les |la |le |l\'|toute |toutes |tous )?((a )?recevoir |l\'envoi |la reception )?(de |d\'|des |les |vos |nos )?(offres?|newsletters?|promotions?|communications?|sollicitations?|publicites?|e-?mails?|sms|bons plans|invitations|lettres?)\\b', '(excluez[- ]moi|m\'exclure)\\b', '(retirez|supprimez|enlevez|radiez|rayez|effacez)[- ]?(moi|nous)\\b', '(me|nous) (retirer|supprimer|enlever|radier|rayer|effacer)\\b', 'etre (retire|supprime|enleve|radie|raye|efface)e?s?\\b'],
  // "Ne manquez aucune promotion", "Je ne souhaite pas passer à côté des bons plans"
  missVerbs: ['manqu(er|ez|iez)\\b', 'rat(er|ez|iez)\\b', 'loup(er|ez|iez)\\b', 'pass(er|ez) a cote\\b'],
  // "Décochez cette case si vous ne souhaitez pas recevoir nos offres"
  untickInstructions: ['decoch', 'retirez la coche', 'desactivez'],
  // "Cochez cette case si vous ne souhaitez pas recevoir nos offres"
  tickInstructions: ['cochez', 'cocher (cette|la) case', 'en cochant'],
  yes: ['oui\\b', 'oui,? je'],
  no: ['non\\b', 'non,? merci'],
  answerValues: [['oui', 'non']],
  fieldNames: { marketing: ['newsletter', 'infolettre', 'lettre'], thirdParty: ['tiers', 'partenaires?'], negative: ['desinscription', 'desabonnement'], payment: ['paiement', 'moyen_?de_?paiement'], bookkeeping: [], listNames: [] },
  signupBlocks: ['newsletter', 'infolettre'],
  filterBlocks: ['filtre'],
  // "J'accepte les conditions générales de vente", "J'ai lu et j'accepte la politique de confidentialité"
  termsAcceptance: [
    // "Je reconnais avoir pris connaissance de la politique de protection des données", "J'accepte les conditions de vente et l'envoi d'offres"
    '(pris connaissance|lu et accepte|lu et approuve)[a-z\' ,]{0,30}(conditions\\b|cgv|cgu|(politique|avis|declaration|notice) de (confidentialite|protection des donnees|vie privee|donnees|cookies)|mentions legales|reglement|charte (de confidentialite|d\'utilisation)|termes (et conditions|d\'utilisation))',
    '(accepte|approuve|adhere|valide|j\'ai lu|reconnais avoir lu|consens)[a-z\' ,]{0,40}(conditions\\b|cgv|cgu|(politique|avis|declaration|notice) de (confidentialite|protection des donnees|vie privee|donnees|cookies)|mentions legales|reglement|charte (de confidentialite|d\'utilisation)|termes (et conditions|d\'utilisation))',
    '(conditions generales|cgv|cgu|politique de confidentialite)[a-z\' ,]{0,30}(acceptee?s|lues?)',
  ],
  thirdParty: [
    'partenaires?', 'tiers\\b', 'tierces', 'entites du groupe', 'societes (partenaires|affiliees|soeurs)', 'autres (societes|entreprises|marques)', 'soigneusement selectionne', 'entreprises? (tierces|externes)', 'societes? (du|de notre) groupe', 'marques? du groupe', 'filiales', 'societes selectionnees', 'entreprises selectionnees',
    // "Recevoir les offres de marques sélectionnées par la Fnac", "des autres enseignes"
    '(marques|enseignes|organismes|sites) (selectionnee?s|partenaires|amies)', 'autres enseignes',
    'annonceurs', 'sponsors?', '(?<!(ce|mon|un) )groupe\\b',
    // "Their" offers are another sender's, beside the site's own "nos": "J'accepte que les Verts suisses m'informent sur leurs campagnes et actions"
    '(de|sur|des|a propos de) leurs (offres|produits|services|campagnes|actions|activites|actualites|evenements|nouveautes|promotions)\\b',
  ],
  channels: {
    email: ['e-?mail', 'courriel', 'newsletter', 'lettre d\'information', 'mailing'],
    sms: ['sms', 'whatsapp', 'texto'],
    phone: ['telephon', 'appel'],
    post: ['courrier', 'voie postale', 'par la poste', 'catalogue'],
    push: ['push'],
    social: ['reseaux sociaux', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(rester|restez|tenir|tenez)[a-z\'\\- ]{0,10}informe', 'au courant', '(restez|rester|restons) en contact', '(gardons|garder|gardez|garde) (le )?contact\\b'],
  context: {
    purchase: [
      'commander', 'commande\\b', 'passer (la |ma )?commande', 'valider (la |ma )?commande', 'commande avec obligation de paiement', 'payer', 'paiement', 'moyen de paiement',
      'livraison', 'frais de port', 'adresse de facturation', 'sous-total', 'total', 'panier', 'ttc', 'recapitulatif', 'votre commande', 'caisse',
    ],
    registration: ['creer (un |mon |votre )?compte', 'creation de compte', 'inscription', 'mot de passe', 'identifiant', 'devenir membre', 'forum', 's\'inscrire'],
    newsletter: ['newsletter', 's\'abonner', 'abonnez-vous', 'inscrivez-vous', 'je m\'inscris', 'lettre d\'information'],
    contact: ['(?<!(informations|coordonnees|details) de )contact', 'message', 'votre message', 'envoyer le message', 'demande', 'question', 'service client', 'de nouveau (en stock|disponible)', 'retour en stock', 'alerte (de )?(stock|prix|disponibilite)', "m'(avertir|alerter|prevenir) (quand|lorsque|des que)"],
    survey: ['enquete', 'sondage', 'questionnaire', 'jeu-concours', 'jeu concours', 'concours', 'tirage au sort', 'gagner', 'participer', 'avis'],
    // GiveWP fr, HelloAsso: "Faire un don", "Montant du don", "Je donne"
    donation: ['faire un don', 'montant (du|de votre) don', 'je donne\\b', 'donateur', 'donatrice', 'dons\\b'],
  },
};
