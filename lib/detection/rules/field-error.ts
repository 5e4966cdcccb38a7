import { shortestMessage, type Detector } from './detector';

/** A required field is empty or a value is invalid. Also the generic fallback: an error-styled message
 *  next to a sign-in form whose wording no detector knows yet (the site changed its texts). */
export const fieldError: Detector = {
  id: 'field-error',
  severity: 'warning',
  messages: [
    /(please )?enter (your|a|an|the) (valid )?(e-?mail|mobile|phone|password|name|full name|address|post ?code|zip|account|user|member)|(is|are) required|required field|(invalid|incorrect) (e-?mail|mobile|phone|format|post ?code|zip|address|name)|(e-?mail|phone|mobile number|post ?code|zip code)( address)?[^.]{0,30}(is )?(invalid|not valid)|not allowed|can(no|['’])t be (empty|blank)|must (be|contain|include|have) (at least|between|only)|something['’]s not right|passwords? (do not|don['’]t) match/,
    /入力してください|入力されていません|入力が必要|必須(項目|です)|(形式|書式)が(正しくありません|無効|違います)|無効な(メール|eメール|電話|携帯|郵便|住所|文字)|使用できない文字|(電話番号|携帯電話番号|郵便番号|メールアドレス|eメールアドレス|住所|氏名)[^。]{0,20}(正しくありません|無効|誤り|入力)|(を|の)入力$|パスワードが一致しません/,
    /请输入|請輸入|不能为空|不能為空|格式(不正确|错误|有误|不正確)|(手机号|手機號|邮箱|郵箱|地址|邮编)[^。]{0,10}(不正确|错误|无效)/,
  ],
  // Instructions ("… is required to remove the hold") are not errors: only error-styled messages count.
  decide: (_page, claimed) => shortestMessage(claimed.filter((m) => m.errorStyled)),
};
