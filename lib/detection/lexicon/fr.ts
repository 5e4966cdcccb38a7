/** The lexicon in French: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-fr.ts), injected with the detector into frames in this language (languages.ts).
 *  French names a thing's state after its noun ("le numéro de téléphone enregistré", "vos articles bloqués"):
 *  an attribute is a state that follows such a noun. "Code" is also English: the French term leaves out the
 *  English term's zip, promo and country codes as well as French ones (code promo, code postal). */
import type { LanguageTerms } from './offer';

export default {
  password: 'mots? de passe',
  account: 'compte|e-?mail|courriel|adresse|identifiant|utilisateur|numéro de (téléphone|portable|mobile)|téléphone',
  email: 'e-?mail|courriel|adresse électronique',
  wrong: "incorrect|ne correspond|invalide|erroné|n['’]est pas (valide|correct)|non valide",
  'not-found': "n['’]existe pas|introuvable|pas (été )?trouvé|n['’]est pas (enregistré|inscrit)|aucun compte|impossible de trouver|(ne pouvons|n['’]avons pas pu) (pas )?trouver|ne (re)?trouvons (pas|aucun)",
  'password-task': '^(assistance (du |de )?mot de passe|mot de passe oublié|(vous avez )?oublié (votre|le) mot de passe|réinitialis(er|ation) (de |du |le |votre )?mot de passe)',
  'already-registered': 'déjà (utilisé|enregistré|inscrit|associé|existe|pris)|existe déjà',
  locked: 'bloqué|verrouillé|gelé|blocage',
  restricted: "suspendu|restreint|désactivé|indisponible|n.est (plus |pas )?disponible|résilié|supprimé|fermé|clôturé|un autre compte|en cours d['’]examen",
  unlock: 'débloque|déverrouill|(vérifie[rz]?|confirme[rz]?) votre identité',
  'sign-in': 'connexion|(se|vous) (re)?connecter',
  attempts: 'tentative|essais|fois\\b|connexion',
  'too-many': 'trop de|trop (souvent|fréquemment)|limite (atteinte|dépassée)|atteint (la|le) (limite|nombre maximal)|dépassé (la|le) (limite|nombre)',
  code: '(?<!(zip|post|postal|promo|coupon|country|area|gift|discount|referral|invite|invitation|voucher|qr) )codes?\\b(?! (promo|postal|de réduction|réduction|de parrainage|parrain|cadeau|du pays|pays|qr|barres|article|produit|iban))|authentification à deux',
  'code-asked': 'saisi|entrez|envoyé|reçu|recevoir|obtenir|tapez',
  sending: 'envoi|envoy|demand|aujourd.hui|demain|quotidien|par jour|24 heures',
  expired: 'expiré|n.est plus valide|délai dépassé|périmé',
  robot: 'robot|trafic (inhabituel|anormal|suspect)',
  slide: 'glisse|curseur',
  failed: 'erreur|échec|échoué|réessa|actualis|rafraîch',
  network: 'réseau|connexion',
  suspicious: "activité (suspecte|inhabituelle)|connexion (suspecte|inhabituelle)|accès (suspect|inhabituel|non autorisé)|non autorisé|compromis|piraté|quelqu['’]un d['’]autre|nouvel appareil",
  verify: 'vérifi|confirm',
  unverified: "n['’](a|est) pas (encore )?(été )?(vérifié|confirmé|activé)|non (vérifié|confirmé)|(vérifiez|confirmez) votre (adresse|e-?mail)",
  required: 'obligatoire|requis|(ne peut|ne doit) pas être vide|est vide|manquant|(veuillez|merci de) (saisir|entrer|indiquer|renseigner|sélectionner|choisir|remplir)|(saisissez|entrez|indiquez|renseignez|sélectionnez) (votre|vos|un|une|le|la|l[\'’])',
  'bad-format': '(?<!non |pas )valide|au moins|au minimum|caractères|trop (court|long)|doit (contenir|comporter|inclure|avoir|être compris)',
  'contact-support': "service (client|clientèle)|assistance client|centre d['’]aide|contacte[rz]",
  'to-continue': 'pour continuer|continuer|poursuivre|pour (vous connecter|accéder|rétablir|restaurer)|réactiver',
  confirmation: '(les|deux) mots de passe|ressaisi|(entrez|saisissez) à nouveau',
  conditional: "si\\b|s['’]ils?\\b|pourrait|sera|après \\d|^pour (protéger|éviter)|peut être",
  attributive: '(numéro|téléphone|adresse|e-?mail|appareil|article|produit|commande|vendeur|boutique)s? (de téléphone |e-?mail |électronique )?(enregistré|vérifié|confirmé|bloqué|verrouillé|associé|lié|sauvegardé)e?s?',
  done: "avec succès|réussi|(?<!n['’]|pas )a (bien )?été (modifié|réinitialisé|vérifié|confirmé|mis à jour)",
  appeal: 'recours|faire appel|contester|réclamation',
} satisfies LanguageTerms;
