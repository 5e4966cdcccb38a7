/**
 * Japanese mobile numbers in international form: with +81 chosen, the number is typed without its leading
 * 0 (090-1234-5678 → 9012345678). AliExpress's SMS step fails silently otherwise (knowledge base, lock).
 */

/** The digits to type after +81, or null when the number is already right (or not a Japanese one). */
export function withoutTrunkZero(typed: string, countryCode: string | null): string | null {
  const digits = typed.replace(/[\s\-()（）－ー―]/g, '');
  // "+81090…" or "81090…" typed whole, the country code chosen or not.
  const inline = /^\+?81(0\d{9,10})$/.exec(digits);
  if (inline) return inline[1]!.slice(1);
  if (countryCode !== '81') return null;
  return /^0\d{9,10}$/.test(digits) ? digits.slice(1) : null;
}

const PHONE_FIELD = /phone|mobile|tel|cell|電話|携帯|手机|手機|号码/i;

export function isPhoneField(el: HTMLInputElement): boolean {
  if (el.type === 'password') return false;
  if (el.type === 'tel') return true;
  return [el.name, el.id, el.placeholder, el.autocomplete, el.getAttribute('aria-label') ?? ''].some((text) => PHONE_FIELD.test(text));
}

/** The country calling code shown next to a phone field (a select, or a "+81" / "JP +81" picker), looked
 *  for in the field's own box: up its ancestors until one holds another field. */
export function countryCodeNear(field: HTMLInputElement): string | null {
  let around: Element | null = field.parentElement;
  for (let depth = 0; around && depth < 4; depth++, around = around.parentElement) {
    if ([...around.querySelectorAll('input:not([type=hidden]), textarea')].some((other) => other !== field)) return null;
    const chosen = around.querySelector('select')?.selectedOptions[0];
    const text = chosen ? `${chosen.textContent} ${chosen.value}` : (around.textContent ?? '');
    const code = /\+\s?(\d{1,3})\b/.exec(text);
    if (code) return code[1]!;
  }
  return null;
}
