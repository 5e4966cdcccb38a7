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

/** Amazon.co.jp customer service. Source: knowledge.md "Amazon Japan customer service", seeds/003.
 *  amazon.co.jp only (tipOnPage leaves them out on Amazon's other marketplaces). */
const AMAZON_JP_PHONES = [
  { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
  { label: 'Amazon.co.jp customer service (from mobile phones, paid) 011-330-3000', href: 'tel:0113303000' },
];

// The sites' own labels (a control's `label`)
/** AliExpress's link to reset the password. Source: knowledge.md "Forgot password" */
const AE_FORGOT = 'Forgot password?';
/** AliExpress's button that sends the verification code. Source: knowledge.md "Forgot password" */
const AE_GET_CODE = 'Get code';
/** AliExpress's button that sends the verification email again. Source: knowledge.md, seeds/000 */
const AE_RESEND = 'Resend now';
/** Amazon's link to reset the password. Source: tests/fixtures/amazon-real/signin.html, post-signin-invalid-password.html */
const AMAZON_FORGOT = 'Forgot your password?';
/** A social sign-in button (the provider's name). Source: knowledge.md "Signed up through Google / Apple / …" */
const SOCIAL = 'Google';
/** The slider's retry link in its error state. Source: nc.js pc_language _error300 link text (fs#47291881101),
 *  the same message as page-anatomy.md §2.3 FAIL "Oops... something's wrong. Please refresh and try again." */
const SLIDER_RETRY = 'refresh';

/** Real support never asks for the password; the only official contacts are the ones shown here. */
const NEVER_ASKS = 'real support will never ask for your password';

export const en: TipTable = {
  common: {
    'wrong-password': {
      title: 'The password seems to be wrong',
      why: 'A keyboard setting may be changing what you type.',
      steps: [
        { text: 'Check that Caps Lock is off, Num Lock is on and the input mode is half-width.' },
        { text: 'Type the password again from the start, one character at a time.' },
        { text: 'If you cannot remember it, reset your password from the sign-in page.' },
      ],
      causes: [
        'Caps Lock is on, so every letter comes out in upper case',
        'Num Lock is off, so keypad digits are not typed',
        'Japanese input is still on, so you are typing full-width characters',
        'It is the password of another site or account',
        'The password is hidden as you type, so a mistake is hard to see',
      ],
    },
    'account-not-found': {
      title: 'No account was found',
      why: 'The email or phone number has a typo, or is not the one you signed up with.',
      steps: [
        { text: 'Check the email or phone number character by character.' },
        { text: 'Try any other email or phone number you may have signed up with.' },
        { text: 'If none works, contact the site\'s support before creating a new account.' },
      ],
      causes: [
        'A typo: spelling, symbols, upper or lower case',
        'You signed up with a different email or phone number',
        'You signed up with a social account such as Google',
      ],
    },
    'field-error': {
      title: 'Some fields are missing or invalid',
      why: 'A required field is empty, or an entry is in the wrong format.',
      steps: [
        { text: 'Go through the fields marked with an error, from the top.' },
        { text: 'Fill in any required field that is empty.' },
        { text: 'Type the email, phone number and password again in half-width letters and digits.' },
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
        'You created an account with this email before',
        'The email was used when you signed up with a social account',
      ],
    },
    'account-locked': {
      title: 'Your account is restricted',
      why: 'The site restricted it for safety, for example after a sign-in from an unusual device.',
      steps: [
        { text: 'Read the site\'s notice for the reason and how to lift the restriction.' },
        { text: 'Follow it to complete the identity check.' },
        { text: 'If that does not work, type the site\'s address yourself, open its help and contact support.' },
      ],
      causes: [
        'A sign-in from an unusual device or place',
        'Too many wrong passwords',
        'The site needs to check a payment method or an order',
        'The account is under review',
        `The email or SMS about the restriction may be fake: ${NEVER_ASKS}`,
      ],
    },
    'bot-check': {
      title: 'A robot check is shown',
      why: 'Many sign-in attempts in a short time made the site ask for a check.',
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
      why: 'The handle was probably moved too fast or stopped halfway.',
      steps: [
        { text: 'Click %s to restart the slider check.', control: { kind: 'slider-refresh', label: SLIDER_RETRY } },
        { text: 'Drag the handle slowly and steadily all the way to the right.' },
        { text: 'If it still fails, update your browser or try another browser.' },
      ],
      causes: [
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
        { text: 'Before asking for the code again, wait a little.' },
      ],
      causes: [
        'A typo, or an older code was entered',
        'The code has expired',
        'Codes were requested too many times in a short time, so sending is paused',
      ],
    },
    'caps-lock-on': {
      title: 'Caps Lock is on',
      why: 'Every letter is typed in upper case, so the password does not match.',
      steps: [
        { text: 'Press Caps Lock to turn it off (Shift + Caps Lock on a Japanese Windows keyboard).' },
        { text: 'Type the password again from the start.' },
      ],
      causes: ['The password is hidden as you type, so upper case is hard to notice'],
    },
    'num-lock-off': {
      title: 'Num Lock is off',
      why: 'The numeric keypad types no digits, so the password does not match.',
      steps: [
        { text: 'Press Num Lock to turn it on, or use the digit keys on the top row.' },
        { text: 'Type the password again from the start.' },
      ],
      causes: ['The password is hidden as you type, so missing digits are hard to notice'],
    },
    'full-width-input': {
      title: 'Full-width characters were typed',
      why: 'Japanese input was still on when you typed into a field that needs half-width.',
      steps: [
        { text: 'Switch the input mode to half-width, for example with the 半角/全角 key.' },
        { text: 'Press “Make half-width” on this card, or delete what you typed and enter it again.' },
      ],
      causes: [
        'Email, ID, phone number and verification code fields only accept half-width characters',
        'This card cannot change a password field: type the password again',
      ],
      actions: ['fix-width'],
    },
    'blank-login-page': {
      title: 'The sign-in page stays empty',
      why: 'Old cookies or cache of this site seem to stop the page from showing.',
      steps: [
        { text: 'Reload the page.' },
        { text: 'If it stays empty, press “Reset this site\'s data” on this card (you will be signed out of this site).' },
        { text: 'Pause ad blockers and similar extensions, then open the page again.' },
      ],
      causes: [
        'An ad blocker or another extension stops the page',
        'The browser is old or does not work well with the site: open the page in another browser to check',
      ],
      actions: ['reset'],
    },
    'password-reset': {
      title: 'This is the password reset page',
      why: 'You confirm it is you with a verification code, then set a new password.',
      steps: [
        { text: 'Enter the email or phone number you signed up with.' },
        { text: 'Enter the verification code you receive.' },
        { text: 'Set a new password.' },
      ],
      causes: [
        'You signed up with a social account: sign in with the same provider\'s button instead',
        'The email with the code went to your spam folder',
        'Write the new password down somewhere safe so that you do not forget it again',
      ],
    },
    'account-retrieval': {
      title: 'This is the account retrieval page',
      why: 'This page finds your account when you do not know the email or login ID.',
      steps: [
        { text: 'Enter the details the page asks for, such as a past purchase.' },
        { text: 'Once you are signed in, add and verify your email right away.' },
      ],
      causes: [
        'You forgot the email or login ID you signed up with',
        'You cannot get into an account made with a social sign-in',
      ],
    },
    'suspicious-activity': {
      title: 'Unusual activity was detected',
      sitePageIsSupport: true,
      why: 'Someone else may know your password and be trying to sign in.',
      steps: [
        { text: 'If it was not you, change to a strong password you use nowhere else.' },
        { text: 'Check your card for charges you do not recognise.' },
        { text: 'Type the site\'s address yourself, open its help and contact support (support will never ask for your password).' },
      ],
      causes: [
        'You signed in from a new device, place or network',
        'You use the same password on other sites',
        'An email or SMS claiming to be support is fake and leads to a fake page',
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
        'You signed up with a social account and never added an email',
      ],
    },
    'outdated-browser': {
      title: 'Your browser is out of date',
      why: 'Old browsers can break sign-in pages and slider checks.',
      steps: [
        { text: 'Chrome: open menu ⋮ → Help → About Google Chrome. Firefox: open menu ≡ → Help → About Firefox.' },
        { text: 'Let the update finish, then restart the browser.' },
        { text: 'Sign in again.' },
      ],
      causes: ['The browser is several versions behind'],
    },
  },
  bySite: {
    aliexpress: {
      'wrong-password': {
        title: 'The password seems to be wrong',
        why: 'You may be using a password for an account you made with a social sign-in.',
        steps: [
          { text: 'If you signed up with a social account, sign in with the same provider\'s button, such as %s.', control: { kind: 'social-sign-in', label: SOCIAL } },
          { text: 'Otherwise, check Caps Lock and Num Lock and type the password again.' },
          { text: 'If you cannot remember it, reset your password with %s.', control: { kind: 'forgot-password', label: AE_FORGOT } },
        ],
        causes: [
          'You signed up with Google, Apple, Facebook, X (Twitter), Instagram or TikTok: email and password do not work for that account',
          'Caps Lock is on, so every letter comes out in upper case',
          'Num Lock is off, so keypad digits are not typed',
          'A locked account always says so, for example “temporarily locked”: with no such notice, check the browser, cookies and password instead',
        ],
      },
      'account-not-found': {
        title: 'No account was found',
        why: 'You may have signed up with another email or with a social account.',
        steps: [
          { text: 'Check the email and try any other address you may have used.' },
          { text: 'If you signed up with a social account, sign in with the same provider\'s button, such as %s.', control: { kind: 'social-sign-in', label: SOCIAL } },
          { text: 'If you cannot remember the account, find it from a past purchase on the account retrieval page.' },
        ],
        causes: [
          'A typo in the email',
          'You do not remember which account you used',
        ],
        sitePage: { label: 'AliExpress account retrieval page', href: AE_RETRIEVE },
      },
      'field-error': {
        title: 'Some fields are missing or invalid',
        why: 'A required field such as address, postcode or phone number is empty or wrong.',
        steps: [
          { text: 'Fix the fields marked with an error.' },
          { text: 'If it still fails, press “Reset this site\'s data” on this card.' },
          { text: 'Restart the browser and try again.' },
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
          { text: 'To make a new account, use another email address.' },
        ],
        causes: [
          'You made an account with this email before',
          'The email was used when you signed up with a social account',
        ],
      },
      'account-locked': {
        title: 'Your account is temporarily locked',
        why: 'AliExpress locked it for safety, for example after a sign-in from an unusual device.',
        steps: [
          { text: 'Sign in anyway and start the SMS identity check from the notice that appears.' },
          { text: 'Enter your phone number with +81 and without the leading 0 (090… becomes +8190…).' },
          { text: 'Enter the 6-digit verification code from the SMS.' },
        ],
        causes: [
          'No SMS arrives: turn off SMS blocking on your phone (each carrier sets it differently)',
          'No phone number screen appears: at the very bottom of the page, open “Customer service” under “Help”, or “Chat Now”, and ask in English',
          'You can also make a new account: the same email cannot be used, the same device may be refused, and your member level starts again from the bottom',
          'A sign-in from a device you do not usually use, such as a PC when you usually use a phone',
          'Frequent payment method changes, unpaid orders piling up, or a card in another person\'s name',
          'Several accounts made with one email, or the account is under review',
          'Reportedly, sharing the account, refusing AliExpress emails, not confirming receipt of orders, disputes on over half of your orders and negative buyer feedback can also lead to a lock',
          'The email is not verified: reportedly common among restricted accounts',
          'You deleted the account by mistake: ask the customer service chat, in English',
          `The email or SMS about the lock may be fake: ${NEVER_ASKS}, and the only official contacts are the ones shown here`,
        ],
        sitePage: { label: 'AliExpress Help Center (chat in English only)', href: AE_HELP },
      },
      'verification-code': {
        title: 'A verification code is needed',
        why: 'To confirm it is you, AliExpress sent a 6-digit code by SMS or email.',
        steps: [
          { text: 'Enter your phone number with +81 and without the leading 0 (090… becomes +8190…).' },
          { text: 'Enter the 6-digit verification code you receive, in half-width digits.' },
          { text: 'If no SMS arrives, check the SMS blocking settings on your phone.' },
        ],
        causes: [
          'The phone number does not start with +81',
          'A typo, or an older code was entered',
        ],
      },
      'slider-stuck': {
        title: 'The slider check does not move',
        why: 'The browser seems too old for AliExpress, which changes often.',
        steps: [
          { text: 'Click %s to restart the slider check.', control: { kind: 'slider-refresh', label: SLIDER_RETRY } },
          { text: 'Update your browser to the latest version.' },
          { text: 'If it still fails, sign in with the latest version of another browser.' },
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
          { text: 'Press “Reset this site\'s data” on this card (you will be signed out of AliExpress).' },
          { text: 'Reload the page.' },
          { text: 'If it stays blank, open the sign-in page in another browser.' },
        ],
        causes: ['The browser is old or does not work well with the site'],
        actions: ['reset'],
      },
      'password-reset': {
        title: 'This is the password reset page',
        why: 'You confirm it is you with a 6-digit code sent by email, then set a new password.',
        steps: [
          { text: 'Enter your email, member ID or phone number and press %s.', control: { kind: 'resend-code', label: AE_GET_CODE } },
          { text: 'Enter the 6-digit verification code from the email and press “Verify”.' },
          { text: 'Enter a new password and press “Update password”.' },
        ],
        causes: [
          'You signed up with a social account: sign in with the same provider\'s button instead',
          'The email with the code went to your spam folder',
          'Reportedly, the forgot-password link can also email you a temporary password',
        ],
      },
      'account-retrieval': {
        title: 'This is the account retrieval page',
        why: 'A payment from the last year lets you find your account.',
        steps: [
          { text: 'Enter the date and amount of a payment from the last year (amount in yen, roughly is fine).' },
          { text: 'Enter the card\'s first 6 and last 4 digits on either side of the “X”.' },
          { text: 'If an error appears, reload the page and enter the details again.' },
        ],
        causes: [
          'Any order from the last year will do: the more exact the details, the better',
          'If the date, amount or card digits are empty, you cannot continue',
          'An error means the details did not match',
          'When found, the page shows your login ID and a partly hidden email: note the login ID, sign in and add and verify an email right away',
          'With no purchase in the last year, retrieval is not possible: you will need a new account',
          'Close the old account properly, or your personal data stays with the Alibaba group: closing it needs a sign-in',
        ],
        contacts: [{ label: 'AliExpress account retrieval page', href: AE_RETRIEVE }],
      },
      'email-unverified': {
        title: 'Your email is not verified',
        why: 'Your email does not seem to be verified yet.',
        steps: [
          { text: 'Open “My Account” and start from the prompt to verify your email.' },
          { text: 'Open the link in the email you receive to finish.' },
          { text: 'If no email arrives, press %s to have it sent again.', control: { kind: 'resend-code', label: AE_RESEND } },
        ],
        causes: [
          'Reportedly, accounts without a verified email are often restricted: verifying takes a few taps',
          'You signed up with a social account and never added an email',
          'The confirmation email went to your spam folder',
          'Reportedly, signing up with an email and password is safer than with a social account',
        ],
      },
    },
    amazon: {
      'wrong-password': {
        title: 'Your password is incorrect',
        why: 'You usually stay signed in, so you may have forgotten the password.',
        steps: [
          { text: 'Check Caps Lock, Num Lock and the input mode, then type it again.' },
          { text: 'If you cannot remember it, open “Need help?” and choose %s.', control: { kind: 'forgot-password', label: AMAZON_FORGOT } },
          { text: 'Enter the verification code from the email and set a new password of at least 6 characters.' },
        ],
        causes: [
          'A typo from Caps Lock, Num Lock or full-width input',
          'Someone else changed the password: if the right password no longer works, suspect a takeover',
        ],
      },
      'account-not-found': {
        title: 'No account was found with this email',
        sitePageIsSupport: true,
        why: 'The email has a typo, or is not the one you signed up with.',
        steps: [
          { text: 'Check the email, including spelling, upper and lower case and symbols.' },
          { text: 'Try any other email or mobile number you may have signed up with.' },
          { text: 'If none works, open “Need help?” and “Other issues with Sign-In”, or call customer service.' },
        ],
        causes: [
          'A new account would not keep your gift card balance, points or Prime membership: ask customer service before making one',
        ],
        contacts: AMAZON_JP_PHONES,
      },
      'field-error': {
        title: 'Some fields are missing or invalid',
        why: 'A field marked with an error is empty or in the wrong format.',
        steps: [
          { text: 'Go through the fields marked with an error, from the top.' },
          { text: 'Type the email, mobile number and password again in half-width letters and digits.' },
          { text: 'Type your name and address in Japanese as they are.' },
        ],
        causes: [
          'A required field is empty',
          'Full-width characters are mixed into a field that needs half-width: name and address fields take Japanese',
        ],
      },
      'email-already-registered': {
        title: 'This email already has an Amazon account',
        why: 'You seem to have made an Amazon account with this email before.',
        steps: [
          { text: 'Stop signing up and sign in with this email instead.' },
          { text: 'If you do not know the password, open “Need help?” and choose %s.', control: { kind: 'forgot-password', label: AMAZON_FORGOT } },
          { text: 'Enter the verification code from the email and set a new password.' },
        ],
        causes: [
          'You forgot the password and are trying to start over',
          'A new account would not keep your gift card balance or points: resetting your password keeps them',
        ],
      },
      'account-locked': {
        title: 'Your account is on hold or locked',
        why: 'Amazon saw unusual payments or sign-ins and stopped the account for safety.',
        steps: [
          { text: 'If the account is on hold, open Amazon\'s page for accounts on hold.' },
          { text: 'Follow the page to complete the steps, such as verifying your payment method.' },
          { text: 'If you cannot, contact customer service (support will never ask for your password).' },
        ],
        causes: [
          'Unusual payment activity on a recent order',
          'Amazon needs to verify that the payment method is yours',
          'The email about the hold or lock may be fake and lead to a fake page',
          'An email or SMS with a phone number may be fake too: only call the numbers shown here or listed in Amazon\'s help',
        ],
        sitePage: { label: 'Amazon page for accounts on hold (account-status.amazon.com)', href: AMAZON_HOLD },
        contacts: AMAZON_JP_PHONES,
      },
      'suspicious-activity': {
        title: 'Your account may have been taken over',
        sitePageIsSupport: true,
        why: 'Someone else may know your password and may have changed it.',
        steps: [
          { text: 'Have your email, account name, address and card details at hand.' },
          { text: 'Call customer service (support will never ask for your password).' },
          { text: 'Check your card statement and, if there are charges you do not recognise, ask the card company to stop the card.' },
        ],
        causes: [
          'The correct email and password no longer work',
          'Amazon emailed about a device or app you did not add',
          'You use the same password on other sites: once recovered, change to a strong password that is hard to guess',
          'An email or SMS with a phone number or link may be fake: only call the numbers shown here or listed in Amazon\'s help',
        ],
        contacts: AMAZON_JP_PHONES,
      },
      'bot-check': {
        title: 'Amazon asks you to type the characters shown',
        why: 'Several wrong passwords made Amazon show a robot check.',
        steps: [
          { text: 'Enter your password again.', needs: 'password-field' },
          { text: 'Type the characters in the image, in half-width letters and digits.' },
          { text: 'If they are hard to read, switch to a different image.' },
        ],
        causes: [
          'Many sign-in attempts in a short time',
          'The browser does not accept cookies or JavaScript: allow them and reload',
        ],
      },
      'verification-code': {
        title: 'A verification code is needed',
        why: 'To confirm it is you, Amazon sent a verification code by SMS or email.',
        steps: [
          { text: 'Enter the newest verification code you received, in half-width digits.' },
          { text: 'If nothing arrives, wait a little and check your spam folder and SMS.' },
          { text: 'If you reached the daily limit, wait 24 hours before asking for a new code.' },
        ],
        causes: [
          'A typo, or an older code was entered',
          'Too many codes were requested today',
        ],
      },
      'password-reset': {
        title: 'This is the password assistance page',
        why: 'You confirm it is you with a code Amazon emails you, then set a new password.',
        steps: [
          { text: 'Enter the email you signed up with and continue.' },
          { text: 'Enter the verification code from Amazon\'s email in the code field and continue.' },
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
          { text: 'Press “Reset this site\'s data” on this card (you will be signed out of Amazon).' },
          { text: 'Reload the page.' },
          { text: 'If it stays empty, check in the browser settings that JavaScript and cookies are allowed.' },
        ],
        causes: [
          'Old cache and cookies are often reported as the reason signing in fails',
          'JavaScript is off, so the robot check looks blank',
          'An ad blocker or another extension stops the page',
          'Safari on iPhone: Settings → Safari → “Clear History and Website Data” removes them',
          'Chrome on Android: ⋮ → History → “Clear browsing data”, choose a time range that includes the day signing in failed, select “Browsing history”, “Cookies and site data” and “Cached images and files”, and remove them',
        ],
        actions: ['reset'],
      },
    },
    alibaba: {
      'account-locked': {
        title: 'Your account is frozen',
        sitePageIsSupport: true,
        why: 'A suspected terms violation, payment problem or takeover seems to have frozen it.',
        steps: [
          { text: 'Read Alibaba\'s email or notice for the reason.' },
          { text: 'Gather your account ID, the stated reason, an honest account of what happened, order records and screenshots.' },
          { text: 'Type the address of the site you use yourself, open its help and ask to restore the account by contact form, chat or email.' },
        ],
        causes: [
          'A suspected terms violation: false details, prohibited or fake goods, IP infringement, fake reviews',
          'Payment problems: unpaid by the due date, card misuse, a payment method Alibaba has not approved, many cancellations or odd orders',
          'Security: a suspected takeover, a sign-in from an unusual place or device, especially abroad, a shared account, a reused password',
          'Spam, excessive promotion or inappropriate content',
          'Alibaba.com, 1688 and Taobao are separate sites with separate help: contact the one whose account is frozen',
          'If asked for more documents or explanation, answer quickly and honestly: if the first request does not work, keep following up',
          'Accounts have been restored after the user paid with a new card in place of an expired one, stopped selling a prohibited item and apologised, or changed the password and reported it',
          'To prevent it: read the terms, register accurate details, pay on time and keep your card current, use a strong password you change regularly, turn on 2-step verification, avoid suspicious emails and links and deals that are too cheap to be true',
          'Reportedly, support also answers in Japanese',
          'Send identity documents only through a form you reached by typing the site\'s address yourself, never to an address from an email',
          `The email about the freeze may be fake: ${NEVER_ASKS}`,
          'Recovery is not guaranteed and, reportedly, a long freeze can end in deletion',
        ],
      },
      'bot-check': {
        title: 'A robot check is shown',
        why: 'A VPN or many quick visits made the site treat the traffic as unusual.',
        steps: [
          { text: 'If you use a VPN or proxy, turn it off.' },
          { text: 'Wait a little, then reload the page.' },
          { text: 'Drag the handle of the slider check slowly all the way to the right.' },
        ],
        causes: [
          'Many page loads or sign-in attempts in a short time',
          'Lots of traffic from the same network',
        ],
      },
      'slider-stuck': {
        title: 'The slider check is not working',
        why: 'The handle was probably moved too fast or stopped halfway.',
        steps: [
          { text: 'Click %s to restart the slider check.', control: { kind: 'slider-refresh', label: SLIDER_RETRY } },
          { text: 'Drag the handle slowly and steadily all the way to the right.' },
          { text: 'If it keeps failing, turn off your VPN or proxy and try again.' },
        ],
        causes: [
          'The browser is old: update it',
          'The connection is unstable',
        ],
      },
      'suspicious-activity': {
        title: 'A suspicious sign-in was detected',
        sitePageIsSupport: true,
        why: 'Someone else may have tried to sign in with your password.',
        steps: [
          { text: 'Change to a strong password you use nowhere else.' },
          { text: 'Turn on 2-step verification.' },
          { text: 'Type the address of the site you use yourself, open its help and report what happened (support will never ask for your password).' },
        ],
        causes: [
          'A sign-in from an unusual place or device, especially abroad',
          'A reused password or a shared account',
          'An email or call claiming to be support is fake and leads to a fake page',
        ],
      },
    },
  },
};
