/**
 * Runs axe-core (already evaluated into the page from `axe.source`) on the whole document and lists
 * each violation with its targets. Passed to Playwright's or Puppeteer's `page.evaluate`.
 */
export async function runAxe(): Promise<string[]> {
  const { violations } = await (window as any).axe.run(document, { resultTypes: ['violations'] });
  return violations.map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => node.target).join(', ')}`);
}
