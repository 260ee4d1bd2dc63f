/** The parts of runtime.MessageSender the listeners check (Chrome and Firefox both fill them). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension's own pages (the popup) only: never a web page, another extension or a content script (whose url is the page's). */
export function isOwnExtensionPage(sender: Sender, extensionId: string, extensionUrl: string): boolean {
  return sender.id === extensionId && sender.url?.startsWith(extensionUrl) === true;
}

/** The tab whose top frame sent this through this extension's own content script; null for any other sender. */
export function ownContentScriptTab(sender: Sender, extensionId: string): number | null {
  const tabId = sender.tab?.id;
  return sender.id === extensionId && tabId !== undefined && sender.frameId === 0 ? tabId : null;
}
