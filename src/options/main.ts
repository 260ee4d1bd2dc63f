import { browserTranslate, uiLang } from '../shared-ui/browser-translate';
import { browserOptionsApi } from './browser-options-api';
import { runOptions } from './run-options';

void runOptions(document, browserOptionsApi, browserTranslate, uiLang());
