/** The lexicon in Spanish: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-es.ts), injected with the detector into frames in this language (languages.ts). */
import type { LanguageTerms } from './offer';

export default {
  password: 'contraseña',
  account: 'cuenta|correo',
  wrong: 'incorrect|no coincide|inválid|erróne',
  'not-found': 'no (existe|se encontr|se pudo encontrar|está registrad)|no encontr',
  'already-registered': 'ya (está|existe|registrad|en uso|se (usa|utiliza))',
  locked: 'bloquead',
  restricted: 'suspendid|restringid|desactivad|inhabilitad|no (está )?disponible|cancelad|eliminad',
  unlock: 'desbloque',
  robot: 'robot|tráfico (inusual|anómalo|sospechoso)',
  slide: 'desliz|arrastr',
  failed: 'error|fall|vuelv|int[eé]nt|actualiz|ha ido mal|(está|salió) mal',
  network: 'red\\b|conexión',
  conditional: 'si\\b|podría|será',
} satisfies LanguageTerms;
