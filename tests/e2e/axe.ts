// The axe-core audit: injected before the page's own scripts (through the DevTools protocol, so
// the page's Content-Security-Policy does not block it), run on the document as it stands.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function injectAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

export interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical violations of WCAG 2.x A/AA and axe's best practices. */
export async function audit(page: Page): Promise<Finding[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}
