/** The lexicon in Dutch: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-nl.ts), injected with the detector into frames in this language (languages.ts).
 *  Dutch writes a thing's state before its noun with an -e ("het geregistreerde nummer", "je vergrendelde
 *  items") and says it bare ("je account is geblokkeerd"): the ending marks the attribute. */
import type { LanguageTerms } from './offer';

export default {
  password: 'wachtwoord',
  account: 'account|gebruiker|e-?mail|telefoonnummer|mobiele? nummer',
  email: 'e-?mail',
  wrong: 'onjuist|ongeldig|verkeerd|incorrect|klopt niet|kom(t|en) niet overeen|niet (juist|correct|geldig)',
  'not-found': 'niet gevonden|bestaat niet|niet geregistreerd|geen account|onbekend',
  'password-task': '^(hulp bij (je |uw )?wachtwoord|(je |uw )?wachtwoord vergeten|wachtwoord (herstellen|resetten|opnieuw instellen))',
  'already-registered': '(al|reeds) (geregistreerd|in gebruik|gekoppeld)|bestaat al|is al (in gebruik|geregistreerd)',
  locked: 'geblokkeerd|vergrendeld|bevroren|blokkering',
  restricted: 'opgeschort|beperkt\\b|beperkingen|gedeactiveerd|uitgeschakeld|gesloten|beëindigd|verwijderd|opgeheven|(tijdelijk )?niet (meer )?beschikbaar|een ander account|wordt beoordeeld',
  unlock: 'ontgrendel|deblokkeer|identiteit (te )?(bevestigen|verifiëren)|bevestig je identiteit',
  'sign-in': 'inlog|aanmeld|ingelogd|aangemeld',
  attempts: 'poging|keer\\b|inlog|aanmeld',
  'too-many': 'te veel|te vaak|limiet (bereikt|overschreden)|maximum( aantal)? (bereikt|overschreden)|overschreden',
  code: '(verificatie|bevestigings|beveiligings|sms|eenmalige?)-?code|tweestaps',
  'code-asked': 'voer|invoeren|ingevoerd|verzonden|verstuurd|gestuurd|ontvang|aanvragen',
  sending: 'verzend|verzonden|verstuur|stuur|aanvra|aangevraagd|vandaag|morgen|dagelijks|24 uur|per dag',
  expired: 'verlopen|niet meer geldig',
  robot: 'robot|(ongebruikelijk|ongewoon|verdacht)e? (netwerk)?verkeer|geautomatiseerde',
  slide: 'schuif|verschuif|versleep|sleep (de|het)',
  failed: 'fout|mislukt|probeer (het )?opnieuw|opnieuw proberen|vernieuw|herlaad|ververs|ging (er )?(iets )?mis|is iets mis',
  network: 'netwerk|netfout|verbinding|offline',
  suspicious: '(verdachte|ongebruikelijke) (activiteit|aanmeld|inlog)|onbevoegd|iemand anders|gehackt|nieuw apparaat',
  verify: 'verifi|bevestig',
  unverified: 'niet (geverifieerd|bevestigd|geactiveerd)|(bevestig|verifieer) je e-?mail',
  required: 'verplicht|vereist|(mag|kan) niet leeg|is leeg|ontbreekt|(vul|voer|selecteer|kies) (je|jouw|uw|een|het|de)\\b',
  'bad-format': '(?<!niet (meer )?)geldig|minimaal|ten minste|minstens|tekens|te (kort|lang)\\b|moet (\\S+ ){0,3}(bevatten|bestaan)',
  'contact-support': 'klantenservice|klantendienst|contact op met',
  'to-continue': 'om door te gaan|doorgaan|om verder te gaan|om in te loggen|te herstellen',
  confirmation: 'wachtwoorden|(bevestig|herhaal) (je |uw |het )?wachtwoord|wachtwoord (bevestigen|herhalen)',
  conditional: 'als (je|u|het|er)\\b|indien|wanneer|zou|na \\d|om te (beschermen|voorkomen)',
  attributive: '(geregistreerd|geverifieerd|bevestigd|vergrendeld|geblokkeerd|gekoppeld|opgeslagen)e\\b',
  done: '(?<!niet )succesvol|(?<!niet )is (gewijzigd|bevestigd|geverifieerd|bijgewerkt|gereset)',
  appeal: 'bezwaar|beroep',
} satisfies LanguageTerms;
