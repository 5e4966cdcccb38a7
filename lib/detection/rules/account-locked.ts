import type { Detector } from './detector';

/** Lock, temporary lock, hold, freeze, suspension or deactivation notice. */
export const accountLocked: Detector = {
  id: 'account-locked',
  severity: 'error',
  messages: [
    /\b(account|id)\b[^.!?]{0,40}\b(locked|on hold|suspended|frozen|deactivated|disabled|restricted|blocked|closed|banned)\b|\b(locked|suspended|frozen|deactivated|restricted|blocked|banned)\b[^.!?]{0,20}\baccount\b|account on hold|temporarily (locked|restricted|suspended|blocked)|too many (failed|unsuccessful|incorrect|wrong) (attempts|tries|sign-?in|login)/,
    // A state ("is locked"), not a rule ("will be locked after 5 tries") or an unlock link.
    /(?<!キャップス|ナム|スクロール)ロック(されて(い|お)|中|が(かか|掛)って)|凍結(されて|中|状態|されました)|(アカウント|id)[^。]{0,20}(保留|停止|制限|無効|利用できません|閉鎖|一時停止)|一時的に(保留|制限|停止|ロック)|(ログイン|サインイン)[^。]{0,10}(試行)?回数(が|の)上限/,
    /(已|被)[^。，,]{0,4}(锁定|冻结|鎖定|凍結|封禁|停用)|(账号|账户|帐号|賬號)(已)?(锁定|冻结|鎖定|凍結|封禁|封号|封號)|冻结中|锁定中|(账号|账户|帐号|賬號)[^。]{0,10}(被限制|限制登录)/,
  ],
};
