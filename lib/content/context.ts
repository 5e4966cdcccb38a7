/**
 * The content scripts' own lifetime: it ends when the extension is reloaded, updated or removed (its
 * runtime id is gone), and everything registered through it stops then, and a page cannot end it. The
 * scripts are WXT unlisted scripts (wxt.config.ts): WXT's content-script context would also end when the
 * page dispatched a forged "script started" event on `document`.
 */
export interface PageContext {
  /** Read before acting: finds out (and announces) that the extension has gone. */
  readonly isInvalid: boolean;
  onInvalidated(listener: () => void): void;
  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, listener: (event: DocumentEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  setTimeout(callback: () => void, ms: number): void;
}

export function pageContext(): PageContext {
  const lifetime = new AbortController();
  const context: PageContext = {
    get isInvalid() {
      if (!lifetime.signal.aborted && !browser.runtime?.id) lifetime.abort();
      return lifetime.signal.aborted;
    },
    onInvalidated(listener) {
      lifetime.signal.addEventListener('abort', listener, { once: true });
    },
    addEventListener(target: EventTarget, type: string, listener: (event: never) => void, options?: AddEventListenerOptions) {
      target.addEventListener(type, listener as EventListener, { ...options, signal: lifetime.signal });
    },
    setTimeout(callback, ms) {
      // The abort listener goes with the timer: many short timers must not pile listeners up.
      const cancel = () => clearTimeout(timer);
      const timer = setTimeout(() => {
        lifetime.signal.removeEventListener('abort', cancel);
        if (!context.isInvalid) callback();
      }, ms);
      lifetime.signal.addEventListener('abort', cancel, { once: true });
    },
  };
  return context;
}
