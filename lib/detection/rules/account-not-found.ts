import { firstElement, shortestMessage, type Detector } from './detector';

/** No account exists for what was typed (incl. Amazon's "looks like you're new" page in the new flow). */
export const accountNotFound: Detector = {
  id: 'account-not-found',
  severity: 'error',
  messages: [
    /(cannot|can['’]t|could not|couldn['’]t|unable to) find (an|your|that|the|any) account|no account (was |is )?(found|exists|associated|matches)|account (does not|doesn['’]t) exist|(e-?mail|account|user|phone number|member id)( address)? (is |was )?not (registered|found|recogni[sz]ed)|looks like you['’]re new to amazon|no (user|member) (found|exists)|user does not exist/,
    /(アカウント|ユーザー|会員|id|アドレス|番号)[^。]{0,20}(存在しません|見つかりません|登録されていません|登録がありません)|初めてのようです|初めてのご利用のようです/,
    /(账号|账户|帐号|用户|帳號|賬戶|会员|手机号|手機號|邮箱|郵箱)[^。]{0,10}(不存在|未注册|未註冊|没有注册)|找不到(该|此|您的)?(账号|账户|帐号)/,
  ],
  // Amazon's unified flow sends an unknown email to a "create account?" page instead of a red box.
  elements: { 'amazon-register-intent': 'form#intent-confirmation-form, #intent-confirmation-container' },
  decide: (page, claimed) => shortestMessage(claimed) ?? firstElement(page, ['amazon-register-intent']),
};
