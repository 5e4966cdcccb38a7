/** Copies text on the user's click, in an extension's own document only (the card's frame, the popup):
 *  the Clipboard API, else a selected text area in that document (a frame whose page's permissions
 *  policy blocks the API). Never used in a web page's document: a text area there, and the `copy` event
 *  that execCommand fires, would hand the text to the page's scripts. Says whether it worked. */
export async function copyInThisDocument(text: string): Promise<boolean> {
  if (!/^(chrome|moz)-extension:$/.test(location.protocol)) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
    document.documentElement.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}
