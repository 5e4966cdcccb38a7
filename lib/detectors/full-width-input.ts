import type { Detector } from './detector';

/** Full-width characters (IME on) in an email / ID / phone / code field: the site will not recognise them. */
export const fullWidthInput: Detector = {
  id: 'full-width-input',
  severity: 'warning',
  decide: (page) => {
    const field = page.events.fullWidthField ?? page.fullWidthField;
    return field ? { evidence: field } : null;
  },
};
