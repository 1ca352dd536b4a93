/**
 * Coloured panels drawn behind a Word page's text. A two-column template often paints its
 * sidebar as a filled rectangle sent behind the text and writes the sidebar in white: that
 * white text is visible, not hidden. Word's layout is not computed here, so a panel behind
 * the text anywhere on the page lets white body text count as visible anywhere.
 */
import { isWhiteHex } from './docx-styles.js';
import { childElements, type XmlElement } from './xml.js';

/** VML shapes that can be filled (a rectangle, a rounded one, a free shape). */
const VML_FILLED = /^v:(rect|roundrect|shape|oval)$/;
/** Named VML fill colours that are not white ("black", "navy"…): any name but white counts. */
const WHITE_NAME = /^(white|#fff)$/i;

function filledColour(value: string | undefined): boolean {
  if (value === undefined) return false;
  const colour = value.trim().split(/\s/)[0] ?? '';
  if (colour === '' || WHITE_NAME.test(colour) || colour.toLowerCase() === 'none') return false;
  return /^#?[0-9a-f]{6}$/i.test(colour) ? !isWhiteHex(colour) : /^[a-z]+$/i.test(colour);
}

/** A VML style sends its shape behind the text with a negative z-index. */
const behindText = (style: string | undefined): boolean => /z-index:\s*-\d/.test(style ?? '');

function vmlPanel(el: XmlElement, behind: boolean): boolean {
  const back = behind || behindText(el.attrs['style']);
  if (back && VML_FILLED.test(el.name) && el.attrs['filled'] !== 'f' && filledColour(el.attrs['fillcolor'])) return true;
  return childElements(el).some((c) => vmlPanel(c, back));
}

/** A DrawingML anchor drawn behind the text whose shape has a solid non-white fill. */
function drawingPanel(anchor: XmlElement): boolean {
  if (anchor.attrs['behindDoc'] !== '1') return false;
  const fills: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of childElements(el)) {
      if (c.name.endsWith(':solidFill') && el.name.endsWith(':spPr')) fills.push(c);
      else walk(c);
    }
  };
  walk(anchor);
  return fills.some((f) => childElements(f).some((c) => c.name.endsWith(':srgbClr') ? !isWhiteHex(c.attrs['val']) : c.name.endsWith(':schemeClr') && !/^(bg1|lt1)$/.test(c.attrs['val'] ?? '')));
}

/** Whether the document draws a coloured panel (or a coloured page background) behind its text. */
export function drawsPanelBehindText(document: XmlElement): boolean {
  const background = childElements(document).find((c) => c.name === 'w:background');
  if (background && filledColour(background.attrs['w:color'])) return true;
  const search = (el: XmlElement): boolean => {
    for (const c of childElements(el)) {
      if (c.name === 'w:pict' || c.name === 'v:group') {
        if (vmlPanel(c, false)) return true;
        continue;
      }
      if (c.name.endsWith(':anchor') && c.name !== 'w:anchor') {
        if (drawingPanel(c)) return true;
        continue;
      }
      if (search(c)) return true;
    }
    return false;
  };
  return search(document);
}
