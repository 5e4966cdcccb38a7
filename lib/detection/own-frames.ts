/**
 * The documents of a page's own frames (srcdoc, about:blank): part of the page, read with it. One walk for
 * the gate (the bootstrap, on a page and on what it adds) and the reader (the detector, the scan command).
 * A frame with an address of its own gets its own bootstrap and detector and is not one of them.
 */

/** Parsed `srcdoc` of frames not loaded (yet): a saved page's (the scan command), or one a page has just
 *  added. Kept per frame. */
const parsedSrcdoc = new WeakMap<Element, Document>();

/** The page's own frames' documents (not nested: the reader walks each frame's own frames itself). */
export const ownFrameDocuments = (doc: Document | Element): Document[] => [...doc.querySelectorAll('iframe')].flatMap((frame) => ownFrameDocument(frame) ?? []);

export function ownFrameDocument(frame: HTMLIFrameElement): Document | null {
  let frameDoc: Document | null = null;
  try {
    frameDoc = frame.contentDocument;
  } catch {
    return null;
  }
  if (frameDoc?.body?.firstChild) return /^about:/.test(frameDoc.URL) ? frameDoc : null;
  const srcdoc = frame.getAttribute('srcdoc');
  if (!srcdoc) return null;
  let parsed = parsedSrcdoc.get(frame);
  // The page's own realm's parser (a saved page's window has no globals in Node).
  const Parser = frame.ownerDocument.defaultView?.DOMParser;
  if (!Parser) return null;
  try {
    if (!parsed) parsedSrcdoc.set(frame, (parsed = new Parser().parseFromString(srcdoc, 'text/html')));
  } catch {
    // A page's policy may forbid parsing markup (Trusted Types): the frame is read once it has loaded.
    return null;
  }
  return parsed;
}
