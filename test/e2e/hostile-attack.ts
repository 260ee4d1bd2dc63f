// What a hostile shop page throws at a content script without the user (issue 14), shared by the
// Chromium and Firefox tests. Self-contained: it is sent into the page as source.
export function attack(): void {
  const forged = { type: 'vinkje:report', host: location.hostname, report: { schema: 'vinkje/1', verdict: 'compliant', forms: [] } };
  for (let i = 0; i < 2000; i++) {
    window.postMessage({ type: 'vinkje:untick-all' }, '*');
    window.postMessage({ type: 'vinkje:retick', selectors: ['#partners'] }, '*');
    window.postMessage(forged, '*');
    window.postMessage('<img src=x onerror="document.title=1">'.repeat(50), '*');
  }
  for (const id of ['partners', 'newsletter']) {
    const box = document.getElementById(id)!;
    // Two clicks leave the box as it was; a content script that took them for the shopper would now leave it alone.
    box.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    box.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    for (const type of ['input', 'change']) box.dispatchEvent(new Event(type, { bubbles: true }));
  }
}
