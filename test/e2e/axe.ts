// axe-core on the page as it is now: fails listing every serious or critical violation (rule, target, summary).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts that fail a test: what blocks a person, not advice. */
const BLOCKING = new Set(['serious', 'critical']);

/** One line per failing node: "[serious] color-contrast at .legend > span: Fix any of the following: …". */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const lines: string[] = [];
  for (const v of results.violations) {
    if (!BLOCKING.has(v.impact ?? '')) continue;
    for (const node of v.nodes) {
      const summary = (node.failureSummary ?? v.help).replace(/\s+/g, ' ').trim();
      lines.push(`[${v.impact}] ${v.id} at ${node.target.join(' ')}: ${summary}`);
    }
  }
  return lines;
}

/** Fails (naming `label`) when axe finds any serious or critical violation on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const lines = await seriousAxeViolations(page);
  expect(lines, `axe-core: serious or critical violations on ${label}:\n${lines.join('\n')}`).toEqual([]);
}
