import type { Message, PageSnapshot } from '../reader';
import type { Detector } from './detector';

/** An error the page shows in words no other rule names (any language, wording nobody has seen yet): the
 *  finding quotes the page's own words, so the help never goes silent while the page shows an error. It is
 *  the detection path's fallback (detect.ts): a message no rule took, on a page with no other trouble.
 *  `field-error` keeps its own meaning (a field the page says is empty or malformed, in words it knows). */
export const pageError: Detector = {
  id: 'page-error',
  severity: 'error',
  // Found by the fallback (detect.ts, unnamedError), never by a sentence's meaning.
  decide: () => null,
};

/** An error the page shows that no rule named: marked as an error beside the sign-in form (an error box,
 *  red text, the message of an invalid field), or on a sign-in page an ARIA alert or an invalid field's
 *  message anywhere (shown on load, or after a submit); never a heading, the title or a slider's own
 *  words. */
export function unnamedError(m: Message, page: PageSnapshot): boolean {
  return m.kind !== 'heading' && m.kind !== 'title' && !m.inSlider && m.text.length >= 2 && (m.nearField || (m.alerted && page.kind !== 'other'));
}
