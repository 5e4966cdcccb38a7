/** The lexicon in Hebrew: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-he.ts), injected with the detector into frames in this language (languages.ts).
 *  Prepositions and the article join the word (הסיסמה, לחשבון, שנשלח), so terms match anywhere, as Chinese
 *  does; a term that hides inside another word is guarded (חשבון, not in חשבונית, invoice; קוד, not in קודם,
 *  before). Final letters are their own letters: a stem ends before them. An adjective with the article
 *  after its noun ("המוצרים הנעולים") is an attribute; said without it, a claim ("החשבון נעול"). */
import type { LanguageTerms } from './offer';

export default {
  password: 'סיסמ',
  account: 'חשבון(?!י)|משתמש|דוא.ל|דואר אלקטרוני|מייל|מספר (ה)?טלפון|טלפון נייד',
  email: 'דוא.ל|דואר אלקטרוני|מייל',
  wrong: 'שגוי|(לא|אינו|אינה|אינם|אינן) (נכו[נן]|תקי[נן]|תוא[מם]|חוקי)',
  'not-found': 'לא נמצא|(לא|אינו|אינה) (קיי[םמ]|רשו[םמ])|לא נרשם|אין חשבון',
  'already-registered': 'כבר (רשו[םמ]|קיי[םמ]|בשימוש|נמצא בשימוש|משויכ|משויך|מקושר)',
  locked: '(?<!מ)נעול|ננעל|חסו[םמ]|נחס[םמ]|הוקפא|מוקפא',
  restricted: 'מושעה|הושעה|הוגבל|מוגבל|הושבת|מושבת|נסגר|נמחק|בוטל|(אינו|אינה|לא) (זמי[נן]|פעיל)|חשבון אחר',
  unlock: 'ביטול (ה)?נעילה|לבטל את הנעילה|שחרור (ה)?חסימה|אימות זהות|אמת את זהותך',
  'sign-in': 'התחבר|כניס|להיכנס',
  attempts: 'ניסיונ|ניסיון|פעמים|התחבר|כניס',
  'too-many': 'יותר מדי|רבים מדי|רבות מדי|הגעת (ל)?(מגבל|מספר המרבי|מקסימום)|חרג',
  code: '(?<![פמ])קוד(?![םמ]| (קופון|הנחה|מבצע|מדינה))|סיסמה חד.פעמית|דו.שלבי',
  'code-asked': 'הזן|הזינו|הקלד|נשלח|שלחנו|קבלת|תקבל|קיבלת',
  sending: 'שלח|שליח|בקש|היום|מחר|יומי|24 שעות',
  expired: 'פג (ה)?תוקף|תוקפ[וה] פג',
  robot: 'רובוט|(תעבורה|תנועה) (חריגה|חשודה|לא רגילה)',
  slide: 'החלק|גרור|גרירה|הזז|מחוון',
  failed: 'שגיא|כשל|נסה שוב|נסו שוב|רענ[נן]|השתבש|טען מחדש',
  network: 'רשת|חיבור|אינטרנט',
  suspicious: '(פעילות|כניסה|התחברות) (חשודה|חריגה|לא רגילה)|לא מורש|מישהו אחר|נפרץ|פריצה|מכשיר חדש',
  verify: 'אימות|לאמת|אמת את|אישור|לאשר|אשר את',
  unverified: '(לא|טרם) (אומת|אושר)|לא מאומת|אמת את (כתובת )?(ה)?(דוא|אימייל|מייל)',
  required: 'חובה|נדרש|יש להזין|נא להזין|אנא הזן|יש למלא|נא למלא|לא (יכול|יכולה|ניתן) להיות ריק|שדה ריק|יש לבחור|נא לבחור',
  'bad-format': 'פורמט|(?<!לא |אינו |אינה )תקינ|לפחות|תווים|(קצרה|קצר|ארוכה|ארוך) מדי|(חייבת|חייב) (להכיל|לכלול|להיות בין)',
  'contact-support': 'שירות (ה)?לקוחות|צור קשר|צרו קשר|מוקד התמיכה|פנה לתמיכה|פנו לתמיכה',
  'to-continue': 'כדי להמשיך|להמשך|כדי להתחבר|לשחזר|שחזור',
  conditional: '(?<![א-ת])אם |במקרה ש|ייתכן|עלול|יינעל|ייחסם|לאחר \\d|כדי להגן',
  attributive: ' ה(רשו[םמ]|מאומת|נעול|מקושר|משויך|חסו[םמ]|שמור)',
} satisfies LanguageTerms;
