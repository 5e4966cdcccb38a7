/**
 * The message boundary (design §8): who may send what, checked on every message before it is acted on.
 * The extension's own pages (popup, options) may ask for any tab's state, reset and undo. The card's frame
 * (card.html, an extension page inside a page of the sites, where the card's buttons are: design §9) may
 * reset, undo, copy the support message and open the popup for the tab it is in only, and only it may: no
 * content script can (a script of the page cannot reach the frame). A content script speaks only from a
 * page of the sites, in a tab whose page is one of the sites' too (a site's frame inside another site's
 * page never sets that tab's findings), and what concerns the whole tab only from its top frame.
 */
import { FINDING_IDS, type FindingId } from '../findings';
import { parseMessage, parsePageMessage, type Message, type PageMessage } from '../messages';
import { siteForUrl } from '../sites';

/** What the browser says of a message's sender (runtime.MessageSender, the fields used here). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  documentId?: string;
  tab?: { id?: number; url?: string };
}

/** Where a content script's message came from. */
export interface Frame {
  tabId: number;
  frameId: number;
  documentId?: string;
  url: string;
}

export type Routed =
  | { from: 'extension-page'; message: PageMessage }
  | { from: 'content' | 'card'; message: Message; frame: Frame }
  /** Firefox: the card's frame to the tips script of its own tab (lib/card-frame.ts), passed on as it is. */
  | { from: 'card-relay'; tabId: number; token: string; message: unknown }
  /** Firefox: the tips script to the card's frame in its own tab. */
  | { from: 'card-push'; tabId: number; frameId: number; token: string; message: unknown }
  /** Where the card cannot tell whether it is visible (Firefox): a destructive action of the card is
   *  confirmed in the popup's page, opened in a tab on the card's own tab. */
  | { from: 'card-confirm'; tabId: number; finding: FindingId | null; close: boolean };

const TOKEN = /^[0-9a-f]{32}$/;

/** Messages about the whole tab: only its top frame sends them. */
const TOP_FRAME_ONLY = new Set<Message['type']>(['tab-findings', 'tips']);
/** The card's buttons: only the card's frame sends them, about its own tab. */
const CARD_ONLY = new Set<Message['type']>(['card-reset', 'card-undo', 'support-message', 'open-popup']);
/** The card's page (lib/card-frame.ts). */
const CARD_PATH = '/card.html';

const onSite = (url: string | undefined) => !!url && URL.canParse(url) && siteForUrl(new URL(url)) !== null;

/** The message, checked for its sender and its shape; null when it must be dropped. */
export function route(raw: unknown, sender: Sender, extension: { id: string; origin: string }): Routed | null {
  if (sender.id !== extension.id) return null;
  if (isCardFrame(sender.url, extension.origin)) {
    // The card's frame is an extension page, but inside a tab's page: its own tab only, never one it names.
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0 || !onSite(sender.tab?.url)) return null;
    const relay = raw as { type?: unknown; token?: unknown; message?: unknown } | null;
    if (relay?.type === 'card-confirm') {
      const { finding, close } = relay as { finding?: unknown; close?: unknown };
      return { from: 'card-confirm', tabId, finding: FINDING_IDS.includes(finding as FindingId) ? (finding as FindingId) : null, close: close === true };
    }
    if (relay?.type === 'card-relay') return typeof relay.token === 'string' && TOKEN.test(relay.token) ? { from: 'card-relay', tabId, token: relay.token, message: relay.message } : null;
    const message = parseMessage(raw);
    if (!message || !CARD_ONLY.has(message.type)) return null;
    return { from: 'card', message, frame: { tabId, frameId: 0, url: sender.tab!.url! } };
  }
  if (sender.url?.startsWith(extension.origin)) {
    const message = parsePageMessage(raw);
    return message ? { from: 'extension-page', message } : null;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !onSite(sender.url) || !onSite(sender.tab?.url)) return null;
  const frameId = sender.frameId ?? 0;
  const push = raw as { type?: unknown; token?: unknown; frameId?: unknown; message?: unknown } | null;
  if (push?.type === 'card-push') {
    const ok = frameId === 0 && typeof push.token === 'string' && TOKEN.test(push.token) && Number.isInteger(push.frameId) && (push.frameId as number) > 0;
    return ok ? { from: 'card-push', tabId, frameId: push.frameId as number, token: push.token as string, message: push.message } : null;
  }
  const message = parseMessage(raw);
  if (!message || CARD_ONLY.has(message.type) || (TOP_FRAME_ONLY.has(message.type) && frameId !== 0)) return null;
  return { from: 'content', message, frame: { tabId, frameId, documentId: sender.documentId, url: sender.url! } };
}

/** The card's page: at the extension's origin, or (Chrome's `use_dynamic_url`) at its dynamic one, which
 *  only the extension knows. */
function isCardFrame(url: string | undefined, origin: string): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  const extensionScheme = new URL(origin).protocol;
  return parsed.protocol === extensionScheme && parsed.pathname === CARD_PATH;
}
