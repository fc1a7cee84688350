import 'server-only';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders an Observable Plot chart to SVG markup on the server (linkedom stands in for the
 * browser's DOM), so no chart code reaches the browser. Text in the markup is escaped by the DOM
 * serialiser, so it is safe to insert as HTML.
 */
export function plotSvg(options: Plot.PlotOptions & { ariaLabel: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    width: 640,
    height: 260,
    marginLeft: 48,
    style: { background: 'transparent' },
    ...options,
    document: document as unknown as Document,
  });
  // With a legend Plot wraps the SVG in a <figure> (the legend's swatches are small SVGs of their
  // own, decoration beside their text); the drawing itself, a direct child, is the image.
  const isSvg = (element: Element) => element.tagName.toLowerCase() === 'svg';
  const svg = isSvg(chart) ? chart : Array.from(chart.children).find(isSvg);
  for (const swatch of chart.querySelectorAll('svg'))
    if (swatch !== svg) swatch.setAttribute('aria-hidden', 'true');
  // Plot labels its mark groups ("bar", "rule"); inside an image those labels are not allowed.
  for (const group of chart.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', options.ariaLabel);
  return chart.outerHTML;
}

export { Plot };
