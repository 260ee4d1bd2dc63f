export const WINDOW_CLOSE_SIGNAL = '[vinkje] the page called window.close()';

/**
 * Runs in every frame before the page's scripts (serialised, self-contained). Chromium refuses
 * window.close() in an automated tab that has history, yet in a reviewer's fresh tab the page would
 * be gone: a top document that calls it is reported through the console and counts as closed.
 */
export function reportWindowClose(signal: string): void {
  if (window.top !== window) return;
  const close = window.close.bind(window);
  window.close = () => {
    console.debug(signal);
    close();
  };
}
