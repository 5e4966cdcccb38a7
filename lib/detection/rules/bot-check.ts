import { firstElement, shortestMessage, type Detector } from './detector';

/** The site's robot check: Amazon image captcha / robot check / AWS WAF challenge, Alibaba's punish page. */
export const botCheck: Detector = {
  id: 'bot-check',
  severity: 'warning',
  messages: [
    /unusual traffic|not a robot|enter the characters (you see|as they)|type the characters|solve this puzzle|abnormal network request|verify (that )?you['’]re (a )?human|robot check|captcha interception/,
    /ロボットではない|ロボットでない|画像に表示されている文字|表示されている文字を入力|(異常|不正|不審)なトラフィック/,
    /验证码拦截|驗證碼攔截|访问被拒绝|訪問被拒絕|异常流量|異常流量|非正常访问|为保证您的正常访问请进行验证|為保證您的正常訪問請進行驗證|休息会呗|小二正忙|我们马上回来/,
  ],
  elements: {
    'amazon-robot-check': 'form[action*="validateCaptcha"], #captchacharacters',
    'amazon-captcha': 'form.cvf-widget-form-captcha, input.cvf-widget-input-captcha, .fwcim-captcha-guess, #auth-captcha-image, #auth-captcha-guess',
    // The WAF challenge page is blank to the eye: its container and script are all there is.
    'amazon-waf-challenge': '#challenge-container, script[src*="awswaf"]',
    'alibaba-punish-page': '#baxia-punish, punish-component, form#nc-verify-form',
    'alibaba-captcha-dialog': '.baxia-dialog, #baxia-dialog-content, iframe[src*="_____tmd_____"], #aliyunCaptcha-window-embed, #waf_nc_block',
  },
  // The WAF challenge looks blank, and "enter the characters" is the captcha's own field: the robot
  // check is what explains both.
  supersedes: ['blank-login-page', 'field-error'],
  decide: (page, claimed) => {
    const element = firstElement(page, ['amazon-robot-check', 'amazon-captcha', 'alibaba-punish-page', 'alibaba-captcha-dialog']);
    if (element || claimed.length > 0) return shortestMessage(claimed) ?? element;
    // Scripts never count as visible, so the WAF script is looked for with the page's own URL kind.
    if (page.elements.has('amazon-waf-challenge') || page.kind === 'bot-check') return { evidence: page.url.pathname.slice(0, 200) };
    return null;
  },
};
