import type { Detector } from './detector';

/** The user is on AliExpress's retrieve-account page: guidance on what it needs. */
export const accountRetrieval: Detector = {
  id: 'account-retrieval',
  severity: 'info',
  decide: (page) => (page.kind === 'retrieval' ? { evidence: page.url.pathname.slice(0, 200) } : null),
};
