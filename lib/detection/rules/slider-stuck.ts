import { shortestClaim, type Detector } from './detector';

/** Two failed slides in a row mean the widget is not going to let this browser through. */
const REPEATED_FAILURES = 2;

/** The slide-to-verify widget is in its error / failed / network-error state, or slides keep failing. */
export const sliderStuck: Detector = {
  id: 'slider-stuck',
  severity: 'error',
  // A failure or network error said inside the slider, or a failed slide said anywhere.
  means: (s, m) => (m.inSlider || s.has('slide')) && s.any('failed', 'network', 'wrong'),
  // nc.js replaces the track with `.errloading` when it gives up (ids are numbered nc_1_, nc_2_, …).
  // The slider is the robot check's own widget (the captcha dialog, the punish page): once it is stuck, that is
  // the problem to fix (reset the site's data), not "complete the check" beside it, in this frame or another.
  supersedes: ['bot-check'],
  elements: { 'slider-error': '.nc-container .errloading, .nc_wrapper .errloading, [id^="nc_"] .errloading, #nocaptcha .errloading' },
  decide: (page, claimed) => {
    const error = page.elements.get('slider-error');
    if (error !== undefined) return { evidence: error };
    const failures = page.events.sliderFailures ?? 0;
    return shortestClaim(claimed) ?? (failures >= REPEATED_FAILURES ? { evidence: `slide failed ${failures} times` } : null);
  },
};
