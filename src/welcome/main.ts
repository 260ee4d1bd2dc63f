import { browserTranslate, uiLang } from '../shared-ui/browser-translate';
import { localize } from '../shared-ui/localize';

document.documentElement.lang = uiLang();
localize(document, browserTranslate);
