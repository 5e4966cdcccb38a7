import type { Detector } from './detector';

/** Full-width characters (IME on) in an email / ID / phone / code field: the site will not recognise them. */
export const fullWidthInput: Detector = {
  id: 'full-width-input',
  severity: 'warning',
  decide: (page) => {
    // Read from the field's current value on every pass (typing triggers one): never a password field.
    return page.fullWidthField ? { evidence: page.fullWidthField } : null;
  },
};
