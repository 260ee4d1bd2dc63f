import { bundledConsent } from './bundled-consent';
import { bundledNewsletterSignup } from './bundled-newsletter-signup';
import { channelNotNamed } from './channel-not-named';
import { contextUnclear } from './context-unclear';
import { disabledMarketingOn } from './disabled-marketing-on';
import { doubleNegative } from './double-negative';
import { hiddenMarketingOn } from './hidden-marketing-on';
import { inertMarketingOff } from './inert-marketing-off';
import { negativeContextUnclear } from './negative-context-unclear';
import { negativePhrasing } from './negative-phrasing';
import { negativeWithoutSale } from './negative-without-sale';
import { noActiveConsent } from './no-active-consent';
import { noticeWithoutObjection } from './notice-without-objection';
import { objectionByUnticking } from './objection-by-unticking';
import { objectionNoticeMissing } from './objection-notice-missing';
import { pretickedCustomerBox } from './preticked-customer-box';
import { pretickedNewsletter } from './preticked-newsletter';
import { pretickedWithoutSale } from './preticked-without-sale';
import { requiredMarketing } from './required-marketing';
import { requiredNegative } from './required-negative';
import { quoteRequestAsSale } from './quote-request-as-sale';
import type { Rule } from './rule';
import { savedChoicePossible } from './saved-choice-possible';
import { marketingFromFieldName } from './marketing-from-field-name';
import { marketingUncertain } from './marketing-uncertain';
import { softOptInUnverifiable } from './soft-opt-in-unverifiable';
import { thirdPartyOptIn } from './third-party-opt-in';
import { thirdPartySoftOptIn } from './third-party-soft-opt-in';
import { unsubscribeNotAnnounced } from './unsubscribe-not-announced';
import { vaguePurpose } from './vague-purpose';

/** Every rule, state rules first. Adding a rule: one file here (`npm run new-rule -- <id>`) and one line below. */
export const RULES: readonly Rule[] = [
  hiddenMarketingOn, disabledMarketingOn, inertMarketingOff, requiredMarketing, requiredNegative,
  thirdPartySoftOptIn, thirdPartyOptIn, bundledConsent, bundledNewsletterSignup,
  pretickedWithoutSale, negativeWithoutSale, negativePhrasing, negativeContextUnclear, contextUnclear,
  pretickedNewsletter, softOptInUnverifiable, noActiveConsent, noticeWithoutObjection,
  objectionNoticeMissing, pretickedCustomerBox, objectionByUnticking, quoteRequestAsSale,
  doubleNegative, vaguePurpose, channelNotNamed, unsubscribeNotAnnounced,
  marketingUncertain,
  marketingFromFieldName,
  savedChoicePossible,
];

export type { ControlFacts, ControlRule, FormFacts, FormRule, FormSurroundings, Rule, RuleMeta } from './rule';
