import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

export const en: Lexicon = {
  lang: 'en',
  stopwords: ['the', 'and', 'to', 'of', 'i', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'with', 'for', 'about', 'from', 'would', 'like', 'want', 'receive', 'this', 'box', 'if', 'please', 'agree', 'not', 'do', 'be', 'by', 'in', 'on'],
  // "Email me with news and offers" (Shopify checkout), "Sign me up for the newsletter"
  marketing: [
    'newsletters?', 'offers?\\b', 'special offers', 'promotions?', 'promotional', 'promo\\b', 'promos\\b', 'discounts?', 'deals?\\b', 'marketing', 'advertis',
    'sales? (events?|alerts?|news)', 'on sale', 'coupons?\\b', 'vouchers?\\b', 'new (products|arrivals|collections?)', 'exclusive', 'commercial (e-?mails?|communications?|messages?)', 'mailing list',
    'product recommendations', 'recommendations', 'early access', '\\d+ ?% off', 'personali[sz]ed (offers|recommendations|ads)', 'latest news', 'money-?off', 'savings\\b', 'share my (data|details|information|e-?mail( address)?)[a-z ]{0,20} with (our )?(partners|third parties|selected)', '(partners|we|they) may (contact|e-?mail|call|text) (me|you)', 'contact(ed)? (me |you )?(by|via) (phone|telephone|sms|text|post)', 'giveaways?',
  ],
  // "Keep me updated with news" ; "I'd like to receive emails from Acme"
  weakMarketing: ['e-?mails\\b', '(our|new) products', 'products and services', 'messages', 'news\\b', 'updates?\\b', 'information', 'tips\\b', 'inspiration', 'up to date', 'in the loop', 'communications?', 'post\\b'],
  receiving: [
    'receiv', 'send', 'keep (you|me) (informed|posted|updated)', '(want|like) us to contact', 'sent\\b', 'e-?mail (me|us)', 'email me', 'text me', 'sign (me )?up', 'subscribe', 'join', 'keep me', 'hear (about|from)', 'contact (me|us)',
    'get\\b', 'be informed', 'inform me', 'notify me', 'use my', 'opt(-| )?in', 'like to', 'up to date', 'in the loop', 'stay',
  ],
  // "Notify me about order updates", "Have a coupon code?", "Save my name, email, and website in this browser for the next time I comment"
  neverMatch: [
    '(updates?|messages?|e-?mails?|notifications?|informed|texts?|sms)( [a-z]+){0,4} (about|on|of|regarding) (my |your |the )?(order|delivery|shipment|shipping|parcel|package|tracking)',
    '(order|shipping|delivery|dispatch|shipment) (status|updates?|confirmations?|notifications?|tracking)',
    'have a (coupon|promo|discount|voucher)', '(apply|enter|use|redeem) (a |your )?(coupon|promo|discount|voucher)( code)?', '(coupon|promo|discount|voucher) code\\?',
    '(terms|conditions)( and conditions)? of sale', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(answer|reply|respond|response)[a-z ]{0,20}(question|enquiry|inquiry|request)', 'confirmations?\\b', 'system (informations?|messages|notifications)', 'service (messages|e-?mails)', 'transactional', 'save my name', 'remember me', 'keep me (signed|logged) in', 'request (a|for) quote', 'review request', '(ask|invite|invitation)( me)? (to|for) (write |leave )?(a )?review',
    '(e-?mail|remind|notif)[a-z]* (me |you )?(via e-?mail )?(about|on|of|regarding|for) ([a-z]+ ){0,2}(order|delivery|shipment|shipping|parcel|package|tracking)',
  ],
  reassurance: [
    'no spam', 'we (hate|don\'t like) spam', 'never spam', 'spam-?free',
    `(never|not|won't|will not)${CLAUSE}(share|sell|rent|pass|disclose|give)${CLAUSE}(third|partners|others|anyone)${CLAUSE}`,
    `(share|sell|rent|pass|disclose)${CLAUSE}(never|not)${CLAUSE}(third|partners|others)${CLAUSE}`,
    'we respect your privacy',
    `(never|not|won't|will not)${CLAUSE}(share|sell|rent|pass|disclose|give|shared|sold|passed|disclosed)${CLAUSE}(other (companies|organi[sz]ations))`,
  ],
  unsubscribeNotice: [
    `(unsubscribe|opt out|opt-out|withdraw (your )?consent|change your mind)${CLAUSE}(any ?time|at any point|free|each|every|link|bottom)${CLAUSE}`,
    `(any ?time)${CLAUSE}(unsubscribe|opt out|withdraw)${CLAUSE}`,
  ],
  priorNotice: [
    '(you|customers) will (also )?(receive|get) (our |occasional |regular )*(newsletter|offers|promotions|marketing|e-?mails? (about|with))',
    '(we|acme) (will|may|would like to) (also )?(send|e-?mail|contact) you[a-z ]{0,30}(offers|news|promotions|products|marketing|newsletter)',
    'your e-?mail (address )?will be used[a-z ]{0,30}(marketing|offers|newsletter|promotions)',
  ],
  negators: ['not\\b', 'no\\b', 'don\'?t\\b', 'dont\\b', 'do not', 'never\\b', 'wont\\b', '[a-z]+n\'t\\b'],
  negativeVerbs: ['opt(-| )?out', 'unsubscribe', 'cancel', 'object\\b', 'refuse', 'decline', 'stop\\b', 'exclude'],
  missVerbs: ['miss\\b', 'missing\\b', 'miss out'],
  // "Uncheck this box if you prefer not to receive e-mails"
  untickInstructions: ['un-?(check|tick|select)', 'de-?select', 'remove the (tick|check)', 'clear (this|the) (box|checkbox)'],
  // "Tick here if you would rather not receive offers"
  tickInstructions: ['(tick|check|select|mark) (this|the|here|box)', 'please (tick|check)', 'by (ticking|checking)'],
  yes: ['yes\\b', 'yes please', 'sure\\b'],
  no: ['no\\b', 'no thanks', 'no, thank'],
  answerValues: [['yes', 'no'], ['y', 'n'], ['true', 'false'], ['on', 'off'], ['subscribe', 'unsubscribe'], ['subscribed', 'unsubscribed'], ['optin', 'optout'], ['opt-in', 'opt-out']],
  // Shopify `buyer_accepts_marketing`, WooCommerce/Mailchimp `mailchimp_woocommerce_newsletter`, Magento `is_subscribed`
  fieldNames: {
    marketing: ['newsletters?', 'opt_?-?in', 'marketing', 'subscribe', 'subscription', 'subscribed', 'mailing', 'promo', 'offers', 'optin_partners'],
    thirdParty: ['partners?', 'third', 'thirdparty'],
    negative: ['opt_?-?out', 'unsubscribe', 'no_?newsletter', 'no_?marketing'],
    payment: ['cc-?num(ber)?', 'card-?number', 'cardnumber', 'cc-(exp|csc|name)[a-z-]*', 'cvc', 'cvv', 'iban', 'payment[_-]?method'],
  },
  signupBlocks: ['newsletter'],
  // "I have read and agree to the terms and conditions", "I accept the privacy policy"
  termsAcceptance: [
    'have read (and understood |and accept |and agree to )?(the |your )?(terms|privacy|conditions)',
    '(agree|accept|consent|acknowledge)( to| with)?( the| your| our| all| these)?( website| store| general| shop)? (terms|t&cs?|t & c|conditions|privacy( policy| notice| statement)?|policies|eula|rules)',
    '(terms|terms and conditions|privacy policy)[a-z ,]{0,30}(read|accepted|agreed)',
  ],
  thirdParty: [
    'partners?\\b', 'third[- ]part(y|ies)', 'selected (companies|organi[sz]ations|brands|retailers)', 'carefully selected', 'affiliates?\\b', 'affiliated',
    'sister (companies|brands)', 'other (brands|companies|organi[sz]ations)', 'group (companies|brands)', 'family of (companies|brands)', 'sponsors?\\b', 'advertisers',
  ],
  channels: {
    email: ['e-?mail', 'newsletter', 'inbox', 'mailing'],
    sms: ['sms', 'text messages?', 'texts?\\b', 'whatsapp', 'text me'],
    phone: ['phone\\b', 'telephone', 'calls?\\b', 'calling'],
    post: ['by post', 'post\\b', 'postal', 'catalogues?', 'catalogs?\\b', 'letters?\\b', 'direct mail'],
    push: ['push'],
    social: ['social media', 'facebook', 'instagram', 'custom audiences'],
  },
  vaguePurpose: ['(stay|keep me|keep you)[a-z ]{0,10}(up to date|updated|in the loop|informed)', 'receive updates'],
  context: {
    purchase: [
      'place (my )?order', 'complete (my )?(order|purchase)', 'checkout', 'check out', 'pay now', 'payment', 'billing', 'shipping', 'delivery', 'order summary', 'your order',
      'subtotal', 'total', 'buy now', 'cart', 'basket', 'card number', 'vat', 'confirm (and|&) pay',
    ],
    registration: ['create (an |my |your )?account', 'register', 'registration', 'sign up', 'password', 'join (now|us|the community)', 'forum', 'username', 'new customer'],
    newsletter: ['subscribe', 'newsletter', 'sign up for', 'join (our|the) (mailing )?list', 'mailing list'],
    contact: ['contact', 'message', 'send message', 'get in touch', 'enquiry', 'inquiry', 'ask a question', 'customer service'],
    survey: ['survey', 'questionnaire', 'competition', 'contest', 'giveaway', 'sweepstake', 'prize draw', 'win\\b', 'enter to win', 'poll\\b', 'feedback'],
  },
};
