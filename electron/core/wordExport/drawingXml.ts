import { imageSize } from './imageSize';
import type { WriterContext } from './writerContext';
import { xmlAttribute } from './wordXml';

/** EMUs per pixel at 96 dpi, and the text width of ITU's page (17 cm). */
const emuPerPixel = 9525;
const textWidth = 6120000;

const extensions: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
};

/** A transparent pixel: the bitmap Word wants beside an SVG picture, for readers that cannot draw SVG. */
const fallbackPixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The size an SVG declares (width and height, else its viewBox), in pixels. */
function svgSize(bytes: Buffer): { width: number; height: number } | null {
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, 4096));
  const root = /<svg\b[^>]*>/i.exec(head)?.[0] ?? '';
  const number = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)(px)?"`).exec(root)?.[1] ?? NaN);
  const [width, height] = [number('width'), number('height')];
  if (width > 0 && height > 0) return { width, height };
  const box = /viewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/.exec(root);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : null;
}

/** A picture as an inline drawing, scaled down to the text width; null for a format Word cannot take this way. */
export function drawingXml(
  context: WriterContext,
  image: { type: string; bytes: Buffer },
  description: string,
  _placement: 'inline',
): string | null {
  const extension = extensions[image.type];
  if (!extension) return null;
  const svg = image.type === 'image/svg+xml';
  const size = (svg ? svgSize(image.bytes) : imageSize(image.bytes)) ?? { width: 400, height: 300 };
  let cx = Math.max(1, size.width) * emuPerPixel;
  let cy = Math.max(1, size.height) * emuPerPixel;
  if (cx > textWidth) {
    cy = Math.round((cy * textWidth) / cx);
    cx = textWidth;
  }
  const id = svg ? context.parts.addMedia(fallbackPixel, 'image/png', 'png') : context.parts.addMedia(image.bytes, image.type, extension);
  const svgBlip = svg
    ? `<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip r:embed="${context.parts.addMedia(image.bytes, image.type, extension)}"/></a:ext></a:extLst>`
    : '';
  const drawings = context.nextDrawing();
  const name = xmlAttribute(description);
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${drawings}" name="Picture ${drawings}" descr="${name}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${drawings}" name="Picture ${drawings}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${id}">${svgBlip}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`
  );
}
