import type { Detector } from './detector';

/** The site says the password, or the account + password pair, is wrong. */
export const wrongPassword: Detector = {
  id: 'wrong-password',
  severity: 'error',
  messages: [
    /password (is|was|you entered is|entered is) (incorrect|wrong|invalid|not correct)|(incorrect|wrong|invalid) password/,
    /(account|user ?name|user id|login id|member id|e-?mail|email address|phone number)( name)? (or|and|\/) password (is |was |you entered )?(incorrect|wrong|invalid|not correct|do(es)? not match)/,
    /(incorrect|invalid|wrong) (e-?mail|email address|account|user ?name|login|phone number|member id)( name)? (or|and|\/) password/,
    // Not 「パスワードが一致しません」: that is a sign-up confirmation that differs (a field error).
    /パスワードが(正しくありません|間違って|違います|無効)|パスワードに誤り|パスワードを間違/,
    /密码(错误|不正确|有误|不对)|密碼(錯誤|不正確)|(账号|账户|帐号|用户名|登录名|賬號)(名)?或(登录|登錄)?密[码碼](不正确|错误|有误|錯誤|不正確)|密[码碼]和(账户名|账号|帐号|会员名|用户名|帳號)不匹配|(账户名|账号|帐号|会员名|用户名)和密[码碼]不匹配/,
  ],
};
