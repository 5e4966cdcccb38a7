/** First run (issue 19, item 7): the extension's page that explains it, opened once, on install. */
export const WELCOME_PAGE = '/welcome.html';

/** Opens the welcome page when `reason` is the first install; not on update, browser update or anything
 *  else. Says whether it opened it. */
export async function welcomeOnInstall(
  reason: string,
  api: { getURL(path: string): string; create(props: { url: string }): Promise<unknown> },
): Promise<boolean> {
  if (reason !== 'install') return false;
  await api.create({ url: api.getURL(WELCOME_PAGE) });
  return true;
}
