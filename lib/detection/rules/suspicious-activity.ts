import type { Detector } from './detector';

/** The site reports unusual activity or a possible takeover (not "unusual traffic": that is a robot check). */
export const suspiciousActivity: Detector = {
  id: 'suspicious-activity',
  severity: 'error',
  // Unusual or unauthorised activity, someone else, a compromised account.
  means: (s) => s.has('suspicious') && !s.has('robot'),
  // A lock or a code request often says why: the activity is worth its own tip.
  alongside: true,
};
