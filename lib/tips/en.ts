import type { TipTable } from '../findings';

/**
 * English cards. `common` covers every site; `bySite` overrides where a site works differently.
 * Facts come from /work/shared/knowledge.md. Quoted labels are the sites' own; each has its source below.
 * A control's `label` is shown only when the page's own control cannot be found.
 */

// The sites' own pages (with sources)
/** AliExpress account retrieval. Source: knowledge.md "Forgot the account itself", lib/sites/aliexpress.ts */
const AE_RETRIEVE = 'https://accounts.aliexpress.com/user/account/retrieve_account.htm';
/** AliExpress Help Center (customer service chat). Source: the previous tables, lib/sites/aliexpress.ts */
const AE_HELP = 'https://helppage.aliexpress.com/buyercenter/index.html';
/** Amazon account on hold. Source: page-anatomy.md §1.1 (fs#53469080111), lib/sites/amazon.ts */
const AMAZON_HOLD = 'https://account-status.amazon.com/';

/** Amazon.co.jp customer service. Source: knowledge.md "Amazon Japan customer service". amazon.co.jp only. */
const AMAZON_JP_PHONES = [
  { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
  { label: 'Amazon.co.jp customer service (from mobiles, paid) 011-330-3000', href: 'tel:0113303000' },
];

// The sites' own labels (a control's `label`)
/** AliExpress's link to reset the password. Source: knowledge.md "Forgot password" */
const AE_FORGOT = 'Forgot password?';
/** Amazon's link to reset the password. Source: tests/fixtures/amazon-real/signin.html, post-signin-invalid-password.html */
const AMAZON_FORGOT = 'Forgot your password?';
/** A social sign-in button (the provider's name). Source: knowledge.md "Signed up through Google / Apple / …" */
const SOCIAL = 'Google';
/** The slider's retry link in its error state. Source: nc.js pc_language _error300 link text (fs#47291881101),
 *  the same message as page-anatomy.md §2.3 FAIL "Oops... something's wrong. Please refresh and try again." */
const SLIDER_RETRY = 'refresh';

export const en: TipTable = {
  common: {
    'wrong-password': {
      title: 'The password seems to be wrong',
      why: 'A keyboard setting may be changing what you type.',
      steps: [
        { text: 'Check that Caps Lock is off, Num Lock is on and the input mode is half-width.' },
        { text: 'Type the password again from the start, slowly.' },
        { text: 'If you cannot remember it, reset your password from the sign-in page.' },
      ],
      causes: [
        'Caps Lock is on, so letters come out in upper case',
        'Num Lock is off, so keypad digits are not typed',
        'Japanese input (full-width) is still on',
        'It is the password of another site or account',
      ],
    },
    'account-not-found': {
      title: 'No account was found',
      why: 'The email or phone number has a typo, or is not the one you signed up with.',
      steps: [
        { text: 'Check the email or phone number letter by letter.' },
        { text: 'Try any other email or phone number you may have signed up with.' },
        { text: 'If none works, ask the site\'s support before creating a new account.' },
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
        { text: 'Read the site\'s notice for the reason and how to unlock the account.' },
        { text: 'Follow it to verify your identity.' },
        { text: 'If it is unclear, type the site\'s address yourself, open its help and contact support.' },
      ],
      causes: [
        'A sign-in from an unusual device or place',
        'Too many wrong passwords',
        'The site needs to check a payment method or an order',
        'The account is under review',
        'The email or SMS about the lock is fake: real support will never ask for your password',
      ],
    },
    'bot-check': {
      title: 'A robot check is shown',
      why: 'Many sign-in attempts in a short time made the site ask for a check.',
      steps: [
        { text: 'Type the characters or do the slider check as the page asks.' },
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
      why: 'The slide was probably too fast or stopped halfway.',
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
        { text: 'Before asking for a new code, wait a little.' },
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
      causes: ['The password is hidden, so upper case is hard to notice'],
    },
    'num-lock-off': {
      title: 'Num Lock is off',
      why: 'The numeric keypad types no digits, so the password does not match.',
      steps: [
        { text: 'Press Num Lock to turn it on, or use the digit keys on the top row.' },
        { text: 'Type the password again from the start.' },
      ],
      causes: ['The password is hidden, so missing digits are hard to notice'],
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
        'A new password that is not written down is easy to forget: keep it somewhere safe',
      ],
    },
    'account-retrieval': {
      title: 'This is the account retrieval page',
      why: 'This page finds your account when you do not know the email or login ID.',
      steps: [
        { text: 'Enter the details the page asks for, such as a past purchase.' },
        { text: 'Once you are signed in, verify your email right away.' },
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
          'You signed up with Google, Apple, Facebook, X, Instagram or TikTok: email and password do not work for that account',
          'Caps Lock is on, so letters come out in upper case',
          'Num Lock is off, so keypad digits are not typed',
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
          'No SMS arrives: check the SMS blocking settings on your phone',
          'No phone number screen appears: ask the Help Center chat, in English',
          'A sign-in from a device you do not usually use, such as a PC when you usually use a phone',
          'Frequent payment method changes or many unpaid orders',
          'Many disputes, or a card in another person\'s name',
          'The account is under review',
          'The email is not verified: common among restricted accounts',
          'The email or SMS about the lock is fake: real support will never ask for your password, and the only official contacts are the ones shown here',
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
          'The phone number is not in the +81 form',
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
          { text: 'Enter your email, member ID or phone number and press %s.', control: { kind: 'resend-code', label: 'Get code' } },
          { text: 'Enter the 6-digit verification code from the email and press “Verify”.' },
          { text: 'Enter a new password and press “Update password” to save it.' },
        ],
        causes: [
          'You signed up with a social account: sign in with the same provider\'s button instead',
          'The email with the code went to your spam folder',
        ],
      },
      'account-retrieval': {
        title: 'This is the account retrieval page',
        why: 'A payment from the last year lets you find your account.',
        steps: [
          { text: 'Enter the date and amount of a payment from the last year (amount in yen, roughly is fine).' },
          { text: 'Enter the card\'s first 6 and last 4 digits on either side of the “X”.' },
          { text: 'If an error appears, the details did not match: reload and enter them again.' },
        ],
        causes: [
          'With no purchase in the last year, retrieval is not possible',
          'Once found, sign in and add and verify an email right away',
        ],
        contacts: [{ label: 'AliExpress account retrieval page', href: AE_RETRIEVE }],
      },
      'email-unverified': {
        title: 'Your email is not verified',
        why: 'Your email is not verified yet (common among restricted accounts).',
        steps: [
          { text: 'Start from “Verify email” on “My Account”.' },
          { text: 'Follow the email you receive to finish.' },
          { text: 'If no email arrives, press %s to have it sent again.', control: { kind: 'resend-code', label: 'Resend now' } },
        ],
        causes: [
          'You signed up with a social account and never added an email',
          'The confirmation email went to your spam folder',
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
          'Someone else changed the password',
        ],
      },
      'account-not-found': {
        title: 'No account was found with this email',
        sitePageIsSupport: true,
        why: 'The email has a typo, or is not the one you signed up with.',
        steps: [
          { text: 'Check the email, including spelling, upper and lower case and symbols.' },
          { text: 'Try any other email or phone number you may have signed up with.' },
          { text: 'If none works, open “Need help?” and “Other issues with Sign-In”, or call customer service.' },
        ],
        causes: [
          'A new account would not keep your gift card balance, points or Prime: ask before making one',
        ],
        contacts: AMAZON_JP_PHONES,
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
          'A new account would not keep your gift card balance or points: resetting the password keeps them',
        ],
      },
      'account-locked': {
        title: 'Your account is on hold or locked',
        why: 'Amazon saw unusual payments or sign-ins and stopped the account for safety.',
        steps: [
          { text: 'If the account is on hold, open Amazon\'s page for accounts on hold.' },
          { text: 'Follow the page to complete the steps, such as verifying your payment method.' },
          { text: 'If you cannot, call the Amazon.co.jp number shown here (support will never ask for your password).' },
        ],
        causes: [
          'Unusual payment activity on a recent order',
          'Amazon needs to verify that the payment method is yours',
          'The email about the hold or lock is fake and leads to a fake page',
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
          { text: 'Call the Amazon.co.jp number shown here (support will never ask for your password).' },
          { text: 'Check your card statement and, if there are charges you do not know, ask the card company to stop the card.' },
        ],
        causes: [
          'The correct email and password no longer work',
          'Amazon emailed about a device or app you did not add',
          'You use the same password on other sites: once recovered, change to a strong password you use nowhere else',
          'An email or SMS with a phone number or link is fake: the only official contacts are the ones shown here',
        ],
        contacts: AMAZON_JP_PHONES,
      },
      'bot-check': {
        title: 'Amazon asks you to type the characters shown',
        why: 'Several wrong passwords made Amazon show a robot check.',
        steps: [
          { text: 'Enter your password again.', needs: 'password-field' },
          { text: 'Type the characters in the image, in half-width.' },
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
          'A new password that is not written down is easy to forget: keep it somewhere safe',
        ],
      },
      'blank-login-page': {
        title: 'The sign-in page stays empty',
        why: 'Old cache or cookies in the browser seem to stop the page from showing.',
        steps: [
          { text: 'Press “Reset this site\'s data” on this card (you will be signed out of Amazon).' },
          { text: 'Reload the page.' },
          { text: 'If it stays empty, check in the browser settings that JavaScript and cookies are allowed.' },
        ],
        causes: [
          'JavaScript is off, so the robot check looks blank',
          'An ad blocker or another extension stops the page',
          'Old data on a phone: Safari: Settings → Safari → Clear History and Website Data; Chrome: ⋮ → History → Clear browsing data',
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
          { text: 'Type alibaba.com or 1688.com yourself, and ask to restore the account through the help form or chat.' },
        ],
        causes: [
          'A suspected terms violation: false details, prohibited or fake goods, IP infringement, fake reviews',
          'Payment problems: unpaid by the due date, card misuse, many cancellations or odd orders',
          'A suspected takeover, or a sign-in from an unusual place or device, especially abroad',
          'Spam, excessive promotion or inappropriate content',
          'The email about the freeze is fake: real support will never ask for your password',
          'Send identity documents only through a form you reached by typing the site\'s address yourself, never to an address from an email',
          'Recovery is not guaranteed, and a long freeze can end in deletion',
        ],
      },
      'bot-check': {
        title: 'Alibaba wants to check your connection',
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
        why: 'The slide was probably too fast or stopped halfway.',
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
          { text: 'Type alibaba.com or 1688.com yourself, open its help and report what happened (support will never ask for your password).' },
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
