import type { Detector } from './detector';

/** The site reports unusual activity or a possible takeover (not "unusual traffic": that is a robot check). */
export const suspiciousActivity: Detector = {
  id: 'suspicious-activity',
  severity: 'error',
  messages: [
    /suspicious (activity|sign-?in|login|attempt)|unusual (sign-?in|login) (activity|attempt)|unusual activity (on|in|with) your account|(someone|somebody) (else )?(may have|might have|tried|has tried|is trying)|(account|password) (may have been|has been|was) (compromised|stolen|hacked)|unauthori[sz]ed (sign-?in|login) (attempt|activity)|sign-?in (was )?blocked|noticed something unusual|unfamiliar (location|device)/,
    /不審な(アクティビティ|アクセス|ログイン|操作|活動)|不正(な)?(アクセス|ログイン)(が|を)?(検知|検出|確認)|(通常と異なる|いつもと(違う|異なる))(アクティビティ|アクセス|ログイン|場所|デバイス|端末)|乗っ取られ/,
    /异常(登录|登陆|活动|操作)|異常(登入|活動)|可疑(登录|活动|登入)|(账号|账户|帐号)存在(安全)?风险|(账号|账户|帐号)[^。]{0,6}被盗/,
  ],
};
