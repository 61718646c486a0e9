// The paths table on a laptop screen and on a 1024 × 768 projector: no sideways scrolling, no number cut short.
import { expect, test } from '@playwright/test';
import { openLab, pathsTable, playButton, screenPath } from './helpers';

for (const size of [{ width: 1280, height: 800, columns: 8 }, { width: 1024, height: 768, columns: 5 }]) {
  test(`at ${size.width} × ${size.height} the paths table fits its panel and shows every number whole`, async ({ page }) => {
    await page.setViewportSize(size);
    // Tiny costs and gradients (exponent form) are the widest numbers the table writes.
    await openLab(page);
    await expect(playButton(page)).toHaveText('Play', { timeout: 30_000 });
    const table = pathsTable(page);
    const m = await table.evaluate((t: HTMLTableElement) => {
      const scroller = t.parentElement!;
      const visible = (c: Element) => getComputedStyle(c).display !== 'none';
      const heads = [...t.tHead!.rows[0]!.cells].filter(visible).map((c) => c.textContent?.trim() ?? '');
      // The numbers sit in clipping boxes (.pt-v) inside the cells: a number too wide overflows its box.
      const cut = [...t.tBodies[0]!.rows].flatMap((r) => [...r.cells].filter(visible)
        .flatMap((c) => [...c.querySelectorAll<HTMLElement>('.pt-v')]).filter((v) => v.scrollWidth > v.clientWidth).map((v) => v.textContent));
      const boxes = t.tBodies[0]!.querySelectorAll('.pt-v').length;
      return { sideways: scroller.scrollWidth - scroller.clientWidth, heads, cut, boxes };
    });
    await page.screenshot({ path: screenPath(`05-layout-${size.width}`) });
    expect(m.sideways, 'the table scrolls sideways').toBeLessThanOrEqual(0);
    expect(m.boxes, 'the number boxes are there to measure').toBeGreaterThanOrEqual(4 * 5);
    expect(m.cut, 'numbers cut short').toEqual([]);
    expect(m.heads).toHaveLength(size.columns);
    for (const h of ['Path', 'Status', 'Iteration', 'Cost f']) expect(m.heads).toContain(h);
    // The toolbar does not cover the column headings or the first row.
    const toolbar = await page.getByRole('button', { name: 'Add random starts' }).boundingBox();
    const header = await table.getByRole('columnheader', { name: 'Path' }).boundingBox();
    expect(toolbar && header && toolbar.y + toolbar.height <= header.y + 1).toBe(true);
  });
}
