/**
 * The card frame's entry. When the extension is reloaded or removed while a page still holds its frame,
 * the browser may load this page again without the extension's API: then nothing runs (the card itself,
 * and the API polyfill it brings, would only fail in the page's console).
 */
if ((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) void import('./main');
