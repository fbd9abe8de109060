import { createRequire } from 'node:module';
import path from 'node:path';

/** pdfmake's bundled Roboto: embedded in every PDF and used to draw chart text, so å ä ö look the same everywhere. */
export const robotoDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');

export const robotoFiles = {
  normal: path.join(robotoDir, 'Roboto-Regular.ttf'),
  bold: path.join(robotoDir, 'Roboto-Medium.ttf'),
  italics: path.join(robotoDir, 'Roboto-Italic.ttf'),
  bolditalics: path.join(robotoDir, 'Roboto-MediumItalic.ttf'),
};
