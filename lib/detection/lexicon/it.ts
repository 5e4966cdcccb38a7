/** The lexicon in Italian: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-it.ts), injected with the detector into frames in this language (languages.ts).
 *  Italian names a thing's state after its noun ("il numero registrato", "articoli bloccati"): an attribute
 *  is a state that follows such a noun. */
import type { LanguageTerms } from './offer';

export default {
  password: 'password|parola d.accesso|chiave d.accesso',
  account: 'account|utente|e-?mail|indirizzo e-?mail|numero di (telefono|cellulare)|cellulare',
  email: 'e-?mail|posta elettronica',
  wrong: 'errat[oaie]\\b|sbagliat|incorrett|non (è )?(corrett|valid)|non corrispond|non combacia',
  'not-found': 'non (esiste|è stat[oa] trovat|trovat|è registrat|registrat|risulta)|inesistent|nessun account|(impossibile|non (riusciamo a|è possibile)) trovare',
  'password-task': '^(assistenza password|password dimenticata|hai dimenticato la password|reimposta(zione)? (la |della )?password|recupera(re)? (la )?password)',
  'already-registered': 'già (registrat|in uso|utilizzat|esistent|associat|collegat)|esiste già|è già (in uso|registrat)',
  locked: 'bloccat',
  restricted: 'sospes|limitat[oaie]\\b|disattivat|disabilitat|chius[oa]|cancellat[oaie]\\b|eliminat[oaie]\\b|terminat|(temporaneamente )?non (è )?(più )?disponibile|un altro account|in fase di (verifica|revisione)',
  unlock: 'sblocc|verifica(re)? la tua identità',
  'sign-in': 'accedi|accesso|accedere|login',
  attempts: 'tentativ|volte|accesso|accedere',
  'too-many': 'troppi|troppe|troppo (spesso|frequent)|limite (raggiunt|superat)|raggiunto il (limite|numero massimo)|superat',
  code: 'codic[ei](?! (postale|sconto|promo|coupon|fiscale|regalo|articolo|prodotto|a barre|qr|iban|del paese))|autenticazione a due',
  'code-asked': 'inserisci|inserire|inviat|ricevut|digita\\b|ottieni|richiedi',
  sending: 'invi[aio]|richie|oggi|domani|giornalier|24 ore|al giorno',
  expired: 'scadut|non è più valid|tempo scaduto',
  robot: 'robot|traffico (insolito|anomalo|sospetto)',
  slide: 'scorri|trascina|cursore',
  failed: 'errore|non riuscit|fallit|riprova|ricarica|aggiorna|rinfresca|andato storto|che non va',
  network: 'rete\\b|connession|offline',
  suspicious: 'attività (sospett|insolit)|access[oi] (sospett|insolit|non autorizzat)|non autorizzat|qualcun altro|compromess|nuovo dispositivo',
  verify: 'verific|conferm|convalid',
  unverified: 'non (è )?(ancora )?(stat[oa] )?(verificat|confermat|attivat)|(verifica|conferma) (la tua|il tuo) (e-?mail|indirizzo)',
  required: 'obbligatori|richiesto\\b|necessari|non può essere vuot|(è|e) vuot|mancant|(inserisci|inserire|immetti|digita|seleziona|indica|compila) (il|la|lo|l[\'’]|un|una|uno|tuo|tua|i|gli|le)',
  'bad-format': '(?<!non (è )?)valid[oaie]\\b|almeno|caratteri|troppo (cort|lung)|deve (contenere|avere|includere|essere compres)',
  'contact-support': 'servizio clienti|assistenza clienti|centro assistenza|contatta(re)? (l.assistenza|il supporto|il servizio)',
  'to-continue': 'per continuare|per procedere|per accedere|per ripristinare|riattiva',
  confirmation: '(le|due) password|(conferma|ripeti|reinserisci) (la )?password',
  conditional: 'qualora|nel caso|se (hai|non|inserisci|sbagli)\\b|potrebbe|sarà|verrà|dopo \\d|^per (proteggere|evitare)',
  attributive: '(numer[oi]|telefono|cellulare|indirizz[oi]|e-?mail|dispositiv[oi]|articol[oi]|prodott[oi]|ordin[ie]|venditor[ei]|negozi[oi]) (registrat|verificat|confermat|bloccat|associat|collegat|salvat)[oaie]',
  done: 'con successo|(?<!non )è stat[ao] (modificat|reimpostat|verificat|confermat|aggiornat)',
  appeal: 'ricorso|appello|contestare',
} satisfies LanguageTerms;
