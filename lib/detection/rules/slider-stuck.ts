import { matchesAny, shortestMessage, type Detector } from './detector';

/** nc.js's own failure texts (zh / en / ja, as the widget's language table has them) and the old refresh link. */
const SLIDER_FAILED = [
  /验证失败|網絡不給力|网络不给力|出错了|出錯了|点击框体重试|點擊框體重試|操作太快|点击刷新|點擊刷新/,
  /oops|something['’]s wrong|net err|refresh and try again|verification failed|try again later|poor connection/,
  /何かが間違い|更新して|フィンドバッグ|誤る|失敗/,
];

/** Two failed slides in a row mean the widget is not going to let this browser through. */
const REPEATED_FAILURES = 2;

/** The slide-to-verify widget is in its error / failed / network-error state, or slides keep failing. */
export const sliderStuck: Detector = {
  id: 'slider-stuck',
  severity: 'error',
  // nc.js replaces the track with `.errloading` when it gives up (ids are numbered nc_1_, nc_2_, …).
  elements: { 'slider-error': '.nc-container .errloading, .nc_wrapper .errloading, [id^="nc_"] .errloading, #nocaptcha .errloading' },
  decide: (page) => {
    const error = page.elements.get('slider-error');
    if (error !== undefined) return { evidence: error };
    const failed = page.sliderTexts.filter((t) => matchesAny(SLIDER_FAILED, t.folded));
    if (failed.length > 0) return shortestMessage(failed);
    const failures = page.events.sliderFailures ?? 0;
    if (failures >= REPEATED_FAILURES) return { evidence: `slide failed ${failures} times` };
    return null;
  },
};
