/** Full-width letters, digits and signs (Ａ, １, ＠, the ideographic space) typed with the Japanese IME on:
 *  email, ID, phone and code fields take them only in half-width. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export const hasFullWidth = (text: string): boolean => FULL_WIDTH.test(text);

/** The same text in half-width: Ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ → Taro@example.com. Other characters stay. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Fields the card may correct on the user's click: text-like inputs, never a password. */
const FIXABLE_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);

export function isFixableField(el: Element | null): el is HTMLInputElement {
  return el instanceof HTMLInputElement && FIXABLE_TYPES.has(el.type === 'text' && !el.getAttribute('type') ? '' : el.type) && !el.readOnly && !el.disabled;
}

/** The field to correct: the focused one if it holds full-width text, else the first visible one that does. */
export function fullWidthField(doc: Document): HTMLInputElement | null {
  const active = doc.activeElement;
  if (isFixableField(active) && hasFullWidth(active.value)) return active;
  return [...doc.querySelectorAll('input')].find((input) => isFixableField(input) && hasFullWidth(input.value) && input.getClientRects().length > 0) ?? null;
}

/** Sets a field's value as typing would, so that the site's script (React and the like) sees it. */
export function setFieldValue(field: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
