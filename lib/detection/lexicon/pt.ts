/** The lexicon in Portuguese: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-pt.ts), injected with the detector into frames in this language (languages.ts). */
import type { LanguageTerms } from './offer';

export default {
  password: 'senha',
  account: 'conta|e-?mail',
  wrong: 'incorret|não corresponde|inválid|errad',
  'not-found': 'não (existe|encontrad|está registrad|foi encontrad|está cadastrad)',
  'already-registered': 'já (está|existe|registrad|em uso|cadastrad)',
  locked: 'bloquead',
  restricted: 'suspens|restrit|desativad|indisponível|não está disponível|encerrad|excluíd',
  unlock: 'desbloque',
  robot: 'robô|tráfego (incomum|anormal|suspeito)',
  slide: 'desliz|arrast',
  failed: 'erro|falh|tente novamente|atualiz',
  network: 'rede\\b|conexão',
  // Not "se": Spanish uses it for "itself" ("se detectó").
  conditional: 'caso\\b|poderá|será',
} satisfies LanguageTerms;
