/** The lexicon in Spanish: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-es.ts), injected with the detector into frames in this language (languages.ts).
 *  Spanish names a thing's state after its noun ("el número de teléfono registrado", "artículos bloqueados"):
 *  an attribute is a state that follows such a noun. "Código" is also Portuguese: both chunks leave out both
 *  languages' coupon, postal and country codes. */
import type { LanguageTerms } from './offer';

export default {
  password: 'contraseña',
  account: 'cuenta|correo|e-?mail|usuario|número de (teléfono|móvil|celular)|teléfono',
  email: 'correo|e-?mail',
  wrong: 'incorrect|no coincide|inválid|erróne|no (es )?válid|no (es|son) correct',
  'not-found': 'no (existe|se encontr|se pudo encontrar|está registrad)|no encontr|ninguna cuenta|no (hemos podido|podemos|pudimos) encontrar',
  'password-task': '^¿?(asistencia de contraseña|(has )?olvid(aste|ado) (tu|su|la) contraseña|contraseña olvidada|(restablecer|recuperar) (tu |su |la )?contraseña|restablecimiento de (la )?contraseña)',
  'already-registered': 'ya (está|existe|registrad|en uso|se (usa|utiliza))|ya (ha sido|fue) (registrad|utilizad|usad)|ya (tiene|hay) una cuenta',
  locked: 'bloquead|bloqueo|congelad',
  restricted: 'suspendid|restringid|desactivad|inhabilitad|no (está )?disponible|cancelad|eliminad|cerrad|dad[ao] de baja|otra cuenta|en revisión',
  unlock: 'desbloque|verifica(r)? tu identidad|(verifique|verificar) su identidad|confirma tu identidad',
  'sign-in': 'inici\\S* (de )?sesión|acced|acceso',
  attempts: 'intentos?\\b|veces|inici\\S* (de )?sesión|acceso',
  'too-many': 'demasiad|(has|ha) superado|superado el (límite|número)|límite (alcanzado|superado|excedido)|alcanzado el (límite|número máximo|máximo)|excedid|excediste',
  code: 'códigos?\\b(?! (postal|promo|de (descuento|desconto|cupón|cupom|país|pais|área|area|barras|regalo|presente|referido|indicação|invitación|convite|producto|produto|artículo)|del cupón|do cupom|qr))|otp\\b|verificación en dos pasos',
  'code-asked': 'introduce|introduzca|ingresa|ingrese|escribe|enviad|enviamos|hemos enviado|recibi|obtener',
  sending: 'envi[aoó]|enví|solicit|pedi|hoy|mañana|diari|al día|por día|24 horas',
  expired: 'caducad|caducó|expirad|expiró|vencid|ya no es válid',
  robot: 'robot|tráfico (inusual|anómalo|sospechoso)',
  slide: 'desliz|arrastr',
  failed: 'error|fall|vuelv|int[eé]nt|actualiz|ha ido mal|(está|salió) mal',
  network: 'red\\b|conexión',
  suspicious: 'actividad (sospechosa|inusual)|inicio de sesión (sospechoso|inusual)|acceso (sospechoso|inusual|no autorizado)|no autorizad|comprometid|otra persona|alguien más|nuevo dispositivo|hackead',
  verify: 'verific|confirm',
  unverified: 'no (ha sido |está |se ha )?(verificad|confirmad|activad)|sin (verificar|confirmar)|(verifica|confirma|verifique|confirme) (tu|su) (correo|dirección|e-?mail)',
  required: 'obligatori|requerid|no puede (estar|quedar) vac|(está|esta) vací|(introduce|introduzca|ingresa|ingrese|escribe|escriba|indica|selecciona|seleccione) (tu|su|un|una|el|la|los|las)\\b|es necesari',
  'bad-format': '(?<!no (es |son )?)válid|al menos|como mínimo|caracteres|demasiado (cort|larg)|(debe|deben|tiene que) (tener|contener|incluir|estar entre)',
  'contact-support': 'servicio al cliente|atención al cliente|soporte|centro de ayuda|contacta|ponte en contacto|póngase en contacto|comuníquese',
  'to-continue': 'para continuar|continuar|para (iniciar sesión|acceder|restablecer|recuperar)|reactivar',
  confirmation: '(las|ambas|dos) contraseñas|(repite|repetir|vuelve a introducir) (la )?contraseña',
  conditional: 'si\\b|podría|será|después de \\d|tras \\d|^para (proteger|evitar)|en caso de',
  attributive: '(número|teléfono|móvil|correo|dirección|dispositivo|artículo|producto|pedido|vendedor|tienda)s? (de teléfono |electrónico )?(registrad|verificad|confirmad|bloquead|vinculad|asociad|guardad)[oa]s?',
  done: 'con éxito|exitosamente|(?<!no )se ha (cambiado|restablecido|verificado|confirmado|actualizado)|(?<!no )(ha|han) sido (cambiad|restablecid|verificad|confirmad|actualizad)',
  appeal: 'apelación|apelar|recurso|reclamación',
} satisfies LanguageTerms;
