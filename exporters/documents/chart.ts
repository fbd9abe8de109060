import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { robotoFiles } from './fonts.js';
import type { Block } from './model.js';

const swedishNumbers = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'] as [string, string] };

/**
 * A vega-lite chart rendered on the server: SVG (drawn as vectors into the PDF) and a PNG of the same SVG
 * (for Word). Text is set in the bundled Roboto, with system fonts off, so the picture is the same on every machine.
 */
export async function renderChart(spec: TopLevelSpec, alt: string): Promise<Extract<Block, { type: 'chart' }>> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  // Swedish numbers on the axes: "14 000", "72,5".
  vega.formatLocale(swedishNumbers);
  const compiled = vegaLite.compile({ ...spec, config: { font: 'Roboto', ...spec.config } }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const resvg = new Resvg(svg, {
    font: { fontFiles: [robotoFiles.normal, robotoFiles.bold], loadSystemFonts: false, defaultFontFamily: 'Roboto' },
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
  });
  const image = resvg.render();
  const png = image.asPng();
  return { type: 'chart', svg, png, width: image.width / 2, height: image.height / 2, alt };
}
