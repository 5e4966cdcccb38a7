/** The lexicon in Korean: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-ko.ts), injected with the detector into frames in this language (languages.ts).
 *  Particles follow a word (코드를, 계정이) and compounds are often written without a space (인증코드): terms are
 *  stems, written with an optional space inside a compound. A state before a thing's noun in its adnominal form
 *  ("등록된 전화번호") is an attribute, unless it is said to be so already ("이미 등록된 이메일입니다"). */
import type { LanguageTerms } from './offer';

export default {
  password: '비밀번호|패스워드',
  account: '계정|아이디|이메일|사용자|회원|(휴대 ?)?전화 ?번호|휴대폰 ?번호',
  email: '이메일|e-?mail',
  wrong: '올바르지|일치하지|잘못|틀렸|틀린|유효하지 않|정확하지 않',
  'not-found': '찾을 수 없|존재하지 않|등록되지 않|(계정|아이디|회원 ?정보)(이|가)? 없',
  'password-task': '^(비밀번호|패스워드)(를|을)? ?(재설정|찾기|초기화|잊으셨|분실)',
  'already-registered': '이미 (등록|사용|존재|가입|연결)',
  locked: '잠금|잠겼|잠김|잠겨|차단|동결',
  restricted: '정지|해지|제한되었|제한됐|제한됨|제한된 (상태|계정)|(이용|사용|로그인)(이)? 제한|(사용|이용)할 수 없|비활성화|폐쇄|삭제되었|탈퇴|다른 계정|검토 중',
  unlock: '잠금(을)? ?해제|본인 ?인증|본인 ?확인|신원 ?(확인|인증)',
  'sign-in': '로그인|로그 인',
  attempts: '시도|횟수|로그인',
  'too-many': '너무 (많|자주)|횟수(를|가)? 초과|초과(했|하였|되었|됐)|한도(에|를)? (도달|초과)|최대 (횟수|한도)(에|를)? (도달|초과)',
  code: '(인증|확인|보안|sms|일회용) ?(코드|번호)|(?<!(쿠폰|할인|프로모션|추천|초대|국가|우편|qr|상품) ?)코드|otp|2단계 인증|2차 인증',
  'code-asked': '입력|발송|전송|보냈|받(으|을|지|았)',
  sending: '발송|전송|보내|요청|오늘|내일|하루|일일|24시간',
  expired: '만료|유효 ?시간(이)? (지났|초과)|시간이 초과|기한이 지났',
  robot: '로봇|비정상적인 (트래픽|접근|요청)|자동화된',
  slide: '슬라이드|밀어|드래그',
  failed: '실패|오류|다시 시도|새로 ?고(침|치)|잘못|문제가 (발생|생겼)',
  network: '네트워크|연결',
  suspicious: '비정상적인 (로그인|활동|접속)|의심스러운|수상한|무단|도용|해킹|다른 사람|(새|새로운|낯선) (기기|장치)',
  verify: '인증|확인|검증',
  unverified: '(인증|확인)되지 않|미인증|인증(이|을)? (완료되지|완료하지|하지) 않|(이메일|메일)( 주소)?(을|를)? 인증(해|하)',
  required: '입력해 ?주세요|입력하세요|입력하십시오|필수|비어 있|선택해 ?주세요',
  'bad-format': '형식|유효하지 않은|자 이상|자 이내|자 이하',
  'contact-support': '고객 ?(센터|서비스|지원|상담)|문의(해|하)|상담원',
  'to-continue': '계속|로그인하려면|이용하려면|해제하려면|복구',
  confirmation: '(비밀번호|패스워드) ?(확인|재입력)|두 (비밀번호|패스워드)',
  conditional: '[가-힣]*(하면|되면|으면|다면)(?![가-힣])|경우|될 수 있|있을 수 있|후 \\d|\\d회 이상',
  attributive: '(?<!이미 )(등록|인증|확인|연결|저장)(된|한) (?=(휴대|전화|번호|이메일|메일|기기|장치|상품|주소|계정))|잠긴 (?=(상품|항목|쿠폰|주문))',
  done: '성공(?!하지)|완료되었|변경되었|재설정되었|인증되었',
  appeal: '이의 ?(신청|제기)|재심사',
} satisfies LanguageTerms;
