/** The lexicon in Portuguese: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-pt.ts), injected with the detector into frames in this language (languages.ts).
 *  Portuguese names a thing's state after its noun ("o número de telefone cadastrado", "produtos bloqueados"):
 *  an attribute is a state that follows such a noun. "Código" is also Spanish: both chunks leave out both
 *  languages' coupon, postal and country codes. */
import type { LanguageTerms } from './offer';

export default {
  password: 'senha',
  account: 'conta|e-?mail|usuário|número de (telefone|celular)|telefone|celular',
  email: 'e-?mail|correio eletrônico',
  wrong: 'incorret|não corresponde|inválid|errad|não (é )?válid',
  'not-found': 'não (existe|encontrad|está registrad|foi encontrad|está cadastrad)|nenhuma conta|não (encontramos|conseguimos encontrar|foi possível encontrar)',
  'password-task': '^(assistência de senha|esqueceu (a |sua |a sua )?senha|esqueci (a |minha )?senha|(redefinir|recuperar) (a |sua )?senha|(redefinição|recuperação) de senha)',
  'already-registered': 'já (está|existe|registrad|em uso|cadastrad)|já (foi|está) (registrad|cadastrad|em uso|vinculad)',
  locked: 'bloquead|bloqueio|congelad',
  restricted: 'suspens|restrit|desativad|indisponível|não está disponível|encerrad|excluíd|fechad|outra conta|em análise',
  unlock: 'desbloque|(verifique|verificar|confirme|confirmar) (a )?(sua )?identidade',
  'sign-in': 'entrar|login|acess|iniciar sessão',
  attempts: 'tentativa|vezes|login|entrar|acesso',
  'too-many': 'muit[oa]s (tentativa|vez|solicita|pedido|código|requisi|envio)|excesso de|excedeu|excedid|ultrapass|limite (atingido|excedido)|atingiu o (limite|número máximo)|atingido o limite',
  code: 'códigos?\\b(?! (postal|promo|de (descuento|desconto|cupón|cupom|país|pais|área|area|barras|regalo|presente|referido|indicação|invitación|convite|producto|produto|artículo)|del cupón|do cupom|qr))|otp\\b|verificação em duas etapas',
  'code-asked': 'digite|insira|enviad|enviamos|recebi|receber|obter',
  sending: 'envi[aoó]|solicit|pedid|hoje|amanhã|diári|por dia|24 horas',
  expired: 'expirad|expirou|venceu|vencid|não é mais válid',
  robot: 'robô|tráfego (incomum|anormal|suspeito)',
  slide: 'desliz|arrast',
  failed: 'erro|falh|tente novamente|tente de novo|atualiz',
  network: 'rede\\b|conexão',
  suspicious: 'atividade (suspeita|incomum)|login (suspeito|incomum)|acesso (suspeito|incomum|não autorizado)|não autorizad|comprometid|outra pessoa|alguém (mais|pode|tentou|está)|novo dispositivo|hackead',
  verify: 'verific|confirm',
  unverified: 'não (foi |está |é )?(verificad|confirmad|ativad)|ainda não (foi )?(verificad|confirmad)|(verifique|confirme) (o )?(seu|sua) (e-?mail|endereço)',
  required: 'obrigatóri|necessári|não pode (estar|ficar) (vazi|em branco)|(está|esta) (vazi|em branco)|(insira|informe|digite|preencha|introduza|selecione|escolha) (seu|sua|o|a|um|uma|os|as)\\b|em falta',
  'bad-format': '(?<!não (é |são )?)válid|pelo menos|no mínimo|caracteres|muito (curt|long)|(deve|precisa) (ter|conter|incluir|estar entre)',
  'contact-support': 'atendimento ao cliente|serviço ao cliente|suporte|central de ajuda|fale conosco|entre em contato',
  'to-continue': 'para continuar|continuar|para (entrar|acessar|fazer login|restaurar|recuperar)|reativar',
  confirmation: '(as|duas|ambas as) senhas|(repita|redigite) (a )?senha',
  // Not "se" alone: Spanish uses it for "itself" ("se detectó").
  conditional: 'caso\\b|poderá|será|se (você|voce|errar|digitar|não)\\b|após \\d|depois de \\d|^para (proteger|evitar)|pode ser',
  attributive: '(número|telefone|celular|e-?mail|endereço|dispositivo|artigo|produto|item|iten|pedido|vendedor|loja)s? (de telefone |de celular )?(registrad|verificad|confirmad|bloquead|vinculad|associad|salv|cadastrad)[oa]s?',
  done: 'com sucesso|(?<!não )foi (alterad|redefinid|verificad|confirmad|atualizad)',
  appeal: 'recurso|apelação|contestar|contestação',
} satisfies LanguageTerms;
