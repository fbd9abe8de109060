import { DocumentReadError } from './errors.js';

export type FileKind = 'docx' | 'pdf' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** The real type from the first bytes, whatever the file is called. */
export function detectKind(bytes: Uint8Array, fileName: string): FileKind {
  // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new DocumentReadError('legacy-word', `${fileName} är ett äldre Word-dokument (.doc); spara det som .docx eller PDF och försök igen.`);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new DocumentReadError('rtf', `${fileName} är ett RTF-dokument; spara det som .docx eller PDF och försök igen.`);
  }
  const image = imageKind(bytes);
  if (image) throw new DocumentReadError('image', `${fileName} är en bild (${image}), inte ett dokument; importera dokumentet som .docx, PDF eller text.`);
  if (looksBinary(bytes)) {
    throw new DocumentReadError('unknown-type', `${fileName} är varken Word (.docx), PDF eller text och kan inte importeras.`);
  }
  return 'text';
}

function imageKind(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'GIF';
  return undefined;
}

/** Text has no NUL bytes and few control characters (UTF-16 with a BOM is text too). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
