import { childFindings, forgetTab, setFrameFindings } from '@/lib/tab-findings';
import { parseMessage, type ChildFindingsPush, type ShownTip } from '@/lib/messages';
import { tipFor } from '@/lib/tips';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    const frameId = sender.frameId ?? 0;
    switch (message.type) {
      case 'frame-findings':
        return setFrameFindings(tabId, frameId, message.findings).then(async () => {
          if (frameId === 0) return;
          const push: ChildFindingsPush = { type: 'child-findings-changed', findings: await childFindings(tabId) };
          // The top frame may not have its content script yet; it asks on start.
          await browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => undefined);
        });
      case 'child-findings':
        return childFindings(tabId);
      case 'tips': {
        // The tip tables stay here, out of every page's content script.
        return Promise.resolve(message.findings.map((finding): ShownTip => ({ finding, tip: tipFor(finding.site, finding.id, message.lang) })));
      }
    }
  });

  // A new document in the tab: its frames will report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
