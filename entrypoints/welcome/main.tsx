import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/welcome/welcome.css';
import { Welcome } from '@/components/welcome/Welcome';
import { WELCOME } from '@/components/welcome/strings';
import { langFor } from '@/lib/tips';

// Opened once, on install (entrypoints/background.ts), in the browser's language: ja if it starts with ja.
const lang = langFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = WELCOME[lang].title;
render(<Welcome lang={lang} />, document.getElementById('app')!);
