/** The lexicon in Polish: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-pl.ts), injected with the detector into frames in this language (languages.ts).
 *  Polish names a state in the same form as an attribute and as a claim ("zablokowane konto", "konto jest
 *  zablokowane"): an attribute is a state directly before a thing's noun (a number, an item). */
import type { LanguageTerms } from './offer';

export default {
  password: 'hasł|haśl',
  account: 'kont(o|a|em|om)\\b|koncie|użytkownik|e-?mail|numer (telefonu|komórki)',
  email: 'e-?mail',
  wrong: 'nieprawidłow|niepoprawn|błędn|niezgodn|nie pasuj|nie zgadza',
  'not-found': 'nie (znaleziono|istnieje|jest zarejestrowan|został[oa]? znalezion)|brak konta|nie ma konta|nieznan',
  'password-task': '^(pomoc dotycząca hasła|nie pamiętasz hasła|zapomniałeś hasła|zapomniane hasło|(resetowanie|odzyskiwanie|przypomnienie) hasła|(zresetuj|odzyskaj|przypomnij) hasło)',
  'already-registered': '(już|jest już) (zarejestrowan|istnieje|używan|w użyciu|przypisan|powiązan)|już jest (zarejestrowan|używan)',
  locked: 'zablokowan|blokad|zamrożon',
  restricted: 'zawieszon|ograniczon|dezaktywowan|wyłączon|zamknięt|usunięt|zlikwidowan|niedostępn|nie jest (już )?dostępn|innego konta|w trakcie weryfikacji',
  unlock: 'odblok|(zweryfikuj|potwierdź) (swoją )?tożsamość',
  'sign-in': 'logow|zaloguj|zalogow',
  attempts: 'prób|razy|logow',
  'too-many': 'zbyt (wiele|dużo|często)|za (dużo|często)|limit (został )?(przekroczon|osiągnięt)|przekroczon',
  code: '(?<!(posta|kupon|ndirim|promosyon|hediye|qr) )kod(?!\\S* (pos|poczt|promo|rabat|kupon|coupon|voucher|baucar|diskon|diskaun|qr|produ|negara|kraj|kreskow|referral))(u|em|y|ów)?(?![a-ząćęłńóśźż])|jednorazow|dwuetapow|dwuskładnikow',
  'code-asked': 'wprowadź|wpisz|podaj|wysłan|otrzyma|pobierz|wyślij',
  sending: 'wysył|wysła|wyślij|żąda|dzisiaj|dziś|jutro|dzienn|24 godzin|na dobę',
  expired: 'wygasł|stracił ważność|utracił ważność|upłynął',
  robot: 'robot|(nietypow|podejrzan|nienaturaln)\\S* ruch|zautomatyzowan',
  slide: 'przesuń|przeciągnij|suwak|przesuw',
  failed: 'błąd|błęd|nie (udało|powiodł)|niepowodzen|spr(ó|o)b(uj|ować)|ponownie|odśwież|poszło nie tak',
  network: 'sieć|sieci|połącz|internet',
  suspicious: '(podejrzan|nietypow)\\S* (aktywnoś|logowa|dostęp)|nieautoryzowan|nieuprawnion|ktoś inny|włamani|przejęci',
  verify: 'weryfik|zweryfikuj|potwierdz|potwierdź',
  unverified: 'nie (został[oa]? |jest )?(jeszcze )?(zweryfikowan|potwierdzon|aktywowan)|niezweryfikowan|niepotwierdzon|nieaktywowan|(potwierdź|zweryfikuj) (swój )?(adres )?e-?mail',
  required: 'wymagan|obowiązkow|nie może być pust|(pole|jest) pust|wprowadź|wpisz|podaj|wybierz|uzupełnij',
  'bad-format': 'prawidłow|poprawn|co najmniej|najwyżej|znak(ów|i|u)?(?![a-ząćęłńóśźż])|za (krótk|dług)|musi (zawierać|mieć|składać|mieścić)',
  'contact-support': 'obsług(a|i|ą|ę) klienta|biur(o|em|a) obsługi|skontaktuj się z|centrum pomocy',
  'to-continue': 'aby kontynuować|kontynuuj|aby się zalogować|aby przywrócić|przywróc',
  confirmation: '^hasła (nie|się)|(potwierdź|powtórz) hasło|potwierdzenie hasła|(oba|podane|wpisane) hasła',
  conditional: 'jeśli|jeżeli|gdy\\b|może (zostać|być)|zostanie (zablokowan|zawieszon)|po \\d|^aby (chronić|uniknąć|zapobiec)',
  attributive: '(zarejestrowan|zweryfikowan|potwierdzon|zablokowan|powiązan|zapisan)\\S* (?=numer|adres|telefon|urządzen|przedmiot|produkt|artykuł|kupon|towar|sprzedaw|sklep|e-?mail)',
  done: 'pomyślnie|(?<!nie )został[oa]? (zmienion|zweryfikowan|potwierdzon|zresetowan)',
  appeal: 'odwołani|odwołać|reklamacj',
} satisfies LanguageTerms;
