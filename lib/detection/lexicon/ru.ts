/** The lexicon in Russian: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-ru.ts), injected with the detector into frames in this language (languages.ts). */
import type { LanguageTerms } from './offer';

export default {
  password: 'парол',
  account: 'аккаунт|учетн|учётн|почт',
  wrong: 'неверн|неправильн|не совпада',
  'not-found': 'не найден|не существует|не зарегистрирован',
  'already-registered': 'уже (зарегистрирован|используется|существует|занят)',
  locked: 'заблокирован',
  restricted: 'приостановлен|ограничен|упразднен|деактивирован|отключен|удален|недоступ|закрыт|используйте друг',
  unlock: 'разблокир',
  robot: 'робот|(необычный|подозрительный|аномальный) трафик',
  slide: 'перетащ|сдвин|ползун|передвин',
  failed: 'ошибк|не удалось|попробуйте|обновите|пошло не так',
  network: 'сет(ь|и)|соединени|подключени|нет интернета',
  conditional: 'если|может быть|будет',
} satisfies LanguageTerms;
