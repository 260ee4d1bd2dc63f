/** An amount of money as shops write it: "€ 9,95", "9.95 EUR", "£12", "50 €", "50,- €". */
export const PRICE = /(€|eur\b|\$|£|chf)\s?\d{1,5}([.,]\d{2})?|\d{1,5}([.,]\d{2}|,-)?\s?(€|eur\b|\$|£)/i;
/** Longer than any PRICE match and the character its `\b` looks at. */
export const LONGEST_PRICE = 16;
