import type { TipTable } from '../findings';

/**
 * English cards. `common` covers every site; `bySite` overrides where a site works differently.
 * Facts come from /work/shared/knowledge.md (its articles are in /work/shared/seeds/); the words follow
 * docs/glossary.md. Quoted labels are the sites' own; each has its source below. What only one article says
 * is written as "reportedly".
 * A control's `label` is shown only when the page's own control cannot be found.
 */

// The sites' own pages (with sources)
/** AliExpress account retrieval. Source: knowledge.md "Forgot the account itself", lib/sites/aliexpress.ts */
const AE_RETRIEVE = 'https://accounts.aliexpress.com/user/account/retrieve_account.htm';
/** AliExpress Help Center (customer service chat). Source: the previous tables, lib/sites/aliexpress.ts */
const AE_HELP = 'https://helppage.aliexpress.com/buyercenter/index.html';
/** Amazon account on hold. Source: page-anatomy.md §1.1 (fs#53469080111), lib/sites/amazon.ts */
const AMAZON_HOLD = 'https://account-status.amazon.com/';

/** Amazon customer service's contact page (a call is requested there, and Amazon calls back). No phone number:
 *  none is confirmed by a current public source (README, Links and their sources). On Amazon's other
 *  marketplaces tipOnPage makes it that marketplace's own contact page. */
const AMAZON_CONTACT = [{ label: 'Amazon.co.jp Customer Service (contact page)', href: 'https://www.amazon.co.jp/gp/help/customer/contact-us' }];

// The sites' own labels (a control's `label`)
/** AliExpress's link to reset the password. Source: knowledge.md "Forgot password" */
const AE_FORGOT = 'Forgot password?';
/** AliExpress's button that sends the verification code. Source: knowledge.md "Forgot password" */
const AE_GET_CODE = 'Get code';
/** AliExpress's button that sends the verification email again. Source: knowledge.md, seeds/000 */
const AE_RESEND = 'Resend now';
/** Amazon's link to reset the password: shown as it is on the password step (after a wrong password) and on the
 *  sign-up page, under “Need help?” on the email step. Source: tests/fixtures/amazon-real/signin.html,
 *  post-signin-invalid-password.html */
const AMAZON_FORGOT = 'Forgot your password?';
/** A social sign-in button (the provider's name). Source: knowledge.md "Signed up through Google / Apple / …" */
const SOCIAL = 'Google';
/** The slider's retry link in its error state (shown inside the slider check's box). Source: nc.js pc_language _error300 link text (fs#47291881101),
 *  the same message as page-anatomy.md §2.3 FAIL "Oops... something's wrong. Please refresh and try again." */
const SLIDER_RETRY = 'refresh';
/** Where the slider's whole error message is its retry button (AliExpress), it has no short label to quote. */
const SLIDER_RETRY_OTHERWISE = "In the slider check's box, click the error message to start again.";

/** Support never asks for the password (a warning against fake support). Where to reach support is checked in the site's
 *  own help, opened by typing its address: the extension cannot list every official contact, so it never says "only these". */
const NEVER_ASKS = 'Support will never ask for your password';

export const en: TipTable = {
  common: {
    'wrong-password': {
      title: 'The password seems to be wrong',
      why: 'A keyboard setting may be changing what you type.',
      steps: [
        { text: 'Check that Caps Lock is off and the input mode is half-width (if you type digits on the numeric keypad, check that Num Lock is on too).' },
        { text: 'Delete the whole password and type it again, one character at a time.' },
        { text: 'If you cannot remember it, reset your password from the sign-in page.' },
      ],
      causes: [
        'Caps Lock is on, so letters come out in the wrong case',
        'You typed digits on the keypad with Num Lock off, so they were not typed',
        'Japanese input is still on, so you are typing full-width characters',
        'It is the password of another site or account',
        'The password is hidden as you type, so a mistake is hard to see',
      ],
    },
    'account-not-found': {
      title: 'No account was found',
      why: 'The email or phone number you entered may not be the one you signed up with.',
      steps: [
        { text: 'Check the email or phone number character by character.' },
        { text: 'Try any other email or phone number you may have signed up with.' },
        { text: 'If none works, contact the site\'s support before creating a new account.' },
      ],
      causes: [
        'A typo in the spelling or a symbol',
        'You signed up with a different email or phone number',
        'You signed up with an account such as Google or Apple',
      ],
    },
    'field-error': {
      title: 'Some fields are missing or invalid',
      why: 'A required field is empty, or a field is not in the right format.',
      steps: [
        { text: 'Go through the fields marked with an error, from the top.' },
        { text: 'Fill in any required field that is empty.' },
        { text: 'Type the email, phone number and password again in half-width characters (letters, digits and symbols).' },
      ],
      causes: [
        'The email, phone number or postcode is in the wrong format',
        'The entry contains characters or symbols that are not allowed',
        'Full-width characters are mixed into a field that needs half-width',
      ],
    },
    'email-already-registered': {
      title: 'This email already has an account',
      why: 'You seem to have made an account with this email before.',
      steps: [
        { text: 'Stop signing up and sign in with this email instead.' },
        { text: 'If you do not know the password, reset your password from the sign-in page.' },
      ],
      causes: [
        'You forgot the password and are trying to start over',
        'The email was used when you signed up with an account such as Google or Apple. Then sign in with the same provider\'s button',
      ],
    },
    'account-locked': {
      title: 'Your account is restricted',
      why: 'The site restricted it for safety, for example after a sign-in from an unusual device.',
      steps: [
        { text: 'Read the notice on the page for the reason and how to lift the restriction.' },
        { text: 'Follow it to complete the identity check.' },
        { text: 'If that does not work, do not use links in emails: type the site\'s address yourself, open its help and contact support.' },
      ],
      causes: [
        'A sign-in from an unusual device or place',
        'The site needs to check a payment method or an order',
        'The account is under review',
        `The email or SMS about the restriction may be fake. ${NEVER_ASKS}`,
      ],
    },
    'bot-check': {
      title: 'A robot check is shown',
      why: 'Many sign-in attempts in a short time, or a VPN, made the site ask for a check.',
      steps: [
        { text: 'Type the characters or complete the slider check as the page asks.' },
        { text: 'If you use a VPN or proxy, turn it off.' },
        { text: 'If the check keeps coming back, wait a while and try again.' },
      ],
      causes: [
        'You are connected through a VPN or proxy',
        'The browser blocks cookies or JavaScript',
      ],
    },
    'slider-stuck': {
      title: 'The slider check is not working',
      why: 'The slider check may have judged the attempt a failure, or it does not work well in this browser.',
      steps: [
        { text: 'In the slider check\'s box, click %s to start again.', control: { kind: 'slider-refresh', label: SLIDER_RETRY }, otherwise: SLIDER_RETRY_OTHERWISE },
        { text: 'If it still fails, press “Reset this site\'s data” here (you will be signed out of this site).' },
        { text: 'If it fails after that, update your browser or try another browser.' },
      ],
      causes: [
        'Drag the handle all the way to the right without stopping',
        'The browser is old or does not work well with the site',
        'The connection is unstable',
        'A VPN or proxy is on',
      ],
    },
    'verification-code': {
      title: 'A verification code is needed',
      why: 'To confirm it is you, the site sent a verification code by email or SMS.',
      steps: [
        { text: 'Enter the newest verification code you received, in half-width digits.' },
        { text: 'If nothing arrives, check your spam folder and your phone\'s SMS blocking.' },
        { text: 'To have the code sent again, wait a little, then press the page\'s button for sending it again.' },
      ],
      causes: [
        'A typo, or an older code was entered',
        'The code has expired',
        'Codes were requested too many times in a short time, so sending is paused',
      ],
    },
    'caps-lock-on': {
      title: 'Caps Lock is on',
      why: 'Letters come out in the wrong case (upper case instead of lower case), so the password may not match.',
      steps: [
        { text: 'Hold Shift and press Caps Lock to turn it off.' },
        { text: 'Type the password again from the start.' },
      ],
      causes: ['On a Japanese Windows keyboard, Caps Lock alone does not turn it off', 'The password is hidden as you type, so the wrong case is hard to notice'],
    },
    'num-lock-off': {
      title: 'Num Lock is off',
      why: 'The numeric keypad types no digits, so the password may not match.',
      steps: [
        { text: 'If you type digits on the numeric keypad, press Num Lock to turn it on (on a laptop without a keypad, use the digit keys on the top row).' },
        { text: 'Type the password again from the start.' },
      ],
      causes: ['The password is hidden as you type, so missing digits are hard to notice'],
    },
    'full-width-input': {
      title: 'Full-width characters were typed',
      why: 'Japanese input was still on when you typed into a field that needs half-width.',
      steps: [
        { text: 'Switch the input mode to half-width: the 半角/全角 key on Windows, the Eisu key on a Mac.' },
        { text: 'Press “Make half-width” here.' },
      ],
      causes: ['Note: “Make half-width” cannot change a password field. Delete the password and type it again in half-width', 'Many sites accept only half-width characters in email, ID, phone number and verification code fields'],
      actions: ['fix-width'],
    },
    'blank-login-page': {
      title: 'The sign-in page stays empty',
      why: 'Old cookies or cache of this site seem to stop the page from showing.',
      steps: [
        { text: 'Reload the page.' },
        { text: 'If it stays empty, press “Reset this site\'s data” here (you will be signed out of this site).' },
        { text: 'If it is still empty, turn off ad blockers and similar extensions for a while, then open the page again.' },
      ],
      causes: [
        'An ad blocker or another extension stops the page',
        'The browser is old or does not work well with the site. Open the page in another browser to check',
      ],
      actions: ['reset'],
    },
    'password-reset': {
      title: 'This is the password reset page',
      why: 'You confirm it is you with a verification code sent by email or SMS, then set a new password.',
      steps: [
        { text: 'Enter the email or phone number you signed up with.' },
        { text: 'Enter the verification code you receive.' },
        { text: 'Set a new password.' },
      ],
      causes: [
        'You signed up with an account such as Google or Apple. Then sign in with the same provider\'s button instead',
        'The email with the code went to your spam folder',
        'Write the new password down somewhere safe so that you do not forget it again',
      ],
    },
    'account-retrieval': {
      title: 'This is the account retrieval page',
      why: 'Even without the email or member ID, you can find your account here.',
      steps: [
        { text: 'Enter the details the page asks for, such as a past purchase.' },
        { text: 'Sign in to the account that is found, and add your email right away.' },
        { text: 'Open the link in the confirmation email you receive to verify it.' },
      ],
      causes: [
        'You forgot the email or member ID you signed up with',
        'You cannot get into an account made with Google, Apple or a similar sign-in',
      ],
    },
    'suspicious-activity': {
      title: 'Unusual activity was detected',
      sitePageIsSupport: true,
      why: 'A sign-in from an unusual setting made the site ask for a check, for safety.',
      steps: [
        { text: 'If it was you, complete the identity check as the page asks.' },
        { text: 'If it was not you, reset your password to one you use nowhere else and that is hard to guess.' },
        { text: 'If it was not you, do not use links in emails: type the site\'s address yourself, open its help and contact support.' },
      ],
      causes: [
        'Note: support will never ask for your password',
        'You signed in from a new device, place or network',
        'You use the same password on other sites',
        'An email or SMS claiming to be support is fake and leads to a fake page',
        'If the sign-in was not you, also check your credit card for charges you do not recognise',
      ],
    },
    'email-unverified': {
      title: 'Your email is not verified yet',
      why: 'You have not yet opened the link in the confirmation email.',
      steps: [
        { text: 'Open the confirmation email and click the link in it.' },
        { text: 'If you cannot find it, check your spam folder.' },
        { text: 'If it is not there either, have it sent again from the site.' },
      ],
      causes: [
        'Without a verified email, recovering the account is harder if you get locked out',
        'You signed up with an account such as Google or Apple and never added an email',
      ],
    },
    'outdated-browser': {
      title: 'Your browser is out of date',
      why: 'Old browsers can break sign-in pages and slider checks.',
      steps: [
        { text: 'Open the browser\'s About page. Chrome: menu ⋮ → Help → About Google Chrome. Firefox: menu ≡ → Help → About Firefox.' },
        { text: 'If there is an update, it starts downloading by itself. When it is done, restart the browser.' },
        { text: 'Sign in again.' },
      ],
      causes: ['The browser\'s automatic updates have stopped, or the browser has not been restarted for a long time'],
    },
    'page-error': {
      title: 'The page shows an error',
      // The card quotes the page's own message (the finding's evidence, as text).
      quotesPage: true,
      why: 'The site did not accept the last step, and its message on the page says why.',
      steps: [
        { text: 'Do what the message on the page says.' },
        { text: 'If it asks you to wait, wait that long, then try again.' },
        { text: 'If the same message keeps coming back, contact the site\'s support and quote its words.' },
      ],
      causes: ['A value or step the site does not accept', 'A temporary problem on the site\'s side'],
      sitePageIsSupport: true,
    },
  },
  bySite: {
    aliexpress: {
      'wrong-password': {
        title: 'The password seems to be wrong',
        why: 'If you signed up with an account such as Google or Apple, a password may not work.',
        steps: [
          { text: 'If you signed up with an account such as Google, sign in with the same provider\'s button, such as %s.', control: { kind: 'social-sign-in', label: SOCIAL } },
          { text: 'Otherwise, check Caps Lock and the input mode and type the password again (if you use the numeric keypad, check Num Lock too).' },
          { text: 'If you cannot remember it, reset your password with %s.', control: { kind: 'forgot-password', label: AE_FORGOT } },
        ],
        causes: [
          'You signed up with Google, Apple, Facebook, X (Twitter), Instagram or TikTok: email and password do not work for that account',
          'Caps Lock is on, so letters come out in the wrong case',
          'You typed digits on the keypad with Num Lock off, so they were not typed',
          'A locked account usually says so, for example “temporarily locked”. With no such notice, check the browser, cookies, password and other causes instead',
          'Only the app cannot sign in: if you can sign in in a browser, the account is fine. Check the app\'s settings, or reinstall the app',
        ],
      },
      'account-not-found': {
        title: 'No account was found',
        why: 'You may have signed up with another email or with an account such as Google or Apple.',
        steps: [
          { text: 'Check the email and try any other email address you may have used.' },
          { text: 'If you signed up with an account such as Google, sign in with the same provider\'s button, such as %s.', control: { kind: 'social-sign-in', label: SOCIAL } },
          { text: 'If you cannot remember the account, find it from a past purchase on the account retrieval page.' },
        ],
        causes: [
          'A typo in the email',
          'You do not remember which email or provider you signed up with',
        ],
        sitePage: { label: 'AliExpress account retrieval page', href: AE_RETRIEVE },
      },
      'field-error': {
        title: 'Some fields are missing or invalid',
        why: 'A required field such as address, postcode or phone number is empty or wrong.',
        steps: [
          { text: 'Fix the fields marked with an error.' },
          { text: 'If it still fails, press “Reset this site\'s data” here (you will be signed out of AliExpress).' },
          { text: 'If it still fails after that, restart the browser and try again.' },
        ],
        causes: [
          'The entry contains characters or symbols that are not allowed',
          'Full-width characters are mixed into a field that needs half-width',
        ],
        actions: ['reset'],
      },
      'email-already-registered': {
        title: 'This email already has an account',
        why: 'AliExpress allows only one account per email address.',
        steps: [
          { text: 'Stop signing up and sign in to the old account with this email.' },
          { text: 'If you do not know the password, reset it with %s.', control: { kind: 'forgot-password', label: AE_FORGOT } },
          { text: 'Only if you really need another account, sign up with another email address.' },
        ],
        causes: [
          'Note: reportedly, holding several accounts can get them locked',
          'You forgot the password and are trying to start over',
          'The email was used when you signed up with an account such as Google or Apple. Then sign in with the same provider\'s button',
          'When signing up, an email and password is reportedly safer than an account such as Google',
        ],
      },
      'account-locked': {
        title: 'Your account is temporarily locked',
        why: 'AliExpress locked it for safety, for example after a sign-in from an unusual device.',
        steps: [
          {
            text: 'When the lock notice appears, press %s.',
            // The notice's button is worded differently by version: quoted from the page only.
            control: { kind: 'verify-identity' },
            otherwise: 'When the lock notice appears, follow it to the identity check.',
          },
          { text: 'Choose +81 (Japan) as the country code and enter your number without the leading 0.' },
          { text: 'Enter the 6-digit verification code from the SMS.' },
        ],
        causes: [
          'A locked account can still sign in: sign in anyway, and a notice offers to unlock it',
          'Phone number example: for 090-1234-5678, enter 9012345678',
          'A sign-in from a device you do not usually use, such as a PC when you usually use a phone',
          'A payment needed checking: for example, the payment method changed often, unpaid orders piled up, or a credit card in another person\'s name is on the account',
          'Reportedly, making several accounts can be taken for fraud and get them locked',
          'The account is under review',
          'The email is not verified: reportedly common among restricted accounts',
          'Reportedly, these can also lead to a lock: sharing the account, refusing AliExpress emails, not confirming receipt of orders, disputes on over half of your orders, negative buyer feedback',
          'You deleted the account by mistake: ask the customer service chat, in English',
          'No SMS arrives: turn off SMS blocking on your phone (each carrier sets it differently)',
          'No phone number screen appears: at the very bottom of the page, open “Customer service” under “Help”, or “Chat Now”, and ask in the chat. The chat is reportedly in English only',
          'You can also make a new account. But the same email cannot be used, your member level starts again from the bottom, and the same device may be refused',
          `The email or SMS about the lock may be fake. ${NEVER_ASKS}. Find where to contact support in AliExpress's help, opened by typing the site's address yourself`,
        ],
        sitePage: { label: 'AliExpress Help Center', href: AE_HELP },
      },
      'verification-code': {
        title: 'A verification code is needed',
        why: 'To confirm it is you, AliExpress sent a 6-digit code by SMS or email.',
        steps: [
          { text: 'Enter the 6-digit verification code you received, in half-width digits.' },
          { text: 'For SMS, check that +81 is the country code and the number is entered without the leading 0.' },
          { text: 'If it still does not arrive, check your spam folder and the SMS blocking settings on your phone.' },
        ],
        causes: [
          'The country code is not +81, or the leading 0 of the number was not left out (090-1234-5678 becomes 9012345678)',
          'A typo, or an older code was entered',
        ],
      },
      'slider-stuck': {
        title: 'The slider check is not working',
        why: 'AliExpress changes often, and the slider check may not work in an old browser.',
        steps: [
          { text: 'In the slider check\'s box, click %s to start again.', control: { kind: 'slider-refresh', label: SLIDER_RETRY }, otherwise: SLIDER_RETRY_OTHERWISE },
          { text: 'If it still fails, press “Reset this site\'s data” here (you will be signed out of AliExpress).' },
          { text: 'If it fails after that, update your browser to the latest version, or try the latest version of another browser.' },
        ],
        causes: [
          'The browser does not work well with the page, so it freezes',
          'The connection is unstable',
        ],
      },
      'blank-login-page': {
        title: 'The sign-in page stays blank',
        why: 'Broken AliExpress cookies can leave the sign-in page blank.',
        steps: [
          { text: 'Reload the page.' },
          { text: 'If it stays blank, press “Reset this site\'s data” here (you will be signed out of AliExpress).' },
          { text: 'If it is still blank, open the sign-in page in another browser.' },
        ],
        causes: ['The browser is old or does not work well with the site'],
        actions: ['reset'],
      },
      'password-reset': {
        title: 'This is the password reset page',
        why: 'You confirm it is you with a 6-digit code sent by email or another way, then set a new password.',
        steps: [
          { text: 'Enter your email, member ID or phone number and continue.' },
          { text: 'Press %s.', control: { kind: 'resend-code', label: AE_GET_CODE } },
          { text: 'Enter the 6-digit verification code you received and press “Verify”.' },
        ],
        causes: [
          'Once verified, the page asks for a new password: enter it and press “Update password”',
          'You signed up with an account such as Google or Apple. Then sign in with the same provider\'s button instead',
          'The email with the code went to your spam folder',
        ],
      },
      'account-retrieval': {
        title: 'This is the account retrieval page',
        why: 'A payment from the last year finds your account; with no purchase in that time, it cannot be retrieved.',
        steps: [
          { text: 'Answer the questions on the page, then press “Retrieve by Card”.' },
          { text: 'Enter the credit card\'s first 6 and last 4 digits, and the payment\'s amount (in yen) and date.' },
          { text: 'Drag the handle on the page all the way to the right to continue.' },
        ],
        causes: [
          'Reportedly, most people answer the questions yes, no, then credit card',
          'The first 6 digits go in the field left of the “X”, the last 4 in the field right of it',
          'An error means the details did not match: reload the page and enter the details again',
          'Your credit card statement shows the payment\'s date and amount',
          'Any order from the last year will do. The more exact the details, the better, but a rough figure is also worth a try',
          'If the date, amount or credit card digits are empty, you cannot continue',
          'When found, the page shows your member ID and a partly hidden email. Note the member ID, sign in and add and verify an email right away',
          'With no purchase in the last year, retrieval is not possible. You will need a new account',
          'If you sign up again, signing up with an email and password is reportedly safer than with an account such as Google',
          'An account you no longer use can be closed properly once you sign in, so that your personal data does not stay with the Alibaba group',
        ],
        contacts: [{ label: 'AliExpress Help Center', href: AE_HELP }],
      },
      'email-unverified': {
        title: 'Your email is not verified',
        why: 'Your email does not seem to be verified yet.',
        steps: [
          { text: 'On “My Account”, press the notice to verify your email: “今すぐ確認” on the Japanese site.' },
          { text: 'Open the link in the email you receive to finish.' },
          { text: 'If no email arrives, press %s to have it sent again.', control: { kind: 'resend-code', label: AE_RESEND } },
        ],
        causes: [
          'Reportedly, accounts without a verified email are often restricted. Verifying takes only a few steps',
          'You signed up with an account such as Google or Apple and never added an email',
          'The confirmation email went to your spam folder',
        ],
      },
    },
    amazon: {
      'wrong-password': {
        title: 'Your password is incorrect',
        why: 'The password you entered does not match; if you cannot remember it, reset it from “Forgot your password?”.',
        steps: [
          { text: 'Check Caps Lock and the input mode, then type it again (if you use the numeric keypad, check Num Lock too).' },
          { text: 'If you cannot remember it, press %s.', control: { kind: 'forgot-password', label: AMAZON_FORGOT } },
          { text: 'On the password assistance page, enter the email you signed up with and continue.' },
        ],
        causes: [
          'A typo from Caps Lock, Num Lock or full-width input',
          'You usually stay signed in and have forgotten the password: a new device asks for it',
          'Someone else may have changed the password. If the right password no longer works, contact customer service from Amazon\'s contact page',
        ],
      },
      'account-not-found': {
        title: 'No account was found with this email',
        sitePageIsSupport: true,
        why: 'No Amazon account was found with the email you entered.',
        steps: [
          { text: 'Check the email, including spelling, upper and lower case and symbols.' },
          { text: 'Try any other email or mobile number you may have signed up with.' },
          { text: 'If none works, open “Need help?” and “Other issues with Sign-In” to contact Amazon.' },
        ],
        causes: [
          'A new account would not keep your gift card balance, points or Prime membership: ask customer service before making one',
        ],
        contacts: AMAZON_CONTACT,
      },
      'field-error': {
        title: 'Some fields are missing or invalid',
        why: 'A field marked with an error is empty or in the wrong format.',
        steps: [
          { text: 'Go through the fields marked with an error, from the top.' },
          { text: 'Type the email, mobile number and password again in half-width characters (letters, digits and symbols).' },
          { text: 'Fill in any required field that is empty.' },
        ],
        causes: [
          'Full-width characters are mixed into a field that needs half-width',
          'The name field takes Japanese',
        ],
      },
      'email-already-registered': {
        title: 'This email already has an Amazon account',
        why: 'You seem to have made an Amazon account with this email before.',
        steps: [
          { text: 'Stop signing up and sign in with this email instead.' },
          { text: 'If you do not know the password, press %s.', control: { kind: 'forgot-password', label: AMAZON_FORGOT } },
          { text: 'On the password assistance page, enter the email you signed up with and continue.' },
        ],
        causes: [
          'You forgot the password and are trying to start over',
          'A new account would not keep your gift card balance or points. Resetting your password keeps them',
        ],
      },
      'account-locked': {
        title: 'Your account is on hold or locked',
        why: 'Amazon saw unusual payments or sign-ins and put the account on hold or locked it for safety.',
        steps: [
          { text: 'If the account is on hold, press “Account status” here.' },
          { text: 'Follow the page to complete the steps, such as verifying your payment method.' },
          { text: 'If the account is locked, or you cannot complete the steps, contact customer service from Amazon\'s contact page.' },
        ],
        causes: [
          'Note: support will never ask for your password',
          'An unusual payment on a recent order',
          'Amazon needs to verify that the payment method is yours',
          'The email about the hold or lock may be fake and lead to a fake page',
          'An email or SMS with a phone number may be fake too: never call a number from an email or SMS. Contact Amazon from its contact page, opened by typing the site\'s address yourself',
          'On the contact page you can ask for a call, and Amazon calls you',
        ],
        sitePage: { label: 'Account status (Amazon, a page in English)', href: AMAZON_HOLD },
        contacts: AMAZON_CONTACT,
      },
      'suspicious-activity': {
        title: 'A suspicious sign-in was detected',
        sitePageIsSupport: true,
        why: 'Amazon may have detected an unusual sign-in and stopped it, for safety.',
        steps: [
          { text: 'Have your email, account name and address, and the last 4 digits of the credit card on the account, at hand.' },
          { text: 'Ask customer service for a call from Amazon\'s contact page.' },
          { text: 'Check your credit card statement and, if there are charges you do not recognise, ask the card company to stop the card.' },
        ],
        causes: [
          'Note: support will never ask for your password',
          'The correct email and password no longer work',
          'An email about a device or app you did not add. To tell whether it is real, open Amazon\'s site yourself instead of using the email\'s links',
          'You use the same password on other sites: once recovered, change to a strong password you use nowhere else and that is hard to guess',
          'An email or SMS with a phone number or link may be fake: never call a number from an email or SMS. Contact Amazon from its contact page, opened by typing the site\'s address yourself',
          'About your credit card, give only its last 4 digits. If asked for the full card number, the 3 digits on its back or your password, suspect a fake',
        ],
        contacts: AMAZON_CONTACT,
      },
      'bot-check': {
        title: 'Amazon asks you to type the characters shown',
        why: 'Several wrong passwords made Amazon show a robot check.',
        steps: [
          { text: 'Enter your password again.', needs: 'password-field' },
          { text: 'If the characters are hard to read, switch to a different image.' },
          { text: 'Type the characters in the image, in half-width letters and digits.' },
        ],
        causes: [
          'Many sign-in attempts in a short time',
          'The browser does not accept cookies or JavaScript. Allow them and reload',
        ],
      },
      'verification-code': {
        title: 'A verification code is needed',
        why: 'To confirm it is you, Amazon sent a verification code by SMS or email.',
        steps: [
          { text: 'Enter the newest verification code you received, in half-width digits.' },
          { text: 'If nothing arrives, wait a little and check your spam folder and SMS.' },
          { text: 'If you reached the limit for sending codes, wait the time the page gives, then ask again.' },
        ],
        causes: [
          'A typo, or an older code was entered',
          'Too many codes were requested',
        ],
      },
      'password-reset': {
        title: 'This is the password assistance page',
        why: 'You confirm it is you with a code Amazon sends you by email or SMS, then set a new password.',
        steps: [
          { text: 'Enter the email you signed up with and continue.' },
          { text: 'Enter the verification code you received and press “Continue”.' },
          { text: 'Enter a new password of at least 6 characters and save it.' },
        ],
        causes: [
          'You usually stay signed in and cannot recall the password on a new device',
          'The email with the code went to your spam folder',
          'Write the new password down somewhere safe so that you do not forget it again',
        ],
      },
      'blank-login-page': {
        title: 'The sign-in page stays empty',
        why: 'Old cache or cookies in the browser seem to stop you from signing in.',
        steps: [
          { text: 'Reload the page.' },
          { text: 'If it stays empty, press “Reset this site\'s data” here (you will be signed out of Amazon).' },
          { text: 'If it is still empty, check in the browser settings that JavaScript and cookies are allowed.' },
        ],
        causes: [
          'JavaScript is off, so the robot check looks blank',
          'An ad blocker or another extension stops the page',
          'Safari on iPhone: Settings → Apps → Safari → “Clear History and Website Data” removes them (up to iOS 17: Settings → Safari). This signs you out of other sites too',
          'Chrome on Android: ⋮ → History → “Delete browsing data”, and choose a time range that includes the day signing in failed. Tick “Browsing history”, “Cookies and site data” and “Cached images and files”, and press “Delete data”. The names differ a little between Chrome versions. This signs you out of other sites too',
        ],
        actions: ['reset'],
      },
    },
    alibaba: {
      'account-locked': {
        title: 'Your account is frozen',
        sitePageIsSupport: true,
        why: 'It seems to have been frozen for safety, a payment problem or a check against the terms.',
        steps: [
          { text: 'Have the reason given for the freeze, your member ID and your order records at hand.' },
          { text: 'Type the address of the site you use yourself and open its help.' },
          { text: 'Ask to restore the account by contact form or chat.' },
        ],
        causes: [
          'Send identity documents only through a form you reached by typing the site\'s address yourself, never to an address from an email',
          'The reason for the freeze is in Alibaba\'s email or notice',
          'In your request, give your member ID, the stated reason and an honest account of what happened, with order records and screenshots. Support takes a contact form, chat or email. Find the email address in the site\'s help, never in an email',
          'Payment problems: unpaid by the due date, suspected credit card misuse, a payment method Alibaba has not approved, many cancellations or odd orders',
          'Security: a suspected takeover, a sign-in from an unusual device or from another country or region (when travelling, for example), a shared account, a reused password',
          'A check against the terms: false details, fake reviews and the like',
          'Judged to be spam, excessive promotion or inappropriate content: mass messages and the like. Not only sellers',
          'For sellers: prohibited or fake goods, IP infringement. Accounts have been restored after the seller stopped selling a prohibited item and apologised',
          'Alibaba.com, 1688 and Taobao are separate sites with separate help. Contact the one whose account is frozen',
          'If asked for more documents or explanation, answer quickly. If the first request does not work, keep following up',
          'Accounts have been restored after the user paid with a new credit card in place of an expired one, or changed the password and reported it',
          'To prevent it: read the terms, register accurate details and pay on time. Keep your credit card details current. If a payment may be late, tell Alibaba before the due date. Use a password you use nowhere else and that is hard to guess, and turn on 2-step verification. Avoid suspicious emails and links and deals that are too cheap to be true',
          `The email about the freeze may be fake. ${NEVER_ASKS}`,
          'Recovery is not guaranteed and, reportedly, a long freeze can end in deletion. Contact support early',
        ],
      },
      'bot-check': {
        title: 'A robot check is shown',
        why: 'A VPN or many quick visits made the site treat the traffic as unusual.',
        steps: [
          { text: 'If you use a VPN or proxy, turn it off.' },
          { text: 'Wait a little, then reload the page.' },
          { text: 'Drag the handle of the slider check all the way to the right without stopping.' },
        ],
        causes: [
          'Many page loads or sign-in attempts in a short time',
          'Lots of traffic from the same network',
        ],
      },
      'slider-stuck': {
        title: 'The slider check is not working',
        why: 'The slider check may have judged the attempt a failure, or it does not work well in this browser.',
        steps: [
          { text: 'In the slider check\'s box, click %s to start again.', control: { kind: 'slider-refresh', label: SLIDER_RETRY }, otherwise: SLIDER_RETRY_OTHERWISE },
          { text: 'If it still fails, press “Reset this site\'s data” here (you will be signed out of Alibaba.com, 1688 and Taobao).' },
          { text: 'If it keeps failing, turn off your VPN or proxy and try again.' },
        ],
        causes: [
          'Drag the handle all the way to the right without stopping',
          'The browser is old. Update it',
          'The connection is unstable',
        ],
      },
      'suspicious-activity': {
        title: 'A suspicious sign-in was detected',
        sitePageIsSupport: true,
        why: 'There may have been a sign-in that was not you.',
        steps: [
          { text: 'Reset your password to one you use nowhere else and that is hard to guess.' },
          { text: 'Turn on 2-step verification.' },
          { text: 'Do not use links in emails: type the address of the site you use yourself, open its help and report what happened.' },
        ],
        causes: [
          'Note: support will never ask for your password',
          'A sign-in from an unusual device or from another country or region (when travelling, for example)',
          'A reused password or a shared account',
          'An email or call claiming to be support is fake and leads to a fake page',
          'Checking your sign-in history regularly lets you spot a sign-in you do not recognise early',
        ],
      },
    },
  },
};
