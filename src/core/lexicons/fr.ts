import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

export const fr: Lexicon = {
  lang: 'fr',
  stopwords: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'je', 'vous', 'votre', 'vos', 'nous', 'nos', 'notre', 'pour', 'par', 'sur', 'avec', 'un', 'une', 'ne', 'pas', 'souhaite', 'recevoir', 'accepte', 'en', 'au', 'aux', 'cette', 'si', 'ou'],
  // "Recevoir les offres de nos partenaires" (PrestaShop), "Inscrivez-vous à notre newsletter"
  marketing: [
    'newsletters?', 'lettres? d\'information', 'lettres? d\'info', 'offres?\\b', 'promotions?', 'promotionnel', 'promos?\\b', 'reductions?', 'remises?\\b', 'soldes',
    'bons plans', 'bons de reduction', 'codes? promo', 'publicit', 'marketing', 'prospection', 'donnees (soient |sont |seront )?(communiquees|transmises|cedees) a (des|nos) (partenaires|tiers)', '(partenaires|tiers|nous) (peuvent|pourront|puissent) (vous|me) (contacter|solliciter|envoyer)', 'commerciale?s?\\b', 'nouveautes', 'nouveaux produits',
    'exclusivites?', 'exclusive?s?\\b', 'ventes privees', 'ventes flash', 'recommandations', 'avantages', 'recommandations personnalisees', 'mailings?\\b',
  ],
  // "Recevoir des e-mails de la part de Fnac", "Restez informé"
  weakMarketing: ['nos produits', 'produits et services', 'courriers? electroniques', 'communications', 'au courant', 'e-?mails\\b', 'courriels?', 'messages', 'actualites', 'actus?\\b', 'informations', 'infos?\\b', 'nouvelles', 'conseils', 'inspiration', 'informe'],
  receiving: [
    'recevoir', 'recois', 'reception', 'envoy', 'envoi', 'inscri', 'abonne', 'tenir informe', 'tenez-moi', 'restez informe', 'etre informe', 'contacte', 'sollicit',
    'utiliser mon', 'par e-?mail', 'par courriel', 'par sms',
  ],
  // "Être informé de l'état de ma commande", "Vous avez un code promo ?"
  neverMatch: [
    '(informations?|messages?|e-?mails?|notifications?|sms|informe)[a-z\'() ]{0,40} (sur|de|du|concernant) (l\'etat de |le suivi de |la livraison de |l\'avancement de )?(ma |votre |la )?(commande|livraison|colis|expedition)',
    'suivi (de|du) (commande|colis|livraison)', 'confirmation de commande',
    '(vous avez|avez-vous|j\'ai) un (code promo|bon de reduction|code de reduction)', '(saisir|appliquer|utiliser|ajouter) (un |votre |le )?(code promo|bon de reduction|code de reduction)',
    'demande de devis', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', 'en envoyant un (e-?mail|courriel)', '(repondre|reponse) a (ma|votre) (demande|question)', 'rester connecte', 'se souvenir de moi', 'creer un compte', 'demande d\'avis', 'donner (votre|mon) avis',
  ],
  // "Pas de spam", "Vos données ne seront jamais communiquées à des tiers"
  reassurance: [
    'pas de spam', 'jamais de spam', 'zero spam',
    `(jamais|pas|aucun)${CLAUSE}(communiquees|transmises|cedees|vendues|partagees|revendues)${CLAUSE}(tiers|partenaires)${CLAUSE}`,
    'nous respectons votre vie privee',
    `(jamais|pas|aucun)${CLAUSE}(communiquees|transmises|cedees|vendues|partagees)${CLAUSE}(autres (societes|entreprises))${CLAUSE}`,
  ],
  // "Vous pouvez vous désinscrire à tout moment"
  unsubscribeNotice: [
    `(desinscri|desabonn|retirer votre consentement|vous opposer|opposition)${CLAUSE}(tout moment|gratuit|lien|chaque)${CLAUSE}`,
    `(a tout moment)${CLAUSE}(desinscri|desabonn|retirer|opposer)${CLAUSE}`,
  ],
  priorNotice: [
    'vous recevrez (egalement |aussi |regulierement )*(notre |nos |la )?(newsletter|offres|lettre d\'information|promotions|e-?mails? (sur|de|avec))',
    'nous (pourrons|pourrions|allons) vous (adresser|envoyer|transmettre|contacter)[^.]{0,40}(offres|informations commerciales|newsletter|promotions|prospection)',
    'votre (adresse )?e-?mail (sera|pourra etre) utilisee?[^.]{0,40}(prospection|offres|newsletter|commerciales|marketing)',
  ],
  negators: ['ne plus\\b', 'n\'[a-z]+ plus\\b', 'pas\\b', 'jamais\\b', 'aucun(e)?\\b', 'ni\\b', 'rien\\b', 'non\\b'],
  negativeVerbs: ['desinscri', 'desabonn', 'opposer', 'opposition', 'refuse', 'opt-?out'],
  missVerbs: ['manquer', 'rater', 'louper'],
  // "Décochez cette case si vous ne souhaitez pas recevoir nos offres"
  untickInstructions: ['decoch', 'retirez la coche', 'desactivez'],
  // "Cochez cette case si vous ne souhaitez pas recevoir nos offres"
  tickInstructions: ['cochez', 'cocher (cette|la) case', 'en cochant'],
  yes: ['oui\\b', 'oui,? je'],
  no: ['non\\b', 'non,? merci'],
  answerValues: [['oui', 'non']],
  fieldNames: { marketing: ['newsletter', 'infolettre', 'lettre'], thirdParty: ['tiers', 'partenaires?'], negative: ['desinscription', 'desabonnement'], payment: ['paiement', 'moyen_?de_?paiement'] },
  signupBlocks: ['newsletter', 'infolettre'],
  // "J'accepte les conditions générales de vente", "J'ai lu et j'accepte la politique de confidentialité"
  termsAcceptance: [
    '(pris connaissance|lu et accepte|lu et approuve)[a-z\' ,]{0,30}(conditions generales|cgv|cgu|politique de confidentialite|mentions legales)',
    '(accepte|approuve|j\'ai lu|reconnais avoir lu|consens)[a-z\' ,]{0,40}(conditions generales|cgv|cgu|conditions d\'utilisation|politique de confidentialite|mentions legales|reglement)',
    '(conditions generales|cgv|cgu|politique de confidentialite)[a-z\' ,]{0,30}(acceptee?s|lues?)',
  ],
  thirdParty: [
    'partenaires?', 'tiers\\b', 'tierces', 'societes? (du|de notre) groupe', 'marques? du groupe', 'filiales', 'societes selectionnees', 'entreprises selectionnees',
    'annonceurs', 'sponsors?', 'groupe\\b',
  ],
  channels: {
    email: ['e-?mail', 'courriel', 'newsletter', 'lettre d\'information', 'mailing'],
    sms: ['sms', 'whatsapp', 'texto'],
    phone: ['telephon', 'appel'],
    post: ['courrier', 'voie postale', 'par la poste', 'catalogue'],
    push: ['push'],
    social: ['reseaux sociaux', 'facebook', 'instagram'],
  },
  vaguePurpose: ['(rester|restez|tenir|tenez)[a-z\'\\- ]{0,10}informe', 'au courant'],
  context: {
    purchase: [
      'commander', 'commande\\b', 'passer (la |ma )?commande', 'valider (la |ma )?commande', 'commande avec obligation de paiement', 'payer', 'paiement', 'moyen de paiement',
      'livraison', 'frais de port', 'adresse de facturation', 'sous-total', 'total', 'panier', 'ttc', 'recapitulatif', 'votre commande', 'caisse',
    ],
    registration: ['creer (un |mon |votre )?compte', 'creation de compte', 'inscription', 'mot de passe', 'identifiant', 'devenir membre', 'forum', 's\'inscrire'],
    newsletter: ['newsletter', 's\'abonner', 'abonnez-vous', 'inscrivez-vous', 'je m\'inscris', 'lettre d\'information'],
    contact: ['contact', 'message', 'votre message', 'envoyer le message', 'demande', 'question', 'service client'],
    survey: ['enquete', 'sondage', 'questionnaire', 'jeu-concours', 'jeu concours', 'concours', 'tirage au sort', 'gagner', 'participer', 'avis'],
  },
};
