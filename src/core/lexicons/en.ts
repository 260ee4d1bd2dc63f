import type { Lexicon } from './lexicon';
import { CLAUSE } from './lexicon';

/** "… by SMS", "… via e-mail": the channel a removed notice comes by goes with it. */
/** A stated "never" or a subject's "not": "we don't", "your details will not", "never" — not a bare imperative "do not". */
const STATED_NOT = "(never|(we|we'll|we've|it|they|this|that|[a-z]+ (data|details|information|e-?mail( address)?|address|number)) ([a-z']+ ){0,2}(not|won't|will not|don'?t|do not|doesn'?t|does not|never))";

/** The terms of the mailing itself, not the shop's: "I agree to the email marketing terms & conditions" is the marketing consent alone (with privacy beside it, bundled still). */
const NOT_ITS_OWN_TERMS = '(?!( the| your| our)?( e-?mail| sms| text)? (marketing|newsletter|promotional) (terms|t&c|conditions)(?![^.]*privacy))';

const BY_CHANNEL = '( (by|via):? (e-?mail|sms|text( messages?)?|phone|whatsapp|push|post))?';

export const en: Lexicon = {
  lang: 'en',
  stopwords: ['the', 'and', 'to', 'of', 'i', 'me', 'my', 'you', 'your', 'we', 'our', 'us', 'with', 'for', 'about', 'from', 'would', 'like', 'want', 'receive', 'this', 'box', 'if', 'please', 'agree', 'not', 'do', 'be', 'by', 'in', 'on'],
  // "Email me with news and offers" (Shopify checkout), "Sign me up for the newsletter"
  marketing: [
    // "marketing" and its kin: "I have reviewed the Remarketing activities and authorize the treatment"
    // Birthday perks: a treat, discount or surprise on the person's birthday: "Send me a birthday treat"
    'birthday (treats?|surprises?|discounts?|vouchers?|rewards?|offers?|coupons?|perks?)\\b', '(treats?|surprises?|discounts?|vouchers?|rewards?|offers?|gifts?|presents?)( [a-z]+){0,3} (on|for) (my|your) birthday\\b',
    // A sender's news by another name: "Get the latest from Argos", "Hear the latest from us" (not software: "Get the latest from GitHub")
    'the latest from (?!(github|git|npm|the (server|repo(sitory)?|source))\\b)',
    'newsletters?', 'offers?\\b', 'promotions?', 'promos?\\b', 'discounts?', 'deals?\\b', '(re-?)?marketing', 'advertis',
    'sales? (events?|alerts?|news|reminders?)', 'on sale\\b', 'coupons?\\b', 'vouchers?\\b', '(new|latest|newest|upcoming) (products|arrivals|collections?|drops|launches|styles|merch|releases|season)\\b', 'exclusive', 'perks\\b', 'gift (ideas|guides?|inspiration)\\b', 'flash sales?\\b', 'commercial (e-?mails?|communications?|messages?)',
    'recommendations', 'early access', '\\d+ ?% off', '(£|\\$|€)\\d+([.,]\\d+)? off\\b', 'personali[sz]ed ads', 'latest news', 'money-?off', 'savings\\b', '(partners|we|they) may (contact|e-?mail|call|text) (me|you)', '(allow|let|permit) (our |selected |trusted )?(partners|third parties|sponsors|exhibitors)( to)? (contact|e-?mail|call|text|phone) (me|you)\\b', 'contact(ed)? (me |you )?(by|via) (phone|telephone|sms|text|post)', 'giveaways?',
    // Lists and subscriptions without the word newsletter: "General Subscription" (Magento), "Subscribe to all" (AcyMailing),
    // "Tick here if you do not wish to receive mailings", "Send me the free seasonal brochure", "Sign up for SAA enewsletters"
    'e-?newsletters?', 'mailings\\b', '(mailing|email|e-mail|subscriber|vip) lists?\\b', '(general|email|e-mail|newsletter|sms|text) subscriptions?\\b', 'brochures?\\b', 'catalog(ue)?s?\\b', 'leaflets?\\b', 'mailers?\\b',
    '(un)?subscribe( me)?( now| here| today| all)?\\s*[.!]?$', '(un)?subscribe( me)? (to|from) (all|them|these|everything|(all |these |the |our |your )?lists?)\\b', 'unsubscribe( me)? from (sms|texts|text messages|e-?mails)\\s*[.!]?$',
    // "Receive notifications on all available products" (Zen Cart), "Subscribe to product announcements", "Security & privacy news and updates"
    '(notifications?|updates|alerts|news|announcements?)( [a-z]+){0,2} (on|about|of|to|for) (all |our |new |these |this |the )?(available |latest |new )?products?\\b', '(global )?product (updates|news|announcements?|launch(es)?|notifications?)', 'products? (and|&) services? (updates|news|announcements?)\\b', 'direct mail\\b', '(e-?mail|sms|text|marketing|newsletter) opt(-| )?(in|out)\\b', 'bulk (e-?mails?|mail(ing)?s?)\\b',
    '(un)?subscribe( me)? to (our|the|my)( [a-z]+)? (blog|list|e-?mails?|updates|news|texts?|sms|alerts|mailings?)\\b', 'hear(ing)? (more )?from (us|our)\\b',
    // The sender named at the end: "I'd rather not hear from Argos", "Yes, I'd like to hear from the Argos team"
    // a sender of several words: "Would you like to hear more from Gara Rock?" (not members or the other side of a deal: "hear from other members")
    "hear(ing)? (more )?from (?!(you|me|him|her|them|other|members?|users?|people|sellers?|buyers?|hosts?|landlords?|recruiters?|employers?|candidates?)\\b)(the )?[a-z0-9'&-]+( [a-z0-9'&-]+){0,3}( team)?( again)?\\s*[.!?]?$",
    '(news|updates|tips|events) (and|&) (updates|offers|news|events|promotions|tips|announcements)',
    '(allow|enable|receive|turn on|get) (push )?notifications\\s*[.!]?$',
    // A kind of product newly out: "A monthly summary of new ebook releases", "Upcoming vinyl releases" (not software updates: "new firmware releases")
    '(new|latest|upcoming|future|forthcoming) (?!(firmware|security|software|app|version|patch|bug-?fix|driver|plugin|theme|core|system)\\b)([a-z0-9-]+ ){1,2}releases\\b', 'sales? (and|&) events',
    // The person's details passed to others, active or passive: "Share my details with selected partners", "I agree that my email address may be shared with event sponsors"
    '((share|pass|transfer|disclose|sell|give)[a-z ]{0,10} (my|your) (personal )?(data|details|information|e-?mail( address)?|contact details)[a-z ]{0,20}|(my|your) (personal )?(data|details|information|e-?mail( address)?|contact details)[a-z ]{0,30} (shared|passed( on)?|transferred|disclosed|sold|given)) (with|to) ((our|its|their|the|selected|carefully selected|trusted|event) ){0,2}(partners|third parties|3rd parties|selected|other (companies|organi[sz]ations|charities|brands|businesses)|external (companies|organi[sz]ations)|like-minded (organi[sz]ations|companies|charities|businesses|brands)|charities|group companies|affiliates|sponsors|exhibitors|advertisers)',
    // A bare channel as the whole label, in a list of contact preferences: "Email me", "Phone me", "Text me" (Comic Relief); the admin flag "Do not email", "No phone calls please"
    '^(yes,? )?(please )?(e-?mail|phone|call|text|sms|ring|write to) me[\\s.!]*$', '^(no,? )?(please )?((do not|don\'?t|never) (e-?mail|phone|call|text|sms|mail|post|contact)( me)?( (by|via) (e-?mail|phone|telephone|post|sms|text))?|no (more )?(tele)?(phone )?calls)( please)?[\\s.!]*$',
    // A yes to being contacted, the channel named: "Yes, please contact me by email" (a contact form's "Contact me by email" for its reply has no yes)
    '^yes,? (please )?(contact|e-?mail|phone|call|text|write to) me( (by|via|on) (e-?mail|phone|telephone|sms|text|post|whatsapp))?[\\s.!]*$',
    // Refusing a channel of contact is refusing its marketing: "I would like to opt out of phone calls", "Opt out of snail mail"
    '(opt(-| )?(me )?out|unsubscribe( me)?) (of|from) (all )?(marketing |promotional |sales )?(phone calls|telephone calls|calls|snail mail|postal mail|post|mail|direct mail|texts|text messages|sms|e-?mails?)\\b',
    // A bare sign-up as the whole label: "Sign me up!", "Opt me in" (a sentence that goes on, "Save time on your next order, sign up now", is an account)
    // and their refusals, as in an admin list or a preference centre: "Don't sign me up", "Opt me out"
    "^(yes,? |yes please,? |no,? |no thanks,? )?(please )?((do not|don'?t) )?(sign (me )?up|count me in)( now| here| today)?[\\s.!]*$", '^(yes,? |no,? )?(please )?opt (me )?(in|out)[\\s.!]*$', '^(tick|check|select)( here| this box| the box)? to opt[- ]?(me )?(in|out)[\\s.!]*$',
    // The status flag of a contact record: "Email Address is Opted-Out", "SMS opted in"
    '(e-?mail( address)?|sms|text|phone|marketing|newsletter|post)( address| number)? (is |has been |was )?opted[- ]?(in|out)\\b',
    // "Subscribe to <a mailing's name>" as the whole label: "Subscribe to Argos Insider", "Subscribe to the Argos Edit"
    // (not a plan, a paid service, a feed or a channel: "Subscribe to a monthly plan", "Subscribe to our YouTube channel")
    "^(yes,? |yes please,? )?(please )?(i('d| would)? (like|want) to )?subscribe( me)? (to|for) (?![^.]*\\b(plans?|premium|pro|membership|subscriptions?|services?|apps?|notifications?|calendar|feeds?|rss|podcasts?|channel|youtube|delivery|deliveries|box(es)?|save|trial|this|account|digests?|summar(y|ies)|forums?|groups?|tags?|categor(y|ies)|members?|users?|authors?|comments?|replies|threads?|topics?|posts?|course|class|event)\\b)[a-z0-9'&+ -]{1,40}[\\s.!]*$",
    // A blog followed by mail (Jetpack, Blogger): "Follow Blog via Email", "Follow us by email"
    "^(yes,? )?follow( [a-z0-9&'-]+){0,3} (by|via) e-?mail[\\s.!]*$",
    // Other names for a mailing: "Receive our e-zine", "the Argos e-bulletin"; campaign mail: "Action alerts to reclaim the internet" (Mozilla); "Company news"
    // "Receive launch notifications"; a shop's weekly ad or flyer: "Send me the weekly ad", "Receive our digital flyer"
    '(product )?launch (notifications?|alerts?|news|updates|e-?mails?)\\b', '(weekly|digital|monthly|store|printed)( [a-z]+)? (ads?|flyers?|circulars?)\\b(?! (blocker|blocking|free|settings|preferences|personali[sz]ation))',
    'e-?(bulletin|zine|blast|shot)s?\\b', 'mail-?outs?\\b', "(keep|stay) (me )?subscribed\\b", '(action|campaign|advocacy|fundraising|appeal) (alerts|updates|e-?mails|news)\\b', '(company|brand|store|shop) news\\b',
    // A bare "<news> from <sender>" or "about <cause>" as the whole label, in a list of mailings: "Updates from Argos", "Emails from the Argos team",
    // "General updates from Doxa", "Updates about Pray for Kurdistan"
    // A short title that names a mailing, as in a list of newsletters to tick: "Company announcements", "Developer news", "Tips & tutorials", "Customer stories",
    // "Event invitations", "Webinars and events", "Fundraising campaigns", "Editor's picks", "Breaking news alerts" (not a notice about the person's own business: "Order updates", "Security news", "Price updates")
    "^(?![^.]*\\b(order|account|security|shipping|delivery|password|billing|system|status|app|software|firmware|ticket|booking|repl(y|ies)|comments?|thread|topic|forum|activity|service|payment|important|critical|price|stock|flight|travel|trip|weather|policy|terms|privacy|legal|traffic|group|profile|friends?|friendship|followers?|mentions?|connections?|membership|calendar|my|your|past|attended|completed|cancell?ed|archived|all|sync|import|export|check|install|download|plugins?|themes?|versions?|webhooks?|api|delete|deleting|restore|restoring|edit|editing|create|creating|manage|managing|publish|publishing|view|viewing)\\b)([a-z0-9&'-]+ ){0,3}(news|updates|announcements|tips|stories|insights|invitations|webinars|round-?up|tips (and|&) [a-z]+( [a-z]+)?|(?<=[a-z] )(events|campaigns)|inspiration|picks|briefings?|releases|appeals|recipes|(news|deal|sale|offer|event|job) alerts|e-?mails(?= from))( (from|about) (?!(the )?(people|other|members|users|sellers)\\b)[a-z0-9&' :-]{1,40})?[\\s.!]*$",
    // A periodical by its name as the whole label, in a list of mailings: "Runners Monthly", "The Argos Weekly" (not a payment or delivery rhythm: "Pay monthly", "Ship weekly")
    "^(?![^.]*\\b(pay|paid|payments?|bill(ed|ing)?|charged?|donat[a-z]*|give|gifts?|renew[a-z]*|repeat|recurr?[a-z]*|deliver[a-z]*|ship(ped|ping)?|send|sent|reports?|backups?|back up|plans?|rent|rates?|prices?|invoices?|subscriptions?|reminders?|reminds?|digest|summary|sync|check|once|twice|every|each|times)\\b)(the )?([a-z0-9&'-]+ ){1,3}(weekly|monthly|quarterly|fortnightly)[\\s.!]*$",
    // Shop specials: "Weekly Specials", "Be the first to know about our member specials"
    '(weekly|daily|monthly|seasonal|holiday|weekend|online|web|e-?mail|exclusive|members?|subscriber|vip|in-store|store|special) (only )?specials\\b', 'specials (and|&) (offers|deals|discounts|promotions|events|new arrivals)\\b',
    // The sign-up promise as the whole label: "Be the first to know", "Be among the first to hear"
    '^(yes,? )?(please )?(let me )?be (the |one of the |among the )?first to (know|hear)( more)?[\\s.!]*$',
    // Refusing contact is refusing marketing (contact about an order is removed before): "Please tick if you do not want us to contact you",
    // "I do not wish to be contacted by Argos", "if you would prefer us not to use your details to contact you", "if you object to us contacting you by post";
    // "Tick this box if you are happy for us to contact you by email", "I agree to Stuffed Pals storing my email data and contacting me"; joining a list by another name: "I agree to be registered as a subscriber" (WPFunnels)
    "(do not|don'?t|not) (want|wish|like)( [a-z]+)? (to be contacted|(us|you|them|[a-z0-9'&-]+) to contact (me|you))\\b",
    '(prefer|rather) (us |you )?not (to )?(be contacted|contact (me|you)|use (my|your) [a-z ]{0,20}to contact (me|you))\\b',
    // "I'd prefer you didn't email me", "Tick here if you'd rather we didn't contact you"
    "(prefer|rather) (that )?(you|we|they|[a-z0-9'&-]+) (didn'?t|did not|wouldn'?t|would not) (contact|e-?mail|text|call|phone|write to|message) (me|you)\\b",
    "object(ion)? to (us |you |[a-z0-9'&-]+ )?(contacting (me|you)|being contacted)\\b", "(we'?d|we would) (like|love) to (contact|e-?mail|text|call|phone|write to) you\\b", '(happy|agree|consent|willing) to (be|being) (contacted\\b(?! by (a|an|our|one of our) +(;|sales|member|representative|consultant|advisor|adviser|specialist|expert|engineer))|(registered|added|signed up) as an? ([a-z-]+ )?subscriber\\b)', "(happy for|(agree|consent) to) (us|you|[a-z0-9'&-]+( [a-z0-9'&-]+){0,6}) (to (contact|e-?mail|text|call|phone|write to)|(and )?(contacting|e-?mailing|texting|calling|phoning)) (me|you)\\b(?! (about|regarding|concerning) (this|that|the|my|your)\\b)",
    // A reminder of the shop's sales, in a list of mailings: "Womens Sale Reminder" (Totsy)
    // Abandoned-cart mail is marketing (an order notice is not; nor is the shop's tracking of them, "Enable abandoned cart tracking"): "Send me cart reminders", "Remind me about items left in my cart"
    '(?<!tracking )(abandoned|left[- ]behind) (carts?|baskets?|bags?|checkouts?)\\b(?! tracking)', '(cart|basket|bag) (reminders?|recovery)\\b', '(if|when|whenever) i (leave|forget|abandon|left|forgot)( [a-z]+){0,3} in my (shopping )?(cart|basket|bag)\\b', '(remind|nudge)[a-z]*( me| you)? (about|of) (the )?(items?|products?|things)( [a-z]+){0,2} (left )?in (my|your|the) (shopping )?(cart|basket|bag)\\b',
    // Mail that comes now and then is a mailing, whatever it carries: "Please email me from time to time", "You may text me occasionally"
    '(e-?mail(ing)?|text(ing)?|contact(ing)?|write to|writing to|call(ing)?|phon(e|ing)|send(ing)?)( [a-z]+)? (me|you)( [a-z]+){0,3} (from time to time|occasionally|now and (then|again)|every (now and then|so often))\\b',
    // Being contacted by partners is their marketing: "Tick here if you would prefer not to be contacted by our partners"
    'contacted (by|from) (our |its |their |selected |carefully selected |trusted |other )?(partners|third parties|3rd parties|sponsors|exhibitors|affiliates|advertisers|group companies|other companies)\\b',
  ],
  // "Keep me updated with news" ; "I'd like to receive emails from Acme"
  weakMarketing: [
    // Product suggestions and recommendations, by mail or other channel: "email me product suggestions tailored to my interests"
    '(product|personali[sz]ed|tailored|personal) (suggestions|recommendations|picks)\\b','e-?mails\\b', '(our|new) products', 'products and services', 'messages', 'news\\b', 'updates?\\b', 'information', 'tips\\b', 'inspiration', 'up to date', 'in the loop', 'communications?', 'post\\b',
    // "Subscribe to stay in touch", "Please email me: New Merch & Sales", "Get top stories & features By email", "Receive emails from the Administrators"
    '(stay|keep) in touch', 'announcements?\\b', 'sales\\b', 'merch(andise)?\\b', '(top|latest|best) (stories|articles|reads|picks)', 'stories\\b', 'events\\b', 'alerts\\b', 'e-?news\\b', 'e-?mail from\\b', '(our|weekly|monthly|daily|regular|occasional|marketing|promotional)( [a-z]+)? e-?mails?\\b', 'competitions\\b', 'informed\\b', '(me|you|us) posted\\b', '(me|you|us|stay|be|get|kept) updated\\b', 'lists?\\b',
    // "Sign up for texts", "Subscribe to SMS", "Receive our magazine", "Email me about new features", "Get the latest from Argos in your inbox",
    // "Tell me when there's a sale", "Receive member-only perks", "Sign me up to hear from partners", "other ways I can support"
    '(new|latest) (posts|articles|blog posts)\\b',
    // The text channel as the thing signed up for, ending the label; "Receive SMS when my shift changes" is a notice
    '(sign (me )?up|subscribe|opt(-| )?in|join|get|receive)( to| for)? (our |the )?(sms|texts|text messages)( (updates|alerts|messages|list|offers|marketing))?\\s*[.!?]?$', 'bulletins?\\b', 'magazines?\\b', 'publications\\b', 'specials\\b', 'round-?ups?\\b', '(new|upcoming|latest) features\\b', '(to|in|into) (your|my) inbox', 'sale\\b', 'perks\\b', '(future|upcoming) (campaigns|appeals)\\b',
    // A mailing by its name: "Sign up to the Guardian Today email", "Subscribe to Argos Weekly", "Receive the Daily Briefing", "Send me the weekly highlights",
    // "Join 50,000 subscribers", "Stay connected with Argos", "Let Argos email me about things I might like", "volunteering opportunities"
    "(sign (me )?up|subscribe) (to|for) (the |our )?[a-z' ]{1,30} e-?mail\\b", '[a-z]+ (weekly|daily|monthly)\\s*[.!?]?$', 'briefings?\\b', "(weekly|monthly|daily|the|editor'?s'?) highlights\\b", '(join|be one of) ([0-9,.+]+ |[a-z]+ ){0,3}(subscribers|readers)\\b', '(stay|keep me|keep you) connected\\b',
    '(things|products|items|events|stories) (i|you) (might|may|would|will) (like|love|enjoy)\\b', '(volunteering|volunteer|fundraising|campaigning) (opportunities|news|updates)\\b', 'ways to volunteer\\b', "(our|your|[a-z]+'s) (work|mission|cause|campaigns?|projects|impact)\\b",
    "from (our |selected |trusted |carefully selected |other |[a-z]+'s )?([a-z]+ )?(partners|sponsors|third parties|sister (brands|companies)|charities|organi[sz]ations|brands|companies|businesses|retailers)\\b", '(other )?ways (to|i can|you can) (help|support|get involved|take action)\\b', 'how (i|you|we) can (help|support|get involved|take action)\\b',
    // Products as the whole topic (not "products in my wishlist", "products back in stock"): "I'd like to be contacted about other Argos products";
    // "I'd like to hear about volunteering"
    "(about|on|regarding) (other |our |new |upcoming |future |latest |related |similar )?([a-z0-9'&-]+ )?products\\b(?=[.!?,]|$| and | or | from )", '(volunteering|fundraising|campaigning)\\b',
    // The text channel as what is received: "I'd rather not receive texts from Argos", "Get text messages about sales" (a text when my order ships is a notice)
    'texts\\b', 'text messages\\b',
    // Other names for being kept up to date: "Keep me in the know", "Get the inside scoop", "Receive the Argos journal"
    'in the know\\b', '(inside )?scoop\\b', 'journal\\b', 'flyers?\\b',
    // Travel a shop sells, as a topic: "Email me about 2027 cruises" (the person's own booking is a notice)
    '(?<!(my|your|booked) )(cruises|holidays|vacations|getaways|(city|short|weekend|spa) breaks)\\b',
    // What a shop, school or venue will put on next, like "new products": "Notify me about new courses", "I'd like to hear about upcoming concerts"
    '(new|upcoming|future|latest|forthcoming) (courses|workshops|classes|concerts|shows|tours|gigs|exhibitions|performances|productions|trips|holidays|destinations|menus|dishes|flavou?rs|titles|books|games|experiences|programmes|programs)\\b',
    // Letters and mail from the sender: "Please un-tick this box if you would not like to receive correspondence from us" (paperless statements are removed before)
    'correspondence\\b'],
  receiving: [
    // Whole words: "Contact messages", "Email messages" and "Text messages" are no "contact me", "e-mail me", "text me"
    'receiv', 'reciev', 'send', 'keep (you|me) (informed|posted|updated)', '(want|like) us to contact', 'sent\\b', 'e-?mail (me|us)\\b', 'text me\\b', 'sign (me )?up', 'subscribe', 'join', 'keep me\\b', 'hear (about|from)', 'contact (me|us)\\b', 'hearing (about|from)',
    'get\\b', 'be informed', 'inform me\\b', 'notify me\\b', 'use my', 'opt(-| )?in', 'like to', 'up to date', 'in the loop', 'stay',
    // Leaving a list is about marketing too: "Unsubscribe from all future e-mails", "Opt out of marketing emails"
    'unsubscrib', 'opt(-| )?out', 'keep in touch', '(be )?contacted\\b', 'be (the |one of the |among the )?first to (know|hear)', 'add (me|my (e-?mail( address)?|name)) to', 'remove me from', '(exclude|delete) me from', '(take|keep|leave) me off', 'please e-?mail me',
    // "I want to be kept informed about products", "I want to be notified about future events", "Let me know about new arrivals", "Tell me about special offers"
    // "Remind me about upcoming sales" (an appointment or order reminder is removed before)
    'kept (informed|up to date|updated|posted)', 'notified\\b', 'let me know', '(tell|remind) me\\b',
    // "Please tick if you are happy for us to contact you about future campaigns", "Can we contact you about our events?", "Register my interest in future sales"
    'us to (contact|e-?mail|text|call|phone|write to|send) you\\b', '(can|may) we (contact|e-?mail|text|call|phone|send) you\\b', 'register (my |your )?interest\\b',
    // "I am interested in news about upcoming products"
    'interested in\\b',
    // "Invite me to future events"
    'invite me\\b',
    // "I agree to be added to the list", "Put me on the list"
    '(be|being|get|getting) added to\\b', 'put me on\\b',
    // "… if you don't mind us emailing you with updates"
    '(e-?mailing|texting|messaging|contacting|writing to) (you|me)\\b',
    // "Yes, I'd like emails", "I would love news from Argos"; "Keep me in the know"
    "(i'?d|i would) (like|love) (e-?mails|texts|updates|offers|news(letters?)?)\\b", 'in the know\\b',
    // "Tick if you don't want news from our charity partners"
    'want (to hear|news|e-?mails|updates|information|messages|offers|texts)\\b',
  ],
  // "Notify me about order updates", "Have a coupon code?", "Save my name, email, and website in this browser for the next time I comment"
  neverMatch: [
    // A discount code or gift card the customer enters is a shop feature, not an offer sent: "Add a voucher or promo code"
    '(apply|enter|use( of)?|redeem|add|have|got) (a |an |your |my |the |this )?(gift (cards?|vouchers?|certificates?)|coupon|promo(tion(al)?)?|discount|voucher)( or (a |an )?(gift card|gift voucher|coupon|promo(tion(al)?)?|discount|voucher))?( codes?| cards?)?\\b',
    // Notices about the person's own order: "Email me when my order has been dispatched and keep me updated on delivery"
    '(e-?mail|text|notify|message|sms) (me|you) (when|once|as soon as|whenever|if) (my|your)\\b[^.;:!?()]*', '(keep|kept) (me|you) (updated|informed|posted) (on|about|of|regarding) (my |your |the )?(order|delivery|shipment|parcel|package|booking)\\b',
    // A product attribute as a filter: "Discounted items", "Items on sale"
    '^(show )?(only )?(discounted|reduced|sale|clearance|marked down|on sale) (items|products|articles|prices)\\s*$', '^(discounted|reduced|sale|clearance|on sale)( items| products)? only\\s*$', '^(items|products|articles) (on sale|in the sale|on offer)\\s*$',
    // A cookie category named before a colon, and all its description after it: "Marketing cookies: used by us and our partners to show you relevant ads"
    '^[a-z&/\' -]{0,40}cookies?\\b[^:]{0,30}:.*',
    // The format of mails, not what they carry: "Receive emails as HTML", "E-mails in HTML ontvangen"
    '(e-?mails?|mails?)( [a-z]+)? (in|as) (html|plain[ -]?text|text)\\b',
    '(updates?|news|messages?|e-?mails?|notifications?|informed|information|texts?|sms|alerts?|reminders?|correspondence)( (?!(offers?|news|promotions?|marketing|deals)\\b)[a-z0-9.&\'-]+){0,10} (about|on|of|regarding|for) ((my|your) (?!(next|upcoming|future|first)\\b)([a-z]+ )?|the |this )?(order|delivery|shipment|shipping|parcel|package|tracking|ticket|booking|reservation|appointment|application|request|enquiry|inquiry|return|refund|claim|case|donation|bid|auction|(?<=(my|your) ([a-z]+ )?)(project|job|service request|journey|trip|flight|stay|visit|event))',
    // (the sender named at length: "I agree to receive text messages from The Coast LLC at the phone number provided about my project")
    // (the shop's name before the person's own thing, and travel booked: "Send me text messages about my Trainline journey", "Text me updates about my ASOS order";
    // "… for your next order" stays an offer)
    // A one-off request for information: "Please send me more information about this product", "so they can send me the requested information"
    '(more|further) (information|details|info) (about|on|regarding|for|of) (this|the|that) (product|item|property|listing|course|programme|program|vehicle|car|event|job|position|service|offer)\\b', '(the )?requested (information|documents?|brochures?|materials?|details|quote)\\b',
    // Filters and prices, not messages: "Show only products on sale", "Prices exclusive of VAT"
    `^(only )?(show|hide|display|list|view|search|sort|filter)\\b${CLAUSE}`, '(exclusive|inclusive) of\\b', '(prices?|totals?|amounts?|rates?|costs?) (incl|excl|including|excluding|with|without|less)\\.? (the |any |all )?discounts?\\b',
    // with the channel before: "Receive text messages with shipping updates"
    `((e-?mails?|texts?|text messages|sms|messages|notifications) (with|about|for|on|of) )?(order|shipping|delivery|dispatch|shipment|tracking|parcel|package) (status( updates?| notifications?| alerts?| e-?mails?)?|updates?|confirmations?|notifications?|tracking|alerts?)${BY_CHANNEL}`,
    // Notices about the person's own business: "Notify me about ticket updates", "Contact me by phone about my order", "Send me a verification code by SMS"
    `(ticket|booking|reservation|appointment|account|request|case|application|claim|balance) (updates|notifications|alerts|reminders|changes)\\b${BY_CHANNEL}`, `(?<!(cart|basket|bag|sales?) )reminders?\\b${BY_CHANNEL}`,
    // (channels listed, "only" before the purpose: "Argos may contact me by phone or email regarding this quote request only")
    '(contact(ed|ing)?|call(ed|ing)?|phone(d)?|text(ed|ing)?|reach(ed)?) (me |you )?((by|via) (e-?mail|phone|telephone|sms|text|post)((,| or| and) (e-?mail|phone|telephone|sms|text|post)){0,2} )?((only|solely|exclusively) )?(about|regarding|concerning|on|for|in (relation|connection|response) to|to (arrange|discuss|confirm))( [a-z]+){0,2} (order|delivery|shipment|booking|reservation|appointment|inquiry|enquiry|request|question|application|installation|repair|return|quote|quotation|estimate|message|submission|complaint|claim|consultation)',
    `((sms|text|e-?mail) )?(verification|security|confirmation|login|sign-?in|one-?time|authentication|access|2fa|two-factor|otp)( [a-z]+){0,2} (codes?|pins?|passwords?|texts?|sms|links?)\\b${BY_CHANNEL}`, 'sales (representatives?|reps?|advisors?|agents?|consultants?)\\b',
    '((e-?mails?|notifications?|alerts?) (about|of|for|on) (new )?)?(private|direct|personal) messages?\\b', '((e-?mails?|notifications?|alerts?)( about| of| for| on)? )?(new|unread|read|sent|received|deleted|archived) (private )?messages\\b( in my inbox)?',
    // Events the person takes part in, news shown on the site: "Send me updates about events I'm attending", "Receive news in my dashboard"
    "(updates?|news|information|e-?mails?|notifications?|changes)( [a-z']+){0,4} (i'?m|i am|i'?ve|i have|you'?re|you are|you'?ve|you have|i|you) (attending|registered|booked|signed up|enrolled|joined|bought|purchased)\\b( for| to| in)?",
    '(news|updates|notifications|offers)( [a-z]+){0,2} (in|on) (my|the|your) (dashboard|feed|news ?feed|timeline|stream|profile|account page)\\b', '(updates|notifications|alerts|changes|activity) (on|about|for|to|in) (this|the) (issue|ticket|thread|topic|page|listing|project|discussion|bug|pull request|question|answer|document|file|task|board|wiki)\\b', 'saved (search|searches)\\b', 'frequent[- ]flyers?\\b', '((e-?mails?|alerts?|notifications?|updates)( [a-z]+){0,3} (for|on|about|of|to) )?(new |matching )?search results\\b', `((e-?mails?|alerts?|notifications?|updates)( [a-z']+){0,5} )?(match(ing|es)?|that match|which match) (my|your|the)( saved)? (search|criteria|filters?|preferences)\\b${CLAUSE}`,
    // "Receive notifications when comments get posted on content you subscribed to"
    '(content|posts?|threads?|topics?|items?|pages?|groups?) (you|i) (have )?(subscribed|subscribe|follow|followed|watch|watched|created|started|posted|commented)( to| in| on)?\\b',
    // A site's own news page and notices set off by the person's own business: "Notify me of new news",
    // "may send me e-mails (e.g., when my shifts change, on new private messages, or when there is new news)"
    'new news\\b', `(e-?mails?|notifications?|messages?|alerts?|texts?)( \\((e\\.g\\.|for example|such as|like),?)? (when|whenever|each time|every time) (my|i|i'm|i've|i am)\\b${CLAUSE}`,
    // Paperless statements: "Receive correspondence by email instead of post", "Go paperless"
    `${CLAUSE}\\b(paperless|paper-?free|e-?statements?|e-?billing|instead of (by )?(post|paper|letters?))\\b${CLAUSE}`,
    // A copy of what the person sent: "Send me a copy by email", "Email me a copy of my answers"
    `send (me |myself )?a copy( to (me|myself))?${BY_CHANNEL}`, 'cop(y|ies) of (this |my |the |your )?(messages?|e-?mails?|form|answers?|submission|enquiry|inquiry|request|order|booking|ticket|registration|responses?)\\b', '(coupon|promo|discount|voucher)(,? or [a-z]+)? codes?\\?',
    '(terms|conditions)( and conditions)? of sale', '(e-?mail|mail|courriel)[a-z ]{0,14} (naar|to|an|a) [a-z0-9._%+-]+@', '(answer|reply|respond|response)[a-z ]{0,20}(question|enquiry|inquiry|request)', 'confirmations?( (e-?mails?|messages?|sms|texts?))?\\b', '(system|platform|maintenance|downtime|outage) (informations?|messages|notifications|e-?mails|updates|alerts|notices)', '((e-?mails?|notifications?|alerts?|updates)( [a-z]+){0,2} (about|on|for|of) )?(your|my) (transactions|payments|payouts)\\b', 'service (messages|e-?mails)', '(?<!(products?|and|&) )service (announcements?|notices?|notifications?|alerts?)\\b', 'transactional', 'save my name', '(save|store|remember|keep) (my|your) ([a-z]+ )?(information|info|details|data)\\b', 'remember me', 'keep me (signed|logged) in', 'request (a|for) quote', 'review request', '(ask|invite|invitation)( me)? (to|for) (write |leave )?(a )?review',
    '(e-?mail|remind|notif)[a-z]* (me |you )?(via e-?mail )?(about|on|of|regarding|for) ([a-z]+ ){0,2}(order|delivery|shipment|shipping|parcel|package|tracking)',
    // Offers the user makes: "Make an offer on this item", "Allow the seller to send me counter-offers on my bid"
    '(make|submit|place|send)( an| a| my| your)? (best |counter-?)?offers?\\b(?<!send offers?)', 'counter[- ]?offers?',
    // An offer added to the order in checkout, not a mailing: "Upsell Offer #1", "Post Purchase Offer", "Accept Offer", "Please select an offer"
    '(upsell|downsell|cross-?sell|post[- ]purchase|one-click|order bump|bump|initial) offers?\\b', '^(please )?(accept|decline|reject|claim|skip|select|choose|pick)( an| this| the)? offers?[\\s.!]*$',
    // (a mailing's "our best offers" stays: "No spam, just our best offers once a month")
    '(?<!\\b(our|the|latest|exclusive|weekly|monthly) )best offers?\\b',
    // Offers between members of a marketplace: "Accept offers from buyers", "Allow buyers to send me offers"
    '(offers?|bids?) from (the )?(buyers?|bidders?)\\b', '(buyers?|sellers?|bidders?)( to)? (send|make|submit)( me| you)? (an |a )?(best )?offers?', 'offers? (on|for) (this|my|the|your) (item|listing|bid|product|lot)',
    // Offers shown, added or applied, not sent: "Show offers from partners in the app", "Yes, show me recommendations tailored to me in the Argos app",
    // "Personalise the offers I see on the website", "Add this offer to cart", "Don't use Promotional Code"
    // (not a sign-up's promise: "Sign up to see exclusive offers on our website", "Be the first to see new arrivals on our website")
    `(?<!(first|up) to )(show|display|see|view|(personali[sz]e|tailor)\\b)${CLAUSE}\\b(in|within|inside|on) (the|this|our|your|my)( [a-z0-9.&'-]+)? (app|application|website|site|home ?page)\\b`, '(add|added)( this| the| that)?( [a-z-]+){0,2} offers? to (your |my |the )?(cart|basket|bag|order)',
    '(coupon|promo(tional)?|discount|voucher) codes? (here|below|at checkout)',
    // Cookie and consent-manager categories: "Advertisement and targeting cookies", "Marketing: These services process personal information…"
    // A sentence about "these cookies", commas and all: "These cookies are used, for example, to show you relevant advertising"
    '(?<=^|[.!?] )(these|those|such|our|the following)( [a-z-]+)? cookies\\b[^.!?]*',
    `${CLAUSE}\\b(cookies?|trackers?|tracking technologies|pixels?)\\b${CLAUSE}`,
    '[a-z &-]{0,40}: (these|this) (services?|cookies?|technologies|tools|category)[^.!?]*',
    '(show|display|serve|deliver)( you)? (relevant|personali[sz]ed|targeted|interest-based|tailored)[a-z -]{0,30} (ads|adverts|advertising|advertisements|content)', '(build|create) a profile', 'targeted (ads|advertising)',
    // Site and forum notices, not commercial: "Send digest e-mails", "Automatically subscribe to threads you post in", "Subscribe to the answers"
    '(digest|summary|activity|notification|reply|replies|mention)( and [a-z]+)? (e-?mails?|notifications?)', 'e-?mail (digests?|summar(y|ies)|notifications?)', '(daily|weekly) (digest|summary)',
    '(e-?mails?|messages?) from (other )?(members|users|people)\\b', '(subscribe|watch|follow|notify me|notifications?|e-?mail me)[a-z ]{0,20} (threads?|topics?|repl(y|ies)|answers?|questions?|comments?|discussions?|conversations?|mentions?)\\b', `((be )?(informed|notified) |(e-?mails?|alerts?|notifications?|messages?|texts?) )?(when|if) (someone|somebody|anyone|people|another user|(an? |new )?(staff|users?|members?|employees|colleagues|customers?|buyers?|clients?|guests?))${CLAUSE}`,
    // (and a shop's alert of its customers' doings: "Receive alerts when customers leave product reviews"); offer as a verb: "Benefits we offer to members"
    '(we|you|they) offer\\b',
    // Stock and price alerts, account and receipt mails: "Notify me when this item is back in stock", "Email me a copy of my receipt"
    '(back|again) in stock', '(becomes?|is) (available|in stock)( again)?', 'price (drops?|decreases?|alerts?|changes?)', 'wait(ing)? ?list', 'wish ?list',
    '(account|security|password|billing|invoice|receipt|renewal|essential|important|administrative)( related)? (e-?mails?|notifications?|messages?|alerts?|notices?|reminders?)',
    // Software updates, not news: "Keep automatic updates", "Unlimited updates", "Get updates for bleeding edge Beta versions of %s" (Freemius)
    '((automatic|auto|unlimited|lifetime|beta|version|software|firmware) updates?|updates? (for|of|to) ([a-z-]+ ){0,3}(beta|versions?|plugins?|themes?))\\b',
    // Service news of a licence or account: "We will also send other important updates, like rod fishing byelaw changes"
    '(other )?important (updates|information|changes)\\b', '(copy of )?(my |the |your |an |a )?(receipt|invoice)s?\\b( (by|via) (e-?mail|post|mail|sms))?',
    // Buying or paying with a voucher is no mailing: "Gift voucher", "Pay with voucher"
    '(e-?)?gift (vouchers?|certificates?|cards?)( ?(/|or|and|&) ?(coupons?|vouchers?|gift cards?))?\\b', '(pay|paying|payment|buy|purchase)( [a-z]+){0,2} (with|by|using)? ?(a |an |my )?(vouchers?|coupons?)\\b',
    // Anonymous usage statistics: "Send anonymous usage statistics"
    `${CLAUSE}\\b(anonymous|anonymi[sz]ed|usage (data|statistics|stats)|crash reports?|diagnostic data)\\b${CLAUSE}`,
    // A tax declaration, a link to settings and a page's ad slot: "Select this to get VAT exempt on eligible products", "Configure how and when you receive notifications",
    // "Update the content in the Main Advertisement region"
    `${CLAUSE}\\b(vat|tax)[- ](exempt|exemption|relief)\\b${CLAUSE}`, `(configure|manage|customi[sz]e|adjust) (how|when|which|what)${CLAUSE}`, 'advertis[a-z]* (regions?|slots?|banners?|space|areas?|zones?|blocks?|slides?|positions?|placements?)\\b',
    // Buying a subscription is not a mailing list: "Subscribe & save 10%", "Auto-renew my subscription"
    'subscribe (and|&) save', 'subscription (orders?|products?|plans?|terms|agreement|fees?|box(es)?|renewal|period|billing|payments?)', '(auto(matic(ally)?)?[- ]?renew|renew) [a-z ]{0,20}subscriptions?',
    // The format of mail, not whether it comes: "I prefer to receive emails in HTML format" (phpList), "Send newsletters as plain text"
    '(e-?mails?|newsletters?|messages?|mailings?)( [a-z]+){0,2} (in|as) ([a-z]+[- ]){1,2}(format|version)\\b', '(plain[- ]?text|text[- ]only)( format| version)?\\b',
    // Pictures of the person used in the shop's own publicity: "I authorize the school to photograph/video my child for yearbook, website, and promotional materials"
    "(photo(graph)?(s|ed|ing)?|videos?|film(s|ed|ing)?|recordings?|images?|pictures?|likeness|portraits?)\\b[a-z/ ,&'-]{0,120}\\b(promotional|marketing|advertising|publicity) (materials?|purposes|use|campaigns?)\\b",
    // and the other way round: "If unticked, no club promotion from swim photos or videos"
    '(promotion|publicity|advertising)( [a-z-]+){0,3} (from|with|using) ([a-z-]+ )?(photo(graph)?s|videos|images|pictures|footage)\\b',
    // A price, a code field, a setting or a cart line as the whole label: "Promo code", "Discount details", "Discounted price:", "Offer Settings", "Shipping Discount", "Voucher:"
    // (bare topics of a sign-up, "Exclusive discounts", "Coupons", stay marketing)
    '^([a-z%$]+ ){0,2}(coupon|promo(tional)?|discount(ed)?|voucher|rebate|offer)s? (codes?|amounts?|prices?|types?|details|totals?|values?|rules?|fields?|conditions?|settings|percent(age)?|lines?)[\\s:.!?]*$',
    '^([a-z%$.]+ )?(shipping|items?|order|cart|product|student|senior|family|spouse|child(ren)?|military|staff|employee|trade|bundle|early-?bird|last[- ]minute|stay|booking|rental|reason|ticket|per ticket|quantity|qty|volume|bulk|total|tier(ed)?|wholesale|line|payment|pre-tax|percentage|fixed|flat|applied|used|group|coupon|renewal|setup|bump|upsell|downsell|[0-9]+ ?%?) (discounts?|coupons?|promotions?|rebates?)[\\s:.!?]*$',
    // A price choice or a price rule as the whole label: "No discount", "Keep my discount", "Discount (%)", "10% discount for bulk purchases"
    '^(no|keep (my|your|the)) (discounts?|coupons?|promotions?)[\\s:.!?]*$', '^(discount|coupon|voucher|promo|rebate)s? ?\\(?(%|\\$|£|€|amount|percent(age)?|fixed)\\)?[\\s:]*$',
    '^[0-9]+ ?% (discount|off) (for|on) (bulk|volume|subscription|renewals?|bundles?|orders? over|purchases? over|group)\\b',
    '^(coupon|discount|voucher|promo|rebate)[\\s:]*$',
    // The shop's own discount features switched on, used or picked: "Enable coupons", "Apply discount at checkout", "Allow use of coupon", "Select coupon" (WPFunnels)
    '(enable|disable|activate|deactivate|allow|permit|accept|apply|add|use|show|hide|select|choose|pick|create|delete|edit|update|remove|duplicate|restore|trash|manage)( the| a| an| my| new| this| use of)? (coupons?|discounts?|vouchers?|promo(tion(al)?)?s?|rebates?)( codes?| fields?| features?| functionality| module| pricing| prices?)?\\b',
    // and its state or field in the shop's admin: "Coupon draft updated.", "This discount is expired.", "This discount is not active", "Discount name"
    '(coupon|discount|voucher|promo(tion)?)s?( codes?| drafts?)?( (is|are|was|were|has|have|can|cannot|will|not|no|longer|be|been|successfully)){0,4} (updated|deleted|created|added|applied|expired?|expires|restored|moved|published|saved|removed|redeemed|usage|name|id|valid|active|usable|found|combined)\\b',
    // The shop's discount rules in its settings: "Calculate coupon discounts sequentially", "Override discounted products", "Do not discount products in these categories"
    '(calculate|override|honou?r|combine|stack|limit|restrict|exclude|excluding|handling of)(?! (me|us|my)\\b)( [a-z]+){0,2} (coupons?|discounts?|discounted (products|items|prices)|vouchers?|promotions?)\\b', "^(do not |don'?t )?discount (products|items|prices|orders)\\b",
    // Mail between members: "Selecting yes will allow other members to send you emails through this board"
    '(other )?(members|users|people|buyers|sellers|visitors)( [a-z]+)? (to|can|may) (send|e-?mail|message|contact|write to) (you|me|messages)\\b',
    // The carrier or fitter about the delivery: "Allow our delivery partners to contact me by SMS", "I'm happy for the driver to call me on arrival"
    "(courier|driver|delivery (driver|company|partner|service)|carrier|shipping (company|provider|partner)|parcel (service|company)|postman|technician|engineer|installer|fitter)s? ((to|may|will|can) (contact|call|text|phone|e-?mail|notify|message)|contacting|calling|texting) (me|you)\\b",
    // News of the person's own groups on a community site: "Receive announcement emails for events of this group", "Notify me of new announcements in my groups",
    // "Notify me of new posts in this thread"
    '(updates|notifications|alerts|announcements?|e-?mails?|news|events|posts?|topics?|discussions?|comments?)( [a-z]+){0,4} (in|of|for|from) (this|my) (groups?|forums?|threads?|topics?|spaces?|teams?|channels?|categor(y|ies)|clubs?|circles?|collections?|boards?|sections?)\\b',
    // Activity on a community site, in a list of notifications: "Group Updates", "Profile Updates", "Friendship requests"; the person's referrals: "Sent Invitations Updates" (Totsy)
    '(group|profile|invit(ations?|es?)|referrals?|friend(ship)?|followers?|mentions?|connections?|wiki|calendar|project) (updates|activity|notifications|invitations|requests)\\b',
    // The shop's catalogue as its product listing, not a mailing: "Visibility in catalog", "Catalogue mode", "Catalog Sorting", "Product Catalog"
    // (a catalogue sent by post stays: "Send me the Argos catalogue by post")
    'catalog(ue)? (visibility|mode|sorting|sort|pages?|search|settings?|rules?|feed|file|sync(ing)?|images?|views?|permissions?|filter(ing)?|navigation|menu)\\b',
    '(visib(le|ility)|shown?|hidden|hide|display(ed)?|listed|appears?|search(ing)?|sorted|include[ds]?|exclude[ds]?|added) (in|from|to) (the |our )?(product |shop |store |online )?catalog(ue)?\\b', '^(the )?product catalog(ue)?[\\s.:]*$',
    // A rank, not an advert: "Group Administrator promotions", "Moderator promotions"
    '(administrator|admin|moderator|mod|organi[sz]er|rank|role|job|career) promotions?\\b',
    // Contact about the person's own affairs, not offers: "I consent to be contacted by TTM (core group or other members) about my skills and interests",
    // "I'm happy to be contacted regarding my application"
    '(be|being) contacted\\b[^.;!?]{0,60}? (about|regarding|concerning) (my|your) (own )?(skills|experience|expertise|qualifications|cv|resume|application|submission|profile|account|membership|availability|volunteering|shifts?|enquiry|inquiry|request|question|feedback|answers?|responses?|listing|ad|advert)\\b',
    // Notices about the person's own account: "Send me emails about my account activity", "Receive important updates about your account"
    '(updates?|news|messages?|e-?mails?|notifications?|information|alerts?|texts?|sms|correspondence)( [a-z]+){0,4} (about|on|of|regarding|for) (my|your) (account|password|security|login|sign-?in|profile|membership|subscription|payments?|billing|invoices?|activity)\\b',
    // A site's or shop's settings for mail others get, not the person's own choice (admin screens, plugin switches):
    // "Allow customers to subscribe to the newsletter at checkout", "Allow group admins to send newsletters", "Let users choose their lists"
    // (mail to the person stays: "Selecting yes will allow Administrators to send you notices and board newsletters")
    `(allow|let|enable|permit|force|require)s?( all| your| the| site| group)? (customers|users|visitors|members|subscribers|buyers|shoppers|guests|clients|admins|administrators|moderators|editors|authors|owners|group (admins|owners|members|moderators)|site (admins|owners))( [a-z]+)? to\\b(?![^.;:!?]*\\b(me|you)\\b)${CLAUSE}`,
    // "Send test newsletter", "Send messages" (the person as the sender), "Email Marketing Integrations", "Enable public mailing list archive", "Include banned users in the newsletter sending"
    // Mail the site sends its customers, set by its owner: "Send automated emails to customers who abandon their cart", "If set to true order confirmation emails will be sent to customers",
    // "Enable this option to automatically subscribe users to your email list", "Select a list to add subscribers to" (mail to the person stays: "We send offers to our customers")
    `([a-z-]+ ){0,4}(sent|send|sending)(( [a-z-]+){0,4} to)? (your |the |all |new |existing |their )?(customers|users|clients|buyers|students|attendees|guests|staff|team members)\\b${CLAUSE}`, `(subscribe|add)( all| your| the| new| existing)? (customers|users|clients|buyers|subscribers|students|attendees|contacts|members)( [a-z]+)? to\\b${CLAUSE}`, 'add subscribers\\b', '(my|our)( [a-z]+)? lists? (gets?|got|receives?|has) (a |an |any )?new (subscriber|sign-?up|member|follower)s?\\b',
    // The shop's own features switched on, in its settings: "Turn on abandoned cart for your store", "Also enable abandoned checkouts in test mode"
    `(turn on|turn off|enable|disable|activate|deactivate)${CLAUSE}\\b(for your (store|shop|online store)|in test mode)\\b`,
    '(send|sending)( a| an| the)? test (e-?mails?|newsletters?|messages?|sms|texts?|campaigns?)\\b', '^(send|sending|write|compose|reply to) (e-?mails|messages|newsletters?|texts|sms|campaigns?)\\b',
    '((e-?mail|sms|text|newsletter) )?(marketing|promotion) (methods|integrations?|automations?|tools?|platforms?|software|modules?|plugins?|channels?|apps?|providers?|services? providers?|campaigns? (settings|reports?))\\b',
    '(mailing list|newsletter|e-?mail|campaign)s? (archives?|sending|recipients|templates?|editor|settings|module|plugin|widget|shortcode|block|statistics|stats|reports?|logs?|queue|headers?|sender|status( notifications?)?)\\b',
    // Where mail is sent from, and the site's mailing features switched on: "Allow newsletters to be send from a custom e-mail address", "Send emails via your host", "Enable site newsletters";
    // the confirmation mail of a sign-up: "Don't send opt-in e-mails and mark all list subscriptions as 'subscribed'"
    '((e-?mails?|newsletters?|messages?|mailings?|campaigns?)( to be| are| will be)? )?(sent|send|sending)( (an?|the|all|your) (e-?mails?|newsletters?|messages?))? (from|via|through|with) (a |an |the |your |this |our |any )?(custom |own |different |default |specific |verified )?(e-?mail address|e-?mail client|sender( address| name)?|domain|host|server|smtp)\\b',
    '(enable|disable|activate|deactivate)( the)? (site|group|member|public|team|community)( [a-z]+)? (newsletters?|mailing lists?|e-?mails?)\\b', '(double )?opt-?in (confirmation )?(e-?mails?|messages?|links?)\\b', 'activation (e-?mails?|links?)\\b',
    // One product's state in the shop, not a mailing: "Product on sale", "The product is no longer on sale"; sale items in a rule: "Exclude sale items", "Allow coupons on sale items"
    '(this |the |a )?(product|item)( [a-z0-9%$]+)? (is |was )?((not|no longer|not yet|currently|now) )?on sale\\b', '(include|including|exclude|excluding|on|for|to)( the)? (sale|discounted|reduced|clearance) (items|products|articles|prices)\\b', '(include|including|exclude|excluding|for|to)( the)? (items|products|articles) (on sale|in the sale|on offer)\\b',
  ],
  reassurance: [
    'no spam', 'we (hate|don\'t like) spam', 'never spam', 'spam-?free',
    // A statement needs its subject ("We never share…", "Your e-mail address will not be passed…"); "Please do not share my details with third parties" is a refusal
    `${STATED_NOT}(?! (want|wish|like|to)\\b)${CLAUSE}(share|sell|rent|pass|disclose|give)${CLAUSE}(third|3rd|partners|others|anyone)${CLAUSE}`,
    `(share|sell|rent|pass|disclose)${CLAUSE}(never|not)${CLAUSE}(third|partners|others)${CLAUSE}`,
    'we respect your privacy',
    // A promise about how much mail comes: "Subscribe to our newsletter, we promise not to bombard you with emails", "We won't flood your inbox"
    // (the person's own "Tick if you don't want your inbox flooded with offers" is a refusal)
    `${STATED_NOT}( to| ever)? (spam|flood|bombard|overload|overwhelm|clog|swamp|inundate|pester|hassle)[a-z]*\\b${CLAUSE}`,
    `${STATED_NOT}(?! (want|wish|like|to)\\b)${CLAUSE}(share|sell|rent|pass|disclose|give|shared|sold|passed|disclosed)${CLAUSE}(other (companies|organi[sz]ations))`,
  ],
  unsubscribeNotice: [
    `(unsubscribe|opt out|opt-out|withdraw (your )?consent|change your mind)${CLAUSE}(any ?time|at any point|free|each|every|link|bottom)${CLAUSE}`,
    `(any ?time)${CLAUSE}(unsubscribe|opt out|withdraw)${CLAUSE}`,
    // "You may unsubscribe at any moment" (PrestaShop)
    `(you )?(can|may|are able to|are free to) (easily |always |also )?(unsubscribe|opt out|opt-out|withdraw|change your (mind|preferences))${CLAUSE}`,
  ],
  priorNotice: [
    '(you|customers) will (also )?(receive|get) (our |occasional |regular )*(newsletter|offers|promotions|marketing|e-?mails? (about|with))',
    '(we|acme) (will|may|would like to) (also )?(send|e-?mail|contact) you[a-z ]{0,30}(offers|news|promotions|products|marketing|newsletter)',
    'your e-?mail (address )?will be used[a-z ]{0,30}(marketing|offers|newsletter|promotions)',
  ],
  // "You can unsubscribe at any time, free of charge"
  freeOfCharge: ['free of charge', 'at no (extra |additional )?cost', 'for free\\b', 'without (any )?(charge|cost)', 'costs? (you )?nothing'],
  // "Request a free quote"
  quoteRequest: ['(request|get|ask for|receive) (a |an |your |my )?(free |no-obligation )?(quote|quotation|estimate)\\b', 'quote request', 'free quote'],
  // "… about special offers unless you untick this box" (FT): "unless" + "untick" is a positive, like "not" + "untick"
  negators: ['unless\\b', 'not\\b', 'no\\b', 'don\'?t\\b', 'dont\\b', 'do not', 'never\\b', 'wont\\b', '[a-z]+n\'t\\b'],
  // "Unsubscribe from all future e-mails", "Remove me from the mailing list"
  // "I don't have an account yet, but I'd like the newsletter": a negation before 'but' is not the mailing's
  contrasts: ['but\\b', 'however\\b'],
  conditions: ['if\\b', 'in case\\b', 'when\\b', 'whenever\\b'],
  negativeVerbs: ['opt(-| )?out', 'opt (me|us) out', 'opted[- ]?out', 'unsubscrib', 'cancel', 'object\\b', 'refuse', 'decline', 'stop\\b', 'exclude', 'remove me\\b', '(take|keep|leave) me off',
    // A switch that turns mail off, in a preference centre: "Turn off marketing emails", "Mute promotional emails"; "I withdraw my consent to receive marketing"
    '(turn|switch)(ed)? off\\b', 'disable\\b', '(is|are|be|been|set to) disabled\\b', 'mute\\b', 'suppress', 'withdraw (my |your |our )?consent\\b',
    // "Please delete me from your mailing list", "I want to be removed from all lists"
    'delete me from', '(removed|deleted|taken off) (from )?(the|your|all|this|any)( [a-z-]+)? (lists?|mailing lists?|newsletters?|mailings?)\\b'],
  // "Tick this box if you don't mind us emailing you from time to time": a negated "mind" is a yes, like a negated "miss"
  missVerbs: ['miss\\b', 'missing\\b', 'miss out', 'mind (us|you|me|them|getting|receiving|being|hearing)\\b'],
  // "Uncheck this box if you prefer not to receive e-mails"
  untickInstructions: ['un-?(check|tick|select)', 'leave (this |the )?(box )?(blank|empty|clear)', 'de-?select', 'remove the (tick|check)', 'clear (this|the) (box|checkbox)'],
  // "Tick here if you would rather not receive offers"
  // "Occasionally we may contact you by post with offers. Tick if you object."
  tickInstructions: ['(tick|check|select|mark) (this|the|here|box)', 'please (tick|check)', 'by (ticking|checking)', '(tick|check|select|mark) (if|to|when)\\b'],
  yes: ['yes\\b', 'yes please', 'sure\\b'],
  no: ['no\\b', 'no thanks', 'no, thank'],
  answerValues: [['yes', 'no'], ['y', 'n'], ['true', 'false'], ['on', 'off'], ['subscribe', 'unsubscribe'], ['subscribed', 'unsubscribed'], ['optin', 'optout'], ['opt-in', 'opt-out']],
  // Shopify `buyer_accepts_marketing`, WooCommerce/Mailchimp `mailchimp_woocommerce_newsletter`, Magento `is_subscribed`
  fieldNames: {
    marketing: ['newsletters?', 'opt_?-?in', 'marketing', 'subscribe', 'subscription', 'subscribed', 'mailing', 'promo', 'offers', 'optin_partners'],
    thirdParty: ['partners?', 'third', 'thirdparty'],
    negative: ['opt_?-?out', 'unsubscribe', 'no_?newsletter', 'no_?marketing'],
    payment: ['cc-?num(ber)?', 'card-?number', 'cardnumber', 'cc-(exp|csc|name)[a-z-]*', 'cvc', 'cvv', 'iban', 'payment[_-]?method'],
    bookkeeping: ['present', 'displayed', 'shown', 'visible', 'rendered', 'active', 'source', '[a-z]*token', 'csrf', 'xsrf', 'nonce', 'wpnonce', 'utf8', 'charset', 'form_?type', 'form_?key', 'form_?id', 'element_?id', 'timestamp', 'honeypot', 'hash', 'referr?er', 'redirect', 'url', 'tab'],
    // `nl[]`: the WordPress Newsletter plugin's list choice
    listNames: ['tags?', 'lists?', 'segments?', 'interests?', 'audiences?', 'groups?', 'nl'],
  },
  signupBlocks: ['newsletter'],
  filterBlocks: ['filter', 'facet', 'layered', 'refine'],
  // "I have read and agree to the terms and conditions", "I accept the privacy policy"
  termsAcceptance: [
    // A shop's or contest's name before its terms: "I agree to the Argos Terms & Conditions", "the Argos prize draw rules", "I've read the Argos Privacy Policy"
    `(agree|accept|consent|acknowledge)( to| with)?${NOT_ITS_OWN_TERMS} (the|your|our) ([a-z0-9.&'-]+ ){0,2}[a-z0-9.&'-]+('s)? (terms|t&cs?|t & c|conditions|privacy( policy| notice| statement)?|policies|rules)\\b`, 'i\'ve read (and understood |and accept(ed)? |and agree(d)? (to |with )?)?(the |your |our )?([a-z0-9.&\'-]+ )?(terms|privacy|conditions|t&cs?)',
    '(have|\'ve) (read|reviewed) (and understood |and accept(ed)? |and agree(d)? (to |with )?)?(the |your |our )?([a-z]+ )?(terms|privacy|conditions|t&cs?)',
    // "I confirm I am over 18, accept the competition rules and agree to receive marketing emails"
    `(agree|accept|consent|acknowledge)( to| with)?${NOT_ITS_OWN_TERMS}( the| your| our| all| these)?( (?!its\\b)[a-z0-9.&'-]+){0,2} (terms|t&cs?|t & c|conditions|privacy( policy| notice| statement)?|policies|eula|rules)`,
    // The order confirmed in the same tick: "By ticking this box I confirm my order and agree to Argos contacting me with offers"
    'confirm (my|the|this|your) (order|purchase|booking)\\b',
    '(terms|terms and conditions|privacy policy)[a-z ,]{0,30}(read|accepted|agreed)',
    // Consent to keeping the form's data, not for a purpose of its own: "I agree to the handling and storage of my data and to receive marketing"
    // ("… of my data for marketing purposes" is the marketing consent itself)
    '(agree|consent|accept)( to| with)? (the )?(handling|processing|storage|storing|collection|use|saving)( and (handling|processing|storage|storing|collection|use|saving))? of my (personal )?(data|information|details)(?!( (provided|given|supplied|submitted|entered))? (for|to|in order to|so that)\\b)',
    // Consent given by submitting the form itself: "By submitting this form, you indicate your consent to also being contacted by …"
    'by (submitting|sending|completing) (this|the) form\\b',
  ],
  thirdParty: [
    'partners?\\b', '(third|3rd)[- ]part(y|ies)', 'associated (companies|brands)', 'subsidiar(y|ies)', '(companies|brands|members?|entities) (in|within|of) (the|our|its)( [a-z0-9&\'-]+){0,3} group\\b', 'trusted (companies|organi[sz]ations|brands|third)', 'external (companies|organi[sz]ations|parties)', 'selected (companies|organi[sz]ations|brands|retailers)', 'carefully selected', 'affiliates?\\b', 'affiliated',
    'sister (companies|brands|sites|stores|titles|publications)', 'other (brands|companies|organi[sz]ations|charities|retailers|businesses)',
    // "… with like-minded organisations", "Let other carefully chosen companies send me offers"
    'like-minded (organi[sz]ations|companies|charities|businesses|brands)', 'carefully chosen',
    // "Offers from brands we work with"
    '(brands|companies|organi[sz]ations|businesses|retailers) (we work with|we partner with|we trust)\\b',
    // "Receive offers from exhibitors", "Offers from our licensees", "Offers from sellers on our marketplace"
    'exhibitors\\b', 'licensees\\b', '(sellers|vendors|merchants|retailers) on (our|the) (marketplace|platform|site)\\b', 'group (companies|brands)', '(group|family) of (companies|brands)', 'sponsors?\\b', 'advertisers',
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
    newsletter: ['subscribe', 'subscription form', 'newsletter', 'sign up for', 'join (our|the) (mailing )?list', 'mailing list'],
    // A stock or price alert is a request about one item (Klaviyo, Magento ProductAlert): "Notify me when available"
    contact: ['contact(?! (details|info))\\b', 'message', 'send message', 'get in touch', 'enquiry', 'inquiry', 'ask a question', 'customer service', '(notify|alert|email) me when', 'back in stock', '(stock|price) alert'],
    survey: ['survey', 'questionnaire', 'competition', 'contest', 'giveaway', 'sweepstake', 'prize draw', 'win\\b', 'enter to win', 'poll\\b', 'feedback'],
    // GiveWP, Wikimedia: "Donate now", "Donation amount", "Make a monthly gift", "Gift Aid"
    donation: ['donat(e|es|ed|ing|ion|ions)\\b', '(one-time|one-off|monthly|annual|your) gift\\b', 'make a gift', 'gift aid'],
  },
};
