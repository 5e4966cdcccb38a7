/** The page marker of design §4: the tips' host element, which lists the shown finding ids. The page reader
 *  and the page's controls leave it out: it is the extension's own. */
export const MARKER_TAG = 'login-rescue-tips';
