import { colourLabel, countOnlyLabel, type Status } from '#domain/followup/status.js';
import type { Cell, StatusColour } from './model.js';

/** A follow-up status (from the follow-up service) in words, with its colour, for a document's table. */
export function statusWords(status: Status): { text: string; colour: StatusColour } {
  switch (status.kind) {
    case 'measured': {
      const word = colourLabel.sv[status.colour];
      return { text: `${word[0]!.toUpperCase()}${word.slice(1)}: ${status.done} av ${status.expected} förväntade hittills`, colour: status.colour };
    }
    case 'count-only':
      return { text: `Inget mål i antal, ${countOnlyLabel(status.done, 'sv')}`, colour: 'none' };
    case 'not-measurable':
      return {
        text:
          status.reason === 'shift-without-shifts'
            ? `Går inte att mäta: planen anger inte antal arbetspass per vecka (${countOnlyLabel(status.done, 'sv')})`
            : `Går inte att mäta: tidpunkten är inte angiven (${countOnlyLabel(status.done, 'sv')})`,
        colour: 'none',
      };
    case 'not-started':
      return { text: `Inte påbörjad (mål ${status.target})`, colour: 'none' };
  }
}

export const statusCell = (status: Status): Cell => statusWords(status);

/** Fill and text colours for a status cell, the same in DOCX and PDF (contrast ≥ 4.5:1 for the text). */
export const statusPalette: Record<StatusColour, { fill: string; text: string }> = {
  green: { fill: 'D7F0DD', text: '14532D' },
  yellow: { fill: 'FDF0C2', text: '5C4300' },
  red: { fill: 'F8D4D4', text: '7F1D1D' },
  none: { fill: 'FFFFFF', text: '1F2937' },
};
