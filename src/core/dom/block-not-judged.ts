import { classOrIdSelector, filterBlockSelector } from '../lexicons/any-language';

export const TEXT_ENTRY = 'input[type=email],input[type=password],input[type=tel],textarea';
/** Any field a person types into, but a search box; a newsletter form may ask its address in a plain text field. */
export const TYPED_ENTRY = `${TEXT_ENTRY},input[type=text],input:not([type])`;

/**
 * Cookie-consent managers by a word of the class or id their dialogs carry (Cookiebot's
 * `CybotCookiebotDialog`, `onetrust-pc-sdk`, `qc-cmp2-container`): their boxes choose cookies,
 * not mail, and a category named "Marketing" there is no opt-in. Brand names, not language.
 */
const CONSENT_MANAGERS = 'cookie onetrust usercentrics didomi qc-cmp klaro tarteaucitron axeptio iubenda cmplz cky-pref cmpbox shopify-pc'.split(' ');
const CONSENT_MANAGER_SELECTOR = classOrIdSelector(CONSENT_MANAGERS, ' i');

/** A block found by its class: the page's frame is none, and one that takes text is a real form. */
const isBlockNotJudged = (block: Element) => !/^(BODY|HTML|MAIN)$/.test(block.tagName) && !block.querySelector(TEXT_ENTRY);

/**
 * A product filter (facets, layered navigation, "on sale" / "new" boxes) is not a form to
 * judge. A block that takes an e-mail address or a message is a real form, whatever its class.
 * `seen` keeps the answer for each ancestor passed on the way up during one audit: sixty facet
 * boxes share their list, fieldset and form, so each is matched against the selector once.
 */
export function inFilterBlock(element: Element, seen: Map<Element, boolean>): boolean {
  const selector = filterBlockSelector();
  const passed: Element[] = [];
  let inside = false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const known = seen.get(at);
    if (known !== undefined) {
      inside = known;
      break;
    }
    passed.push(at);
    if (at.matches(selector)) {
      inside = isBlockNotJudged(at);
      break;
    }
  }
  for (const at of passed) seen.set(at, inside);
  return inside;
}

/**
 * Whether a control stands in a cookie-consent dialog, also from inside the shadow root of one
 * (Usercentrics). Asked only of the controls of forms still to judge, after filters and facets
 * have left: a few a page.
 */
export function inConsentManager(element: Element): boolean {
  for (let at: Element | null = element; at; at = (at.getRootNode() as ShadowRoot).host ?? null) {
    const block = at.closest(CONSENT_MANAGER_SELECTOR);
    if (block) return isBlockNotJudged(block);
  }
  return false;
}
