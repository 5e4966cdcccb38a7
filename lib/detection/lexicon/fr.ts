/** The lexicon in French: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-fr.ts), injected with the detector into frames in this language (languages.ts). */
import type { LanguageTerms } from './offer';

export default {
  password: 'mot de passe',
  account: 'compte|e-?mail|adresse',
  wrong: 'incorrect|ne correspond|invalide|erroné',
  'not-found': "n'existe pas|introuvable|pas (été )?trouvé|n'est pas (enregistré|inscrit)",
  'already-registered': 'déjà (utilisé|enregistré|inscrit|associé|existe|pris)',
  locked: 'bloqué',
  restricted: 'suspendu|restreint|désactivé|indisponible|n.est (plus |pas )?disponible|résilié|supprimé',
  unlock: 'débloque',
  robot: 'robot|trafic (inhabituel|anormal|suspect)',
  slide: 'glisse|curseur',
  failed: 'erreur|échec|échoué|réessa|actualis|rafraîch',
  network: 'réseau|connexion',
  conditional: 'si\\b|pourrait|sera',
} satisfies LanguageTerms;
