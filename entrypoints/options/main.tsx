import { render } from 'preact';
import '@/components/popup/popup.css';
import { Options } from '@/components/options/Options';
import { langFor } from '@/lib/tips';

const lang = langFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<Options lang={lang} />, document.getElementById('app')!);
