/** The manifest's command that puts the keyboard in the page's card (wxt.config.ts `commands`): the
 *  background listens for it; the welcome page and the card say its shortcut. */
export const FOCUS_COMMAND = 'focus-card';

/** The command's shortcut as the browser has it bound now (the user or another extension may have changed
 *  it; `commands.getAll()`): null when it is unbound, or where the browser does not say. */
export async function focusShortcut(): Promise<string | null> {
  try {
    const commands = (await browser.commands?.getAll()) ?? [];
    return commands.find((c) => c.name === FOCUS_COMMAND)?.shortcut || null;
  } catch {
    return null;
  }
}
