/** The lexicon in German: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-de.ts), injected with the detector into frames in this language (languages.ts).
 *  German writes a thing's state before its noun with an ending ("die registrierte Telefonnummer", "Ihre
 *  gesperrten Artikel") and says it bare ("Ihr Konto wurde gesperrt"): the ending marks the attribute. */
import type { LanguageTerms } from './offer';

export default {
  password: 'passw(o|ö)rt|kennw(o|ö)rt',
  account: 'konto|konten|kundenkonto|benutzer|anmeldename|e-?mail|telefonnummer|handynummer|mobilnummer|mitglied',
  email: 'e-?mail',
  wrong: 'falsch|ungültig|inkorrekt|fehlerhaft|stimm(t|en) nicht|passt nicht|nicht (korrekt|richtig|überein)',
  'not-found': 'nicht (gefunden|registriert|vorhanden|bekannt)|existiert nicht|kein(e|en)? (kunden)?(konto|benutzer)|unbekannt',
  'password-task': '^(hilfe zum passwort|passwort(-hilfe| vergessen| zurücksetzen)|(ihr|dein) passwort vergessen|kennwort (vergessen|zurücksetzen))',
  'already-registered': 'bereits (registriert|vergeben|verknüpft|in verwendung|ein (kunden)?konto)|existiert bereits|(ist|wird) bereits (registriert|vergeben|verwendet|genutzt)',
  locked: 'gesperrt|sperrung|kontosperr|blockiert|eingefroren',
  restricted: 'deaktiviert|suspendiert|eingeschränkt|beschränkt|geschlossen|gekündigt|gelöscht|(vorübergehend |derzeit )?nicht (mehr )?verfügbar|ein anderes konto|wird überprüft',
  unlock: 'entsperr|freischalt|identität (zu )?(bestätigen|verifizieren|überprüfen)|bestätigen sie ihre identität',
  'sign-in': 'anmeld|angemeldet|einlogg|eingeloggt',
  attempts: 'versuch|fehlversuch|anmeldeversuch|anmeld',
  'too-many': 'zu viele|zu (oft|häufig)|limit (erreicht|überschritten)|höchst(zahl|grenze|anzahl)[^.]{0,30}erreicht|überschritten',
  code: '(bestätigungs|verifizierungs|sicherheits|authentifizierungs|prüf|sms|einmal)-?code|einmal-?passw(o|ö)rt|zwei-?(faktor|stufig)',
  'code-asked': 'eingeben|geben sie|gesendet|geschickt|zugesandt|erhalten|anfordern',
  sending: 'senden|gesendet|anford|angefordert|täglich|heute|morgen|24 stunden|pro tag',
  expired: 'abgelaufen|nicht mehr gültig|zeitüberschreitung',
  robot: 'roboter|ungewöhnliche[nrs]? (daten)?(verkehr|zugriff)|verdächtige[nrs]? (daten)?verkehr|automatisierte (anfragen|zugriffe)',
  slide: 'schieb|verschieb|zieh|schieberegler',
  failed: 'fehler|fehlgeschlagen|schief ?gelaufen|erneut versuchen|es erneut|aktualisier|neu laden',
  network: 'netz|verbindung|offline',
  suspicious: 'verdächtige[nrs]? (aktivität|anmeld|zugriff)|ungewöhnliche[nrs]? (aktivität|anmeld)|unbefugt|gehackt|kompromittiert|jemand anderes|neue[ms]? (gerät|standort)',
  verify: 'verifizier|bestätig|überprüf',
  unverified: 'nicht (verifiziert|bestätigt|aktiviert)|unbestätigt|unverifiziert|(bestätigen|verifizieren|aktivieren) sie ihre e-?mail',
  required: 'erforderlich|pflicht|(darf|kann) nicht leer|ist leer|fehlt\\b|fehlend|bitte (gib|geben|wähle|wählen|füll|füllen|trage|tragen)|(geben sie|gib|wählen sie|wähle) (deine|ihre|eine|einen|ein|die|den|das)\\b',
  'bad-format': 'gültig|mindestens|höchstens|zeichen|zu (kurz|lang)\\b|muss (\\S+ ){0,3}(enthalten|bestehen|haben)',
  'contact-support': 'kundenservice|kundendienst|kundensupport|kontaktieren sie (uns|den)|wenden sie sich an',
  'to-continue': 'fortzufahren|fortfahren|um sich (anzumelden|einzuloggen)|wiederherzustellen|reaktivier',
  confirmation: 'passwörter|kennwörter|(passwort|kennwort)[ -]?(bestätig|wiederhol)|passwort erneut eingeben',
  conditional: 'wenn\\b|falls\\b|sofern|könnte|würde|nach \\d|^zum schutz',
  attributive: '(registriert|verifiziert|bestätigt|gesperrt|hinterlegt|verknüpft|gespeichert)e[nmrs]?\\b',
  done: '(?<!nicht )erfolgreich|(?<!nicht )wurde (geändert|zurückgesetzt|bestätigt|verifiziert|aktualisiert)',
  appeal: 'einspruch|widerspruch',
} satisfies LanguageTerms;
