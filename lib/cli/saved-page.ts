/** A saved page loaded into happy-dom the way the scan command and the tests read it: no scripts run,
 *  nothing is fetched, frames stay empty. */
import { Window } from 'happy-dom';

export interface SavedPage {
  document: Document;
  close(): Promise<void>;
}

export function loadSavedPage(html: string, url: URL): SavedPage {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  // Browsers read an input's type in any case (`type="PassWord"` is a password field); happy-dom compares
  // attribute values as written, so they are lower-cased here, once.
  for (const input of window.document.querySelectorAll('input[type]')) {
    const type = input.getAttribute('type')!;
    if (type !== type.toLowerCase()) input.setAttribute('type', type.toLowerCase());
  }
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

/** The address a browser wrote into a page it saved ("saved from url=(0042)https://…"). */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1] ?? null;
}

/** A browser attaches `<template shadowrootmode>` to its parent as the page is parsed; happy-dom leaves it a
 *  template. Attached here, innermost last, so a saved page reads as the browser shows it. */
function attachDeclarativeShadowRoots(root: Document | DocumentFragment): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
