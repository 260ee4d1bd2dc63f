import { JSDOM } from 'jsdom';
import { auditDocument, rescanForms } from '../../src/core/index';
import { bareWalk } from './bare-walk';
import type { HostFigures } from './figures';
import { NO_CANDIDATE_SIZE, RECIPE_SIZES, RESCAN_SIZE } from './figures';
import { generateCategoryPage } from './generate-page';
import { medianRun } from './median-run';

const URL = 'https://fietsenwinkel.example/fietsen';

const pageOf = (elements: number, checkout = true) => new JSDOM(generateCategoryPage(elements, { checkout }), { url: URL }).window.document;
const elementCount = (document: Document) => document.getElementsByTagName('*').length;

/** The engine in jsdom, as the CLI runs it on saved pages. */
export function jsdomFigures(): HostFigures {
  const recipe = RECIPE_SIZES.map((size) => {
    const document = pageOf(size);
    return { elements: elementCount(document), walkMs: medianRun(() => bareWalk(document)), scanMs: medianRun(() => auditDocument(document)) };
  });
  const plain = pageOf(NO_CANDIDATE_SIZE, false);
  const shop = pageOf(RESCAN_SIZE);
  const box = shop.getElementById('news') as HTMLInputElement;
  let report = auditDocument(shop);
  const rescanMs = medianRun(() => {
    box.checked = !box.checked;
    report = rescanForms(report, [box]);
  });
  return {
    recipe,
    noCandidate: { elements: elementCount(plain), scanMs: medianRun(() => auditDocument(plain)) },
    oneFormRescan: { elements: elementCount(shop), rescanMs },
  };
}
