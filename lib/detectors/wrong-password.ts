import type { Detector } from './detector';

/** The site says the password, or the account + password pair, is wrong. */
export const wrongPassword: Detector = {
  id: 'wrong-password',
  severity: 'error',
  messages: [
    /password (is|was|you entered is|entered is) (incorrect|wrong|invalid|not correct)|(incorrect|wrong|invalid) password/,
    /(account|user ?name|user id|login id|member id|e-?mail|email address|phone number)( name)? (or|and|\/) password (is |was |you entered )?(incorrect|wrong|invalid|not correct|do(es)? not match)/,
    /パスワードが(正しくありません|間違って|違います|一致しません|無効)|パスワードに誤り|パスワードを間違/,
    /密码(错误|不正确|有误|不对)|密碼(錯誤|不正確)|(账号|账户|帐号|用户名|登录名|賬號)(名)?或(登录|登錄)?密[码碼](不正确|错误|有误|錯誤|不正確)/,
  ],
};
