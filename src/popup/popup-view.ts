import type { PageState, Translate } from '../shared-ui/messages';
import type { LastAction } from './answer';
import type { PopupApi } from './popup-api';

/** The popup's whole state: what the tab said last, and what the shopper did. */
export interface View {
  doc: Document;
  api: PopupApi;
  t: Translate;
  lang: string;
  state: PageState | null;
  reviewer: boolean;
  last: LastAction | null;
  /** The export buttons: in view in the footer for reviewers, after the list for shoppers. */
  exportGroup: HTMLElement;
}

export const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;
