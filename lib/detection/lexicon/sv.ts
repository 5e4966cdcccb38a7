/** The lexicon in Swedish (Amazon.se): each concept's terms (lexicon.ts says how a term is written). A chunk of
 *  its own in the extension (entrypoints/lexicon-sv.ts), injected with the detector into frames in this
 *  language (languages.ts). Swedish joins nouns into one word (verifieringskod, inloggningsförsök): a term
 *  starts at a word's start, so a compound is written out where it names the thing (a one-time code), and
 *  a discount code (rabattkod) is never a code; bare 「kod」 is left out, as Polish and Malay write it before
 *  their coupon words (kod rabatowy, kod baucar). A state named before its noun with its article ("det
 *  registrerade telefonnumret", "dina låsta produkter") is an attribute. */
import type { LanguageTerms } from './offer';

export default {
  password: 'lösenord',
  account: 'konto|e-?post|användarnamn|mobilnummer|telefonnummer',
  email: 'e-?post',
  wrong: 'felaktig|ogiltig|stämmer inte|matchar inte|inte (korrekt|giltig|rätt)',
  'not-found': 'hittade inte|hittar inte|kan inte hitta|kunde inte hitta|hittar inget|finns inte|inget konto|inte registrerad',
  'password-task': '^(lösenordshjälp|glömt (ditt )?lösenord|återställ (ditt )?lösenord|återställning av lösenord)',
  'already-registered': 'redan (registrerad|används|finns|kopplad|använd)|(används|finns|är registrerad) redan',
  locked: 'låst|spärra|fryst|pausat',
  restricted: 'avstängd|avstängt|stängd|stängt|inaktiverad|begränsad|avslutad|raderad|inte tillgänglig|otillgänglig|ett annat konto|granskas',
  unlock: 'lås upp|låsa upp|häva spärren|verifiera din identitet|bekräfta din identitet',
  'sign-in': 'logga in|inloggning',
  attempts: 'försök|gånger|inloggning',
  'too-many': 'för många|(har )?överskridit|gränsen (har )?nåtts|nått gränsen|max(imalt)? antal',
  code: 'koden\\b|koder(na)?\\b|engångskod|verifieringskod|säkerhetskod|sms-kod|tvåstegsverifiering|otp\\b',
  'code-asked': 'ange|skriv|skickat|skickade|få (en )?kod|ta emot',
  sending: 'skicka|begär|i ?dag|i ?morgon|dagligen|per dag|24 timmar',
  expired: 'har gått ut|gått ut|utgått|löpt ut|inte längre giltig|har upphört',
  robot: 'robot|ovanlig trafik|tecknen (du ser|i bilden)',
  slide: 'dra (reglaget|skjutreglaget)|skjutreglage|reglage',
  failed: 'misslyck|fel\\b|något gick fel|försök igen|uppdatera|ett problem uppstod|det uppstod ett problem',
  network: 'nätverk|anslutning|uppkoppling',
  suspicious: 'misstänkt|ovanlig (aktivitet|inloggning)|obehörig|någon annan|kapad|ny enhet',
  verify: 'verifier|bekräfta',
  unverified: '(inte|ej) (verifier|bekräftad|bekräftats)|overifierad|(verifiera|bekräfta) din e-?post',
  required: 'obligatorisk|krävs|måste fyllas i|får inte vara tom|ange (din|ditt|en|ett)\\b|fyll i',
  'bad-format': 'format|minst|tecken|för (kort|långt|lång)|måste (innehålla|vara|ha)',
  'contact-support': 'kundtjänst|kundservice|kontakta (oss|support)|support|hjälpcenter',
  'to-continue': 'för att fortsätta|fortsätt|för att logga in',
  confirmation: 'lösenorden|bekräfta (ditt )?lösenord|ange lösenordet igen|upprepa',
  conditional: 'om (du|ni|det|kontot|koden|lösenordet)\\b|kan (bli|komma)|kommer att|efter \\d|^för att (skydda|undvika)',
  attributive: '(det|den|de|ditt|din|dina|ert|er) (registrerade|verifierade|bekräftade|låsta|kopplade|sparade) ',
  done: 'har (ändrats|återställts|verifierats|bekräftats|uppdaterats)|(?<!inte )lyckades',
  appeal: 'överklag|invändning|omprövning',
} satisfies LanguageTerms;
