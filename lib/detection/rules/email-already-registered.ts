import type { Detector } from './detector';

/** Sign-up refused because the email (or phone) already has an account. */
export const emailAlreadyRegistered: Detector = {
  id: 'email-already-registered',
  severity: 'error',
  messages: [
    /already (registered|in use|been registered|been used|exists|associated|taken|has an account|linked)|account (already exists|with this (e-?mail|email address|phone|number) already)|already an account with this|(e-?mail|email address) (is )?already/,
    /(既に|すでに)(登録|使用|使われ|存在|利用)|(登録|使用)済みの(メール|eメール|アドレス|電話)/,
    /已(被)?(注册|註冊|使用|存在|绑定|綁定)/,
  ],
};
