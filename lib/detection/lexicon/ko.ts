/** The lexicon in Korean: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-ko.ts), injected with the detector into frames in this language (languages.ts). */
import type { LanguageTerms } from './offer';

export default {
  password: '비밀번호',
  account: '계정|아이디|이메일',
  wrong: '올바르지|일치하지|잘못',
  'not-found': '찾을 수 없|존재하지 않|등록되지 않|(계정|아이디|회원 ?정보)(이|가)? 없',
  'already-registered': '이미 (등록|사용|존재|가입)',
  locked: '잠금|잠겼|차단',
  restricted: '정지|제한|해지|(사용|이용)할 수 없',
  unlock: '잠금 해제',
  robot: '로봇|비정상적인 (트래픽|접근|요청)|자동화된',
  slide: '슬라이드|밀어|드래그',
  failed: '실패|오류|다시 시도|새로 ?고(침|치)|잘못',
  network: '네트워크|연결',
} satisfies LanguageTerms;
