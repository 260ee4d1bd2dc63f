/**
 * Whether an e-mail field of the form holds an address in the page's markup (its `value`
 * attribute, not what was typed or filled in since): the page shows an account's saved details,
 * and its boxes may show saved choices.
 */
export const showsSavedAddress = (form: Element): boolean => form.querySelector('input[type=email][value*="@"],input[name*=mail i][value*="@"]') !== null;
