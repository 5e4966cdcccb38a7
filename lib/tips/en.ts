import type { TipTable } from '../findings';

/** English tips. `common` covers every site; `bySite` overrides where a site works differently. */
export const en: TipTable = {
  common: {
    'wrong-password': {
      title: 'The password seems to be wrong',
      causes: [
        'Caps Lock is on, so letters come out in upper case',
        'Num Lock is off, so keypad digits are not typed',
        'Japanese input (full-width) is still on',
        'It is the password of another site or account',
      ],
      next: 'Check your keyboard and input mode, then type the password again slowly. If you cannot remember it, set a new one from the password reset link on the sign-in page.',
    },
    'account-not-found': {
      title: 'No account was found',
      causes: [
        'A typo in the email or phone number (spelling, symbols, upper/lower case)',
        'You signed up with a different email or phone number',
        'You signed up with a social account such as Google',
      ],
      next: 'Check what you typed letter by letter and try any other address you might have used. Ask the site\'s support before creating a new account.',
    },
    'field-error': {
      title: 'Some fields are missing or invalid',
      causes: [
        'A required field is empty',
        'The email, phone number or postcode is in the wrong format',
        'The entry contains characters, symbols or full-width letters that are not allowed',
      ],
      next: 'Go through the fields marked with an error and type them again in half-width letters and digits.',
    },
    'email-already-registered': {
      title: 'This email already has an account',
      causes: [
        'You created an account with this email before',
        'The email was used when you signed up with a social account',
      ],
      next: 'Sign in with this email instead of signing up. If you do not know the password, use the password reset.',
    },
    'account-locked': {
      title: 'Your account is restricted',
      causes: [
        'A sign-in from an unusual device or place',
        'Too many wrong passwords',
        'The site needs to check a payment method or an order',
        'The account is under review',
      ],
      next: 'Read the site\'s notice or email for the reason and how to unlock, and follow its identity check. If it is unclear, contact the site\'s official support.',
    },
    'bot-check': {
      title: 'The site wants to check you are not a robot',
      causes: [
        'Many sign-in attempts in a short time',
        'You are connected through a VPN or proxy',
        'The browser blocks cookies or JavaScript',
      ],
      next: 'Type the characters or slide the bar as shown. If it keeps coming back, turn off your VPN and try again a little later.',
    },
    'slider-stuck': {
      title: 'The "slide to verify" bar is not working',
      causes: [
        'The browser is old or does not work well with the site',
        'The connection is unstable',
        'The slide was too fast or stopped halfway',
      ],
      next: 'Click the box or reload the page, then slide slowly all the way to the right. If it still fails, update your browser or try another one.',
    },
    'verification-code': {
      title: 'A verification code is needed',
      causes: [
        'A typo, or an older code was entered',
        'The code has expired',
        'The email went to spam, or SMS blocking stops the text',
        'Codes were requested too many times',
      ],
      next: 'Enter the newest code you received, in half-width digits. After too many requests no new code is sent for a while, so wait before asking again.',
    },
    'caps-lock-on': {
      title: 'Caps Lock is on',
      causes: [
        'With Caps Lock on, every letter is typed in upper case',
        'The password is hidden, so you cannot see the mistake',
      ],
      next: 'Press Caps Lock to turn it off (Shift+Caps Lock on a Japanese Windows keyboard), then type the password again from the start.',
    },
    'num-lock-off': {
      title: 'Num Lock is off',
      causes: [
        'With Num Lock off, the numeric keypad types no digits',
        'The password is hidden, so missing digits go unnoticed',
      ],
      next: 'Press Num Lock to turn it on, or use the digit keys on the top row, then type the password again.',
    },
    'full-width-input': {
      title: 'Full-width characters were typed',
      causes: [
        'Japanese input (IME) is still on',
        'Emails, IDs, phone numbers and codes only accept half-width characters',
      ],
      next: 'Switch the IME to half-width (半角英数), for example with the 半角/全角 key, delete what you typed and enter it again.',
    },
    'blank-login-page': {
      title: 'The sign-in page stays empty',
      causes: [
        'Old cookies or cache of this site',
        'An ad blocker or another extension stops the page',
        'The browser is old or does not work well with the site',
      ],
      next: 'Reload the page first. If it stays empty, reset this site\'s data with one click in this extension\'s popup (you will be signed out there), pause your blockers, or try another browser.',
    },
    'password-reset': {
      title: 'This is the password reset page',
      causes: [
        'You forgot the password',
        'The password keeps being rejected',
      ],
      next: 'Enter your email (or phone number), type the code you receive and set a new password. Keep the new password somewhere safe.',
    },
    'account-retrieval': {
      title: 'This is the account retrieval page',
      causes: [
        'You forgot the email or login ID you signed up with',
        'You cannot get into an account made with a social sign-in',
      ],
      next: 'Follow the page and enter the details it asks for, such as a past purchase, to prove the account is yours.',
    },
    'suspicious-activity': {
      title: 'Unusual activity was detected',
      causes: [
        'Someone else may know your password and be taking over the account',
        'You signed in from a new device, place or network',
        'You use the same password on other sites',
      ],
      next: 'If it was not you, change to a strong new password right away and contact official support. Also check your card for charges you do not recognise.',
    },
    'email-unverified': {
      title: 'Your email is not verified yet',
      causes: [
        'You have not opened the confirmation email',
        'The confirmation email went to your spam folder',
      ],
      next: 'Open the link in the confirmation email, or have it sent again from the site. A verified email makes recovery much easier if you get locked out.',
    },
    'outdated-browser': {
      title: 'Your browser is out of date',
      causes: [
        'The browser is several versions behind',
        'Old browsers can break sign-in pages and slider checks',
      ],
      next: 'Update your browser. Chrome: menu (⋮) → Help → About Google Chrome. Firefox: menu (≡) → Help → About Firefox.',
    },
  },
  bySite: {
    aliexpress: {
      'wrong-password': {
        title: 'The password seems to be wrong',
        causes: [
          'You signed up with Google, Apple, Facebook, X (Twitter), Instagram or TikTok but are using email and password',
          'Caps Lock is on, so letters come out in upper case',
          'Num Lock is off, so keypad digits are not typed',
        ],
        next: 'If you signed up with a social account, use the same provider\'s button below the sign-in form. Otherwise check your keys and type again, or reset it with "Forgot password?".',
      },
      'account-not-found': {
        title: 'No account was found',
        causes: [
          'A typo in the email, or you signed up with another address',
          'You signed up with a social account (Google, Apple and others)',
          'You do not remember which account you used',
        ],
        next: 'If you signed up with a social account, use the same provider\'s button. If you cannot remember the account, the official retrieval page can find it from a past purchase.',
        contacts: [
          { label: 'Retrieve your account (official)', href: 'https://accounts.aliexpress.com/user/account/retrieve_account.htm' },
        ],
      },
      'field-error': {
        title: 'Some fields are missing or invalid',
        causes: [
          'Address, postcode or phone number is empty or wrong',
          'The entry contains characters or symbols that are not allowed',
          'Full-width characters are mixed in',
        ],
        next: 'Fix the fields marked with an error. If it still fails, delete AliExpress\'s browsing data (cookies), restart the browser and try again.',
      },
      'email-already-registered': {
        title: 'This email already has an account',
        causes: [
          'AliExpress allows only one account per email address',
          'You made an account with this email before (possibly via a social sign-in)',
        ],
        next: 'Try signing in to the old account (reset the password with "Forgot password?" if needed). To make a new account, use another email address.',
      },
      'account-locked': {
        title: 'Your account is temporarily locked',
        causes: [
          'A sign-in from a device you do not usually use (PC vs phone)',
          'Frequent payment method changes or many unpaid orders',
          'Many disputes, or a card in another person\'s name',
          'The account is under review, e.g. its email is not verified',
        ],
        next: 'You can still sign in; the pop-up after sign-in lets you unlock by SMS. Enter your phone as +81 without the leading 0 (090… → +8190…) and type the 6-digit code (no SMS: turn off SMS blocking on your phone; no phone screen: ask customer service chat, English only).',
        contacts: [
          { label: 'Help Center (customer service chat is in English)', href: 'https://helppage.aliexpress.com/buyercenter/index.html' },
        ],
      },
      'verification-code': {
        title: 'A verification code is needed',
        causes: [
          'The phone number is not in international form (+81, no leading 0)',
          'SMS blocking on your phone stops the code',
          'A typo, or an older code was entered',
        ],
        next: 'Enter 090… as +8190…, then type the 6-digit code you receive. If no SMS arrives, check your carrier\'s SMS blocking settings.',
      },
      'slider-stuck': {
        title: 'The "slide to verify" bar does not move',
        causes: [
          'The browser is old and AliExpress changes often',
          'The browser does not work well with the page, so it freezes',
          'The connection is unstable',
        ],
        next: 'Update your browser to the latest version, or sign in with the latest version of another browser.',
      },
      'blank-login-page': {
        title: 'The sign-in page stays blank',
        causes: [
          'Broken AliExpress cookies can leave the sign-in page white',
          'The browser is old or does not work well with the site',
        ],
        next: 'Delete AliExpress\'s site data (cookies) from this extension\'s popup and reload; you will be signed out. If it stays blank, try another browser.',
      },
      'password-reset': {
        title: 'This is the password reset page',
        causes: [
          'You forgot the password',
          'The password keeps being rejected',
        ],
        next: 'Enter your email, member ID or phone, press "Get code", type the 6-digit code from the email, press "Verify", then set a new password and press "Update password". If you signed up with a social account, use that provider\'s button instead.',
      },
      'account-retrieval': {
        title: 'This is the account retrieval page',
        causes: [
          'You forgot the email or login ID you signed up with',
          'You cannot get into an account made with a social sign-in',
        ],
        next: 'For a purchase within the last year, enter the payment date, the amount in JPY (approximate is fine) and the card\'s first 6 and last 4 digits on both sides of the "X". An error means the data did not match: reload and try again (with no purchase in the last year, retrieval is not possible).',
        contacts: [
          { label: 'Retrieve your account (official)', href: 'https://accounts.aliexpress.com/user/account/retrieve_account.htm' },
        ],
      },
      'email-unverified': {
        title: 'Your email is not verified',
        causes: [
          'You have not verified your email yet',
          'You signed up with a social account and never added an email',
        ],
        next: 'Verify it from My Account with "Verify email" ("Resend now" if no mail arrives). Accounts that got restricted often had no verified email, so do it soon.',
      },
    },
    amazon: {
      'wrong-password': {
        title: 'Your password is incorrect',
        causes: [
          'You usually stay signed in and have forgotten the password',
          'A typo from Caps Lock, Num Lock or full-width input',
          'Someone else changed the password (account takeover)',
        ],
        next: 'Check your keys and type again. If you cannot remember it, reset it via 「お困りですか?」 (Need help?) → 「パスワードを忘れた場合」 (Forgot your password?); the new password needs at least 6 characters.',
      },
      'account-not-found': {
        title: 'No account was found with this email',
        causes: [
          'A typo in the email (spelling, upper/lower case, symbols)',
          'You signed up with a different email or phone number',
        ],
        next: 'Check the email and try other addresses; if none works, go to 「お困りですか?」 → 「その他のログインに関する問題」 → 「自分のアカウントにログインする事が出来ません」 or call customer service. Do not make a new account yet: gift card balance, points and Prime would not carry over.',
        contacts: [
          { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
          { label: 'Amazon.co.jp customer service (mobile, paid) 011-330-3000', href: 'tel:0113303000' },
        ],
      },
      'email-already-registered': {
        title: 'This email already has an Amazon account',
        causes: [
          'You created an Amazon account with this email before',
          'You forgot the password and are trying to start over',
        ],
        next: 'Sign in with this email instead. If you do not know the password, reset it via 「お困りですか?」 → 「パスワードを忘れた場合」, and keep your gift card balance and points.',
      },
      'account-locked': {
        title: 'Your account is on hold',
        causes: [
          'Unusual payment activity on a recent order',
          'Amazon needs to verify that the payment method is yours',
        ],
        next: 'Follow the page, or open account-status.amazon.com, and complete the steps it asks for, such as verifying the payment method. If unsure, call customer service.',
        contacts: [
          { label: 'Account on hold', href: 'https://account-status.amazon.com/' },
          { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
          { label: 'Amazon.co.jp customer service (mobile, paid) 011-330-3000', href: 'tel:0113303000' },
        ],
      },
      'suspicious-activity': {
        title: 'Your account may have been taken over',
        causes: [
          'The correct email and password no longer work',
          'Amazon emailed about a device or app you did not add',
          'You use the same password on other sites',
        ],
        next: 'Call customer service now, with your email, account name, address and card details at hand. Check your card for unknown charges (stop the card if there are any) and use a stronger password afterwards.',
        contacts: [
          { label: 'Amazon.co.jp customer service (toll-free) 0120-999-373', href: 'tel:0120999373' },
          { label: 'Amazon.co.jp customer service (mobile, paid) 011-330-3000', href: 'tel:0113303000' },
        ],
      },
      'bot-check': {
        title: 'Amazon asks you to type the characters shown',
        causes: [
          'Several wrong passwords or many attempts in a short time',
          'The browser does not accept cookies or JavaScript',
        ],
        next: 'Enter your password again and type the characters in the image in half-width (you can ask for a different image). If it keeps appearing, allow cookies and JavaScript and reload.',
      },
      'verification-code': {
        title: 'A one-time password (OTP) is needed',
        causes: [
          'A typo, or an older code was entered',
          'The SMS or email has not arrived yet',
          'Too many codes were requested today',
        ],
        next: 'Enter the newest code you received, in half-width digits. If you requested too many OTPs, wait 24 hours before asking for a new one.',
      },
      'password-reset': {
        title: 'This is the password assistance page',
        causes: [
          'You usually stay signed in and cannot recall the password on a new device',
          'The password keeps being rejected',
        ],
        next: 'Enter your email, type the security code mailed by Amazon.co.jp at 「コードを入力」 (Enter code), set a new password of at least 6 characters and save it with 「変更を保存してログインしてください」. Keep the new password somewhere safe.',
      },
      'blank-login-page': {
        title: 'The sign-in page stays empty',
        causes: [
          'Old cache or cookies in the browser',
          'JavaScript is off, so the robot check looks blank',
          'An ad blocker or another extension stops the page',
        ],
        next: 'Reset Amazon\'s site data in this extension\'s popup and reload (you will be signed out). On a phone, Safari: Settings → Safari → Clear History and Website Data; Chrome: ⋮ → History → Clear browsing data, with cookies and cached images and files ticked.',
      },
    },
    alibaba: {
      'account-locked': {
        title: 'Your account is frozen',
        causes: [
          'A suspected terms violation (false details, prohibited or fake goods, IP infringement, fake reviews)',
          'Payment problems (unpaid by the due date, card misuse, many cancellations or odd orders)',
          'A suspected takeover, or a sign-in from an unusual place or device (especially abroad)',
          'Spam, excessive promotion or inappropriate content',
        ],
        next: 'Stay calm, read Alibaba\'s email or notice for the reason, and gather evidence such as order records and screenshots. Ask support to restore the account with your account ID, the stated reason, an honest account of what happened, ID documents (passport or driver\'s licence) and your transaction history, and answer follow-ups quickly (recovery is not guaranteed).',
        contacts: [
          { label: 'Alibaba Japan support (email) alibabajapan.inqurity@alibaba-inc.jp', href: 'mailto:alibabajapan.inqurity@alibaba-inc.jp' },
        ],
      },
      'bot-check': {
        title: 'Alibaba detected "unusual traffic"',
        causes: [
          'You are connected through a VPN or proxy',
          'Many page loads or sign-in attempts in a short time',
          'Lots of traffic from the same network',
        ],
        next: 'Turn off your VPN or proxy, wait a little, then slide the bar slowly all the way to the right to verify.',
      },
      'slider-stuck': {
        title: 'The "slide to verify" bar is not working',
        causes: [
          'The slide was too fast or stopped halfway',
          'The connection is unstable',
          'A VPN or proxy is on, or the browser is old',
        ],
        next: 'Click the box or reload the page, then slide slowly all the way to the right. If it keeps failing, turn off your VPN and update your browser.',
      },
      'suspicious-activity': {
        title: 'A suspicious sign-in was detected',
        causes: [
          'Someone else may be taking over the account',
          'A sign-in from an unusual place or device (especially abroad)',
          'A reused password or a shared account',
        ],
        next: 'Change to a strong password you use nowhere else, turn on 2-step verification, and report it to support.',
        contacts: [
          { label: 'Alibaba Japan support (email) alibabajapan.inqurity@alibaba-inc.jp', href: 'mailto:alibabajapan.inqurity@alibaba-inc.jp' },
        ],
      },
    },
  },
};
