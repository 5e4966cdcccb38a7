import { firstElement, shortestClaim, type Detector } from './detector';

/** The site's robot check: Amazon image captcha / robot check / AWS WAF challenge, Alibaba's punish page. */
export const botCheck: Detector = {
  id: 'bot-check',
  severity: 'warning',
  // A robot, a captcha, unusual traffic, or the punish page's own words; not a widget's own idle label
  // (「确认您不是机器人」 on a checkbox that waits to be ticked).
  means: (s, m) => s.has('robot') && !m.inSlider,
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
    if (element || claimed.length > 0) return shortestClaim(claimed) ?? element;
    // Scripts never count as visible, so the WAF script is looked for with the page's own URL kind.
    if (page.elements.has('amazon-waf-challenge') || page.kind === 'bot-check') return { evidence: page.url.pathname.slice(0, 200) };
    return null;
  },
};
